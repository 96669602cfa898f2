/*
 * sources.c - the source-label file: who an outlet is and how the raters
 * the user chose label it.  parallax ships no ratings of its own; the file
 * is the user's (the example's is fiction).  Format (parallax(1), FILES):
 *
 *   { "DOMAIN": { "name": "...", "country": "...",
 *                 "ownership": "state|public|private",
 *                 "aliases": ["site name as pages give it", ...],
 *                 "labels": { "RATER NAME": "VALUE", ... } }, ... }
 *
 * Everything is copied into one arena so the whole set is freed at once and
 * the server can share it read-only between threads.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "present/present.h"

/* A label file is small; a huge one is a mistake, not a use case, and the
 * bound keeps a bad file from eating memory. */
#define MAX_SOURCES_BYTES (8L * 1024 * 1024)
#define MAX_FIELD 512

static const char *dup(px_sources *s, const char *v)
{
    if (!v) return NULL;
    size_t n = strlen(v);
    return px_arena_strndup(&s->arena, v, n > MAX_FIELD ? MAX_FIELD : n);
}

static int add_rater(px_sources *s, const char *rater, size_t cap)
{
    for (size_t i = 0; i < s->n_raters; i++)
        if (strcmp(s->raters[i], rater) == 0) return 1;
    if (s->n_raters >= cap) return 1;
    s->raters[s->n_raters++] = rater;
    return 1;
}

/* Field of a source object as a string: a wrong type is an error, so a
 * typo like "ownership": 1 is reported instead of silently dropped. */
static int opt_string(json_t *obj, const char *key, const char **out, px_sources *s)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v || json_is_null(v)) return 1;
    if (!json_is_string(v)) return 0;
    *out = dup(s, json_string_value(v));
    return *out != NULL;
}

static px_status parse(px_ctx *ctx, const char *path, json_t *root, px_sources *s)
{
    if (!json_is_object(root))
        return px_fail(ctx, PX_CORRUPT, "%s: the top level must be an object keyed by domain", path);
    size_t n = json_object_size(root), total_labels = 0;
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val) total_labels += json_object_size(json_object_get(val, "labels"));
    s->v = px_arena_alloc(&s->arena, (n + 1) * sizeof *s->v);
    s->raters = px_arena_alloc(&s->arena, (total_labels + 1) * sizeof *s->raters);
    if (!s->v || !s->raters) return px_fail(ctx, PX_NOMEM, "%s: out of memory", path);
    json_object_foreach(root, key, val) {
        if (!json_is_object(val))
            return px_fail(ctx, PX_CORRUPT, "%s: \"%s\": expected an object", path, key);
        px_source_info *src = &s->v[s->n];
        char lower[256];
        size_t kl = strlen(key);
        if (kl == 0 || kl >= sizeof lower)
            return px_fail(ctx, PX_CORRUPT, "%s: \"%.40s\": not a domain", path, key);
        /* hosts compare case-insensitively: keep the domain lower-case */
        for (size_t i = 0; i <= kl; i++) lower[i] = (char)((key[i] >= 'A' && key[i] <= 'Z') ? key[i] + 32 : key[i]);
        src->domain = dup(s, lower);
        if (!src->domain || !opt_string(val, "name", &src->name, s) ||
            !opt_string(val, "country", &src->country, s) ||
            !opt_string(val, "ownership", &src->ownership, s))
            return px_fail(ctx, PX_CORRUPT, "%s: \"%s\": name, country and ownership must be strings", path, key);
        json_t *aliases = json_object_get(val, "aliases");
        if (aliases && !json_is_array(aliases))
            return px_fail(ctx, PX_CORRUPT, "%s: \"%s\": aliases must be an array of strings", path, key);
        size_t na = json_array_size(aliases);
        src->aliases = px_arena_alloc(&s->arena, (na + 1) * sizeof *src->aliases);
        if (!src->aliases) return px_fail(ctx, PX_NOMEM, "%s: out of memory", path);
        for (size_t i = 0; i < na; i++) {
            const char *a = json_string_value(json_array_get(aliases, i));
            if (!a) return px_fail(ctx, PX_CORRUPT, "%s: \"%s\": aliases must be strings", path, key);
            if (!(src->aliases[src->n_aliases++] = dup(s, a))) return px_fail(ctx, PX_NOMEM, "%s: out of memory", path);
        }
        json_t *labels = json_object_get(val, "labels");
        if (labels && !json_is_object(labels))
            return px_fail(ctx, PX_CORRUPT, "%s: \"%s\": labels must map a rater's name to a label", path, key);
        src->labels = px_arena_alloc(&s->arena, (json_object_size(labels) + 1) * sizeof *src->labels);
        if (!src->labels) return px_fail(ctx, PX_NOMEM, "%s: out of memory", path);
        const char *rater;
        json_t *lv;
        json_object_foreach(labels, rater, lv) {
            if (!json_is_string(lv))
                return px_fail(ctx, PX_CORRUPT, "%s: \"%s\": label of \"%s\" must be a string", path, key, rater);
            px_source_label *l = &src->labels[src->n_labels++];
            l->rater = dup(s, rater);
            l->value = dup(s, json_string_value(lv));
            if (!l->rater || !l->value) return px_fail(ctx, PX_NOMEM, "%s: out of memory", path);
            add_rater(s, l->rater, total_labels);
        }
        s->n++;
    }
    return PX_OK;
}

