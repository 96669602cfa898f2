/*
 * jsonld.c - schema.org metadata from <script type="application/ld+json">.
 *
 * A block holds one object, an array of objects, or an object with an
 * @graph array; the article may also sit under mainEntity.  We look for
 * the first object whose @type names an article (NewsArticle, Article,
 * BlogPosting, Report, ...) within a few levels and take its headline,
 * dates, author(s), publisher and body.  Fields already set by an earlier
 * block are kept, so the first article wins.  Nesting is walked with a
 * depth bound; jansson itself bounds the parse depth.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "extract.h"

#define LD_MAX_DEPTH 6

static bool S_type_is_article(json_t *obj)
{
    json_t *t = json_object_get(obj, "@type");
    const char *one[8];
    size_t n = 0;
    if (json_is_string(t)) one[n++] = json_string_value(t);
    else if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v) {
            if (n < 8 && json_is_string(v)) one[n++] = json_string_value(v);
        }
    }
    for (size_t i = 0; i < n; i++) {
        const char *s = one[i];
        if (strstr(s, "Article") || strstr(s, "Posting") || strcmp(s, "Report") == 0 ||
            strcmp(s, "LiveBlogPosting") == 0)
            return true;
    }
    return false;
}

static void S_set(char **slot, const char *value)
{
    if (*slot || !value || !*value) return;
    *slot = px_strdup(value);
}

/* A name from a string, an object with "name", or an array of those. */
static void S_names(json_t *v, px_buf *b)
{
    if (json_is_string(v)) {
        if (b->len) px_buf_puts(b, ", ");
        px_buf_puts(b, json_string_value(v));
    } else if (json_is_object(v)) {
        json_t *name = json_object_get(v, "name");
        if (json_is_string(name)) S_names(name, b);
    } else if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
            if (i >= 8) break;
            if (!json_is_array(e)) S_names(e, b);
        }
    }
}

static const char *S_str(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static void S_take_article(json_t *obj, px_jsonld *ld)
{
    S_set(&ld->headline, S_str(obj, "headline"));
    if (!ld->headline) S_set(&ld->headline, S_str(obj, "name"));
    S_set(&ld->date, S_str(obj, "datePublished"));
    S_set(&ld->date, S_str(obj, "dateCreated"));
    S_set(&ld->description, S_str(obj, "description"));
    S_set(&ld->body, S_str(obj, "articleBody"));
    S_set(&ld->body, S_str(obj, "text"));
    S_set(&ld->language, S_str(obj, "inLanguage"));
    const char *url = S_str(obj, "url");
    if (!url) {
        json_t *me = json_object_get(obj, "mainEntityOfPage");
        url = json_is_string(me) ? json_string_value(me) : S_str(me, "@id");
    }
    if (url && (strncmp(url, "http://", 7) == 0 || strncmp(url, "https://", 8) == 0))
        S_set(&ld->url, url);
    if (!ld->author) {
        px_buf b = PX_BUF_INIT;
        S_names(json_object_get(obj, "author"), &b);
        if (!b.len) S_names(json_object_get(obj, "creator"), &b);
        char *s = px_buf_take(&b);
        if (s && *s) ld->author = s;
        else free(s);
    }
    json_t *pub = json_object_get(obj, "publisher");
    if (json_is_array(pub)) pub = json_array_get(pub, 0);
    S_set(&ld->publisher, S_str(pub, "name"));
}

static void S_walk(json_t *v, px_jsonld *ld, int depth, bool *found)
{
    if (depth > LD_MAX_DEPTH || *found) return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) {
            if (i > 64) break;
            S_walk(e, ld, depth + 1, found);
        }
        return;
    }
    if (!json_is_object(v)) return;
    if (S_type_is_article(v)) {
        S_take_article(v, ld);
        *found = true;
        return;
    }
    /* Site name from a WebSite / Organization object if nothing better. */
    const char *type = S_str(v, "@type");
    if (type && (strcmp(type, "WebSite") == 0 || strcmp(type, "Organization") == 0 ||
                 strcmp(type, "NewsMediaOrganization") == 0))
        S_set(&ld->publisher, S_str(v, "name"));
    if (type && strcmp(type, "WebPage") == 0) {
        json_t *me = json_object_get(v, "mainEntity");
        if (me) S_walk(me, ld, depth + 1, found);
        if (!*found) S_set(&ld->date, S_str(v, "datePublished"));
    }
    json_t *graph = json_object_get(v, "@graph");
    if (graph) S_walk(graph, ld, depth + 1, found);
}

void px_jsonld_parse(const char *json, size_t len, px_jsonld *ld)
{
    json_error_t err;
    json_t *root = json_loadb(json, len, JSON_DECODE_ANY, &err);
    if (!root) return;
    bool found = ld->headline || ld->body;
    S_walk(root, ld, 0, &found);
    json_decref(root);
}

void px_jsonld_free(px_jsonld *ld)
{
    free(ld->headline);
    free(ld->date);
    free(ld->author);
    free(ld->publisher);
    free(ld->description);
    free(ld->url);
    free(ld->language);
    free(ld->body);
    memset(ld, 0, sizeof *ld);
}
