/* buf.c - growable NUL-terminated byte buffer with sticky failure, so a
 * long run of appends needs one check at the end (px_buf_take). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

bool px_buf_reserve(px_buf *b, size_t extra)
{
    if (b->failed) return false;
    if (extra > SIZE_MAX / 2 - b->len) { b->failed = true; return false; }
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return true;
    /* grow by 1.5x so that appends stay linear overall */
    size_t cap = b->cap ? b->cap + b->cap / 2 : 64;
    if (cap < need) cap = need;
    char *p = realloc(b->data, cap);
    if (!p) { b->failed = true; return false; }
    /* a fresh buffer must read as "" even if nothing is ever appended */
    if (!b->data) p[0] = '\0';
    b->data = p;
    b->cap = cap;
    return true;
}

void px_buf_append(px_buf *b, const char *s, size_t n)
{
    if (!px_buf_reserve(b, n)) return;
    if (n) memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void px_buf_puts(px_buf *b, const char *s) { px_buf_append(b, s, strlen(s)); }

void px_buf_putc(px_buf *b, char c) { px_buf_append(b, &c, 1); }

void px_buf_printf(px_buf *b, const char *fmt, ...)
{
    /* format straight into the free space; only when it does not fit,
     * grow and format again (formatting twice every time doubled the cost
     * of number-heavy pages) */
    if (!px_buf_reserve(b, 64)) return;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap);
    va_end(ap);
    if (n < 0) { b->data[b->len] = '\0'; b->failed = true; return; }
    if ((size_t)n >= b->cap - b->len) {
        if (!px_buf_reserve(b, (size_t)n)) { b->data[b->len] = '\0'; return; }
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void px_buf_fixed(px_buf *b, double x, int decimals)
{
    static const double scale[] = {1, 10, 100, 1000};
    if (decimals < 0 || decimals > 3 || !(fabs(x) < 1e6)) { px_buf_printf(b, "%.*f", decimals, x); return; }
    double t = fabs(x) * scale[decimals], r = nearbyint(t);
    /* near a tie, t's own rounding could decide: let printf round the
     * exact value */
    if (fabs(fabs(t - r) - 0.5) < 1e-6) { px_buf_printf(b, "%.*f", decimals, x); return; }
    char tmp[32], *p = tmp + sizeof tmp;
    unsigned long long v = (unsigned long long)r;
    for (int d = 0; d < decimals; d++, v /= 10) *--p = (char)('0' + v % 10);
    if (decimals) *--p = '.';
    do *--p = (char)('0' + v % 10); while (v /= 10);
    if (signbit(x)) *--p = '-';      /* printf writes "-0.0" too */
    px_buf_append(b, p, (size_t)(tmp + sizeof tmp - p));
}

char *px_buf_take(px_buf *b)
{
    if (b->failed) { px_buf_free(b); return NULL; }
    char *p = b->data;
    if (!p) p = calloc(1, 1);
    b->data = NULL;
    b->len = b->cap = 0;
    return p;
}

void px_buf_free(px_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}

void px_buf_reset(px_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

void px_buf_html_escape(px_buf *b, const char *s, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *rep = NULL;
        switch (s[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'': rep = "&#39;"; break;
        default: continue;
        }
        px_buf_append(b, s + run, i - run);
        px_buf_puts(b, rep);
        run = i + 1;
    }
    px_buf_append(b, s + run, n - run);
}

void px_buf_json_string(px_buf *b, const char *s)
{
    if (!s) { px_buf_puts(b, "null"); return; }
    px_buf_json_span(b, s, strlen(s));
}

void px_buf_json_span(px_buf *b, const char *s, size_t n)
{
    px_buf_putc(b, '"');
    size_t run = 0, i = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        px_buf_append(b, s + run, i - run);
        switch (c) {
        case '"': px_buf_puts(b, "\\\""); break;
        case '\\': px_buf_puts(b, "\\\\"); break;
        case '\n': px_buf_puts(b, "\\n"); break;
        case '\t': px_buf_puts(b, "\\t"); break;
        case '\r': px_buf_puts(b, "\\r"); break;
        default: px_buf_printf(b, "\\u%04x", c);
        }
        run = i + 1;
    }
    px_buf_append(b, s + run, i - run);
    px_buf_putc(b, '"');
}

void px_buf_url_segment(px_buf *b, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
            c == '-' || c == '.' || c == '_' || c == '~')
            px_buf_putc(b, (char)c);
        else
            px_buf_printf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
    }
}
