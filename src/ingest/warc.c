/*
 * warc.c - streaming WARC reader (WARC/1.0 and 1.1), one record at a time.
 *
 * A record is a "WARC/1.x" line, header lines up to a blank line, a block
 * of exactly Content-Length bytes and a CRLF CRLF trailer.  Pages are
 * response records holding a 2xx HTTP response with an HTML (or untyped)
 * body, and resource records typed text/html.  Everything else (warcinfo,
 * request, metadata, revisit, images...) is skipped silently without being
 * buffered: only wanted bodies, bounded by the input limit, are kept.
 *
 * A malformed record is reported at its offset, then the reader resyncs by
 * scanning lines for the next "WARC/1." and goes on.  Known limit: a
 * Content-Length that is too large swallows the records it covers.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest.h"

#define HEAD_MAX (64 * 1024)    /* WARC header block, HTTP header block */
#define LINE_MAX_BYTES 8192     /* one WARC header line */

typedef enum { T_OTHER, T_RESPONSE, T_RESOURCE } rec_type;

typedef struct rec {
    const char *where;
    rec_type type;
    bool has_length;
    uint64_t length;
    bool html;                  /* WARC Content-Type, for resource records */
    char charset[64];
    px_buf url;
} rec;

static bool is_record_line(const char *s, size_t n)
{
    return n >= 8 && memcmp(s, "WARC/1.", 7) == 0 &&
           isdigit((unsigned char)s[7]);
}

static size_t chomp(char *s, size_t n)
{
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r')) s[--n] = '\0';
    return n;
}

static const char *trim(char *v)
{
    while (*v == ' ' || *v == '\t') v++;
    size_t n = strlen(v);
    while (n && (v[n - 1] == ' ' || v[n - 1] == '\t')) v[--n] = '\0';
    return v;
}

/* Strict decimal: digits only, no sign, no overflow. */
static bool parse_length(const char *v, uint64_t *out)
{
    uint64_t n = 0;
    if (!*v) return false;
    for (; *v; v++) {
        if (!isdigit((unsigned char)*v)) return false;
        if (n > (UINT64_MAX - 9) / 10) return false;
        n = n * 10 + (uint64_t)(*v - '0');
    }
    *out = n;
    return true;
}

/* Read header lines through the blank line.  false: reported. */
static bool read_headers(ing_run *r, ing_stream *s, rec *rc)
{
    px_buf line = PX_BUF_INIT;
    size_t budget = HEAD_MAX;
    bool ok = false;
    for (;;) {
        bool cut;
        px_buf_reset(&line);
        size_t got = ing_line(s, &line, LINE_MAX_BYTES, &cut);
        if (r->fatal) goto out;
        if (got == 0) {
            if (!ing_at_gap(s))
                ing_skip(r, rc->where, PX_CORRUPT,
                         "WARC header ends before its blank line");
            goto out;
        }
        if (cut || got > budget) {
            ing_skip(r, rc->where, PX_CORRUPT, "WARC header too long");
            goto out;
        }
        budget -= got;
        if (chomp(line.data, line.len) == 0) break;
        if (line.data[0] == ' ' || line.data[0] == '\t') continue;
        char *colon = strchr(line.data, ':');
        if (!colon || colon == line.data) {
            ing_skip(r, rc->where, PX_CORRUPT, "bad WARC header line");
            goto out;
        }
        *colon = '\0';
        const char *name = line.data;
        const char *v = trim(colon + 1);
        if (strcasecmp(name, "Content-Length") == 0) {
            if (!parse_length(v, &rc->length)) {
                ing_skip(r, rc->where, PX_CORRUPT, "bad Content-Length");
                goto out;
            }
            rc->has_length = true;
        } else if (strcasecmp(name, "WARC-Type") == 0) {
            rc->type = strcasecmp(v, "response") == 0   ? T_RESPONSE
                       : strcasecmp(v, "resource") == 0 ? T_RESOURCE
                                                        : T_OTHER;
        } else if (strcasecmp(name, "WARC-Target-URI") == 0) {
            /* WARC/1.0 drafts wrote the URI in angle brackets */
            size_t n = strlen(v);
            if (n >= 2 && v[0] == '<' && v[n - 1] == '>') { v++; n -= 2; }
            px_buf_reset(&rc->url);
            px_buf_append(&rc->url, v, n);
        } else if (strcasecmp(name, "Content-Type") == 0) {
            ing_content_type(v, strlen(v), &rc->html, rc->charset,
                             sizeof rc->charset);
        }
    }
    if (!rc->has_length) {
        ing_skip(r, rc->where, PX_CORRUPT, "WARC record has no Content-Length");
        goto out;
    }
    if (rc->url.failed) { ing_nomem(r); goto out; }
    ok = true;
out:
    px_buf_free(&line);
    return ok;
}

/* The HTTP head at the start of a response block.  Consumes it and
 * lowers *left; returns whether the body is a page we want.  On a broken
 * head *why is set (the caller reports it after the trailer check). */
static bool read_http(ing_stream *s, uint64_t *left, ing_http *h,
                      const char **why)
{
    const unsigned char *p;
    size_t want = *left < HEAD_MAX ? (size_t)*left : HEAD_MAX;
    size_t n = ing_peek(s, want, &p);
    if (n > want) n = want;
    if (n < 5 || memcmp(p, "HTTP/", 5) != 0) return false;  /* dns:, ftp */
    size_t end = 0;
    for (size_t i = 0; i + 1 < n && !end; i++) {
        if (p[i] != '\n') continue;
        if (p[i + 1] == '\n') end = i + 2;
        else if (p[i + 1] == '\r' && i + 2 < n && p[i + 2] == '\n') end = i + 3;
    }
    if (!end) {
        /* a short stream is reported as running past the end instead */
        if (n == want) *why = "HTTP header has no end";
        return false;
    }
    bool ok = ing_http_head((const char *)p, end, h, why);
    ing_consume(s, end);
    *left -= end;
    return ok && h->status >= 200 && h->status < 300 &&
           (h->html || !h->typed);
}

