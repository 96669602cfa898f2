/* query.c - reading articles, stories and reuse links back out. */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

#define ARTICLE_COLS "id, story_id, path, url, site, title, byline, date, language, text"

void px_stored_article_clear(px_stored_article *a)
{
    free(a->path); free(a->url); free(a->site); free(a->title);
    free(a->byline); free(a->date); free(a->language); free(a->text);
    memset(a, 0, sizeof *a);
}

void px_stored_articles_free(px_stored_article *a, size_t n)
{
    for (size_t i = 0; i < n; i++) px_stored_article_clear(&a[i]);
    free(a);
}

void px_stored_reuse_free(px_stored_reuse *r, size_t n)
{
    for (size_t i = 0; i < n; i++) { free(r[i].kind); free(r[i].passages); }
    free(r);
}

void px_stored_stories_free(px_stored_story *s, size_t n)
{
    for (size_t i = 0; i < n; i++) { free(s[i].title); free(s[i].first_date); free(s[i].last_date); }
    free(s);
}

static int read_article(sqlite3_stmt *st, px_stored_article *a)
{
    a->id = sqlite3_column_int64(st, 0);
    a->story_id = sqlite3_column_int64(st, 1);
    char **f[] = {&a->path, &a->url, &a->site, &a->title, &a->byline, &a->date, &a->language, &a->text};
    for (int i = 0; i < 8; i++) {
        *f[i] = px_store_col_text(st, i + 2);
        if (!*f[i] && sqlite3_column_type(st, i + 2) != SQLITE_NULL) return 0;
    }
    if (!a->text && !(a->text = px_strdup(""))) return 0;
    return 1;
}

px_status px_store_article(px_ctx *ctx, px_store *s, int64_t id, px_stored_article *out)
{
    memset(out, 0, sizeof *out);
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT " ARTICLE_COLS " FROM articles WHERE id=?", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "reading article");
    sqlite3_bind_int64(st, 1, id);
    px_status rc = PX_OK;
    int step = sqlite3_step(st);
    if (step == SQLITE_ROW) {
        if (!read_article(st, out)) {
            px_stored_article_clear(out);
            rc = px_fail(ctx, PX_NOMEM, "store: out of memory");
        }
    } else if (step == SQLITE_DONE) {
        rc = px_fail(ctx, PX_NOTFOUND, "no article %lld", (long long)id);
    } else {
        rc = px_store_dberr(ctx, s->db, "reading article");
    }
    sqlite3_finalize(st);
    return rc;
}

/* Run a query returning article rows into a growing array. */
static px_status collect_articles(px_ctx *ctx, px_store *s, sqlite3_stmt *st,
                                  px_stored_article **out, size_t *n)
{
    size_t cap = 16;
    px_stored_article *a = calloc(cap, sizeof *a);
    *n = 0;
    if (!a) return px_fail(ctx, PX_NOMEM, "store: out of memory");
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            px_stored_article *na = realloc(a, 2 * cap * sizeof *a);
            if (!na) goto nomem;
            a = na;
            memset(a + cap, 0, cap * sizeof *a);
            cap *= 2;
        }
        if (!read_article(st, &a[*n])) { (*n)++; goto nomem; }
        (*n)++;
    }
    if (step != SQLITE_DONE) {
        px_stored_articles_free(a, *n);
        *n = 0;
        return px_store_dberr(ctx, s->db, "reading articles");
    }
    *out = a;
    return PX_OK;
nomem:
    px_stored_articles_free(a, *n);
    *n = 0;
    return px_fail(ctx, PX_NOMEM, "store: out of memory");
}

