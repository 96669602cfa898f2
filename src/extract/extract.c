/*
 * extract.c - px_extract(): the entry point of the stage.
 *
 * Checks the input against the context's limits, refuses binary data,
 * converts to UTF-8, sniffs HTML versus text dump when asked to, hands
 * over to html.c or textdump.c, then applies what holds for both kinds:
 * URL and date from the fetch URL when the page gave none, the text size
 * limit (cut at a paragraph boundary), and PX_EMPTY when nothing is left.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

#define SNIFF_BYTES 4096
#define BINARY_PROBE (64 * 1024)
#define MAX_ATTRIBUTES 256   /* per element; no real page comes close */

/* Control bytes other than white space are rare in any text encoding
 * except UTF-16/32 (which starts with a BOM); more than 1 in 20 means an
 * image, an archive or random bytes. */
static bool S_looks_binary(const char *data, size_t len)
{
    if (len >= 2 && ((unsigned char)data[0] == 0xFF || (unsigned char)data[0] == 0xFE))
        return false;
    size_t n = len < BINARY_PROBE ? len : BINARY_PROBE;
    size_t ctl = px_control_count(data, n);
    return ctl * 20 > n;
}

static bool S_looks_html(const char *s, size_t len)
{
    static const char *const tags[] = {
        "<!doctype", "<html", "<head", "<body", "<meta", "<title", "<div",
        "<p>", "<p ", "<article", "<script", "<span", "<a href", "<br",
        "<table", "<h1", "<h2", "<li", "<section", "<!--",
    };
    size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
    int hits = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<') continue;
        for (size_t t = 0; t < sizeof tags / sizeof tags[0]; t++) {
            size_t m = strlen(tags[t]);
            if (i + m <= len && strncasecmp(s + i, tags[t], m) == 0) {
                if (t < 6) return true;    /* document-level tags decide */
                hits++;
                break;
            }
        }
    }
    return hits >= 3;
}

px_status px_extract(px_ctx *ctx, const px_extract_input *input, px_article **out)
{
    if (out) *out = NULL;
    if (!ctx || !input || !out || (!input->data && input->len))
        return px_fail(ctx, PX_INVALID, "px_extract: missing context, input or output");
    px_clear_error(ctx);
    const char *name = input->name ? input->name : "page";
    long max_bytes = px_limit(ctx, PX_LIMIT_INPUT_BYTES, -1);
    if ((unsigned long)input->len > (unsigned long)max_bytes)
        return px_fail(ctx, PX_LIMIT, "%s: offset 0: page of %zu bytes exceeds the limit of %ld bytes",
                       name, input->len, max_bytes);
    if (input->len == 0)
        return px_fail(ctx, PX_EMPTY, "%s: offset 0: empty input", name);
    if (S_looks_binary(input->data, input->len))
        return px_fail(ctx, PX_CORRUPT, "%s: offset 0: binary data, not a page", name);

    char *utf8 = NULL;
    size_t len = 0;
    px_status st = px_extract_to_utf8(ctx, name, input->data, input->len,
                                      input->charset, &utf8, &len);
    if (st != PX_OK) return st;

    px_article *a = px_article_new();
    if (!a) {
        free(utf8);
        return px_fail(ctx, PX_NOMEM, "%s: allocating the article: out of memory", name);
    }
    px_format fmt = input->format;
    if (fmt == PX_FORMAT_AUTO) fmt = S_looks_html(utf8, len) ? PX_FORMAT_HTML : PX_FORMAT_TEXT;
    if (fmt == PX_FORMAT_HTML) {
        px_extract_cap_attributes(utf8, len, MAX_ATTRIBUTES);
        st = px_extract_html(ctx, input, utf8, len, a);
    }
    else st = px_extract_textdump(ctx, input, utf8, len, a);
    free(utf8);

    if (st == PX_OK && !a->url && input->url) st = px_article_set(a, "url", input->url);
    if (st == PX_OK && !a->date) {
        char iso[32];
        if (px_date_from_url(a->url, iso)) st = px_article_set(a, "date", iso);
    }
    if (st == PX_OK && !a->site && a->url && strstr(a->url, "://")) {
        const char *h = strstr(a->url, "://") + 3;
        if (strncasecmp(h, "www.", 4) == 0) h += 4;
        size_t hn = strcspn(h, "/:?#");
        char *host = hn ? px_strndup(h, hn) : NULL;
        if (host) st = px_article_set(a, "site", host);
        free(host);
    }
    if (st != PX_OK && !px_errmsg(ctx)[0]) {
        px_fail(ctx, st, "%s: storing metadata: %s", name, px_status_str(st));
    }
    if (st == PX_OK && a->n_paragraphs == 0)
        st = px_fail(ctx, PX_EMPTY, "%s: no article text found in the %s", name,
                     fmt == PX_FORMAT_HTML ? "HTML page" : "text");
    if (st != PX_OK) {
        px_article_free(a);
        return st;
    }
    *out = a;
    return PX_OK;
}
