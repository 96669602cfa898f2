/*
 * warcgen.c - writes a WARC.gz of response records, one gzip member per
 * record as Common Crawl ships them, until the output reaches a size.
 *
 *   warcgen OUT.warc.gz SIZE_MB PAGE.html...
 *
 * Records cycle through the given pages (the bundled fictional example);
 * each gets its own URL and a paragraph with its number, so no two
 * records are the same bytes and the gzip ratio stays like real pages.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb) { free(buf); buf = NULL; }
            else buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* One record as its own gzip member appended to out. */
static int write_member(FILE *out, const char *data, size_t len)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) return -1;
    unsigned char chunk[1 << 16];
    z.next_in = (unsigned char *)data;
    z.avail_in = (uInt)len;
    int st;
    do {
        z.next_out = chunk;
        z.avail_out = sizeof chunk;
        st = deflate(&z, Z_FINISH);
        fwrite(chunk, 1, sizeof chunk - z.avail_out, out);
    } while (st == Z_OK);
    deflateEnd(&z);
    return st == Z_STREAM_END ? 0 : -1;
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: warcgen OUT.warc.gz SIZE_MB PAGE.html...\n");
        return 2;
    }
    long long target = atoll(argv[2]) * 1024LL * 1024LL;
    int npages = argc - 3;
    char **pages = calloc((size_t)npages, sizeof *pages);
    size_t *lens = calloc((size_t)npages, sizeof *lens);
    for (int i = 0; i < npages; i++)
        if (!(pages[i] = read_all(argv[3 + i], &lens[i]))) {
            fprintf(stderr, "warcgen: cannot read %s\n", argv[3 + i]);
            return 1;
        }
    FILE *out = fopen(argv[1], "wb");
    if (!out) { perror(argv[1]); return 1; }
    size_t cap = 1 << 20;
    char *rec = malloc(cap);
    long long raw = 0, n = 0;
    while (ftell(out) < target) {
        const char *page = pages[n % npages];
        size_t plen = lens[n % npages];
        /* The record's own paragraph goes right after <body>. */
        const char *body = strstr(page, "<body");
        body = body ? strchr(body, '>') : NULL;
        size_t head = body ? (size_t)(body + 1 - page) : 0;
        char extra[160];
        int en = snprintf(extra, sizeof extra,
                          "<p>Archive record %lld of the generated stream.</p>", n);
        char http[256];
        int hn = snprintf(http, sizeof http,
                          "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                          "Content-Length: %zu\r\n\r\n", plen + (size_t)en);
        size_t clen = (size_t)hn + plen + (size_t)en;
        if (clen + 1024 > cap) {
            cap = clen + 1024;
            char *nr = realloc(rec, cap);
            if (!nr) return 1;
            rec = nr;
        }
        int wn = snprintf(rec, cap,
                          "WARC/1.0\r\nWARC-Type: response\r\n"
                          "WARC-Target-URI: https://news.example.org/gen/%lld.html\r\n"
                          "WARC-Date: 2031-01-01T00:00:00Z\r\n"
                          "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-%012lld>\r\n"
                          "Content-Type: application/http; msgtype=response\r\n"
                          "Content-Length: %zu\r\n\r\n%s", n, n, clen, http);
        size_t at = (size_t)wn;
        memcpy(rec + at, page, head); at += head;
        memcpy(rec + at, extra, (size_t)en); at += (size_t)en;
        memcpy(rec + at, page + head, plen - head); at += plen - head;
        memcpy(rec + at, "\r\n\r\n", 4); at += 4;
        if (write_member(out, rec, at) != 0) { fprintf(stderr, "warcgen: zlib failed\n"); return 1; }
        raw += (long long)at;
        n++;
    }
    fprintf(stderr, "warcgen: %lld records, %.1f MB uncompressed, %.1f MB written\n",
            n, raw / 1048576.0, ftell(out) / 1048576.0);
    fclose(out);
    free(rec);
    for (int i = 0; i < npages; i++) free(pages[i]);
    free(pages);
    free(lens);
    return 0;
}
