/*
 * jsonl.c - JSON Lines: one object per line, read line by line.
 *
 * Three shapes are understood:
 *   {"url", "html"}                      a page of HTML
 *   {"url", "text"} without "title"      a page that is a text dump
 *   {"title", "text", ...}               an article extracted already:
 *        "date", "source"/"site", "byline"/"author", "language", "url",
 *        "description"
 * A line longer than the input limit is skipped without being buffered.
 * Jansson rejects invalid UTF-8 and \u0000, and caps nesting depth, so its
 * error text is the reason given for a bad line.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ingest.h"

static const char *str_field(json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

/* "author" may be a string or a list of strings. */
static char *authors(json_t *v)
{
    if (json_is_string(v)) return px_strdup(json_string_value(v));
    if (!json_is_array(v)) return NULL;
    px_buf b = PX_BUF_INIT;
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e) {
        if (!json_is_string(e)) continue;
        if (b.len) px_buf_puts(&b, ", ");
        px_buf_puts(&b, json_string_value(e));
    }
    if (!b.len) { px_buf_free(&b); return NULL; }
    return px_buf_take(&b);
}

/* Whether px_utf8_sanitize() keeps any byte of s.  Values made only of
 * control characters are treated as absent: besides meaning nothing, they
 * hit a util bug (px_utf8_sanitize returns an unterminated buffer when it
 * keeps nothing; reported to the lead). */
static bool keeps_something(const char *s, size_t n)
{
    for (size_t i = 0; s && i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') return true;
    }
    return false;
}

static const char *kept_field(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    const char *s = json_string_value(v);
    return keeps_something(s, json_string_length(v)) ? s : NULL;
}

/* Build the article of an already-extracted line; reason on failure. */
static px_status make_article(json_t *obj, px_article **out, const char **why)
{
    px_article *a = px_article_new();
    if (!a) return PX_NOMEM;
    json_t *text = json_object_get(obj, "text");
    px_status st = PX_OK;
    if (keeps_something(json_string_value(text), json_string_length(text)))
        st = px_article_set_text(a, json_string_value(text),
                                 json_string_length(text));
    const char *site = kept_field(obj, "site");
    if (!site) site = kept_field(obj, "source");
    const char *byline = kept_field(obj, "byline");
    char *joined = byline ? NULL : authors(json_object_get(obj, "author"));
    if (joined && !keeps_something(joined, strlen(joined))) {
        free(joined);
        joined = NULL;
    }
    if (joined) byline = joined;
    static const char *const plain[] = {"title", "date", "url", "language",
                                        "description"};
    for (size_t i = 0; st == PX_OK && i < sizeof plain / sizeof plain[0]; i++)
        st = px_article_set(a, plain[i], kept_field(obj, plain[i]));
    if (st == PX_OK) st = px_article_set(a, "site", site);
    if (st == PX_OK) st = px_article_set(a, "byline", byline);
    free(joined);
    if (st == PX_OK && a->n_paragraphs == 0) {
        st = PX_EMPTY;
        *why = "\"text\" holds no article text";
    }
    if (st != PX_OK) {
        px_article_free(a);
        return st;
    }
    *out = a;
    return PX_OK;
}

/* One parsed value: an article object, or a skip saying why not.  Takes
 * the reference. */
static void one_value(ing_run *r, json_t *obj, const char *where)
{
    px_item item = {0};
    item.where = where;
    item.url = str_field(obj, "url");
    json_t *html = json_object_get(obj, "html");
    json_t *text = json_object_get(obj, "text");
    const char *why = NULL;
    if (!json_is_object(obj)) {
        ing_skip(r, where, PX_CORRUPT, "not a JSON object");
    } else if (json_is_string(html)) {
        item.kind = PX_ITEM_PAGE;
        item.format = PX_FORMAT_HTML;
        item.data = json_string_value(html);
        item.len = json_string_length(html);
        ing_emit(r, &item);
    } else if (!json_is_string(text)) {
        ing_skip(r, where, PX_CORRUPT,
                 "object has no \"html\" or \"text\" string");
    } else if (!json_is_string(json_object_get(obj, "title"))) {
        item.kind = PX_ITEM_PAGE;
        item.format = PX_FORMAT_TEXT;
        item.data = json_string_value(text);
        item.len = json_string_length(text);
        ing_emit(r, &item);
    } else {
        px_article *a = NULL;
        px_status st = make_article(obj, &a, &why);
        if (st == PX_NOMEM) {
            ing_nomem(r);
        } else if (st != PX_OK) {
            ing_skip(r, where, st, "%s", why ? why : px_status_str(st));
        } else {
            item.kind = PX_ITEM_ARTICLE;
            item.article = a;
            ing_emit(r, &item);
            px_article_free(a);
        }
    }
    json_decref(obj);
}

