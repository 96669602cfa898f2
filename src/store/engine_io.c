/* engine_io.c - loading the story engine's state from the store and
 * writing back what one added article changed. */
#include <stdio.h>
#include <stdlib.h>

#include "store/store.h"

#define STORY_COLUMNS \
    "id, n_articles, first_day, last_day, vector_sum, members, active_day, sample, sample_keys"

/* The sample of a young story: vectors and keys must agree, else the
 * story goes without one (it then never splits). */
static px_status read_sample(sqlite3_stmt *st, px_story_state *state, px_story_member *m)
{
    px_vec v[PX_STORY_SAMPLE];
    uint32_t nv, nk;
    px_status rc = px_vecs_decode(sqlite3_column_blob(st, 7), (size_t)sqlite3_column_bytes(st, 7),
                                  v, PX_STORY_SAMPLE, &nv);
    if (rc != PX_OK) return rc;
    rc = px_sample_keys_decode(sqlite3_column_blob(st, 8), (size_t)sqlite3_column_bytes(st, 8), m,
                               PX_STORY_SAMPLE, &nk);
    for (uint32_t j = 0; j < nv; j++) {
        if (rc == PX_OK && nk == nv) m[j].vec = v[j];
        else px_vec_free(&v[j]);
    }
    if (rc != PX_OK || nk != nv) return rc;
    state->sample = m;
    state->n_sample = nv;
    return PX_OK;
}

static int32_t day_column(sqlite3_stmt *st, int col)
{
    return sqlite3_column_type(st, col) == SQLITE_NULL ? INT32_MIN : sqlite3_column_int(st, col);
}

/* Restore the story of one row of STORY_COLUMNS into the engine.  force:
 * restore it even when idle (an article is about to join it). */
static px_status restore_row(px_store *s, px_story_engine *e, sqlite3_stmt *st, int force)
{
    px_story_state state = {0};
    state.id = sqlite3_column_int64(st, 0);
    state.n_members = (uint32_t)sqlite3_column_int64(st, 1);
    state.first_day = day_column(st, 2);
    state.last_day = day_column(st, 3);
    state.active_day = force ? INT32_MIN : day_column(st, 6);
    const void *blob = sqlite3_column_blob(st, 4);
    int len = sqlite3_column_bytes(st, 4);
    if (px_vec_decode(blob, (size_t)len, &state.sum) != PX_OK)
        return px_fail(s->ctx, PX_CORRUPT, "store: %s: story %lld has a corrupt vector",
                       s->path, (long long)state.id);
    /* member vectors: absent (NULL) in stories saved before they existed */
    const void *mblob = sqlite3_column_blob(st, 5);
    int mlen = sqlite3_column_bytes(st, 5);
    px_status rc = px_vecs_decode(mblob, (size_t)mlen, state.members, PX_STORY_MEMBERS, &state.n_vecs);
    if (rc != PX_OK) {
        px_vec_free(&state.sum);
        return px_fail(s->ctx, rc, "store: %s: story %lld has corrupt member vectors",
                       s->path, (long long)state.id);
    }
    px_story_member sample[PX_STORY_SAMPLE];
    rc = read_sample(st, &state, sample);
    if (rc != PX_OK)
        rc = px_fail(s->ctx, rc, "store: %s: story %lld has a corrupt sample", s->path,
                     (long long)state.id);
    if (rc == PX_OK) rc = px_story_restore(e, &state);
    px_vec_free(&state.sum);
    for (uint32_t j = 0; j < state.n_vecs; j++) px_vec_free(&state.members[j]);
    for (uint32_t j = 0; j < state.n_sample; j++) px_vec_free(&state.sample[j].vec);
    return rc;
}

/* The stories of the active window: idle ones stay in the table only, so
 * memory is bounded by the window, not by the size of the store. */
static px_status load_engine(px_store *s)
{
    px_ctx *ctx = s->ctx;
    px_story_engine *e;
    px_status rc = px_story_engine_new(ctx, NULL, &e);
    if (rc != PX_OK) return rc;
    px_story_params p;
    px_story_params_default(&p);
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db, "SELECT term, df FROM terms", -1, &st, NULL) != SQLITE_OK) goto dberr;
    while (sqlite3_step(st) == SQLITE_ROW)
        if ((rc = px_story_set_df(e, (uint64_t)sqlite3_column_int64(st, 0),
                                  (uint32_t)sqlite3_column_int64(st, 1))) != PX_OK) goto fail;
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(s->db, "SELECT value FROM meta WHERE key='ndocs'", -1, &st, NULL) != SQLITE_OK) goto dberr;
    if (sqlite3_step(st) == SQLITE_ROW) px_story_set_ndocs(e, (uint64_t)sqlite3_column_int64(st, 0));
    sqlite3_finalize(st);
    if (sqlite3_prepare_v2(s->db,
            "SELECT " STORY_COLUMNS " FROM stories WHERE merged_into IS NULL AND"
            " (active_day IS NULL OR ?1 <= 0 OR"
            "  active_day >= (SELECT max(active_day) FROM stories) - ?1) ORDER BY id",
            -1, &st, NULL) != SQLITE_OK) goto dberr;
    sqlite3_bind_double(st, 1, p.window_days);
    while (sqlite3_step(st) == SQLITE_ROW)
        if ((rc = restore_row(s, e, st, 0)) != PX_OK) goto fail;
    sqlite3_finalize(st);
    s->engine = e;
    return PX_OK;
