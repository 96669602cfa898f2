/*
 * add.c - px_store_add: one article in, in one transaction: the article
 * and its FTS row, its sketch and LSH bands, its story, and the reuse links
 * it has with articles already stored.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "store/store.h"

#define LSH_BANDS 16
#define LSH_ROWS (PX_MINHASH_K / LSH_BANDS)
#define MAX_REUSE_CANDIDATES 64
#define REUSE_STORIES 3           /* nearest stories whose articles are checked */
#define REUSE_JOINS_STORY 0.5     /* a link this strong puts both in one story */

static void content_hash(const px_article *a, char out[33])
{
    XXH3_state_t st;
    XXH3_128bits_reset(&st);
    const char *parts[3] = {a->site, a->title, a->text};
    for (int i = 0; i < 3; i++) {
        const char *p = parts[i] ? parts[i] : "";
        XXH3_128bits_update(&st, p, strlen(p) + 1);   /* the NUL separates */
    }
    XXH128_hash_t h = XXH3_128bits_digest(&st);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

static px_status find_existing(px_store *s, const char *hash, int64_t *id, int64_t *story)
{
    sqlite3_stmt *st;
    *id = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT id, story_id FROM articles WHERE content_hash=?",
                           -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "looking up article");
    sqlite3_bind_text(st, 1, hash, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        *story = sqlite3_column_int64(st, 1);
    }
    sqlite3_finalize(st);
    return PX_OK;
}

static void bind_opt(sqlite3_stmt *st, int col, const char *v)
{
    if (v) sqlite3_bind_text(st, col, v, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, col);
}

static px_status insert_article(px_store *s, const px_article *a, const char *path,
                                const char *hash, int64_t *id)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "INSERT INTO articles(content_hash, path, url, site, title, byline, date,"
            " language, description, text) VALUES(?,?,?,?,?,?,?,?,?,?)",
            -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "adding article");
    const char *vals[] = {hash, path, a->url, a->site, a->title, a->byline, a->date,
                          a->language, a->description, a->text};
    for (int i = 0; i < 10; i++) bind_opt(st, i + 1, vals[i]);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok) return px_store_dberr(s->ctx, s->db, "adding article");
    *id = sqlite3_last_insert_rowid(s->db);
    if (sqlite3_prepare_v2(s->db, "INSERT INTO articles_fts(rowid, title, text) VALUES(?,?,?)",
                           -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "indexing article");
    sqlite3_bind_int64(st, 1, *id);
    bind_opt(st, 2, a->title);
    bind_opt(st, 3, a->text);
    ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok ? PX_OK : px_store_dberr(s->ctx, s->db, "indexing article");
}

static int64_t band_hash(const px_sketch *sk, int band)
{
    return (int64_t)XXH3_64bits(&sk->minhash[band * LSH_ROWS], LSH_ROWS * sizeof(uint32_t));
}

