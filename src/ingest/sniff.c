/*
 * sniff.c - choose a reader from the file name and the first decoded bytes.
 *
 * Content wins over names, except that a ".txt" name always means a text
 * dump (a dump may well start with "{" or "<").  Order of tests:
 * empty -> "WARC/1." -> binary -> .txt -> JSON Lines -> HTML -> text.
 * The WARC test comes before the binary one because a WARC's first record
 * may carry compressed bytes within the first 4 KB.
 */
#include <string.h>
#include <strings.h>

#include "ingest.h"

#define SNIFF_BYTES 4096

static bool has_name_suffix(const char *name, const char *suffix)
{
    if (!name) return false;
    if (px_has_suffix(name, suffix)) return true;
    /* "x.jsonl.gz" counts as ".jsonl" */
    size_t n = strlen(name), m = strlen(suffix);
    return n > m + 3 && px_has_suffix(name, ".gz") &&
           strncasecmp(name + n - 3 - m, suffix, m) == 0;
}

/* Many NULs or control bytes: not something we can read as text. */
static bool looks_binary(const unsigned char *p, size_t n)
{
    size_t ctl = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == 0) return true;
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r' &&
            p[i] != '\f' && p[i] != 0x1b)
            ctl++;
    }
    return ctl * 20 > n;    /* more than 5% */
}

static bool find_ci(const unsigned char *p, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (strncasecmp((const char *)p + i, needle, m) == 0) return true;
    return false;
}

ing_kind ing_sniff(ing_run *r, ing_stream *s, const char *name)
{
    const unsigned char *p;
    size_t n = ing_peek(s, SNIFF_BYTES, &p);
    if (n > SNIFF_BYTES) n = SNIFF_BYTES;
    if (n == 0) {
        /* a broken gzip was reported by the stream already */
        if (!s->gaps) ing_skip(r, "", PX_EMPTY, "empty file");
        return ING_SKIP;
    }
    if (n >= 7 && memcmp(p, "WARC/1.", 7) == 0) return ING_WARC;
    if (looks_binary(p, n)) {
        ing_skip(r, "", PX_UNSUPPORTED, "binary file");
        return ING_SKIP;
    }
    if (has_name_suffix(name, ".txt")) return ING_TEXT;
    size_t i = 0;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' ||
                     p[i] == '\n'))
        i++;
    /* JSON Lines, or one JSON document (an array of articles) */
    size_t j = i + 1;
    while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\r' || p[j] == '\n')) j++;
    if (has_name_suffix(name, ".jsonl") || has_name_suffix(name, ".ndjson") ||
        has_name_suffix(name, ".json") || (i < n && p[i] == '{') ||
        (i < n && p[i] == '[' && j < n && p[j] == '{'))
        return ING_JSONL;
    if (has_name_suffix(name, ".html") || has_name_suffix(name, ".htm") ||
        (i < n && p[i] == '<'))
        return ING_HTML;
    size_t head = n < 1024 ? n : 1024;
    if (find_ci(p, head, "<!doctype html") || find_ci(p, head, "<html") ||
        find_ci(p, head, "<body") || find_ci(p, head, "<article"))
        return ING_HTML;
    return ING_TEXT;
}
