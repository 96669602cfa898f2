/* stories.c - the list of stories as JSON: an array of
 * {"id","title","articles":[{"id","path","url","site","title","date"}]}. */
#include "present/present.h"

px_status px_stories_json(px_ctx *ctx, px_store *s, char **out)
{
    *out = NULL;
    px_stored_story *stories;
    size_t n;
    px_status rc = px_store_stories(ctx, s, &stories, &n);
    if (rc != PX_OK) return rc;
    px_buf b = PX_BUF_INIT;
    px_buf_putc(&b, '[');
    for (size_t i = 0; i < n && rc == PX_OK; i++) {
        px_stored_article *arts;
        size_t na;
        if ((rc = px_store_story_articles(ctx, s, stories[i].id, &arts, &na)) != PX_OK) break;
        px_buf_printf(&b, "%s{\"id\":%lld,\"title\":", i ? "," : "", (long long)stories[i].id);
        px_buf_json_string(&b, stories[i].title);
        px_buf_puts(&b, ",\"articles\":[");
        for (size_t k = 0; k < na; k++) {
            px_buf_printf(&b, "%s{\"id\":%lld,\"path\":", k ? "," : "", (long long)arts[k].id);
            px_buf_json_string(&b, arts[k].path);
            px_buf_puts(&b, ",\"url\":");
            px_buf_json_string(&b, arts[k].url);
            px_buf_puts(&b, ",\"site\":");
            px_buf_json_string(&b, arts[k].site);
            px_buf_puts(&b, ",\"title\":");
            px_buf_json_string(&b, arts[k].title);
            px_buf_puts(&b, ",\"date\":");
            px_buf_json_string(&b, arts[k].date);
            px_buf_putc(&b, '}');
        }
        px_buf_puts(&b, "]}");
        px_stored_articles_free(arts, na);
    }
    px_buf_puts(&b, "]\n");
    px_stored_stories_free(stories, n);
    if (rc != PX_OK) { px_buf_free(&b); return rc; }
    if (!(*out = px_buf_take(&b))) return px_fail(ctx, PX_NOMEM, "out of memory");
    return PX_OK;
}