static px_status save_sketch(px_store *s, int64_t id, const px_sketch *sk)
{
    unsigned char *blob;
    size_t len;
    if (px_sketch_encode(sk, &blob, &len) != PX_OK) return px_fail(s->ctx, PX_NOMEM, "store: out of memory");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO sketches(article_id, text_hash, sketch) VALUES(?,?,?)",
                           -1, &st, NULL) != SQLITE_OK) {
        free(blob);
        return px_store_dberr(s->ctx, s->db, "saving sketch");
    }
    sqlite3_bind_int64(st, 1, id);
    sqlite3_bind_int64(st, 2, (sqlite3_int64)sk->text_hash);
    sqlite3_bind_blob(st, 3, blob, (int)len, free);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok) return px_store_dberr(s->ctx, s->db, "saving sketch");
    if (sk->n_shingles == 0) return PX_OK;   /* too short to band */
    if (sqlite3_prepare_v2(s->db, "INSERT INTO lsh(band, hash, article_id) VALUES(?,?,?)",
                           -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "saving LSH bands");
    for (int b = 0; b < LSH_BANDS && ok; b++) {
        sqlite3_bind_int(st, 1, b);
        sqlite3_bind_int64(st, 2, band_hash(sk, b));
        sqlite3_bind_int64(st, 3, id);
        ok = sqlite3_step(st) == SQLITE_DONE;
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return ok ? PX_OK : px_store_dberr(s->ctx, s->db, "saving LSH bands");
}

/* Candidates for reuse: same normalised text, a shared LSH band, or the same
 * story; at most MAX_REUSE_CANDIDATES, newest first, without duplicates. */
static px_status reuse_candidates(px_store *s, int64_t id, const int64_t *stories, uint32_t n_stories,
                                  const px_sketch *sk, int64_t *out, size_t *n)
{
    *n = 0;
    sqlite3_stmt *st;
    px_buf sql = PX_BUF_INIT;
    px_buf_printf(&sql,
        "SELECT DISTINCT article_id FROM ("
        " SELECT article_id FROM sketches WHERE text_hash=%lld",
        (long long)(int64_t)sk->text_hash);
    for (uint32_t i = 0; i < n_stories; i++)
        px_buf_printf(&sql, " UNION SELECT id FROM articles WHERE story_id=%lld", (long long)stories[i]);
    if (sk->n_shingles)
        for (int b = 0; b < LSH_BANDS; b++)
            px_buf_printf(&sql, " UNION SELECT article_id FROM lsh WHERE band=%d AND hash=%lld",
                          b, (long long)band_hash(sk, b));
    px_buf_printf(&sql, ") WHERE article_id<>%lld ORDER BY article_id DESC LIMIT %d",
                  (long long)id, MAX_REUSE_CANDIDATES);
    char *q = px_buf_take(&sql);
    if (!q) return px_fail(s->ctx, PX_NOMEM, "store: out of memory");
    int rc = sqlite3_prepare_v2(s->db, q, -1, &st, NULL);
    free(q);
    if (rc != SQLITE_OK) return px_store_dberr(s->ctx, s->db, "finding reuse candidates");
    while (sqlite3_step(st) == SQLITE_ROW && *n < MAX_REUSE_CANDIDATES)
        out[(*n)++] = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return PX_OK;
}

static double engine_idf(void *user, uint64_t term)
{
    return px_story_idf(user, term);
}

static const char *kind_name(px_reuse_kind k)
{
    switch (k) {
    case PX_REUSE_DUPLICATE: return "duplicate";
    case PX_REUSE_COPY: return "copy";
    case PX_REUSE_REWRITE: return "rewrite";
    case PX_REUSE_PARAPHRASE: return "paraphrase";
    default: return "none";
    }
}

/* Does text name the outlet (as the one it cites)?  Both must be known. */
static int mentions_site(const char *text, const char *site)
{
    if (!text || !site || strlen(site) < 4) return 0;
    return strstr(text, site) != NULL;
}

/* Statements a document attributes to media ("the X reported", "according
 * to the X") inside its reused passages: a re-report cites its source. */
static int media_citations(const px_textdoc *doc, const px_reuse_result *r, int side_a)
{
    int n = 0;
    for (size_t q = 0; q < doc->n_quotes; q++) {
        const px_quote *qt = &doc->quotes[q];
        if (qt->speaker < 0 || (size_t)qt->speaker >= doc->n_entities) continue;
        if (doc->entities[qt->speaker].kind != PX_ENT_MEDIA) continue;
        for (size_t p = 0; p < r->n_passages; p++) {
            uint32_t s = side_a ? r->passages[p].a_start : r->passages[p].b_start;
            uint32_t e = side_a ? r->passages[p].a_end : r->passages[p].b_end;
            if (qt->start < e && qt->end > s) { n++; break; }
        }
    }
    return n;
}

/* Which of a (stored) and b (new) is the origin?  The earlier date when
 * both are dated; then the one the other contains more of; then the one
 * the other cites, by outlet name or by attributing the shared passages to
 * media; then the one stored first.  Returns 1 when a is the origin. */
static int a_is_origin(const px_stored_article *a, const px_textdoc *adoc, const px_article *b,
                       const px_textdoc *bdoc, const px_reuse_result *r)
{
    int32_t da = px_iso_day(a->date), db = px_iso_day(b->date);
    if (da != INT32_MIN && db != INT32_MIN && da != db) return da < db;
    if (r->share_b > r->share_a + 0.15) return 1;
    if (r->share_a > r->share_b + 0.15) return 0;
    int b_cites_a = mentions_site(b->text, a->site), a_cites_b = mentions_site(a->text, b->site);
    if (b_cites_a != a_cites_b) return b_cites_a;
    int ma = media_citations(adoc, r, 1), mb = media_citations(bdoc, r, 0);
    if ((ma == 0) != (mb == 0)) return ma == 0;
    /* same day: only two times of day say which came first ("2025-03-11"
     * sorts before any time on that day, which proves nothing) */
    if (da != INT32_MIN && db != INT32_MIN && strlen(a->date) > 10 && strlen(b->date) > 10 &&
        strcmp(a->date, b->date) != 0)
        return strcmp(a->date, b->date) < 0;
    return 1;
}

static px_status save_reuse(px_store *s, int64_t origin, int64_t derived, int a_origin,
                            const px_reuse_result *r)
{
    px_buf pj = PX_BUF_INIT;
    px_buf_putc(&pj, '[');
    for (size_t i = 0; i < r->n_passages; i++) {
        const px_passage *p = &r->passages[i];
        uint32_t os = a_origin ? p->a_start : p->b_start, oe = a_origin ? p->a_end : p->b_end;
        uint32_t ds = a_origin ? p->b_start : p->a_start, de = a_origin ? p->b_end : p->a_end;
        px_buf_printf(&pj, "%s{\"origin\":[%u,%u],\"derived\":[%u,%u],\"score\":%.3f}",
                      i ? "," : "", os, oe, ds, de, p->score);
    }
    px_buf_putc(&pj, ']');
    char *passages = px_buf_take(&pj);
    if (!passages) return px_fail(s->ctx, PX_NOMEM, "store: out of memory");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "INSERT OR REPLACE INTO reuse(origin, derived, kind, score, share, passages)"
            " VALUES(?,?,?,?,?,?)", -1, &st, NULL) != SQLITE_OK) {
        free(passages);
        return px_store_dberr(s->ctx, s->db, "saving reuse");
    }
    sqlite3_bind_int64(st, 1, origin);
    sqlite3_bind_int64(st, 2, derived);
    sqlite3_bind_text(st, 3, kind_name(r->kind), -1, SQLITE_STATIC);
    sqlite3_bind_double(st, 4, r->score);
    sqlite3_bind_double(st, 5, a_origin ? r->share_b : r->share_a);
    sqlite3_bind_text(st, 6, passages, -1, free);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok ? PX_OK : px_store_dberr(s->ctx, s->db, "saving reuse");
}

