/*
 * http.c - the HTTP response stored in a WARC response record: status line,
 * the few headers that matter (Content-Type, Transfer-Encoding,
 * Content-Encoding) and undoing chunked and gzip/deflate bodies.
 *
 * Crawlers disagree on whether they store bodies as sent or already
 * decoded (Common Crawl decodes and renames the header), so decoding is
 * lenient: a body that does not start like chunked data or like gzip is
 * taken as already decoded.  A body that starts right and then breaks is
 * reported as corrupt.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest.h"

static bool name_is(const char *line, size_t n, const char *name)
{
    size_t m = strlen(name);
    return n > m && line[m] == ':' && strncasecmp(line, name, m) == 0;
}

static bool contains_ci(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (strncasecmp(s + i, needle, m) == 0) return true;
    return false;
}

void ing_content_type(const char *v, size_t n, bool *html, char *charset,
                      size_t charset_cap)
{
    while (n && (*v == ' ' || *v == '\t')) { v++; n--; }
    /* bounded compares: v need not be NUL-terminated */
    *html = (n >= 9 && strncasecmp(v, "text/html", 9) == 0) ||
            (n >= 21 && strncasecmp(v, "application/xhtml+xml", 21) == 0);
    if (!charset || !charset_cap) return;
    charset[0] = '\0';
    for (size_t i = 0; i + 8 <= n; i++) {
        if (strncasecmp(v + i, "charset=", 8) != 0) continue;
        const char *c = v + i + 8;
        size_t left = n - i - 8, k = 0;
        if (left && (*c == '"' || *c == '\'')) { c++; left--; }
        /* a charset name is a token; anything else ends it */
        while (k < left && k + 1 < charset_cap &&
               (isalnum((unsigned char)c[k]) || (c[k] && strchr("-_.:+", c[k])))) {
            charset[k] = c[k];
            k++;
        }
        charset[k] = '\0';
        return;
    }
}

bool ing_http_head(const char *head, size_t len, ing_http *h,
                   const char **why)
{
    memset(h, 0, sizeof *h);
    /* "HTTP/1.1 200 OK": version, space, three digits */
    if (len < 12 || memcmp(head, "HTTP/", 5) != 0) {
        *why = "no HTTP status line";
        return false;
    }
    const char *sp = memchr(head, ' ', len < 16 ? len : 16);
    if (!sp || (size_t)(sp - head) + 4 > len ||
        !isdigit((unsigned char)sp[1]) || !isdigit((unsigned char)sp[2]) ||
        !isdigit((unsigned char)sp[3])) {
        *why = "bad HTTP status line";
        return false;
    }
    h->status = (sp[1] - '0') * 100 + (sp[2] - '0') * 10 + (sp[3] - '0');
    const char *p = memchr(head, '\n', len);
    const char *end = head + len;
    while (p && p + 1 < end) {
        const char *line = p + 1;
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        size_t n = nl ? (size_t)(nl - line) : (size_t)(end - line);
        if (n && line[n - 1] == '\r') n--;
        const char *v = memchr(line, ':', n);
        if (v) {
            v++;
            size_t vn = n - (size_t)(v - line);
            if (name_is(line, n, "Content-Type")) {
                h->typed = true;
                ing_content_type(v, vn, &h->html, h->charset,
                                 sizeof h->charset);
            } else if (name_is(line, n, "Transfer-Encoding")) {
                h->chunked = contains_ci(v, vn, "chunked");
            } else if (name_is(line, n, "Content-Encoding")) {
                if (contains_ci(v, vn, "gzip")) h->encoding = 1;
                else if (contains_ci(v, vn, "deflate")) h->encoding = 2;
                else if (contains_ci(v, vn, "identity") || vn == 0) {}
                else {
                    /* br, zstd...: say so, unless it is only spaces */
                    for (size_t i = 0; i < vn; i++)
                        if (!isspace((unsigned char)v[i])) h->encoding = -1;
                }
            }
        }
        p = nl;
    }
    return true;
}

/* Decode chunked data in place.  Returns false when it is not chunked at
 * all (first size line unreadable) and leaves body untouched. */
