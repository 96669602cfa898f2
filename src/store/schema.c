/*
 * schema.c - the store's schema as a list of migrations.  PRAGMA
 * user_version records how many have run; opening a store runs the rest in
 * one transaction, so an old store upgrades in place or not at all.
 */
#include <stdio.h>

#include "store/store.h"

static const char *const migrations[] = {
    /* 1: articles, stories, sketches, reuse, online term frequencies */
    "CREATE TABLE articles("
    "  id INTEGER PRIMARY KEY,"
    "  content_hash TEXT NOT NULL UNIQUE,"   /* site + title + text, xxh3-128 */
    "  path TEXT, url TEXT, site TEXT, title TEXT, byline TEXT, date TEXT,"
    "  language TEXT, description TEXT, text TEXT NOT NULL,"
    "  story_id INTEGER,"
    "  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));"
    "CREATE INDEX articles_story ON articles(story_id);"
    "CREATE TABLE stories("
    "  id INTEGER PRIMARY KEY,"
    "  title TEXT,"
    "  n_articles INTEGER NOT NULL DEFAULT 0,"
    "  first_day INTEGER, last_day INTEGER,"
    "  vector_sum BLOB,"                       /* px_vec blob: running sum */
    "  merged_into INTEGER REFERENCES stories(id));"
    "CREATE TABLE sketches("
    "  article_id INTEGER PRIMARY KEY REFERENCES articles(id),"
    "  text_hash INTEGER NOT NULL,"
    "  sketch BLOB NOT NULL);"
    "CREATE INDEX sketches_text_hash ON sketches(text_hash);"
    "CREATE TABLE lsh("
    "  band INTEGER NOT NULL, hash INTEGER NOT NULL, article_id INTEGER NOT NULL);"
    "CREATE INDEX lsh_lookup ON lsh(band, hash);"
    "CREATE TABLE reuse("
    "  origin INTEGER NOT NULL REFERENCES articles(id),"
    "  derived INTEGER NOT NULL REFERENCES articles(id),"
    "  kind TEXT NOT NULL, score REAL NOT NULL, share REAL NOT NULL,"
    "  passages TEXT NOT NULL,"
    "  PRIMARY KEY(origin, derived));"
    "CREATE INDEX reuse_derived ON reuse(derived);"
    "CREATE TABLE terms(term INTEGER PRIMARY KEY, df INTEGER NOT NULL);"
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value);"
    "INSERT INTO meta VALUES('ndocs', 0);"
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "  title, text, content='articles', content_rowid='id',"
    "  tokenize='unicode61 remove_diacritics 2');",
    /* 2: the story engine keeps up to PX_STORY_MEMBERS member vectors per
     * story (px_vecs blob); NULL for stories saved before */
    "ALTER TABLE stories ADD COLUMN members BLOB;",
    /* 3: the engine's clock when a story was last joined; stories idle
     * longer than the engine's window are not loaded */
    "ALTER TABLE stories ADD COLUMN active_day INTEGER;"
    "UPDATE stories SET active_day = last_day;"
    "CREATE INDEX stories_active ON stories(active_day);",
    /* 4: splits.  A young story keeps its members whole (vectors in
     * sample, article ids and days in sample_keys) to test for a split;
     * split_from names the story a split-off one came from, so an id
     * stays explained after its articles moved */
    "ALTER TABLE stories ADD COLUMN sample BLOB;"
    "ALTER TABLE stories ADD COLUMN sample_keys BLOB;"
    "ALTER TABLE stories ADD COLUMN split_from INTEGER REFERENCES stories(id);"
    "CREATE INDEX stories_split_from ON stories(split_from);",
};

int px_store_schema_version(void)
{
    return (int)(sizeof migrations / sizeof migrations[0]);
}

px_status px_store_dberr(px_ctx *ctx, sqlite3 *db, const char *what)
{
    return px_fail(ctx, PX_DB, "store: %s: %s", what, sqlite3_errmsg(db));
}

px_status px_store_migrate(px_ctx *ctx, sqlite3 *db)
{
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, db, "reading schema version");
    int version = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_finalize(st);
    int latest = px_store_schema_version();
    if (version > latest)
        return px_fail(ctx, PX_UNSUPPORTED,
                       "store: schema version %d is newer than this parallax (%d)",
                       version, latest);
    if (version == latest) return PX_OK;
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, db, "starting migration");
    for (int v = version; v < latest; v++) {
        if (sqlite3_exec(db, migrations[v], NULL, NULL, NULL) != SQLITE_OK) {
            px_status rc = px_store_dberr(ctx, db, "migrating schema");
            sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
            return rc;
        }
    }
    char sql[64];
    snprintf(sql, sizeof sql, "PRAGMA user_version=%d", latest);
    if (sqlite3_exec(db, sql, NULL, NULL, NULL) != SQLITE_OK ||
        sqlite3_exec(db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
        px_status rc = px_store_dberr(ctx, db, "finishing migration");
        sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
        return rc;
    }
    return PX_OK;
}
