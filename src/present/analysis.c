/*
 * analysis.c - px_analysis_render: what the text stage finds in one
 * article, as `parallax analyze` prints it (JSON, or text for reading).  Sentences with their tokens (as
 * written, normalised, stemmed), entities with kinds, quotes with
 * speakers, dates resolved against the article's publication date, and
 * quantities with units.  Offsets are bytes in "text".
 */
#include <string.h>

#include "present/present.h"

static void span(px_buf *b, const px_textdoc *d, uint32_t s, uint32_t e)
{
    px_buf_printf(b, "\"start\":%u,\"end\":%u,\"text\":", s, e);
    px_buf_json_span(b, d->text + s, e - s);
}

static void sentences(px_buf *b, const px_textdoc *d)
{
    px_buf_puts(b, ",\"sentences\":[");
    for (size_t i = 0; i < d->n_sentences; i++) {
        const px_sentence *s = &d->sentences[i];
        px_buf_printf(b, "%s{\"paragraph\":%u,", i ? "," : "", s->paragraph);
        span(b, d, s->start, s->end);
        px_buf_puts(b, ",\"tokens\":[");
        for (uint32_t t = s->tok_begin; t < s->tok_end; t++) {
            const px_token *k = &d->tokens[t];
            px_buf_puts(b, t > s->tok_begin ? ",{\"text\":" : "{\"text\":");
            px_buf_json_span(b, d->text + k->start, k->end - k->start);
            px_buf_puts(b, ",\"norm\":");
            px_buf_json_string(b, k->norm);
            px_buf_puts(b, ",\"stem\":");
            px_buf_json_string(b, k->stem);
            px_buf_printf(b, ",\"kind\":\"%s\"%s}", k->flags & PX_TOK_NUM ? "number" : "word",
                          k->flags & PX_TOK_STOP ? ",\"stop\":true" : "");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

static void entities(px_buf *b, const px_textdoc *d, const px_analyzer *an)
{
    px_buf_puts(b, ",\"entities\":[");
    for (size_t i = 0; i < d->n_entities; i++) {
        const px_entity *e = &d->entities[i];
        px_buf_printf(b, "%s{\"name\":", i ? "," : "");
        px_buf_json_string(b, e->name);
        px_buf_printf(b, ",\"kind\":\"%s\",\"role\":", px_entity_kind_name(e->kind));
        px_buf_json_string(b, e->role);
        px_buf_puts(b, ",\"country\":");
        px_buf_json_string(b, e->kind == PX_ENT_PLACE ? px_country_of(an, e->name) : NULL);
        px_buf_printf(b, ",\"mentions\":%u}", e->count);
    }
    px_buf_puts(b, "]");
}

static void quotes(px_buf *b, const px_textdoc *d)
{
    px_buf_puts(b, ",\"quotes\":[");
    for (size_t i = 0; i < d->n_quotes; i++) {
        const px_quote *q = &d->quotes[i];
        px_buf_printf(b, "%s{\"text\":", i ? "," : "");
        px_buf_json_string(b, q->text);
        px_buf_puts(b, ",\"speaker\":");
        px_buf_json_string(b, q->speaker_name);
        px_buf_puts(b, ",\"role\":");
        px_buf_json_string(b, q->speaker_role);
        const char *via = px_quote_via(d, q);
        if (via) {
            px_buf_puts(b, ",\"via\":");
            px_buf_json_string(b, via);
        }
        px_buf_printf(b, ",\"kind\":\"%s\",\"sentence\":%u}",
                      q->kind == PX_QUOTE_DIRECT ? "direct" : "indirect", q->sentence);
    }
    px_buf_puts(b, "]");
}

static void dates(px_buf *b, const px_textdoc *d, const px_timex *t, size_t n)
{
    px_buf_puts(b, ",\"dates\":[");
    for (size_t i = 0; i < n; i++) {
        char iso[16];
        px_timex_iso(&t[i], iso);
        px_buf_puts(b, i ? ",{" : "{");
        span(b, d, t[i].start, t[i].end);
        px_buf_puts(b, ",\"date\":");
        px_buf_json_string(b, iso[0] ? iso : NULL);
        px_buf_printf(b, ",\"precision\":\"%s\",\"relative\":%s,\"reporting\":%s,\"sentence\":%u}",
                      px_date_precision_name(t[i].precision), t[i].relative ? "true" : "false",
                      t[i].reporting ? "true" : "false", t[i].sentence);
    }
    px_buf_puts(b, "]");
}

static void quantities(px_buf *b, const px_textdoc *d, const px_quantity *q, size_t n)
{
    px_buf_puts(b, ",\"quantities\":[");
    for (size_t i = 0; i < n; i++) {
        px_buf_puts(b, i ? ",{" : "{");
        span(b, d, q[i].start, q[i].end);
        px_buf_printf(b, ",\"value\":%.15g,\"unit\":", q[i].value);
        px_buf_json_string(b, q[i].unit);
        px_buf_puts(b, ",\"key\":");
        px_buf_json_string(b, q[i].unit_key);
        px_buf_printf(b, ",\"in_key_unit\":%.15g", q[i].value * q[i].factor);
        px_buf_printf(b, ",\"approx\":%s,\"bound\":%s,\"sentence\":%u}", q[i].approx ? "true" : "false",
                      q[i].bound > 0 ? "\"at least\"" : q[i].bound < 0 ? "\"at most\"" : "null",
                      q[i].sentence);
    }
    px_buf_puts(b, "]");
}

/* ---- text ---- */

static void text_render(px_buf *b, const px_analyzer *an, const px_article *a, const char *path,
                        const px_textdoc *d,
                        const px_timex *t, size_t nt, const px_quantity *q, size_t nq)
{
    px_buf_printf(b, "%s: %s (%s)\n", path ? path : "-", a->title ? a->title : "(no title)",
                  a->date ? a->date : "undated");
    px_buf_printf(b, "  language %s, %zu sentences, %zu tokens\n", d->lang, d->n_sentences, d->n_tokens);
    px_buf_puts(b, "Entities\n");
    for (size_t i = 0; i < d->n_entities; i++) {
        const px_entity *e = &d->entities[i];
        const char *country = e->kind == PX_ENT_PLACE ? px_country_of(an, e->name) : NULL;
        px_buf_printf(b, "  %s (%s%s%s%s%s): %u\n", e->name ? e->name : "?", px_entity_kind_name(e->kind), e->role ? ", " : "",
                      e->role ? e->role : "", country ? ", country " : "", country ? country : "", e->count);
    }
    px_buf_puts(b, "Quotes\n");
    for (size_t i = 0; i < d->n_quotes; i++) {
        const px_quote *qt = &d->quotes[i];
        const char *via = px_quote_via(d, qt);
        px_buf_printf(b, "  %s (%s%s%s): \"", qt->speaker_name ? qt->speaker_name : "(unattributed)",
                      qt->kind == PX_QUOTE_DIRECT ? "direct" : "indirect", via ? ", via " : "",
                      via ? via : "");
        px_put_excerpt(b, qt->text ? qt->text : "", qt->text ? strlen(qt->text) : 0, 200);
        px_buf_puts(b, "\"\n");
    }
    px_buf_puts(b, "Dates\n");
    for (size_t i = 0; i < nt; i++) {
        char iso[16];
        px_timex_iso(&t[i], iso);
        px_buf_printf(b, "  %-10s %-5s \"", iso[0] ? iso : "?", px_date_precision_name(t[i].precision));
        px_put_excerpt(b, d->text + t[i].start, t[i].end - t[i].start, 80);
        px_buf_printf(b, "\"%s%s\n", t[i].relative ? " (relative)" : "", t[i].reporting ? " (when said)" : "");
    }
    px_buf_puts(b, "Quantities\n");
    for (size_t i = 0; i < nq; i++) {
        px_buf_printf(b, "  %-12.10g %-8s \"", q[i].value, q[i].unit);
        px_put_excerpt(b, d->text + q[i].start, q[i].end - q[i].start, 80);
        px_buf_printf(b, "\"%s%s\n", q[i].approx ? " (approximate)" : "",
                      q[i].bound > 0 ? " (at least)" : q[i].bound < 0 ? " (at most)" : "");
    }
}

static void json_render(px_buf *b, const px_analyzer *an, const px_article *a, const char *path,
                        const px_textdoc *d,
                        const px_timex *t, size_t nt, const px_quantity *q, size_t nq)
{
    px_buf_puts(b, "{\"path\":");
    px_buf_json_string(b, path);
    px_buf_puts(b, ",\"title\":");
    px_buf_json_string(b, a->title);
    px_buf_puts(b, ",\"date\":");
    px_buf_json_string(b, a->date);
    px_buf_puts(b, ",\"language\":");
    px_buf_json_string(b, d->lang);
    px_buf_puts(b, ",\"text\":");
    px_buf_json_span(b, d->text, d->len);
    sentences(b, d);
    entities(b, d, an);
    quotes(b, d);
    dates(b, d, t, nt);
    quantities(b, d, q, nq);
    px_buf_puts(b, "}");
}

px_status px_analysis_render(px_ctx *ctx, const px_article *a, const char *path, px_render how,
                             char **out)
{
    *out = NULL;
    if (!a) return px_fail(ctx, PX_INVALID, "analyze: no article");
    if (how != PX_RENDER_JSON && how != PX_RENDER_TEXT)
        return px_fail(ctx, PX_UNSUPPORTED, "analyze: only JSON and text renderings");
    px_analyzer *an = NULL;
    px_textdoc *d = NULL;
    px_arena arena = PX_ARENA_INIT;
    px_timex *t = NULL;
    px_quantity *q = NULL;
    size_t nt = 0, nq = 0;
    const char *text = a->text ? a->text : "";
    px_status rc = px_analyzer_new(ctx, &an);
    if (rc == PX_OK) rc = px_analyze(an, ctx, text, strlen(text), a->language, &d);
    if (rc == PX_OK) rc = px_find_dates(ctx, d, a->date, &arena, &t, &nt);
    if (rc == PX_OK) rc = px_find_quantities(ctx, d, t, nt, &arena, &q, &nq);
    if (rc == PX_OK) {
        px_buf b = PX_BUF_INIT;
        if (how == PX_RENDER_JSON) json_render(&b, an, a, path, d, t, nt, q, nq);
        else text_render(&b, an, a, path, d, t, nt, q, nq);
        if (!(*out = px_buf_take(&b))) rc = px_fail(ctx, PX_NOMEM, "analyze: out of memory");
    }
    px_arena_free(&arena);
    px_textdoc_free(d);
    px_analyzer_free(an);
    return rc;
}