/* Is the stored article's sketch close enough to sk to align the texts? */
static px_status stored_candidate(px_store *s, int64_t id, const px_sketch *sk, int *worth)
{
    sqlite3_stmt *st;
    *worth = 0;
    if (sqlite3_prepare_v2(s->db, "SELECT sketch FROM sketches WHERE article_id=?", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "reading sketch");
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) == SQLITE_ROW) {
        px_sketch old = {0};
        const void *blob = sqlite3_column_blob(st, 0);
        /* an unreadable sketch is no reason to skip the comparison */
        if (px_sketch_decode(blob, (size_t)sqlite3_column_bytes(st, 0), &old) != PX_OK) *worth = 1;
        else *worth = px_sketch_candidate(&old, sk);
        px_sketch_free(&old);
    }
    sqlite3_finalize(st);
    return PX_OK;
}

/* Compare the new article with each candidate and record the links.
 * *partner gets the most strongly linked article (0 if none), and
 * *partner_story its story, *partner_score that link's score. */
static px_status trace_reuse(px_store *s, int64_t id, const px_article *a, const px_textdoc *doc,
                             const px_sketch *sk, const int64_t *stories, uint32_t n_stories,
                             int64_t *partner, int64_t *partner_story, double *partner_score)
{
    int64_t cand[MAX_REUSE_CANDIDATES];
    size_t n;
    *partner = *partner_story = 0;
    *partner_score = 0;
    px_status rc = reuse_candidates(s, id, stories, n_stories, sk, cand, &n);
    if (rc != PX_OK) return rc;
    px_analyzer *an;
    if ((rc = px_store_analyzer(s, &an)) != PX_OK) return rc;
    px_idf_source idf = {engine_idf, s->engine};
    for (size_t i = 0; i < n && rc == PX_OK; i++) {
        /* the stored sketch decides first: aligning texts costs far more */
        int worth = 0;
        if ((rc = stored_candidate(s, cand[i], sk, &worth)) != PX_OK) break;
        if (!worth) continue;
        px_stored_article old = {0};
        if ((rc = px_store_article(s->ctx, s, cand[i], &old)) != PX_OK) break;
        px_textdoc *odoc = NULL;
        rc = px_analyze(an, s->ctx, old.text, strlen(old.text), old.language, &odoc);
        if (rc == PX_OK) {
            px_reuse_result r = {0};
            rc = px_reuse_compare(odoc, doc, &idf, &r);
            if (rc == PX_OK && r.kind != PX_REUSE_NONE) {
                int a_origin = a_is_origin(&old, odoc, a, doc, &r);
                rc = save_reuse(s, a_origin ? old.id : id, a_origin ? id : old.id, a_origin, &r);
                if (r.score > *partner_score) {
                    *partner_score = r.score;
                    *partner_story = old.story_id;
                    *partner = old.id;
                }
            }
            px_reuse_result_free(&r);
        }
        px_textdoc_free(odoc);
        px_stored_article_clear(&old);
    }
    return rc;
}

