/*
 * html.c - the comparison as one self-contained HTML page: inline CSS and
 * SVG, no script, no external request.  Every piece of article text goes
 * through px_buf_html_escape; nothing from an article reaches the page raw.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "present/present.h"

static const char css[] =
    "body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f3}"
    "header{padding:1rem 1.5rem;background:#20313b;color:#fff}header h1{margin:0 0 .3rem;font-size:1.4rem}"
    "main{padding:1rem 1.5rem}section{margin:1.2rem 0}h2{font-size:1.1rem;border-bottom:1px solid #ccc}"
    ".columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(300px,1fr);gap:12px;overflow-x:auto}"
    ".col{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;max-height:80vh;overflow-y:auto}"
    ".col h3{font-size:1rem;margin:.2rem 0}.meta{color:#666;font-size:.85rem}"
    ".shared{border-radius:3px;padding:0 2px}.fact-count{font-size:.7rem;vertical-align:super;color:#333}"
    "table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}"
    ".summary li{margin:.3rem 0}.src{color:#555;font-size:.85rem}svg{background:#fff;border:1px solid #ddd;border-radius:6px}"
    ".num{color:#a33;font-size:.8rem}";

static void esc(px_buf *b, const char *s)
{
    if (s) px_buf_html_escape(b, s, strlen(s));
}

/* A fact's highlight colour: hues spread by the golden angle. */
static void fact_style(px_buf *b, uint32_t fact)
{
    double hue = fmod(fact * 137.508, 360.0);
    px_buf_printf(b, " style=\"background:hsl(%.0f,75%%,85%%)\"", hue);
}

static void sentence_html(const px_story_view *v, px_buf *b, px_cmp_ref r)
{
    size_t len;
    const char *s = px_view_sentence(v, r, &len);
    px_buf_html_escape(b, s, len);
}

static void summary(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"summary\"><h2>Summary</h2><ol class=\"summary\">");
    for (uint32_t i = 0; i < c->n_summary; i++) {
        px_cmp_ref r = c->summary[i];
        px_buf_printf(b, "<li><a href=\"#a%lld-s%u\">", (long long)v->stored[r.article].id, r.sentence);
        sentence_html(v, b, r);
        px_buf_puts(b, "</a> <span class=\"src\">(");
        esc(b, px_view_label(v, r.article));
        px_buf_puts(b, ")</span></li>");
    }
    px_buf_puts(b, "</ol></section>");
}

static void columns(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    /* which fact each sentence belongs to */
    uint32_t **fact_of = calloc(c->n_articles + 1, sizeof *fact_of);
    if (!fact_of) { b->failed = true; return; }
    for (uint32_t a = 0; a < c->n_articles; a++) {
        fact_of[a] = calloc(v->docs[a]->n_sentences + 1, sizeof **fact_of);
        if (!fact_of[a]) { b->failed = true; goto done; }
    }
    for (uint32_t f = 0; f < c->n_facts; f++)
        for (uint32_t m = 0; m < c->facts[f].n_members; m++)
            fact_of[c->facts[f].members[m].article][c->facts[f].members[m].sentence] = f + 1;

    px_buf_puts(b, "<section id=\"columns\"><h2>Side by side</h2><div class=\"columns\">");
    for (uint32_t a = 0; a < c->n_articles; a++) {
        const px_stored_article *art = &v->stored[a];
        const px_textdoc *doc = v->docs[a];
        px_buf_printf(b, "<article class=\"col\" id=\"a%lld\" data-article=\"%lld\"><div class=\"meta\">",
                      (long long)art->id, (long long)art->id);
        esc(b, px_view_label(v, a));
        if (art->date) { px_buf_puts(b, " &middot; "); esc(b, art->date); }
        px_buf_puts(b, "</div><h3>");
        if (art->url) { px_buf_puts(b, "<a href=\""); esc(b, art->url); px_buf_puts(b, "\">"); }
        esc(b, art->title ? art->title : "(no title)");
        if (art->url) px_buf_puts(b, "</a>");
        px_buf_puts(b, "</h3>");
        if (art->byline) { px_buf_puts(b, "<div class=\"meta\">"); esc(b, art->byline); px_buf_puts(b, "</div>"); }
        uint32_t para = UINT32_MAX;
        for (uint32_t s = 0; s < doc->n_sentences; s++) {
            if (doc->sentences[s].paragraph != para) {
                if (para != UINT32_MAX) px_buf_puts(b, "</p>");
                px_buf_puts(b, "<p>");
                para = doc->sentences[s].paragraph;
            }
            uint32_t f = fact_of[a][s];
            px_buf_printf(b, "<span id=\"a%lld-s%u\"", (long long)art->id, s);
            if (f) {
                px_buf_printf(b, " class=\"shared\" data-fact=\"%u\"", f);
                fact_style(b, f);
            }
            px_buf_putc(b, '>');
            sentence_html(v, b, (px_cmp_ref){a, s});
            if (f) px_buf_printf(b, "<span class=\"fact-count\" title=\"carried by %u outlets\">%u</span>",
                                 c->facts[f - 1].n_articles, c->facts[f - 1].n_articles);
            px_buf_puts(b, "</span> ");
        }
        if (para != UINT32_MAX) px_buf_puts(b, "</p>");
        px_buf_puts(b, "</article>");
    }
    px_buf_puts(b, "</div></section>");
done:
    for (uint32_t a = 0; a < c->n_articles; a++) free(fact_of[a]);
    free(fact_of);
}

