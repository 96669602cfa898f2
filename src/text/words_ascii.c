/*
 * words_ascii.c - ICU's word tokens of a plain paragraph without ICU.
 * Most paragraphs are ASCII plus typographic quotes and dashes, and the
 * break iterator's state machine was the costliest part of segmenting
 * them.  For these characters ICU's rules (UAX #29 as ICU 72 tailors it:
 * no colon inside words) come down to: letters and digits join; "." and
 * the apostrophes "'" and U+2019 (and U+2018) join two letters or two
 * digits, "," and ";" two digits.  A word ending in a digit is a number
 * (ICU's rule status 100), else a word (200).  ICU has rules of its own
 * for '_' and '@' (handles, e-mail), so a paragraph holding one goes to
 * ICU, as does any other character.  test_text checks this against ICU
 * on random strings of every character covered.
 */
#include <string.h>

#include "text_int.h"

static bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

/* Letters and digits, the bytes words are runs of: one load a byte where
 * two or three range tests were (this runs on every byte of a text). */
#define ALNUM_ROW(c) [c] = 1, [c + 1] = 1, [c + 2] = 1, [c + 3] = 1, [c + 4] = 1
static const bool alnum[256] = {
    ALNUM_ROW('0'), ALNUM_ROW('5'),
    ALNUM_ROW('A'), ALNUM_ROW('F'), ALNUM_ROW('K'), ALNUM_ROW('P'), ALNUM_ROW('U'), ['Z'] = 1,
    ALNUM_ROW('a'), ALNUM_ROW('f'), ALNUM_ROW('k'), ALNUM_ROW('p'), ALNUM_ROW('u'), ['z'] = 1,
};
#undef ALNUM_ROW

/* Length of the typographic mark at t (E2 80 xx), 0 if none covered:
 * dashes, curly quotes, the ellipsis. */
static size_t mark_len(const char *t, size_t n)
{
    if (n < 3 || (unsigned char)t[0] != 0xE2 || (unsigned char)t[1] != 0x80) return 0;
    switch ((unsigned char)t[2]) {
    case 0x93: case 0x94:               /* – — */
    case 0x98: case 0x99:               /* ‘ ’ */
    case 0x9C: case 0x9D:               /* “ ” */
    case 0xA6:                          /* … */
        return 3;
    default:
        return 0;
    }
}

/* ASCII bytes the shortcut does not cover: controls but tab and newline,
 * DEL, and ICU's own '_' and '@'.  A table: this test runs on every byte
 * of a text.  Bytes from 0x80 are looked at again (mark_len). */
static const bool not_plain[128] = {
    [0x00] = 1, [0x01] = 1, [0x02] = 1, [0x03] = 1, [0x04] = 1, [0x05] = 1, [0x06] = 1,
    [0x07] = 1, [0x08] = 1, [0x0B] = 1, [0x0C] = 1, [0x0D] = 1, [0x0E] = 1, [0x0F] = 1,
    [0x10] = 1, [0x11] = 1, [0x12] = 1, [0x13] = 1, [0x14] = 1, [0x15] = 1, [0x16] = 1,
    [0x17] = 1, [0x18] = 1, [0x19] = 1, [0x1A] = 1, [0x1B] = 1, [0x1C] = 1, [0x1D] = 1,
    [0x1E] = 1, [0x1F] = 1, [0x7F] = 1, ['_'] = 1, ['@'] = 1,
};

bool tx_ascii_plain(const char *t, size_t n)
{
    const unsigned char *u = (const unsigned char *)t;
    for (size_t i = 0; i < n; i++) {
        if (u[i] < 0x80 && !not_plain[u[i]]) continue;
        size_t m = u[i] >= 0x80 ? mark_len(t + i, n - i) : 0;
        if (!m) return false;
        i += m - 1;
    }
    return true;
}

/* Length of the mark at t that can join two letters or two digits ("."
 * and apostrophes), 0 if none; *digits_only for "," and ";". */
static size_t joiner_len(const char *t, size_t n, bool *digits_only)
{
    *digits_only = t[0] == ',' || t[0] == ';';
    if (t[0] == '.' || t[0] == '\'' || *digits_only) return 1;
    size_t m = mark_len(t, n);
    return m && ((unsigned char)t[2] == 0x98 || (unsigned char)t[2] == 0x99) ? m : 0;
}

bool tx_ascii_next_word(const char *t, size_t n, size_t *at, size_t *s, size_t *e, bool *num)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t i = *at;
    while (i < n && !alnum[u[i]]) i++;
    if (i >= n) {
        *at = n;
        return false;
    }
    *s = i++;
    for (;;) {
        while (i < n && alnum[u[i]]) i++;
        if (i >= n) break;
        bool digits_only;
        size_t m = joiner_len(t + i, n - i, &digits_only);
        if (!m || i + m >= n) break;
        char prev = t[i - 1], next = t[i + m];
        bool letters = !digits_only && is_letter(prev) && is_letter(next);
        bool digits = is_digit(prev) && is_digit(next);
        if (!letters && !digits) break;
        i += m + 1;
    }
    *e = *at = i;
    *num = is_digit(t[i - 1]);
    return true;
}
