/*
 * words_ascii.c - ICU's word tokens of a plain ASCII paragraph without
 * ICU.  Most paragraphs are plain ASCII, and the break iterator's state
 * machine was the costliest part of segmenting them.  For these bytes
 * ICU's rules (UAX #29 as ICU 72 tailors it: no colon inside words) come
 * down to: letters and digits join; "." and "'" join two letters or two
 * digits, "," and ";" two digits.  A word ending in a digit is a number
 * (ICU's rule status 100), else a word (200).  ICU has rules of its own
 * for '_' and '@' (handles, e-mail), so a paragraph holding one goes to
 * ICU, as does any byte outside ASCII.  test_text checks this against
 * ICU on random strings of every ASCII class.
 */
#include "text_int.h"

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool tx_ascii_plain(const char *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= 0x7F || c == '_' || c == '@' || (c < 0x20 && c != '\n' && c != '\t')) return false;
    }
    return true;
}

bool tx_ascii_next_word(const char *t, size_t n, size_t *at, size_t *s, size_t *e, bool *num)
{
    size_t i = *at;
    while (i < n && !is_letter(t[i]) && !is_digit(t[i])) i++;
    if (i >= n) {
        *at = n;
        return false;
    }
    *s = i++;
    for (;;) {
        while (i < n && (is_letter(t[i]) || is_digit(t[i]))) i++;
        if (i + 1 >= n) break;
        char mid = t[i], prev = t[i - 1], next = t[i + 1];
        bool letters = is_letter(prev) && is_letter(next) && (mid == '.' || mid == '\'');
        bool digits = is_digit(prev) && is_digit(next) &&
                      (mid == '.' || mid == '\'' || mid == ',' || mid == ';');
        if (!letters && !digits) break;
        i += 2;
    }
    *e = *at = i;
    *num = is_digit(t[i - 1]);
    return true;
}
