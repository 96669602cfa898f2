/* json.c - the comparison as JSON (the shape `parallax story --format json`
 * and the web API share; documented in the man page). */
#include <stdlib.h>
#include <string.h>

#include "reuse/passages.h"
#include "present/present.h"

#define MAX_PASSAGES 256

static void json_n(px_buf *b, const char *s, size_t n)
{
    /* a span is not NUL-terminated: copy through a small bounded buffer */
    char *tmp = px_strndup(s, n);
    if (!tmp) { b->failed = true; return; }
    px_buf_json_string(b, tmp);
    free(tmp);
}

static void sentence(const px_story_view *v, px_buf *b, px_cmp_ref r)
{
    size_t len;
    const char *s = px_view_sentence(v, r, &len);
    json_n(b, s, len);
}

static int64_t aid(const px_story_view *v, uint32_t i) { return v->stored[i].id; }

static void articles(const px_story_view *v, px_buf *b)
{
    px_buf_puts(b, "\"articles\":[");
    for (size_t i = 0; i < v->n_stored; i++) {
        const px_stored_article *a = &v->stored[i];
        px_buf_printf(b, "%s{\"id\":%lld,\"path\":", i ? "," : "", (long long)a->id);
        px_buf_json_string(b, a->path);
        px_buf_puts(b, ",\"url\":");
        px_buf_json_string(b, a->url);
        px_buf_puts(b, ",\"site\":");
        px_buf_json_string(b, a->site);
        px_buf_puts(b, ",\"title\":");
        px_buf_json_string(b, a->title);
        px_buf_puts(b, ",\"date\":");
        px_buf_json_string(b, a->date);
        px_buf_puts(b, ",\"byline\":");
        px_buf_json_string(b, a->byline);
        /* the first article of its reuse group: articles with the same
         * value are copies of one another, one source between them */
        px_buf_printf(b, ",\"reuse_group\":%lld}", (long long)aid(v, v->cmp->source_of[i]));
    }
    px_buf_puts(b, "]");
}