static px_status new_story(px_store *s, const char *title, int64_t *id)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "INSERT INTO stories(title) VALUES(?)", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "creating story");
    bind_opt(st, 1, title);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    if (!ok) return px_store_dberr(s->ctx, s->db, "creating story");
    *id = sqlite3_last_insert_rowid(s->db);
    return PX_OK;
}

static px_status set_story(px_store *s, int64_t article, int64_t story)
{
    char sql[128];
    snprintf(sql, sizeof sql, "UPDATE articles SET story_id=%lld WHERE id=%lld",
             (long long)story, (long long)article);
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK
               ? PX_OK : px_store_dberr(s->ctx, s->db, "filing article");
}

/* A story whose first article had no title takes the first title that
 * comes along: a text dump without a headline should not leave its story
 * "(untitled)" once a titled report joins it. */
static px_status title_if_untitled(px_store *s, int64_t story, const char *title)
{
    if (!title || !*title) return PX_OK;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "UPDATE stories SET title=? WHERE id=? AND title IS NULL",
                           -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "titling story");
    sqlite3_bind_text(st, 1, title, -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, 2, story);
    int ok = sqlite3_step(st) == SQLITE_DONE;
    sqlite3_finalize(st);
    return ok ? PX_OK : px_store_dberr(s->ctx, s->db, "titling story");
}

/* The article joined *story and belongs in story other too: the two
 * become one, the older id staying.  The newer one's articles move and
 * its row points to where it went (px_story_resolve follows it). */
static px_status merge_stories(px_store *s, px_story_engine *e, int64_t *story, int64_t other)
{
    int64_t keep = *story < other ? *story : other, gone = *story < other ? other : *story;
    px_status rc = px_story_merge(e, keep, gone);
    if (rc != PX_OK) return rc;
    char sql[256];
    snprintf(sql, sizeof sql,
             "UPDATE articles SET story_id=%lld WHERE story_id=%lld;"
             "UPDATE stories SET merged_into=%lld, n_articles=0 WHERE id=%lld;",
             (long long)keep, (long long)gone, (long long)keep, (long long)gone);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "merging stories");
    *story = keep;
    return PX_OK;
}

/* The story grew and its members form two events: the smaller group
 * moves to a new story (titled by its first titled article) that records where
 * it came from.  *story follows the new article if it moved. */
static px_status split_story(px_store *s, px_story_engine *e, int64_t article, int64_t *story,
                             px_add_result *out)
{
    if (!px_story_should_split(e, *story)) return PX_OK;
    int64_t moved[PX_STORY_SAMPLE], from = *story, to;
    uint32_t n;
    px_status rc = new_story(s, NULL, &to);
    if (rc == PX_OK) rc = px_story_split(e, from, to, moved, &n);
    for (uint32_t i = 0; rc == PX_OK && i < n; i++) {
        if (moved[i] == article) *story = to;
        rc = set_story(s, moved[i], to);
    }
    if (rc != PX_OK) return rc;
    char sql[192];
    snprintf(sql, sizeof sql,
             "UPDATE stories SET split_from=%lld,"
             " title=(SELECT title FROM articles WHERE story_id=%lld AND title IS NOT NULL"
             " ORDER BY id LIMIT 1) WHERE id=%lld",
             (long long)from, (long long)to, (long long)to);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "splitting story");
    out->split_from = from;
    out->split_to = to;
    rc = px_store_save_story(s, px_story_get(e, from));
    return rc == PX_OK ? px_store_save_story(s, px_story_get(e, to)) : rc;
}

/* Everything that happens inside the transaction.  The story comes from
 * the story engine, unless the article reuses the text of an article in
 * another story: copied text is stronger evidence of the same event than
 * shared vocabulary. */
