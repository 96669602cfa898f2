/* text.c - the comparison as plain text (for a terminal) or Markdown. */
#include <string.h>

#include "reuse/passages.h"
#include "present/present.h"

#define MAX_PASSAGES 64
#define MAX_UNIQUE_SHOWN 6

static void heading(px_buf *b, int md, const char *title)
{
    if (md) px_buf_printf(b, "\n## %s\n\n", title);
    else px_buf_printf(b, "\n%s\n", title);
}

static void put_sentence(const px_story_view *v, px_buf *b, px_cmp_ref r)
{
    size_t len;
    const char *s = px_view_sentence(v, r, &len);
    px_buf_append(b, s, len);
}

void px_put_excerpt(px_buf *b, const char *s, size_t len, size_t max)
{
    size_t n = len;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--;
    }
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\n') continue;
        px_buf_append(b, s + run, i - run);
        if (i == 0 || s[i - 1] != '\n') px_buf_putc(b, ' ');
        run = i + 1;
    }
    px_buf_append(b, s + run, n - run);
    if (n < len) px_buf_puts(b, "...");
}

void px_render_text(const px_story_view *v, px_buf *b, int md)
{
    const px_comparison *c = v->cmp;
    const char *bullet = md ? "- " : "  * ";
    if (md) px_buf_printf(b, "# Story %lld: %s\n", (long long)v->story_id, v->title ? v->title : "(untitled)");
    else px_buf_printf(b, "Story %lld: %s\n", (long long)v->story_id, v->title ? v->title : "(untitled)");

    heading(b, md, "Articles");
    for (size_t i = 0; i < v->n_stored; i++) {
        const px_stored_article *a = &v->stored[i];
        /* without a site the label is the title: say it once */
        px_buf_printf(b, "%s[%lld] ", bullet, (long long)a->id);
        if (a->site || !a->title) px_buf_printf(b, "%s: ", px_view_label(v, (uint32_t)i));
        px_buf_printf(b, "%s (%s)\n", a->title ? a->title : "(no title)", a->date ? a->date : "undated");
    }

    heading(b, md, "Summary");
    for (uint32_t i = 0; i < c->n_summary; i++) {
        px_buf_printf(b, "%s", bullet);
        put_sentence(v, b, c->summary[i]);
        px_buf_printf(b, " [%lld]\n", (long long)v->stored[c->summary[i].article].id);
    }

    heading(b, md, "Reported by several outlets");
    /* facts are ordered by independent sources: those only copies of one
     * another share come last and are counted, not listed (Reuse shows
     * them, the JSON lists them) */
    uint32_t independent = 0;
    while (independent < c->n_facts && c->facts[independent].n_sources >= 2) independent++;
    if (!independent) px_buf_printf(b, "%s(none)\n", bullet);
    for (uint32_t i = 0; i < independent; i++) {
        const px_cmp_fact *f = &c->facts[i];
        px_buf_printf(b, "%s", bullet);
        put_sentence(v, b, f->members[f->rep]);
        px_buf_puts(b, " [");
        uint32_t last = UINT32_MAX;
        int k = 0;
        for (uint32_t m = 0; m < f->n_members; m++) {
            if (f->members[m].article == last) continue;
            last = f->members[m].article;
            px_buf_printf(b, "%s%lld", k++ ? ", " : "", (long long)v->stored[last].id);
        }
        px_buf_putc(b, ']');
        if (f->n_sources == c->n_sources) px_buf_puts(b, " (every source)");
        else if (f->n_sources < f->n_articles) px_buf_printf(b, " (%u independent)", f->n_sources);
        px_buf_printf(b, "%s\n", f->numbers_differ ? " (numbers differ)" : "");
    }
    if (c->n_facts > independent)
        px_buf_printf(b, "%s%u more shared only by copies of one another (see Reuse)\n", bullet,
                      c->n_facts - independent);

    heading(b, md, "Only in one outlet");
    for (uint32_t a = 0; a < c->n_articles; a++) {
        px_buf_printf(b, "%s[%lld] %s: %u sentences\n", bullet, (long long)v->stored[a].id,
                      px_view_label(v, a), c->n_unique[a]);
        for (uint32_t k = 0; k < c->n_unique[a] && k < MAX_UNIQUE_SHOWN; k++) {
            px_buf_puts(b, md ? "  - " : "      - ");
            put_sentence(v, b, c->unique[a][k]);
            px_buf_putc(b, '\n');
        }
    }

    heading(b, md, "Quotes");
    for (uint32_t i = 0; i < c->n_quotes; i++) {
        const px_cmp_quote_group *g = &c->quotes[i];
        const px_quote *q = &v->docs[g->uses[g->rep].article]->quotes[g->uses[g->rep].quote];
        px_buf_printf(b, "%s%s: \"", bullet, g->speaker ? g->speaker : "(unattributed)");
        px_put_excerpt(b, q->text ? q->text : "", q->text ? strlen(q->text) : 0, 300);
        px_buf_puts(b, "\" [");
        uint32_t last = UINT32_MAX;
        int k = 0;
        for (uint32_t u = 0; u < g->n_uses; u++) {
            if (g->uses[u].article == last) continue;
            last = g->uses[u].article;
            px_buf_printf(b, "%s%lld", k++ ? ", " : "", (long long)v->stored[last].id);
        }
        px_buf_puts(b, "]\n");
    }

    heading(b, md, "Reuse");
    if (!v->n_links) px_buf_printf(b, "%s(none found)\n", bullet);
    px_span_pair pairs[MAX_PASSAGES];
    for (uint32_t i = 0; i < v->n_links; i++) {
        const px_cmp_link *l = &v->links[i];
        px_buf_printf(b, "%s[%lld] %s -> [%lld] %s: %s, score %.2f, %.0f%% of the derived text\n", bullet,
                      (long long)v->stored[l->origin].id, px_view_label(v, l->origin),
                      (long long)v->stored[l->derived].id, px_view_label(v, l->derived),
                      l->kind, l->score, 100 * l->share);
        const px_textdoc *o = v->docs[l->origin], *d = v->docs[l->derived];
        size_t n = px_passages_parse(l->passages_json, o->len, d->len, pairs, MAX_PASSAGES);
        for (size_t p = 0; p < n && p < 3; p++) {
            px_buf_puts(b, md ? "  - origin: " : "      origin:  ");
            px_put_excerpt(b, o->text + pairs[p].o_start, pairs[p].o_end - pairs[p].o_start, 200);
            px_buf_puts(b, md ? "\n    derived: " : "\n      derived: ");
            px_put_excerpt(b, d->text + pairs[p].d_start, pairs[p].d_end - pairs[p].d_start, 200);
            px_buf_putc(b, '\n');
        }
        if (n > 3) px_buf_printf(b, md ? "  - (%zu more passages)\n" : "      (%zu more passages)\n", n - 3);
    }

    heading(b, md, "Who is in the story");
    for (uint32_t i = 0; i < c->n_entities && i < 15; i++)
        px_buf_printf(b, "%s%s (%s): %u mentions\n", bullet, c->entities[i].name,
                      px_entity_kind_name(c->entities[i].kind), c->entities[i].total);
    px_text_story_extras(v, b, md);
}