static void facts(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"shared\":[");
    for (uint32_t i = 0; i < c->n_facts; i++) {
        const px_cmp_fact *f = &c->facts[i];
        px_buf_printf(b, "%s{\"text\":", i ? "," : "");
        sentence(v, b, f->members[f->rep]);
        px_buf_puts(b, ",\"articles\":[");
        uint32_t last = UINT32_MAX, k = 0;
        for (uint32_t m = 0; m < f->n_members; m++) {
            if (f->members[m].article == last) continue;
            last = f->members[m].article;
            px_buf_printf(b, "%s%lld", k++ ? "," : "", (long long)aid(v, last));
        }
        px_buf_printf(b, "],\"independent_sources\":%u,\"numbers_differ\":%s,\"wordings\":[", f->n_sources,
                      f->numbers_differ ? "true" : "false");
        for (uint32_t m = 0; m < f->n_members; m++) {
            px_buf_printf(b, "%s{\"article\":%lld,\"text\":", m ? "," : "",
                          (long long)aid(v, f->members[m].article));
            sentence(v, b, f->members[m]);
            px_buf_puts(b, "}");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

static void unique(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"unique\":[");
    for (uint32_t a = 0; a < c->n_articles; a++) {
        px_buf_printf(b, "%s{\"article\":%lld,\"sentences\":[", a ? "," : "", (long long)aid(v, a));
        for (uint32_t k = 0; k < c->n_unique[a]; k++) {
            if (k) px_buf_putc(b, ',');
            sentence(v, b, c->unique[a][k]);
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

static const px_quote *quote_of(const px_story_view *v, px_cmp_quote_use u)
{
    return &v->docs[u.article]->quotes[u.quote];
}

static void quotes(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"quotes\":[");
    for (uint32_t i = 0; i < c->n_quotes; i++) {
        const px_cmp_quote_group *g = &c->quotes[i];
        px_buf_printf(b, "%s{\"speaker\":", i ? "," : "");
        px_buf_json_string(b, g->speaker);
        px_buf_puts(b, ",\"role\":");
        px_buf_json_string(b, g->role);
        px_buf_puts(b, ",\"text\":");
        px_buf_json_string(b, quote_of(v, g->uses[g->rep])->text);
        px_buf_puts(b, ",\"articles\":[");
        uint32_t last = UINT32_MAX, k = 0;
        for (uint32_t u = 0; u < g->n_uses; u++) {
            if (g->uses[u].article == last) continue;
            last = g->uses[u].article;
            px_buf_printf(b, "%s%lld", k++ ? "," : "", (long long)aid(v, last));
        }
        px_buf_printf(b, "],\"first\":%lld,\"wordings\":[", (long long)aid(v, g->uses[0].article));
        for (uint32_t u = 0; u < g->n_uses; u++) {
            px_buf_printf(b, "%s{\"article\":%lld,\"text\":", u ? "," : "", (long long)aid(v, g->uses[u].article));
            px_buf_json_string(b, quote_of(v, g->uses[u])->text);
            px_buf_puts(b, "}");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

static void reuse(const px_story_view *v, px_buf *b)
{
    px_buf_puts(b, ",\"reuse\":[");
    px_span_pair pairs[MAX_PASSAGES];
    for (uint32_t i = 0; i < v->n_links; i++) {
        const px_cmp_link *l = &v->links[i];
        const px_textdoc *o = v->docs[l->origin], *d = v->docs[l->derived];
        px_buf_printf(b, "%s{\"origin\":%lld,\"derived\":%lld,\"kind\":", i ? "," : "",
                      (long long)aid(v, l->origin), (long long)aid(v, l->derived));
        px_buf_json_string(b, l->kind);
        px_buf_printf(b, ",\"score\":%.3f,\"share\":%.3f,\"passages\":[", l->score, l->share);
        size_t n = px_passages_parse(l->passages_json, o->len, d->len, pairs, MAX_PASSAGES);
        for (size_t p = 0; p < n; p++) {
            px_buf_printf(b, "%s{\"origin\":[%u,%u],\"derived\":[%u,%u],\"score\":%.3f,\"origin_text\":",
                          p ? "," : "", pairs[p].o_start, pairs[p].o_end, pairs[p].d_start,
                          pairs[p].d_end, pairs[p].score);
            json_n(b, o->text + pairs[p].o_start, pairs[p].o_end - pairs[p].o_start);
            px_buf_puts(b, ",\"derived_text\":");
            json_n(b, d->text + pairs[p].d_start, pairs[p].d_end - pairs[p].d_start);
            px_buf_puts(b, "}");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

static void entities(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"entities\":[");
    for (uint32_t i = 0; i < c->n_entities; i++) {
        const px_cmp_entity *e = &c->entities[i];
        px_buf_printf(b, "%s{\"name\":", i ? "," : "");
        px_buf_json_string(b, e->name);
        px_buf_printf(b, ",\"kind\":\"%s\",\"total\":%u,\"per_article\":{", px_entity_kind_name(e->kind), e->total);
        int k = 0;
        for (uint32_t a = 0; a < c->n_articles; a++)
            if (e->per_article[a])
                px_buf_printf(b, "%s\"%lld\":%u", k++ ? "," : "", (long long)aid(v, a), e->per_article[a]);
        px_buf_puts(b, "}}");
    }
    px_buf_puts(b, "]");
}

static void summary(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"summary\":[");
    for (uint32_t i = 0; i < c->n_summary; i++) {
        px_buf_printf(b, "%s{\"article\":%lld,\"text\":", i ? "," : "", (long long)aid(v, c->summary[i].article));
        sentence(v, b, c->summary[i]);
        px_buf_puts(b, "}");
    }
    px_buf_puts(b, "]");
}

void px_render_json(const px_story_view *v, px_buf *b)
{
    px_buf_printf(b, "{\"id\":%lld,\"title\":", (long long)v->story_id);
    px_buf_json_string(b, v->title);
    px_buf_putc(b, ',');
    articles(v, b);
    summary(v, b);
    facts(v, b);
    unique(v, b);
    quotes(v, b);
    px_json_attributions(v, b);
    reuse(v, b);
    entities(v, b);
    px_json_timeline(v, b);
    px_json_disagreements(v, b);
    px_buf_puts(b, "}\n");
}