static void quotes(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"quotes\"><h2>Quotes</h2><table><tr><th>Speaker</th><th>Remark</th><th>Carried by</th></tr>");
    for (uint32_t i = 0; i < c->n_quotes; i++) {
        const px_cmp_quote_group *g = &c->quotes[i];
        px_buf_puts(b, "<tr class=\"quote\"><td>");
        esc(b, g->speaker ? g->speaker : "(unattributed)");
        if (g->role) { px_buf_puts(b, "<div class=\"src\">"); esc(b, g->role); px_buf_puts(b, "</div>"); }
        px_buf_puts(b, "</td><td>");
        const px_quote *q = &v->docs[g->uses[g->rep].article]->quotes[g->uses[g->rep].quote];
        px_buf_puts(b, "&ldquo;");
        esc(b, q->text);
        px_buf_puts(b, "&rdquo;</td><td>");
        for (uint32_t u = 0; u < g->n_uses; u++) {
            const px_quote *qu = &v->docs[g->uses[u].article]->quotes[g->uses[u].quote];
            px_buf_printf(b, "<div><a href=\"#a%lld\">", (long long)v->stored[g->uses[u].article].id);
            esc(b, px_view_label(v, g->uses[u].article));
            px_buf_puts(b, "</a>");
            if (u != g->rep && qu->text && q->text && strcmp(qu->text, q->text) != 0) {
                px_buf_puts(b, ": <span class=\"src\">&ldquo;");
                esc(b, qu->text);
                px_buf_puts(b, "&rdquo;</span>");
            }
            px_buf_puts(b, "</div>");
        }
        px_buf_puts(b, "</td></tr>");
    }
    px_buf_puts(b, "</table></section>");
}

/* Reuse graph: articles on a circle, arrows from origin to derived. */
static void graph(const px_story_view *v, px_buf *b)
{
    uint32_t n = (uint32_t)v->n_stored;
    const double w = 720, h = 420, cx = w / 2, cy = h / 2, r = n > 1 ? 150 : 0;
    px_buf_puts(b, "<section id=\"reuse\"><h2>Who reused whom</h2>");
    if (!v->n_links) px_buf_puts(b, "<p>No reuse found between these articles.</p>");
    px_buf_printf(b, "<svg class=\"reuse-graph\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"reuse graph\">"
                  "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"28\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                  "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>", w, h, w, h);
    for (uint32_t i = 0; i < v->n_links; i++) {
        const px_cmp_link *l = &v->links[i];
        double a1 = 2 * M_PI * l->origin / (n ? n : 1) - M_PI / 2, a2 = 2 * M_PI * l->derived / (n ? n : 1) - M_PI / 2;
        double x1 = cx + r * cos(a1), y1 = cy + r * sin(a1), x2 = cx + r * cos(a2), y2 = cy + r * sin(a2);
        px_buf_printf(b, "<g class=\"edge\" data-origin=\"%lld\" data-derived=\"%lld\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                      "stroke=\"#555\" stroke-width=\"%.1f\" marker-end=\"url(#arrow)\"/>"
                      "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">",
                      (long long)v->stored[l->origin].id, (long long)v->stored[l->derived].id,
                      x1, y1, x2, y2, 1.5 + 4 * l->share, (x1 + x2) / 2, (y1 + y2) / 2 - 4);
        esc(b, l->kind);
        px_buf_printf(b, " %.0f%%</text></g>", 100 * l->share);
    }
    for (uint32_t i = 0; i < n; i++) {
        double a = 2 * M_PI * i / (n ? n : 1) - M_PI / 2;
        double x = cx + r * cos(a), y = cy + r * sin(a);
        px_buf_printf(b, "<g class=\"node\"><a href=\"#a%lld\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"18\" fill=\"#2f6f8f\"/>"
                      "<text x=\"%.1f\" y=\"%.1f\" fill=\"#fff\" font-size=\"12\" text-anchor=\"middle\">%lld</text></a>"
                      "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"middle\">",
                      (long long)v->stored[i].id, x, y, x, y + 4, (long long)v->stored[i].id, x, y + 34);
        esc(b, px_view_label(v, i));
        px_buf_puts(b, "</text></g>");
    }
    px_buf_puts(b, "</svg></section>");
}

static void uniques(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"unique\"><h2>What only one outlet carries</h2><table><tr><th>Outlet</th><th>Sentences found nowhere else</th></tr>");
    for (uint32_t a = 0; a < c->n_articles; a++) {
        px_buf_printf(b, "<tr><td><a href=\"#a%lld\">", (long long)v->stored[a].id);
        esc(b, px_view_label(v, a));
        px_buf_printf(b, "</a></td><td>%u</td></tr>", c->n_unique[a]);
    }
    px_buf_puts(b, "</table></section>");
}

void px_render_html(const px_story_view *v, px_buf *b)
{
    px_buf_puts(b, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
                   "<title>");
    esc(b, v->title ? v->title : "Story");
    px_buf_printf(b, " &middot; parallax</title><style>%s</style></head><body><header><h1>", css);
    esc(b, v->title ? v->title : "(untitled story)");
    px_buf_printf(b, "</h1><div>Story %lld &middot; %zu articles &middot; %u facts shared by several outlets &middot; %u quotes</div></header><main>",
                  (long long)v->story_id, v->n_stored, v->cmp->n_facts, v->cmp->n_quotes);
    summary(v, b);
    columns(v, b);
    quotes(v, b);
    graph(v, b);
    uniques(v, b);
    px_buf_puts(b, "</main></body></html>\n");
}
