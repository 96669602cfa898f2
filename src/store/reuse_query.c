/*
 * reuse_query.c - px_reuse_json: the reuse links of one article or one
 * story, read back from the store with the passages' text, for
 * `parallax reuse`.
 *
 * The links were decided at ingest (add.c); this only reads them.  The
 * passage offsets are checked against the stored texts before any text is
 * cut out (px_passages_parse drops spans that do not fit): a store is a
 * file anyone can edit.
 */
#include <stdlib.h>
#include <string.h>

#include "reuse/passages.h"
#include "store/store.h"

/* Passages shown per link; a long copy is a handful of runs anyway. */
#define RQ_MAX_PASSAGES 256
/* Bytes of a passage's text printed; the offsets give the whole span. */
#define RQ_EXCERPT_MAX 2000

/* Articles read once per call: links of a story share them. */
typedef struct rq_cache {
    px_stored_article *a;
    size_t n, cap;
} rq_cache;

static px_status cached(px_ctx *ctx, px_store *s, rq_cache *c, int64_t id,
                        const px_stored_article **out)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->a[i].id == id) { *out = &c->a[i]; return PX_OK; }
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 8;
        px_stored_article *na = realloc(c->a, cap * sizeof *na);
        if (!na) return px_fail(ctx, PX_NOMEM, "reuse: out of memory");
        c->a = na;
        c->cap = cap;
    }
    px_status st = px_store_article(ctx, s, id, &c->a[c->n]);
    if (st != PX_OK) return st;
    *out = &c->a[c->n++];
    return PX_OK;
}

static void put_opt(px_buf *b, const char *key, const char *v)
{
    px_buf_printf(b, ",\"%s\":", key);
    if (v) px_buf_json_string(b, v);
    else px_buf_puts(b, "null");
}

static void put_article(px_buf *b, const px_stored_article *a)
{
    px_buf_printf(b, "{\"id\":%lld,\"story\":%lld", (long long)a->id, (long long)a->story_id);
    put_opt(b, "site", a->site);
    put_opt(b, "title", a->title);
    put_opt(b, "date", a->date);
    put_opt(b, "path", a->path);
    px_buf_putc(b, '}');
}

/* A span of text as a JSON string, cut at a character boundary. */
static void put_excerpt(px_buf *b, const char *text, uint32_t s, uint32_t e)
{
    size_t n = e - s;
    if (n > RQ_EXCERPT_MAX) {
        n = RQ_EXCERPT_MAX;
        while (n > 0 && ((unsigned char)text[s + n] & 0xC0) == 0x80) n--;
    }
    char *piece = px_utf8_sanitize(text + s, n);
    if (!piece) { b->failed = true; return; }
    px_buf_json_string(b, piece);
    free(piece);
}

static px_status put_link(px_ctx *ctx, px_store *s, rq_cache *c, px_buf *b,
                          const px_stored_reuse *r, px_span_pair *pairs)
{
    const px_stored_article *o, *d;
    px_status st = cached(ctx, s, c, r->origin, &o);
    if (st == PX_OK) st = cached(ctx, s, c, r->derived, &d);
    if (st != PX_OK) return st;
    /* the cache may have moved when the second one was read */
    cached(ctx, s, c, r->origin, &o);
    px_buf_puts(b, "{\"origin\":");
    put_article(b, o);
    px_buf_puts(b, ",\"derived\":");
    put_article(b, d);
    px_buf_puts(b, ",\"kind\":");
    px_buf_json_string(b, r->kind);
    px_buf_printf(b, ",\"score\":%.3f,\"share\":%.3f,\"passages\":[", r->score, r->share);
    size_t olen = strlen(o->text), dlen = strlen(d->text);
    size_t n = px_passages_parse(r->passages, olen, dlen, pairs, RQ_MAX_PASSAGES);
    for (size_t i = 0; i < n; i++) {
        const px_span_pair *p = &pairs[i];
        px_buf_printf(b, "%s{\"origin\":[%u,%u],\"derived\":[%u,%u],\"score\":%.3f,\"origin_text\":",
                      i ? "," : "", p->o_start, p->o_end, p->d_start, p->d_end, p->score);
        put_excerpt(b, o->text, p->o_start, p->o_end);
        px_buf_puts(b, ",\"derived_text\":");
        put_excerpt(b, d->text, p->d_start, p->d_end);
        px_buf_putc(b, '}');
    }
    px_buf_puts(b, "]}");
    return PX_OK;
}

px_status px_reuse_json(px_ctx *ctx, px_store *s, int64_t article_id,
                        int64_t story_id, char **out)
{
    if (!out) return px_fail(ctx, PX_INVALID, "reuse: no output");
    *out = NULL;
    if (!s) return px_fail(ctx, PX_INVALID, "reuse: no store");
    if ((article_id > 0) == (story_id > 0))
        return px_fail(ctx, PX_INVALID, "reuse: give an article id or a story id");
    s->ctx = ctx;
    px_stored_reuse *links = NULL;
    size_t n = 0;
    px_status st;
    if (article_id > 0) {
        px_stored_article probe;
        /* an unknown article is an error, not an empty list */
        if ((st = px_store_article(ctx, s, article_id, &probe)) != PX_OK) return st;
        px_stored_article_clear(&probe);
        st = px_store_article_reuse(ctx, s, article_id, &links, &n);
    } else {
        int64_t current;
        if ((st = px_story_resolve(ctx, s, story_id, &current)) != PX_OK) return st;
        st = px_store_story_reuse(ctx, s, current, &links, &n);
    }
    if (st != PX_OK) return st;
    px_span_pair *pairs = malloc(RQ_MAX_PASSAGES * sizeof *pairs);
    if (!pairs) {
        px_stored_reuse_free(links, n);
        return px_fail(ctx, PX_NOMEM, "reuse: out of memory");
    }
    rq_cache cache = {0};
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "{\"links\":[");
    for (size_t i = 0; i < n && st == PX_OK; i++) {
        if (i) px_buf_putc(&b, ',');
        st = put_link(ctx, s, &cache, &b, &links[i], pairs);
    }
    px_buf_puts(&b, "]}\n");
    px_stored_articles_free(cache.a, cache.n);
    px_stored_reuse_free(links, n);
    free(pairs);
    if (st != PX_OK) {
        px_buf_free(&b);
        return st;
    }
    *out = px_buf_take(&b);
    return *out ? PX_OK : px_fail(ctx, PX_NOMEM, "reuse: out of memory");
}