/* CRLF CRLF after the block; LF LF from sloppy writers too. */
static bool read_trailer(ing_stream *s)
{
    const unsigned char *p;
    size_t n = ing_peek(s, 4, &p);
    if (n >= 4 && memcmp(p, "\r\n\r\n", 4) == 0) { ing_consume(s, 4); return true; }
    if (n >= 2 && memcmp(p, "\n\n", 2) == 0) { ing_consume(s, 2); return true; }
    return false;
}

/* One record whose first line was read already.  false: resync needed. */
static bool read_record(ing_run *r, ing_stream *s, const px_buf *first,
                        const char *where)
{
    rec rc;
    memset(&rc, 0, sizeof rc);
    rc.where = where;
    rc.url = (px_buf)PX_BUF_INIT;
    px_buf body = PX_BUF_INIT;
    bool ok = false;

    if (!is_record_line(first->data ? first->data : "", first->len)) {
        ing_skip(r, where, PX_CORRUPT, "not a WARC record header");
        goto out;
    }
    if (!read_headers(r, s, &rc)) goto out;

    uint64_t left = rc.length;
    ing_http h;
    memset(&h, 0, sizeof h);
    const char *why = NULL;
    px_status pending = PX_OK;
    char pending_why[160] = "";
    bool want = false;
    px_format format = PX_FORMAT_HTML;
    const char *charset = NULL;
    if (rc.type == T_RESPONSE) {
        want = read_http(s, &left, &h, &why);
        if (why) {
            pending = PX_CORRUPT;
            snprintf(pending_why, sizeof pending_why, "%s", why);
        }
        format = h.html ? PX_FORMAT_HTML : PX_FORMAT_AUTO;
        charset = h.charset[0] ? h.charset : NULL;
    } else if (rc.type == T_RESOURCE && rc.html) {
        want = true;
        charset = rc.charset[0] ? rc.charset : NULL;
    }
    if (want && left > r->limit) {
        want = false;
        pending = PX_LIMIT;
        snprintf(pending_why, sizeof pending_why,
                 "record body of %llu bytes exceeds the input limit of %zu bytes",
                 (unsigned long long)left, r->limit);
    }
    uint64_t got = ing_read(s, want ? &body : NULL, left);
    if (r->fatal || ing_at_gap(s)) goto out;   /* gzip broke: reported */
    if (got < left) {
        ing_skip(r, where, PX_CORRUPT,
                 "Content-Length %llu runs past the end of the input",
                 (unsigned long long)rc.length);
        goto out;
    }
    if (!read_trailer(s)) {
        if (!ing_at_gap(s))
            ing_skip(r, where, PX_CORRUPT,
                     "no CRLF CRLF after the record block "
                     "(wrong Content-Length?)");
        goto out;
    }
    ok = true;                      /* aligned on the next record */
    if (pending != PX_OK) {
        ing_skip(r, where, pending, "%s", pending_why);
        goto out;
    }
    if (!want) goto out;
    if (rc.type == T_RESPONSE) {
        px_status st = ing_http_body(&h, &body, r->limit, &why);
        if (st == PX_NOMEM) { ing_nomem(r); goto out; }
        if (st != PX_OK) { ing_skip(r, where, st, "%s", why); goto out; }
    }
    px_item item = {0};
    item.where = where;
    item.kind = PX_ITEM_PAGE;
    item.format = format;
    item.data = body.data ? body.data : "";
    item.len = body.len;
    item.charset = charset;
    item.url = rc.url.len ? rc.url.data : NULL;
    ing_emit(r, &item);
out:
    px_buf_free(&body);
    px_buf_free(&rc.url);
    return ok;
}

/* Skip lines up to the next "WARC/1." line, left in line with its offset.
 * false at the end of the stream or at a gzip gap. */
static bool resync(ing_stream *s, px_buf *line, uint64_t *off)
{
    for (;;) {
        const unsigned char *p;
        if (ing_peek(s, 1, &p) == 0) return false;
        *off = ing_where(s);
        bool cut;
        px_buf_reset(line);
        ing_line(s, line, 64, &cut);
        if (s->run->fatal) return false;
        if (is_record_line(line->data ? line->data : "", line->len))
            return true;
    }
}

void ing_read_warc(ing_run *r, ing_stream *s)
{
    px_buf line = PX_BUF_INIT;
    bool have_first = false;
    uint64_t off = 0;
    char where[48];
    while (!r->stop && !r->fatal) {
        if (ing_at_gap(s)) {
            /* the stream sits at the start of the next good gzip member */
            ing_resume(s);
            have_first = false;
            continue;
        }
        if (!have_first) {
            const unsigned char *p;
            size_t n;
            /* blank lines between records are tolerated */
            while ((n = ing_peek(s, 1, &p)) > 0 && (p[0] == '\r' || p[0] == '\n'))
                ing_consume(s, 1);
            if (n == 0) {
                if (!s->gap) break;
                continue;           /* resumed at the top */
            }
            off = ing_where(s);
            bool cut;
            px_buf_reset(&line);
            ing_line(s, &line, 64, &cut);
            if (ing_at_gap(s)) continue;    /* a partial line */
        }
        have_first = false;
        snprintf(where, sizeof where, "offset %llu", (unsigned long long)off);
        bool ok = read_record(r, s, &line, where);
        if (!ok && !ing_at_gap(s)) have_first = resync(s, &line, &off);
    }
    px_buf_free(&line);
}