static px_status dechunk(px_buf *body, const char **why)
{
    const char *s = body->data, *end = body->data + body->len;
    size_t w = 0;
    bool first = true;
    for (;;) {
        /* size line: hex digits, optional ";ext", CRLF */
        uint64_t size = 0;
        int digits = 0;
        while (s < end && isxdigit((unsigned char)*s)) {
            if (digits++ >= 15) { *why = "chunk size too large"; return PX_CORRUPT; }
            int c = (unsigned char)*s++;
            size = size * 16 + (uint64_t)(isdigit(c) ? c - '0' : (tolower(c) - 'a' + 10));
        }
        const char *nl = s < end ? memchr(s, '\n', (size_t)(end - s)) : NULL;
        if (!digits || !nl || (s < nl && *s != ';' && *s != '\r' && *s != ' ')) {
            if (first) return PX_OK;   /* stored decoded already */
            *why = "bad chunk size line";
            return PX_CORRUPT;
        }
        s = nl + 1;
        if (size == 0) break;          /* trailers are ignored */
        if (size > (uint64_t)(end - s)) {
            *why = "chunk runs past the end of the body";
            return PX_CORRUPT;
        }
        memmove(body->data + w, s, (size_t)size);
        w += (size_t)size;
        s += size;
        if (s < end && *s == '\r') s++;
        if (s < end && *s == '\n') s++;
        first = false;
    }
    body->len = w;
    body->data[w] = '\0';
    return PX_OK;
}

static px_status inflate_body(px_buf *body, int gzip, size_t limit,
                              const char **why)
{
    const unsigned char *d = (const unsigned char *)body->data;
    if (gzip && (body->len < 2 || d[0] != 0x1f || d[1] != 0x8b))
        return PX_OK;                  /* stored decoded already */
    if (!gzip && body->len && (d[0] == '<' || isspace(d[0])))
        return PX_OK;                  /* markup, not zlib */
    z_stream z;
    memset(&z, 0, sizeof z);
    /* deflate bodies are zlib-wrapped by the RFC, raw by some servers:
     * 32+MAX_WBITS detects zlib or gzip; raw gets a second try */
    int wbits = gzip ? 16 + MAX_WBITS : 32 + MAX_WBITS;
    px_buf out = PX_BUF_INIT;
    for (int attempt = 0; attempt < 2; attempt++) {
        if (inflateInit2(&z, wbits) != Z_OK) return PX_NOMEM;
        z.next_in = (unsigned char *)body->data;
        z.avail_in = (uInt)body->len;
        int rc = Z_OK;
        px_buf_reset(&out);
        while (rc == Z_OK) {
            if (!px_buf_reserve(&out, 64 * 1024)) break;
            z.next_out = (unsigned char *)out.data + out.len;
            z.avail_out = (uInt)(out.cap - out.len - 1);
            uInt before = z.avail_out;
            rc = inflate(&z, Z_NO_FLUSH);
            out.len += before - z.avail_out;
            out.data[out.len] = '\0';
            if (out.len > limit) break;
            if (rc == Z_BUF_ERROR) break;   /* input ended early */
        }
        inflateEnd(&z);
        if (out.failed) { px_buf_free(&out); return PX_NOMEM; }
        if (out.len > limit) {
            px_buf_free(&out);
            *why = "decoded body exceeds the input limit";
            return PX_LIMIT;
        }
        if (rc == Z_STREAM_END) {
            px_buf_free(body);
            *body = out;
            return PX_OK;
        }
        if (gzip || wbits < 0) break;
        wbits = -MAX_WBITS;
    }
    px_buf_free(&out);
    *why = gzip ? "corrupt gzip body" : "corrupt deflate body";
    return PX_CORRUPT;
}

px_status ing_http_body(const ing_http *h, px_buf *body, size_t limit,
                        const char **why)
{
    if (!body->data) return PX_OK;
    px_status st = PX_OK;
    if (h->chunked && (st = dechunk(body, why)) != PX_OK) return st;
    if (h->encoding == -1) {
        *why = "unsupported Content-Encoding";
        return PX_UNSUPPORTED;
    }
    if (h->encoding > 0) st = inflate_body(body, h->encoding == 1, limit, why);
    return st;
}
