/* article.c - one extracted article as a line of JSON. */
#include "present/present.h"

px_status px_article_json(const px_article *a, const char *path, char **out)
{
    *out = NULL;
    if (!a) return PX_INVALID;
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "{\"path\":");
    px_buf_json_string(&b, path);
    const char *names[] = {"title", "byline", "date", "site", "url", "language", "description", "text"};
    const char *vals[] = {a->title, a->byline, a->date, a->site, a->url, a->language, a->description, a->text};
    for (int i = 0; i < 8; i++) {
        px_buf_printf(&b, ",\"%s\":", names[i]);
        px_buf_json_string(&b, vals[i]);
    }
    px_buf_puts(&b, ",\"paragraphs\":[");
    for (size_t i = 0; i < a->n_paragraphs; i++) {
        if (i) px_buf_putc(&b, ',');
        px_buf_json_string(&b, a->paragraphs[i]);
    }
    px_buf_puts(&b, "]}");
    if (!(*out = px_buf_take(&b))) return PX_NOMEM;
    return PX_OK;
}
