/*
 * store.h - the store stage: articles, sketches, stories and reuse links
 * in one SQLite file (WAL mode, versioned schema, FTS5 over the text).
 *
 * Adding an article runs the upstream stages on it (text analysis,
 * sketches, story assignment, reuse against candidates) and commits all of
 * it in one transaction, so a killed ingest leaves either the whole article
 * or nothing.
 */
#ifndef PX_STORE_H
#define PX_STORE_H

#include <sqlite3.h>

#include "reuse/reuse.h"
#include "story/story.h"
#include "text/text.h"

struct px_store {
    sqlite3 *db;
    px_ctx *ctx;
    char *path;
    int readonly;
    px_analyzer *analyzer;      /* made on first need */
    px_story_engine *engine;    /* loaded from the tables on first add */
};

typedef struct px_stored_article {
    int64_t id;
    int64_t story_id;
    char *path, *url, *site, *title, *byline, *date, *language, *text;
} px_stored_article;

typedef struct px_stored_reuse {
    int64_t origin, derived;
    char *kind;
    double score;
    double share;               /* share of the derived text that is reused */
    char *passages;             /* JSON array of {"origin":[s,e],"derived":[s,e],"score"} */
} px_stored_reuse;

typedef struct px_stored_story {
    int64_t id;
    char *title;
    int64_t n_articles;
    char *first_date, *last_date;
} px_stored_story;

/* schema.c */
px_status px_store_migrate(px_ctx *ctx, sqlite3 *db);
int px_store_schema_version(void);

/* query.c: everything returned is malloc'd; free with the _free calls */
px_status px_store_article(px_ctx *ctx, px_store *s, int64_t id, px_stored_article *out);
px_status px_store_story_articles(px_ctx *ctx, px_store *s, int64_t story_id,
                                  px_stored_article **out, size_t *n);
px_status px_store_story_reuse(px_ctx *ctx, px_store *s, int64_t story_id,
                               px_stored_reuse **out, size_t *n);
px_status px_store_article_reuse(px_ctx *ctx, px_store *s, int64_t article_id,
                                 px_stored_reuse **out, size_t *n);
px_status px_store_stories(px_ctx *ctx, px_store *s, px_stored_story **out, size_t *n);
void px_stored_article_clear(px_stored_article *a);
void px_stored_articles_free(px_stored_article *a, size_t n);
void px_stored_reuse_free(px_stored_reuse *r, size_t n);
void px_stored_stories_free(px_stored_story *s, size_t n);

/* helpers shared by the store files */
px_status px_store_dberr(px_ctx *ctx, sqlite3 *db, const char *what);
char *px_store_col_text(sqlite3_stmt *st, int col);
px_status px_store_analyzer(px_store *s, px_analyzer **out);

/* engine_io.c */
px_status px_store_engine(px_store *s, px_story_engine **out);
px_status px_store_save_terms(px_store *s, const px_vec *terms, uint64_t ndocs);
px_status px_store_save_story(px_store *s, const px_story_state *state);
px_status px_store_wake_story(px_store *s, int64_t id);

#endif
