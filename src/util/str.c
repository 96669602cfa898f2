/* str.c - string and UTF-8 helpers. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "util.h"

char *px_strdup(const char *s) { return s ? px_strndup(s, strlen(s)) : NULL; }

char *px_strndup(const char *s, size_t n)
{
    char *p = malloc(n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

uint32_t px_utf8_decode(const char *str, size_t n, size_t *adv)
{
    const unsigned char *s = (const unsigned char *)str;
    *adv = 1;
    if (n == 0) return 0xFFFD;
    unsigned c = s[0];
    if (c < 0x80) return c;
    size_t len;
    uint32_t cp, min;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return 0xFFFD;
    if (len > n) return 0xFFFD;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0xFFFD;
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
    *adv = len;
    return cp;
}

#define ONES 0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* High bit set in each byte of x that is zero: exact, no false hits
 * from borrows (the low seven bits are summed apart). */
static uint64_t S_zero_bytes(uint64_t x)
{
    return ~(((x & ~HIGHS) + ~HIGHS) | x) & HIGHS;
}

static inline uint64_t S_load(const char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

/* High bit set in each byte of w that is not printable ASCII, DEL, tab
 * or newline: word-wide tests for "high bit" and "below 0x20"; a tab or
 * a newline, common between tags, must not end a run. */
static inline uint64_t S_unplain(uint64_t w)
{
    uint64_t below = ~((w | HIGHS) - ONES * 0x20) & HIGHS;   /* of the low 7 bits */
    uint64_t ws = S_zero_bytes(w ^ (ONES * '\t')) | S_zero_bytes(w ^ (ONES * '\n'));
    return (w & HIGHS) | (below & ~ws);
}

/* Length of a run at s of 16-byte blocks that S_unplain passes, DEL
 * ending the run too when del_ends. */
static inline size_t S_plain_blocks(const char *s, size_t n, bool del_ends)
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        uint64_t a = S_load(s + i), b = S_load(s + i + 8);
        uint64_t bad = S_unplain(a) | S_unplain(b);
        if (del_ends) bad |= S_zero_bytes(a ^ (ONES * 0x7F)) | S_zero_bytes(b ^ (ONES * 0x7F));
        if (bad) break;
    }
    return i;
}

size_t px_plain_run(const char *s, size_t n)
{
    size_t i = S_plain_blocks(s, n, true);
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n')) break;
    }
    return i;
}

static bool S_is_control(unsigned char c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
}

size_t px_control_count(const char *s, size_t n)
{
    size_t count = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w = S_load(s + i);
        uint64_t below = ~((w | HIGHS) - ONES * 0x20) & ~w & HIGHS;   /* bytes < 0x20 */
        if (!(below | S_zero_bytes(w ^ (ONES * 0x7F)))) continue;
        for (size_t j = i; j < i + 8; j++) count += S_is_control((unsigned char)s[j]);
    }
    for (; i < n; i++) count += S_is_control((unsigned char)s[i]);
    return count;
}

size_t px_utf8_valid_prefix(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        i += px_plain_run(s + i, n - i);
        if (i >= n) break;
        size_t adv;
        if ((unsigned char)s[i] < 0x80) { i++; continue; }
        uint32_t cp = px_utf8_decode(s + i, n - i, &adv);
        if (cp == 0xFFFD && adv == 1) break;
        i += adv;
    }
    return i;
}

/* Runs of bytes that stay as they are are appended at once, and the
 * scan goes a word at a time where it can: pages are megabytes and this
 * runs over each of them. */
char *px_utf8_sanitize_report(const char *s, size_t n, px_utf8_report *report)
{
    px_buf b = PX_BUF_INIT;
    px_buf_reserve(&b, n);
    size_t i = 0, run = 0;   /* s[run, i) is kept as it is */
    bool valid = true, multibyte = false;
    while (i < n) {
        i += S_plain_blocks(s + i, n - i, false);
        /* then byte by byte up to what stopped the blocks */
        size_t stop = n - i > 16 ? i + 16 : n;
        unsigned char c = 0;
        for (; i < stop; i++) {
            c = (unsigned char)s[i];
            if (!((c >= 0x20 && c <= 0x7F) || c == '\n' || c == '\t')) break;
        }
        if (i == stop) continue;
        if (c >= 0x80) {
            size_t adv;
            uint32_t cp = px_utf8_decode(s + i, n - i, &adv);
            if (!(cp == 0xFFFD && adv == 1)) { multibyte = true; i += adv; continue; }
            valid = false;
        }
        px_buf_append(&b, s + run, i - run);
        if (c >= 0x80) px_buf_append(&b, "\xEF\xBF\xBD", 3);
        else if (c == '\r' && (i + 1 >= n || s[i + 1] != '\n')) px_buf_putc(&b, '\n');
        run = ++i;
    }
    px_buf_append(&b, s + run, n - run);
    if (report) *report = (px_utf8_report){b.len, valid, multibyte};
    return px_buf_take(&b);
}

char *px_utf8_sanitize(const char *s, size_t n)
{
    return px_utf8_sanitize_report(s, n, NULL);
}

/* The C locale's white space (isspace() in another locale could take a
 * byte of UTF-8). */
static const bool blank_byte[256] = {
    [' '] = 1, ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
};

size_t px_collapse_space(char *s)
{
    /* without a branch on the bytes: every byte is written (a blank as a
     * space), and the write position moves on unless the byte is a blank
     * after a blank.  Words come in every length, and a loop that ran to
     * the end of each lost a branch per word. */
    size_t n = strlen(s), w = 0, r = 0;
    bool after_blank = true;               /* leading blanks go */
    while (r < n) {
        /* eight bytes with no control byte, no two spaces in a row and no
         * space after a blank stay as they are: most of a text */
        if (r + 8 <= n) {
            uint64_t x = S_load(s + r);
            uint64_t sp = S_zero_bytes(x ^ (ONES * ' '));
            uint64_t ctl = ~((x | HIGHS) - ONES * 0x20) & ~x & HIGHS;
            if (!(ctl | (sp & sp << 8)) && !(after_blank && s[r] == ' ')) {
                memcpy(s + w, &x, 8);      /* w <= r: nothing unread is written */
                w += 8;
                r += 8;
                after_blank = s[w - 1] == ' ';
                continue;
            }
        }
        for (size_t end = r + 8 < n ? r + 8 : n; r < end; r++) {
            bool blank = blank_byte[(unsigned char)s[r]];
            s[w] = blank ? ' ' : s[r];
            w += !(blank && after_blank);
            after_blank = blank;
        }
    }
    if (w && after_blank) w--;             /* so does the space for trailing ones */
    s[w] = '\0';
    return w;
}

bool px_has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

uint64_t px_hash64(const void *data, size_t len) { return XXH3_64bits(data, len); }