px_status px_sources_load(px_ctx *ctx, const char *path, px_sources **out)
{
    *out = NULL;
    if (!path) return px_fail(ctx, PX_INVALID, "sources: no path given");
    FILE *f = fopen(path, "rb");
    if (!f) return px_fail(ctx, PX_NOTFOUND, "%s: cannot open the source-label file", path);
    px_buf b = PX_BUF_INIT;
    char chunk[8192];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + got > (size_t)MAX_SOURCES_BYTES) {
            fclose(f);
            px_buf_free(&b);
            return px_fail(ctx, PX_LIMIT, "%s: larger than %ld bytes", path, MAX_SOURCES_BYTES);
        }
        px_buf_append(&b, chunk, got);
    }
    int bad = ferror(f);
    fclose(f);
    if (bad || b.failed) {
        px_buf_free(&b);
        return px_fail(ctx, bad ? PX_IO : PX_NOMEM, "%s: %s", path, bad ? "read failed" : "out of memory");
    }
    json_error_t err;
    json_t *root = json_loadb(b.data ? b.data : "", b.len, JSON_REJECT_DUPLICATES, &err);
    px_buf_free(&b);
    if (!root) return px_fail(ctx, PX_CORRUPT, "%s:%d:%d: %s", path, err.line, err.column, err.text);
    px_sources *s = calloc(1, sizeof *s);
    if (!s) { json_decref(root); return px_fail(ctx, PX_NOMEM, "%s: out of memory", path); }
    px_status rc = parse(ctx, path, root, s);
    json_decref(root);
    if (rc != PX_OK) { px_sources_free(s); return rc; }
    *out = s;
    return PX_OK;
}

void px_sources_free(px_sources *s)
{
    if (!s) return;
    px_arena_free(&s->arena);
    free(s);
}

/* Host of an http(s) URL, lower-cased, without port or "www.". */
static int url_host(const char *url, char *buf, size_t size)
{
    if (!url || size == 0) return 0;
    const char *p = strstr(url, "://");
    if (!p) return 0;
    p += 3;
    const char *at = NULL;
    for (const char *q = p; *q && *q != '/' && *q != '?' && *q != '#'; q++) if (*q == '@') at = q;
    if (at) p = at + 1;
    if (strncmp(p, "www.", 4) == 0) p += 4;
    size_t n = 0;
    while (p[n] && p[n] != '/' && p[n] != ':' && p[n] != '?' && p[n] != '#') n++;
    if (n == 0 || n >= size) return 0;
    for (size_t i = 0; i < n; i++) buf[i] = (char)((p[i] >= 'A' && p[i] <= 'Z') ? p[i] + 32 : p[i]);
    buf[n] = '\0';
    return 1;
}

/* host is domain or a subdomain of it (news.example.org under example.org) */
static int host_in(const char *host, const char *domain)
{
    size_t h = strlen(host), d = strlen(domain);
    if (h == d) return strcmp(host, domain) == 0;
    return h > d && host[h - d - 1] == '.' && strcmp(host + h - d, domain) == 0;
}

const px_source_info *px_sources_match(const px_sources *s, const char *url, const char *site)
{
    if (!s) return NULL;
    char host[256];
    if (url_host(url, host, sizeof host))
        for (size_t i = 0; i < s->n; i++)
            if (host_in(host, s->v[i].domain)) return &s->v[i];
    if (site && *site)
        for (size_t i = 0; i < s->n; i++) {
            const px_source_info *src = &s->v[i];
            if ((src->name && strcasecmp(src->name, site) == 0) || strcasecmp(src->domain, site) == 0)
                return src;
            for (size_t k = 0; k < src->n_aliases; k++)
                if (strcasecmp(src->aliases[k], site) == 0) return src;
        }
    return NULL;
}

const char *px_source_key(const px_sources *s, const char *url, const char *site,
                          char *buf, size_t bufsize)
{
    const px_source_info *src = px_sources_match(s, url, site);
    if (src) return src->domain;
    if (url_host(url, buf, bufsize)) return buf;
    return site && *site ? site : NULL;
}

const char *px_source_label_of(const px_source_info *src, const char *rater)
{
    if (!src) return NULL;
    for (size_t i = 0; i < src->n_labels; i++)
        if (strcmp(src->labels[i].rater, rater) == 0) return src->labels[i].value;
    return NULL;
}
