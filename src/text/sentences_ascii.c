/*
 * sentences_ascii.c - ICU's sentence breaks of a plain paragraph (the
 * text words_ascii.c covers: ASCII, dashes, curly quotes, the ellipsis)
 * without ICU.  ICU's break iterator was the costliest part of segmenting
 * such text.  Its rules (UAX #29, as ICU 72 has them) come down to: a
 * break after a newline, and after a terminator ("." "!" "?") with the
 * closing marks and spaces that follow it, unless
 *   - "." is followed at once by a digit ("3.5"), or stands between a
 *     letter and a capital ("U.S"),
 *   - after "." comes a lower-case letter before any other letter,
 *     newline or terminator ("e.g. the", "etc.) and"),
 *   - the next character continues a sentence (",", "-", ":", a dash) or
 *     is another terminator.
 * test_text checks this against ICU on random strings of every character
 * covered.
 */
#include "text_int.h"

/* ICU's sentence break classes of the characters covered. */
typedef enum { SB_OTHER, SB_ATERM, SB_STERM, SB_CLOSE, SB_SP, SB_SEP, SB_UPPER, SB_LOWER,
               SB_NUMERIC, SB_CONTINUE } sb_class;

/* The class of the character at t (n bytes left) and its length. */
static sb_class class_at(const char *t, size_t n, size_t *len)
{
    unsigned char c = (unsigned char)t[0];
    *len = 1;
    if (c >= 0x80) {
        /* E2 80 xx: the marks tx_ascii_plain lets through */
        *len = n >= 3 ? 3 : n;
        if (n < 3) return SB_OTHER;
        switch ((unsigned char)t[2]) {
        case 0x93: case 0x94: return SB_CONTINUE;                     /* – — */
        case 0x98: case 0x99: case 0x9C: case 0x9D: return SB_CLOSE;  /* ‘ ’ “ ” */
        default: return SB_OTHER;                                     /* … */
        }
    }
    if (c >= 'a' && c <= 'z') return SB_LOWER;
    if (c >= 'A' && c <= 'Z') return SB_UPPER;
    if (c >= '0' && c <= '9') return SB_NUMERIC;
    switch (c) {
    case '.': return SB_ATERM;
    case '!': case '?': return SB_STERM;
    case '"': case '\'': case '(': case ')': case '[': case ']': case '{': case '}': return SB_CLOSE;
    case ' ': case '\t': return SB_SP;
    case '\n': return SB_SEP;          /* plain text has no other controls */
    case ',': case '-': case ':': return SB_CONTINUE;
    default: return SB_OTHER;
    }
}

/* Does a lower-case letter come from i on before any other letter, a
 * newline or a terminator (rule SB8)? */
static bool lower_ahead(const char *t, size_t n, size_t i)
{
    while (i < n) {
        size_t len;
        sb_class c = class_at(t + i, n - i, &len);
        if (c == SB_LOWER) return true;
        if (c == SB_UPPER || c == SB_SEP || c == SB_ATERM || c == SB_STERM) return false;
        i += len;
    }
    return false;
}

size_t tx_ascii_sentence_end(const char *t, size_t n, size_t at)
{
    /* only a newline or a terminator can end a sentence: the bytes of the
     * marks covered are all >= 0x80, none is one of these */
    static const bool ends[256] = {['\n'] = true, ['.'] = true, ['!'] = true, ['?'] = true};
    for (size_t i = at; i < n; i++) {
        while (i < n && !ends[(unsigned char)t[i]]) i++;
        if (i >= n) break;
        char c = t[i];
        if (c == '\n') return i + 1;
        /* the terminator, its closing marks and spaces, maybe a newline */
        size_t p = i + 1, len;
        while (p < n && class_at(t + p, n - p, &len) == SB_CLOSE) p += len;
        while (p < n && (t[p] == ' ' || t[p] == '\t')) p++;
        if (p >= n) return n;
        sb_class next = class_at(t + p, n - p, &len);
        if (next == SB_SEP) return p + 1;
        bool keep = next == SB_CONTINUE || next == SB_ATERM || next == SB_STERM;
        if (c == '.') {
            sb_class before = i > at ? class_at(t + i - 1, 1, &len) : SB_OTHER;
            bool letter_before = before == SB_UPPER || before == SB_LOWER;
            keep = keep || (p == i + 1 && next == SB_NUMERIC) ||
                   (p == i + 1 && next == SB_UPPER && letter_before) || lower_ahead(t, n, p);
        }
        if (!keep) return p;
        i = p - 1;
    }
    return n;
}
