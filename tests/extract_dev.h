/* extract_dev.h - scoring of extracted text against the extract-dev set
 * (../shared/data/extract-dev), the way its authors score it: a "with"
 * snippet found is a true positive, missing a false negative; a "without"
 * snippet found is a false positive, missing a true negative.  White space
 * is collapsed on both sides first.  Shared by tests/unit/test_extract.c
 * (a sample, as a sanity check) and bench/extract (all pages, timed);
 * header-only so each includes it without a library of its own. */
#ifndef PX_TESTS_EXTRACT_DEV_H
#define PX_TESTS_EXTRACT_DEV_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <zlib.h>

#include "util.h"

typedef struct dev_counts { long tp, fn, fp, tn, pages; } dev_counts;

/* A gzip file's whole content, NUL-terminated, or NULL. */
static char *dev_gz_read(const char *path, size_t *len)
{
    gzFile f = gzopen(path, "rb");
    if (!f) return NULL;
    px_buf b = PX_BUF_INIT;
    char chunk[65536];
    int n;
    while ((n = gzread(f, chunk, sizeof chunk)) > 0) px_buf_append(&b, chunk, (size_t)n);
    gzclose(f);
    *len = b.len;
    return px_buf_take(&b);
}

/* Collapse white space (including U+00A0) as the upstream scorer does. */
static char *dev_collapse(const char *s)
{
    px_buf b = PX_BUF_INIT;
    int space = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = 1;
            continue;
        }
        if (c == 0xC2 && (unsigned char)s[1] == 0xA0) { space = 1; s++; continue; }
        if (space && b.len) px_buf_putc(&b, ' ');
        space = 0;
        px_buf_putc(&b, (char)c);
    }
    px_buf_putc(&b, '\0');
    return px_buf_take(&b);
}

/* Score one page's extracted text (NULL: nothing extracted) against its
 * expectations entry; with verbose, misses and junk go to stderr. */
static void dev_score_page(const json_t *entry, const char *key, const char *text_in,
                           bool verbose, dev_counts *c)
{
    char *text = dev_collapse(text_in ? text_in : "");
    size_t i;
    json_t *snip;
    c->pages++;
    json_array_foreach(json_object_get(entry, "with"), i, snip) {
        char *s = dev_collapse(json_string_value(snip) ? json_string_value(snip) : "");
        if (s && text && strstr(text, s)) c->tp++;
        else {
            c->fn++;
            if (verbose) fprintf(stderr, "MISS %s: %s\n", key, s ? s : "");
        }
        free(s);
    }
    json_array_foreach(json_object_get(entry, "without"), i, snip) {
        char *s = dev_collapse(json_string_value(snip) ? json_string_value(snip) : "");
        if (s && *s && text && strstr(text, s)) {
            c->fp++;
            if (verbose) fprintf(stderr, "JUNK %s: %s\n", key, s);
        } else c->tn++;
        free(s);
    }
    free(text);
}

static double dev_f1(const dev_counts *c)
{
    double p = c->tp + c->fp ? (double)c->tp / (double)(c->tp + c->fp) : 0;
    double r = c->tp + c->fn ? (double)c->tp / (double)(c->tp + c->fn) : 0;
    return p + r ? 2 * p * r / (p + r) : 0;
}

#endif
