/* view.c - loading a story from the store and comparing it. */
#include <stdlib.h>
#include <string.h>

#include "present/present.h"

void px_story_view_free(px_story_view *v)
{
    if (!v) return;
    px_comparison_free(v->cmp);
    if (v->docs) for (size_t i = 0; i < v->n_stored; i++) px_textdoc_free(v->docs[i]);
    free(v->docs);
    free(v->articles);
    free(v->links);
    px_stored_articles_free(v->stored, v->n_stored);
    px_stored_reuse_free(v->reuse, v->n_reuse);
    free(v->title);
    free(v);
}

static int index_of(const px_story_view *v, int64_t id)
{
    for (size_t i = 0; i < v->n_stored; i++) if (v->stored[i].id == id) return (int)i;
    return -1;
}

static px_status story_title(px_ctx *ctx, px_store *s, int64_t id, char **out)
{
    sqlite3_stmt *st;
    *out = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT title FROM stories WHERE id=?", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "reading story");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) *out = px_store_col_text(st, 0);
    sqlite3_finalize(st);
    return PX_OK;
}

/* Order for reading: by publication day, then originals before the
 * articles that reuse them, then by full date and arrival.  Facts and
 * quotes show the wording of the first article that carries them, which
 * should be the original rather than a copy published the same day. */
static int derived_in(const px_story_view *v, int64_t id)
{
    for (size_t i = 0; i < v->n_reuse; i++) if (v->reuse[i].derived == id) return 1;
    return 0;
}

typedef struct order_key {
    px_stored_article article;
    int derived;
} order_key;

static int reading_order(const void *x, const void *y)
{
    const order_key *ka = x, *kb = y;
    const px_stored_article *a = &ka->article, *b = &kb->article;
    int da = a->date != NULL, db = b->date != NULL;
    if (da != db) return db - da;                     /* dated first */
    if (da) {
        int c = strncmp(a->date, b->date, 10);
        if (c) return c;
    }
    if (ka->derived != kb->derived) return ka->derived - kb->derived;
    if (da) {
        int c = strcmp(a->date, b->date);
        if (c) return c;
    }
    return a->id < b->id ? -1 : a->id > b->id;
}

static px_status sort_for_reading(px_story_view *v)
{
    order_key *keys = malloc((v->n_stored + 1) * sizeof *keys);
    if (!keys) return PX_NOMEM;
    for (size_t i = 0; i < v->n_stored; i++) {
        keys[i].article = v->stored[i];
        keys[i].derived = derived_in(v, v->stored[i].id);
    }
    qsort(keys, v->n_stored, sizeof *keys, reading_order);
    for (size_t i = 0; i < v->n_stored; i++) v->stored[i] = keys[i].article;
    free(keys);
    return PX_OK;
}

px_status px_story_view_load(px_ctx *ctx, px_store *s, int64_t story_id, px_story_view **out)
{
    *out = NULL;
    px_story_view *v = calloc(1, sizeof *v);
    if (!v) return px_fail(ctx, PX_NOMEM, "out of memory");
    px_status rc = px_story_resolve(ctx, s, story_id, &v->story_id);
    if (rc == PX_OK) rc = px_store_story_articles(ctx, s, v->story_id, &v->stored, &v->n_stored);
    if (rc == PX_OK) rc = px_store_story_reuse(ctx, s, v->story_id, &v->reuse, &v->n_reuse);
    if (rc == PX_OK) rc = story_title(ctx, s, v->story_id, &v->title);
    px_analyzer *an = NULL;
    if (rc == PX_OK) rc = px_store_analyzer(s, &an);
    if (rc == PX_OK && sort_for_reading(v) != PX_OK) rc = px_fail(ctx, PX_NOMEM, "out of memory");
    if (rc != PX_OK) goto fail;
    v->docs = calloc(v->n_stored, sizeof *v->docs);
    v->articles = calloc(v->n_stored, sizeof *v->articles);
    v->links = calloc(v->n_reuse + 1, sizeof *v->links);
    if (!v->docs || !v->articles || !v->links) { rc = px_fail(ctx, PX_NOMEM, "out of memory"); goto fail; }
    for (size_t i = 0; i < v->n_stored; i++) {
        const px_stored_article *a = &v->stored[i];
        if ((rc = px_analyze(an, ctx, a->text, strlen(a->text), a->language, &v->docs[i])) != PX_OK) goto fail;
        v->articles[i] = (px_cmp_article){a->id, a->title, a->site, a->url, a->date, a->path,
                                          a->byline, v->docs[i]};
    }
    for (size_t i = 0; i < v->n_reuse; i++) {
        int o = index_of(v, v->reuse[i].origin), d = index_of(v, v->reuse[i].derived);
        if (o < 0 || d < 0) continue;   /* a link to an article of another story */
        v->links[v->n_links++] = (px_cmp_link){(uint32_t)o, (uint32_t)d, v->reuse[i].kind,
                                               v->reuse[i].score, v->reuse[i].share,
                                               v->reuse[i].passages};
    }
    px_compare_opts opts = {.summary_lines = 5};
    if ((rc = px_compare(ctx, v->articles, (uint32_t)v->n_stored, v->links, v->n_links, &opts, &v->cmp)) != PX_OK)
        goto fail;
    *out = v;
    return PX_OK;
fail:
    px_story_view_free(v);
    return rc;
}

const char *px_view_sentence(const px_story_view *v, px_cmp_ref r, size_t *len)
{
    const px_textdoc *doc = v->docs[r.article];
    const px_sentence *s = &doc->sentences[r.sentence];
    *len = s->end - s->start;
    return doc->text + s->start;
}

const char *px_view_label(const px_story_view *v, uint32_t i)
{
    const px_stored_article *a = &v->stored[i];
    if (a->site) return a->site;
    if (a->title) return a->title;
    if (a->path) {
        const char *slash = strrchr(a->path, '/');
        return slash ? slash + 1 : a->path;
    }
    return "article";
}

const char *px_entity_kind_name(px_entity_kind k)
{
    switch (k) {
    case PX_ENT_PERSON: return "person";
    case PX_ENT_ORG: return "organisation";
    case PX_ENT_PLACE: return "place";
    case PX_ENT_MEDIA: return "media";
    default: return "other";
    }
}

static px_status render(px_ctx *ctx, const px_story_view *v, px_render how, char **out)
{
    px_buf b = PX_BUF_INIT;
    switch (how) {
    case PX_RENDER_JSON: px_render_json(v, &b); break;
    case PX_RENDER_MARKDOWN: px_render_text(v, &b, 1); break;
    case PX_RENDER_HTML: px_render_html(v, &b); break;
    default: px_render_text(v, &b, 0); break;
    }
    if (!(*out = px_buf_take(&b))) return px_fail(ctx, PX_NOMEM, "out of memory");
    return PX_OK;
}

px_status px_story_render(px_ctx *ctx, px_store *s, int64_t story_id, px_render how, char **out)
{
    *out = NULL;
    px_story_view *v;
    px_status rc = px_story_view_load(ctx, s, story_id, &v);
    if (rc != PX_OK) return rc;
    rc = render(ctx, v, how, out);
    px_story_view_free(v);
    return rc;
}