static px_status add_in_tx(px_store *s, const px_article *a, const char *path, const char *hash,
                           const px_textdoc *doc, const px_textdoc *tdoc, px_add_result *out)
{
    px_status rc;
    px_story_engine *e;
    if ((rc = px_store_engine(s, &e)) != PX_OK) return rc;
    int64_t id = 0;   /* set by insert_article; gcc -O2 cannot tell */
    if ((rc = insert_article(s, a, path, hash, &id)) != PX_OK) return rc;

    px_story_doc sd = {doc, tdoc, px_iso_day(a->date)};
    px_vec v = {0};
    int64_t story = 0, bridged = 0, near[REUSE_STORIES];
    double sim = 0, near_sim[REUSE_STORIES];
    uint32_t n_near = 0;
    if ((rc = px_story_observe(e, &sd, &v)) != PX_OK) return rc;
    rc = px_store_save_terms(s, &v, px_story_ndocs(e));
    if (rc == PX_OK) px_story_weigh(e, &v);
    if (rc == PX_OK) rc = px_story_assign(e, &v, sd.day, &story, &sim, &bridged);
    if (rc == PX_OK) rc = px_story_candidates(e, &v, REUSE_STORIES, near, near_sim, &n_near);

    px_sketch sk = {0};
    if (rc == PX_OK && (rc = px_sketch_compute(doc, &sk)) != PX_OK)
        rc = px_fail(s->ctx, rc, "store: cannot sketch article");
    if (rc == PX_OK) rc = save_sketch(s, id, &sk);
    int64_t partner = 0, reused = 0;
    double partner_score = 0;
    if (rc == PX_OK)
        rc = trace_reuse(s, id, a, doc, &sk, near, n_near, &reused, &partner, &partner_score);
    px_sketch_free(&sk);
    if (rc == PX_OK && partner && partner_score >= REUSE_JOINS_STORY && partner != story) {
        /* the reuse link decides (its story may have left the engine's
         * window); the story the words chose is bridged to it when the
         * two are close enough */
        rc = px_store_wake_story(s, partner);
        bridged = rc == PX_OK && story && px_story_mergeable(e, partner, story) ? story : 0;
        story = partner;
    }
    out->new_story = rc == PX_OK && story == 0;
    out->story_score = sim;
    out->reuse_of = reused;
    out->reuse_score = partner ? partner_score : 0;
    out->merged = bridged;

    if (rc == PX_OK && story == 0) rc = new_story(s, a->title, &story);
    if (rc == PX_OK) rc = px_story_join(e, story, id, &v, sd.day);
    px_vec_free(&v);
    if (rc == PX_OK) rc = set_story(s, id, story);
    if (rc == PX_OK && !out->new_story) rc = title_if_untitled(s, story, a->title);
    if (rc == PX_OK && bridged) rc = merge_stories(s, e, &story, bridged);
    if (rc == PX_OK) rc = px_store_save_story(s, px_story_get(e, story));
    if (rc == PX_OK) rc = split_story(s, e, id, &story, out);
    out->article_id = id;
    out->story_id = story;
    out->added = 1;
    return rc;
}

px_status px_store_add(px_ctx *ctx, px_store *s, const px_article *a, const char *path,
                       px_add_result *out)
{
    memset(out, 0, sizeof *out);
    if (!s || !a) return px_fail(ctx, PX_INVALID, "store: no article");
    s->ctx = ctx;
    if (s->readonly) return px_fail(ctx, PX_INVALID, "store: %s is open read-only", s->path);
    if (!a->text || !*a->text) return px_fail(ctx, PX_EMPTY, "%s: no article text", path ? path : "article");
    char hash[33];
    content_hash(a, hash);
    px_status rc = find_existing(s, hash, &out->article_id, &out->story_id);
    if (rc != PX_OK || out->article_id) return rc;

    px_analyzer *an;
    if ((rc = px_store_analyzer(s, &an)) != PX_OK) return rc;
    px_textdoc *doc = NULL, *tdoc = NULL;
    if ((rc = px_analyze(an, ctx, a->text, strlen(a->text), a->language, &doc)) != PX_OK) return rc;
    if (a->title && (rc = px_analyze(an, ctx, a->title, strlen(a->title), a->language, &tdoc)) != PX_OK) {
        px_textdoc_free(doc);
        return rc;
    }
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK) {
        rc = px_store_dberr(ctx, s->db, "starting transaction");
    } else {
        rc = add_in_tx(s, a, path, hash, doc, tdoc, out);
        if (rc == PX_OK && sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
            rc = px_store_dberr(ctx, s->db, "committing article");
        if (rc != PX_OK) {
            sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
            /* the in-memory engine saw changes the rollback undid: reload */
            px_story_engine_free(s->engine);
            s->engine = NULL;
            memset(out, 0, sizeof *out);
        }
    }
    px_textdoc_free(doc);
    px_textdoc_free(tdoc);
    return rc;
}
