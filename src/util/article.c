/* article.c - the px_article record shared by every stage. */
#include <stdlib.h>
#include <string.h>

#include "util.h"

px_article *px_article_new(void) { return calloc(1, sizeof(px_article)); }

static void free_paragraphs(px_article *a)
{
    for (size_t i = 0; i < a->n_paragraphs; i++) free(a->paragraphs[i]);
    free(a->paragraphs);
    a->paragraphs = NULL;
    a->n_paragraphs = 0;
}

void px_article_free(px_article *a)
{
    if (!a) return;
    free(a->title); free(a->byline); free(a->date); free(a->site);
    free(a->url); free(a->language); free(a->description); free(a->text);
    free_paragraphs(a);
    free(a);
}

static char **field_slot(px_article *a, const char *field)
{
    static const struct { const char *name; size_t off; } fields[] = {
        {"title", offsetof(px_article, title)},
        {"byline", offsetof(px_article, byline)},
        {"date", offsetof(px_article, date)},
        {"site", offsetof(px_article, site)},
        {"url", offsetof(px_article, url)},
        {"language", offsetof(px_article, language)},
        {"description", offsetof(px_article, description)},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (strcmp(fields[i].name, field) == 0)
            return (char **)((char *)a + fields[i].off);
    return NULL;
}

px_status px_article_set(px_article *a, const char *field, const char *value)
{
    if (!a || !field) return PX_INVALID;
    char **slot = field_slot(a, field);
    if (!slot) return PX_INVALID;
    char *copy = NULL;
    if (value) {
        copy = px_utf8_sanitize(value, strlen(value));
        if (!copy) return PX_NOMEM;
        px_collapse_space(copy);
        if (!*copy) { free(copy); copy = NULL; }
    }
    free(*slot);
    *slot = copy;
    return PX_OK;
}

/* Does the newline at p start a blank line (only spaces or tabs up to the
 * next newline)? */
static int blank_line_at(const char *p, const char *end)
{
    const char *q = p + 1;
    while (q < end && (*q == ' ' || *q == '\t')) q++;
    return q < end && *q == '\n';
}

/* End of the paragraph starting at p (before end): at the next blank line,
 * or at the next newline when the text has no blank line at all. */
static const char *para_end(const char *p, const char *end, int blank_sep)
{
    /* memchr: this runs over every byte of every article */
    while (p < end && (p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        if (!blank_sep || blank_line_at(p, end)) return p;
        p++;
    }
    return end;
}

/* Split at blank lines; a text with no blank line splits at newlines, which
 * is how one-paragraph-per-line dumps arrive.  One linear pass: no strstr
 * loop, which is quadratic under sanitizers that measure the string on
 * every call. */
px_status px_article_set_text(px_article *a, const char *text, size_t len)
{
    return px_article_set_text_limited(a, text, len, -1);
}

px_status px_article_set_text_limited(px_article *a, const char *text, size_t len, long limit)
{
    if (!a || (!text && len)) return PX_INVALID;
    char *clean = px_utf8_sanitize(text ? text : "", len);
    if (!clean) return PX_NOMEM;
    size_t clen = strlen(clean);
    const char *end = clean + clen;
    int blank_sep = 0;
    for (const char *q = clean; q < end; q++)
        if (*q == '\n' && blank_line_at(q, end)) { blank_sep = 1; break; }
    size_t cap = 16, n = 0;
    char **paras = malloc(cap * sizeof *paras);
    px_buf joined = PX_BUF_INIT;
    /* the joined text is about as long as the clean one: one block, not a
     * dozen regrowths of a buffer the size of the article */
    px_buf_reserve(&joined, clen + 16);
    if (!paras) { free(clean); px_buf_free(&joined); return PX_NOMEM; }
    const char *p = clean;
    px_status st = PX_OK;
    while (p < end) {
        const char *e = para_end(p, end, blank_sep);
        char *para = px_strndup(p, (size_t)(e - p));
        if (!para) { st = PX_NOMEM; break; }
        size_t plen = px_collapse_space(para);
        /* the text limit keeps whole paragraphs */
        if (limit >= 0 && joined.len + plen + 2 > (size_t)limit) { free(para); break; }
        if (plen == 0) free(para);
        else {
            if (n == cap) {
                char **np = realloc(paras, 2 * cap * sizeof *paras);
                if (!np) { free(para); st = PX_NOMEM; break; }
                paras = np;
                cap *= 2;
            }
            paras[n++] = para;
            if (joined.len) px_buf_puts(&joined, "\n\n");
            px_buf_append(&joined, para, plen);
        }
        p = e;
        while (p < end && (*p == '\n' || *p == ' ' || *p == '\t')) p++;
    }
    free(clean);
    char *jt = st == PX_OK ? px_buf_take(&joined) : NULL;
    if (st != PX_OK || !jt) {
        px_buf_free(&joined);
        for (size_t i = 0; i < n; i++) free(paras[i]);
        free(paras);
        return PX_NOMEM;
    }
    free_paragraphs(a);
    free(a->text);
    a->text = jt;
    a->paragraphs = paras;
    a->n_paragraphs = n;
    return PX_OK;
}
