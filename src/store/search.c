/* search.c - full-text search over titles and text (FTS5). */
#include <stdlib.h>
#include <string.h>

#include "store/store.h"

px_status px_search_json(px_ctx *ctx, px_store *s, const char *query, int limit, char **out)
{
    *out = NULL;
    if (!query || !*query) return px_fail(ctx, PX_INVALID, "search: empty query");
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(s->db,
            "SELECT a.id, a.story_id, a.title, a.site, a.date, "
            "       snippet(articles_fts, 1, '[', ']', '...', 12) "
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?", -1, &st, NULL) != SQLITE_OK)
        return px_store_dberr(ctx, s->db, "search");
    sqlite3_bind_text(st, 1, query, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, limit > 0 ? limit : 20);
    px_buf b = PX_BUF_INIT;
    px_buf_putc(&b, '[');
    int step, n = 0;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        px_buf_printf(&b, "%s{\"id\":%lld,\"story\":%lld,\"title\":", n++ ? "," : "",
                      (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1));
        px_buf_json_string(&b, (const char *)sqlite3_column_text(st, 2));
        px_buf_puts(&b, ",\"site\":");
        px_buf_json_string(&b, (const char *)sqlite3_column_text(st, 3));
        px_buf_puts(&b, ",\"date\":");
        px_buf_json_string(&b, (const char *)sqlite3_column_text(st, 4));
        px_buf_puts(&b, ",\"snippet\":");
        px_buf_json_string(&b, (const char *)sqlite3_column_text(st, 5));
        px_buf_putc(&b, '}');
    }
    px_buf_putc(&b, ']');
    if (step != SQLITE_DONE) {
        /* most often an FTS5 query syntax error: say so, with the query */
        px_status rc = px_fail(ctx, PX_INVALID, "search: %s: %s", query, sqlite3_errmsg(s->db));
        sqlite3_finalize(st);
        px_buf_free(&b);
        return rc;
    }
    sqlite3_finalize(st);
    if (!(*out = px_buf_take(&b))) return px_fail(ctx, PX_NOMEM, "search: out of memory");
    return PX_OK;
}