px_status px_store_story_articles(px_ctx *ctx, px_store *s, int64_t story_id,
                                  px_stored_article **out, size_t *n)
{
    sqlite3_stmt *st;
    /* dated articles in date order, then the undated in arrival order */
    if (sqlite3_prepare_v2(s->db, "SELECT " ARTICLE_COLS " FROM articles WHERE story_id=? "
                           "ORDER BY date IS NULL, date, id", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "reading story");
    sqlite3_bind_int64(st, 1, story_id);
    px_status rc = collect_articles(ctx, s, st, out, n);
    sqlite3_finalize(st);
    if (rc == PX_OK && *n == 0) {
        free(*out);
        *out = NULL;
        return px_fail(ctx, PX_NOTFOUND, "no story %lld", (long long)story_id);
    }
    return rc;
}

static px_status collect_reuse(px_ctx *ctx, px_store *s, sqlite3_stmt *st,
                               px_stored_reuse **out, size_t *n)
{
    size_t cap = 8;
    px_stored_reuse *r = calloc(cap, sizeof *r);
    *n = 0;
    if (!r) return px_fail(ctx, PX_NOMEM, "store: out of memory");
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            px_stored_reuse *nr = realloc(r, 2 * cap * sizeof *r);
            if (!nr) { px_stored_reuse_free(r, *n); return px_fail(ctx, PX_NOMEM, "store: out of memory"); }
            r = nr;
            cap *= 2;
        }
        px_stored_reuse *x = &r[(*n)++];
        x->origin = sqlite3_column_int64(st, 0);
        x->derived = sqlite3_column_int64(st, 1);
        x->kind = px_store_col_text(st, 2);
        x->score = sqlite3_column_double(st, 3);
        x->share = sqlite3_column_double(st, 4);
        x->passages = px_store_col_text(st, 5);
        if (!x->kind || !x->passages) { px_stored_reuse_free(r, *n); return px_fail(ctx, PX_NOMEM, "store: out of memory"); }
    }
    if (step != SQLITE_DONE) {
        px_stored_reuse_free(r, *n);
        return px_store_dberr(ctx, s->db, "reading reuse");
    }
    *out = r;
    return PX_OK;
}

static int by_link(const void *x, const void *y)
{
    const px_stored_reuse *a = x, *b = y;
    if (a->origin != b->origin) return a->origin < b->origin ? -1 : 1;
    return a->derived < b->derived ? -1 : a->derived > b->derived;
}

px_status px_store_story_reuse(px_ctx *ctx, px_store *s, int64_t story_id,
                               px_stored_reuse **out, size_t *n)
{
    sqlite3_stmt *st;
    /* links from the story's articles, then links to them from elsewhere:
     * two index walks, where an OR of the two would collect and sort row
     * sets inside SQLite; the order is set here */
    if (sqlite3_prepare_v2(s->db,
            "SELECT r.origin, r.derived, r.kind, r.score, r.share, r.passages "
            "FROM articles a JOIN reuse r ON r.origin = a.id WHERE a.story_id = ?1 "
            "UNION ALL "
            "SELECT r.origin, r.derived, r.kind, r.score, r.share, r.passages "
            "FROM articles a JOIN reuse r ON r.derived = a.id WHERE a.story_id = ?1 "
            "AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.id = r.origin AND b.story_id = ?1)",
            -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "reading reuse");
    sqlite3_bind_int64(st, 1, story_id);
    px_status rc = collect_reuse(ctx, s, st, out, n);
    sqlite3_finalize(st);
    if (rc == PX_OK) qsort(*out, *n, sizeof **out, by_link);
    return rc;
}

px_status px_store_article_reuse(px_ctx *ctx, px_store *s, int64_t article_id,
                                 px_stored_reuse **out, size_t *n)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "SELECT origin, derived, kind, score, share, passages FROM reuse "
            "WHERE origin=?1 OR derived=?1 ORDER BY origin, derived", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "reading reuse");
    sqlite3_bind_int64(st, 1, article_id);
    px_status rc = collect_reuse(ctx, s, st, out, n);
    sqlite3_finalize(st);
    return rc;
}

