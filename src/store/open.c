/* open.c - opening and closing a store. */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

px_status px_store_open(px_ctx *ctx, const char *path, int readonly, px_store **out)
{
    *out = NULL;
    if (!path || !*path) return px_fail(ctx, PX_INVALID, "store: no path given");
    px_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = px_strdup(path))) {
        free(s);
        return px_fail(ctx, PX_NOMEM, "store: out of memory");
    }
    s->ctx = ctx;
    s->readonly = readonly;
    int flags = readonly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    flags |= SQLITE_OPEN_NOMUTEX;
    px_status rc = PX_OK;
    if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
        rc = px_fail(ctx, readonly ? PX_NOTFOUND : PX_IO, "store: %s: %s", path,
                     s->db ? sqlite3_errmsg(s->db) : "cannot open");
        goto fail;
    }
    /* a writer holding the lock should make us wait, not fail at once */
    sqlite3_busy_timeout(s->db, 10000);
    sqlite3_exec(s->db, "PRAGMA foreign_keys=ON", NULL, NULL, NULL);
    if (!readonly) {
        if (sqlite3_exec(s->db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL) != SQLITE_OK ||
            sqlite3_exec(s->db, "PRAGMA synchronous=NORMAL", NULL, NULL, NULL) != SQLITE_OK) {
            rc = px_fail(ctx, PX_IO, "store: %s: %s", path, sqlite3_errmsg(s->db));
            goto fail;
        }
        if ((rc = px_store_migrate(ctx, s->db)) != PX_OK) goto fail;
    } else {
        sqlite3_stmt *st;
        int version = 0;
        if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK) {
            if (sqlite3_step(st) == SQLITE_ROW) version = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
        } else {
            rc = px_fail(ctx, PX_CORRUPT, "store: %s: %s", path, sqlite3_errmsg(s->db));
            goto fail;
        }
        if (version != px_store_schema_version()) {
            rc = px_fail(ctx, version ? PX_UNSUPPORTED : PX_NOTFOUND,
                         "store: %s: %s", path,
                         version ? "schema version differs; open it once for writing to migrate"
                                 : "not a parallax store (run 'parallax ingest' first)");
            goto fail;
        }
    }
    *out = s;
    return PX_OK;
fail:
    px_store_close(s);
    return rc;
}

void px_store_close(px_store *s)
{
    if (!s) return;
    px_story_engine_free(s->engine);
    px_analyzer_free(s->analyzer);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
}

px_status px_store_analyzer(px_store *s, px_analyzer **out)
{
    if (!s->analyzer) {
        px_status rc = px_analyzer_new(s->ctx, &s->analyzer);
        if (rc != PX_OK) return rc;
    }
    *out = s->analyzer;
    return PX_OK;
}

char *px_store_col_text(sqlite3_stmt *st, int col)
{
    const unsigned char *t = sqlite3_column_text(st, col);
    return t ? px_strdup((const char *)t) : NULL;
}