dberr:
    rc = px_store_dberr(ctx, s->db, "loading story state");
fail:
    sqlite3_finalize(st);
    px_story_engine_free(e);
    return rc;
}

/* Bring story id back into the engine when the window let it go (a reuse
 * link files an article into it). */
px_status px_store_wake_story(px_store *s, int64_t id)
{
    if (px_story_get(s->engine, id)) return PX_OK;
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db, "SELECT " STORY_COLUMNS " FROM stories WHERE id=?", -1, &st,
                           NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "loading story");
    sqlite3_bind_int64(st, 1, id);
    px_status rc = sqlite3_step(st) == SQLITE_ROW ? restore_row(s, s->engine, st, 1) : PX_OK;
    sqlite3_finalize(st);
    return rc;
}

px_status px_store_engine(px_store *s, px_story_engine **out)
{
    if (!s->engine) {
        px_status rc = load_engine(s);
        if (rc != PX_OK) return rc;
    }
    *out = s->engine;
    return PX_OK;
}

/* Persist the document frequencies of the terms one article brought. */
px_status px_store_save_terms(px_store *s, const px_vec *terms, uint64_t ndocs)
{
    sqlite3_stmt *st = NULL;
    if (sqlite3_prepare_v2(s->db,
            "INSERT INTO terms(term, df) VALUES(?, 1) "
            "ON CONFLICT(term) DO UPDATE SET df = df + 1", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "saving terms");
    for (uint32_t i = 0; i < terms->n; i++) {
        sqlite3_bind_int64(st, 1, (sqlite3_int64)px_tw_term(&terms->terms[i]));
        if (sqlite3_step(st) != SQLITE_DONE) {
            sqlite3_finalize(st);
            return px_store_dberr(s->ctx, s->db, "saving terms");
        }
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    char sql[96];
    snprintf(sql, sizeof sql, "UPDATE meta SET value=%llu WHERE key='ndocs'", (unsigned long long)ndocs);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
        return px_store_dberr(s->ctx, s->db, "saving document count");
    return PX_OK;
}

/* The sample as two blobs (NULL, NULL when the story has none). */
static px_status encode_sample(const px_story_state *state, unsigned char **vblob, size_t *vlen,
                               unsigned char **kblob, size_t *klen)
{
    *vblob = *kblob = NULL;
    *vlen = *klen = 0;
    if (!state->n_sample) return PX_OK;
    px_vec v[PX_STORY_SAMPLE];
    uint32_t n = state->n_sample < PX_STORY_SAMPLE ? state->n_sample : PX_STORY_SAMPLE;
    for (uint32_t j = 0; j < n; j++) v[j] = state->sample[j].vec;
    if (px_vecs_encode(v, n, vblob, vlen) != PX_OK) return PX_NOMEM;
    if (px_sample_keys_encode(state->sample, n, kblob, klen) != PX_OK) {
        free(*vblob);
        *vblob = NULL;
        return PX_NOMEM;
    }
    return PX_OK;
}

/* Write a story's engine state back to its row. */
px_status px_store_save_story(px_store *s, const px_story_state *state)
{
    unsigned char *blob, *mblob, *sblob, *kblob;
    size_t len, mlen, slen, klen;
    if (px_vec_encode(&state->sum, &blob, &len) != PX_OK)
        return px_fail(s->ctx, PX_NOMEM, "store: out of memory");
    if (px_vecs_encode(state->members, state->n_vecs, &mblob, &mlen) != PX_OK) {
        free(blob);
        return px_fail(s->ctx, PX_NOMEM, "store: out of memory");
    }
    if (encode_sample(state, &sblob, &slen, &kblob, &klen) != PX_OK) {
        free(blob);
        free(mblob);
        return px_fail(s->ctx, PX_NOMEM, "store: out of memory");
    }
    sqlite3_stmt *st = NULL;
    px_status rc = PX_OK;
    if (sqlite3_prepare_v2(s->db,
            "UPDATE stories SET n_articles=?, first_day=?, last_day=?, vector_sum=?, members=?,"
            " active_day=?, sample=?, sample_keys=? WHERE id=?", -1, &st, NULL) != SQLITE_OK) {
        free(blob);
        free(mblob);
        free(sblob);
        free(kblob);
        return px_store_dberr(s->ctx, s->db, "saving story");
    }
    sqlite3_bind_int64(st, 1, state->n_members);
    if (state->first_day == INT32_MIN) sqlite3_bind_null(st, 2);
    else sqlite3_bind_int(st, 2, state->first_day);
    if (state->last_day == INT32_MIN) sqlite3_bind_null(st, 3);
    else sqlite3_bind_int(st, 3, state->last_day);
    sqlite3_bind_blob(st, 4, blob, (int)len, free);
    sqlite3_bind_blob(st, 5, mblob, (int)mlen, free);
    if (state->active_day == INT32_MIN) sqlite3_bind_null(st, 6);
    else sqlite3_bind_int(st, 6, state->active_day);
    if (sblob) {
        sqlite3_bind_blob(st, 7, sblob, (int)slen, free);
        sqlite3_bind_blob(st, 8, kblob, (int)klen, free);
    }
    sqlite3_bind_int64(st, 9, state->id);
    if (sqlite3_step(st) != SQLITE_DONE) rc = px_store_dberr(s->ctx, s->db, "saving story");
    sqlite3_finalize(st);
    return rc;
}