px_status px_store_stories(px_ctx *ctx, px_store *s, px_stored_story **out, size_t *n)
{
    sqlite3_stmt *st;
    *n = 0;
    if (sqlite3_prepare_v2(s->db,
            "SELECT s.id, s.title, COUNT(a.id), MIN(a.date), MAX(a.date) FROM stories s "
            "JOIN articles a ON a.story_id = s.id WHERE s.merged_into IS NULL "
            "GROUP BY s.id ORDER BY COALESCE(MAX(a.date), '') DESC, s.id DESC",
            -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "listing stories");
    size_t cap = 16;
    px_stored_story *v = calloc(cap, sizeof *v);
    if (!v) { sqlite3_finalize(st); return px_fail(ctx, PX_NOMEM, "store: out of memory"); }
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (*n == cap) {
            px_stored_story *nv = realloc(v, 2 * cap * sizeof *v);
            if (!nv) { step = SQLITE_NOMEM; break; }
            v = nv;
            cap *= 2;
        }
        px_stored_story *x = &v[(*n)++];
        x->id = sqlite3_column_int64(st, 0);
        x->title = px_store_col_text(st, 1);
        x->n_articles = sqlite3_column_int64(st, 2);
        x->first_date = px_store_col_text(st, 3);
        x->last_date = px_store_col_text(st, 4);
    }
    sqlite3_finalize(st);
    if (step != SQLITE_DONE) {
        px_stored_stories_free(v, *n);
        *n = 0;
        return step == SQLITE_NOMEM ? px_fail(ctx, PX_NOMEM, "store: out of memory")
                                    : px_store_dberr(ctx, s->db, "listing stories");
    }
    *out = v;
    return PX_OK;
}

px_status px_story_resolve(px_ctx *ctx, px_store *s, int64_t id, int64_t *current)
{
    /* follow merged_into links; a chain longer than the story count is a loop */
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT merged_into FROM stories WHERE id=?", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "resolving story");
    int64_t cur = id;
    for (int hops = 0; hops < 1000; hops++) {
        sqlite3_bind_int64(st, 1, cur);
        int step = sqlite3_step(st);
        if (step != SQLITE_ROW) {
            sqlite3_finalize(st);
            return step == SQLITE_DONE ? px_fail(ctx, PX_NOTFOUND, "no story %lld", (long long)id)
                                       : px_store_dberr(ctx, s->db, "resolving story");
        }
        if (sqlite3_column_type(st, 0) == SQLITE_NULL) {
            sqlite3_finalize(st);
            *current = cur;
            return PX_OK;
        }
        cur = sqlite3_column_int64(st, 0);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return px_fail(ctx, PX_CORRUPT, "story %lld: merge chain loops", (long long)id);
}

px_status px_story_lineage(px_ctx *ctx, px_store *s, int64_t id, int64_t *split_from,
                           int64_t **split_off, size_t *n)
{
    *split_from = 0;
    *split_off = NULL;
    *n = 0;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "SELECT id, 1 FROM stories WHERE split_from=?1 "
            "UNION ALL SELECT split_from, 0 FROM stories WHERE id=?1 AND split_from IS NOT NULL "
            "ORDER BY 2, 1", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "reading story splits");
    sqlite3_bind_int64(st, 1, id);
    size_t cap = 0;
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        int64_t other = sqlite3_column_int64(st, 0);
        if (!sqlite3_column_int(st, 1)) { *split_from = other; continue; }
        if (*n == cap) {
            int64_t *more = realloc(*split_off, (cap = cap ? 2 * cap : 4) * sizeof *more);
            if (!more) { step = SQLITE_NOMEM; break; }
            *split_off = more;
        }
        (*split_off)[(*n)++] = other;
    }
    sqlite3_finalize(st);
    if (step == SQLITE_DONE) return PX_OK;
    free(*split_off);
    *split_off = NULL;
    *n = 0;
    return step == SQLITE_NOMEM ? px_fail(ctx, PX_NOMEM, "store: out of memory")
                                : px_store_dberr(ctx, s->db, "reading story splits");
}

px_status px_story_biggest(px_ctx *ctx, px_store *s, int64_t *story_id)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "SELECT story_id FROM articles WHERE story_id IS NOT NULL "
            "GROUP BY story_id ORDER BY COUNT(*) DESC, story_id LIMIT 1", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "finding the biggest story");
    px_status rc = PX_OK;
    if (sqlite3_step(st) == SQLITE_ROW) *story_id = sqlite3_column_int64(st, 0);
    else rc = px_fail(ctx, PX_NOTFOUND, "the store holds no story");
    sqlite3_finalize(st);
    return rc;
}