static void one_line(ing_run *r, const char *data, size_t len,
                     const char *where)
{
    json_error_t err;
    json_t *obj = json_loadb(data, len, 0, &err);
    if (!obj) {
        ing_skip(r, where, PX_CORRUPT, "%s", err.text);
        return;
    }
    one_value(r, obj, where);
}

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return false;
    return true;
}

/* A first line that is only "[" or "{" (or a "[" opening an array) is
 * the start of one pretty-printed JSON document, not JSON Lines: an
 * array of articles, or one article. */
static bool opens_document(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) n--;
    while (n && (*s == ' ' || *s == '\t')) s++, n--;
    return n && (*s == '[' || (n == 1 && *s == '{'));
}

/* A whole JSON document: each element of an array is an item, an object
 * is one.  Takes the reference. */
static void one_document(ing_run *r, json_t *root)
{
    if (!json_is_array(root)) {
        one_value(r, root, "document");
        return;
    }
    char where[48];
    for (size_t k = 0; k < json_array_size(root) && !r->stop && !r->fatal; k++) {
        snprintf(where, sizeof where, "item %zu", k + 1);
        one_value(r, json_incref(json_array_get(root, k)), where);
    }
    json_decref(root);
}

/* The rest of the stream after first, parsed as one document (at most
 * the input limit in all); each element of an array is an item. */
static void read_document(ing_run *r, ing_stream *s, px_buf *doc)
{
    px_buf line = PX_BUF_INIT;
    bool cut = false;
    while (!cut && doc->len <= r->limit) {
        px_buf_reset(&line);
        if (ing_line(s, &line, r->limit, &cut) == 0) break;
        px_buf_append(doc, line.data, line.len);
    }
    px_buf_free(&line);
    if (cut || doc->len > r->limit) {
        ing_skip(r, "", PX_LIMIT, "JSON document exceeds the input limit of %zu bytes "
                 "(JSON Lines has no such limit: one article per line)", r->limit);
        return;
    }
    if (doc->failed) { ing_nomem(r); return; }
    json_error_t err;
    json_t *root = json_loadb(doc->data, doc->len, 0, &err);
    if (!root) {
        char where[48];
        snprintf(where, sizeof where, "line %d", err.line);
        ing_skip(r, where, PX_CORRUPT, "%s", err.text);
        return;
    }
    one_document(r, root);
}

void ing_read_jsonl(ing_run *r, ing_stream *s)
{
    bool seen = false;        /* a line other than blanks was read */
    px_buf line = PX_BUF_INIT;
    char where[48];
    for (unsigned long long no = 1; !r->stop && !r->fatal; no++) {
        bool cut;
        px_buf_reset(&line);
        size_t got = ing_line(s, &line, r->limit, &cut);
        if (got == 0) {
            if (!s->gap) break;
            ing_resume(s);         /* broken gzip, reported; lines renumber */
            continue;
        }
        if (ing_at_gap(s) && (!line.len || line.data[line.len - 1] != '\n'))
            continue;                /* partial line before a gap */
        snprintf(where, sizeof where, "line %llu", no);
        if (cut) {
            ing_skip(r, where, PX_LIMIT,
                     "line of %zu bytes exceeds the input limit of %zu bytes",
                     got, r->limit);
            continue;
        }
        const char *data = line.data;
        size_t len = line.len;
        if (no == 1 && len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
            data += 3;           /* a byte order mark jansson would refuse */
            len -= 3;
        }
        if (blank(data, len)) continue;
        if (!seen && opens_document(data, len)) {
            /* "[...]" on one line is a whole array; "[" or "{" alone
             * opens a document over many lines */
            json_t *alone = json_loadb(data, len, 0, NULL);
            if (alone) {
                one_document(r, alone);
                seen = true;
                continue;
            }
            px_buf doc = PX_BUF_INIT;
            px_buf_append(&doc, data, len);
            read_document(r, s, &doc);
            px_buf_free(&doc);
            break;
        }
        seen = true;
        one_line(r, data, len, where);
    }
    px_buf_free(&line);
}
