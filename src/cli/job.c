/* job.c - see job.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "job.h"

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static px_article *copy_article(const px_article *a)
{
    px_article *c = px_article_new();
    if (!c) return NULL;
    const char *fields[] = {"title", "byline", "date", "site", "url", "language", "description"};
    const char *vals[] = {a->title, a->byline, a->date, a->site, a->url, a->language, a->description};
    int bad = 0;
    for (int i = 0; i < 7; i++) bad |= px_article_set(c, fields[i], vals[i]) != PX_OK;
    if (a->text) bad |= px_article_set_text(c, a->text, strlen(a->text)) != PX_OK;
    if (bad) { px_article_free(c); return NULL; }
    return c;
}

job *job_from_item(const px_item *item)
{
    job *j = calloc(1, sizeof *j);
    if (!j) return NULL;
    j->input = dup_or_null(item->input);
    j->where = dup_or_null(item->where ? item->where : "");
    size_t n = strlen(item->input) + strlen(j->where ? j->where : "") + 3;
    j->name = malloc(n);
    if (j->name) {
        if (j->where && *j->where) snprintf(j->name, n, "%s: %s", item->input, j->where);
        else snprintf(j->name, n, "%s", item->input);
    }
    j->kind = item->kind;
    j->format = item->format;
    j->charset = dup_or_null(item->charset);
    j->url = dup_or_null(item->url);
    if (item->kind == PX_ITEM_ARTICLE) {
        j->article = item->article ? copy_article(item->article) : NULL;
        if (!j->article) { job_free(j); return NULL; }
    } else {
        j->data = malloc(item->len ? item->len : 1);
        if (j->data && item->len) memcpy(j->data, item->data, item->len);
        j->len = item->len;
    }
    if (!j->input || !j->where || !j->name || (item->kind == PX_ITEM_PAGE && !j->data)) {
        job_free(j);
        return NULL;
    }
    return j;
}

void job_extract(job *j, px_ctx *ctx)
{
    if (j->kind == PX_ITEM_ARTICLE) return;
    px_extract_input in = {j->name, j->data, j->len, j->format, j->charset, j->url};
    j->status = px_extract(ctx, &in, &j->article);
    if (j->status != PX_OK) j->error = strdup(px_errmsg(ctx));
    /* the page bytes are not needed any more: free them early */
    free(j->data);
    j->data = NULL;
}

void job_free(job *j)
{
    if (!j) return;
    free(j->input); free(j->where); free(j->name); free(j->data);
    free(j->charset); free(j->url); free(j->error);
    px_article_free(j->article);
    free(j);
}

int parse_jobs(const char *arg)
{
    char *end;
    long n = strtol(arg, &end, 10);
    if (*end || end == arg || n < 0 || n > 64) return -1;
    if (n == 0) {
        long cores = sysconf(_SC_NPROCESSORS_ONLN);
        n = cores > 0 ? (cores > 64 ? 64 : cores) : 1;
    }
    return (int)n;
}
