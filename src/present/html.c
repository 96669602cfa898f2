/*
 * html.c - the story page: articles in columns with the passages they share
 * lit in the same colour, quotes by speaker, who reused whom as SVG, a
 * timeline, a summary linked to its sentences and coverage by source label.
 *
 * One renderer serves two masters.  `parallax story --format html` wants one
 * self-contained offline file (inline CSS and SVG, no script); `parallax
 * serve` wants the same markup but links to its own /static/ stylesheet and
 * script and to the article pages.  Every piece of article text goes
 * through px_buf_html_escape: nothing from an article reaches the page raw,
 * and colours are classes rather than style attributes so the server's
 * Content-Security-Policy can forbid inline style altogether.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "present/present.h"

#define N_COLOURS 24   /* highlight classes .f0 ... .f23 below */

const char px_page_css[] =
    "body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f;background:#f6f6f3}"
    "a{color:#1b5e85}header{padding:1rem 1.5rem;background:#20313b;color:#fff}"
    "header a{color:#cfe6f5}header h1{margin:0 0 .3rem;font-size:1.45rem}header nav{font-size:.85rem;margin-bottom:.3rem}"
    "main{padding:1rem 1.5rem;max-width:none}section{margin:1.4rem 0}h2{font-size:1.1rem;border-bottom:1px solid #ccc;padding-bottom:.2rem}"
    ".columns{display:grid;grid-auto-flow:column;grid-auto-columns:minmax(310px,1fr);gap:12px;overflow-x:auto;padding-bottom:6px}"
    ".col{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.6rem .8rem;max-height:80vh;overflow-y:auto}"
    ".col h3{font-size:1rem;margin:.2rem 0}.meta{color:#666;font-size:.85rem}"
    ".shared{border-radius:3px;padding:0 2px;cursor:pointer;transition:outline .1s}"
    ".shared.lit{outline:2px solid #20313b}.fact-count{font-size:.7rem;vertical-align:super;color:#333;margin-left:1px}"
    ".f0{background:hsl(0,80%,84%)}.f1{background:hsl(138,80%,84%)}.f2{background:hsl(275,80%,84%)}"
    ".f3{background:hsl(53,80%,84%)}.f4{background:hsl(190,80%,84%)}.f5{background:hsl(328,80%,84%)}"
    ".f6{background:hsl(105,80%,84%)}.f7{background:hsl(243,80%,84%)}.f8{background:hsl(20,80%,84%)}"
    ".f9{background:hsl(158,80%,84%)}.f10{background:hsl(295,80%,84%)}.f11{background:hsl(73,80%,84%)}"
    ".f12{background:hsl(210,80%,84%)}.f13{background:hsl(348,80%,84%)}.f14{background:hsl(125,80%,84%)}"
    ".f15{background:hsl(263,80%,84%)}.f16{background:hsl(40,80%,84%)}.f17{background:hsl(178,80%,84%)}"
    ".f18{background:hsl(315,80%,84%)}.f19{background:hsl(93,80%,84%)}.f20{background:hsl(230,80%,84%)}"
    ".f21{background:hsl(8,80%,84%)}.f22{background:hsl(145,80%,84%)}.f23{background:hsl(283,80%,84%)}"
    "table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}"
    "td.date{white-space:nowrap}"
    ".summary li{margin:.3rem 0}.src{color:#555;font-size:.85rem}"
    "svg{background:#fff;border:1px solid #ddd;border-radius:6px;max-width:100%;height:auto}"
    ".quotes{display:grid;grid-template-columns:repeat(auto-fill,minmax(320px,1fr));gap:10px}"
    ".quote-group{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.5rem .8rem}"
    ".quote-group h3{font-size:.95rem;margin:.1rem 0}.quote-group ul{margin:.3rem 0;padding-left:1.1rem}"
    ".quote-group li{margin:.25rem 0}.wording{font-style:italic}"
    ".chip{display:inline-block;background:#e8eef2;border-radius:10px;padding:0 .5rem;margin:1px 2px;font-size:.85rem}"
    ".blindspot{background:#fff4d6;border:1px solid #e3c36b;border-radius:6px;padding:.4rem .7rem;margin:.4rem 0}"
    ".two{display:grid;grid-template-columns:minmax(0,2fr) minmax(240px,1fr);gap:16px}"
    ".text p{max-width:44rem}.list li{margin:.4rem 0}form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end;margin:.5rem 0}"
    "form.filters label{display:flex;flex-direction:column;font-size:.8rem;color:#444}"
    "input,select,button{font:inherit;padding:.2rem .4rem}.num{color:#a33;font-size:.8rem}"
    "@media (max-width:800px){.two{grid-template-columns:1fr}}";

static void esc(px_buf *b, const char *s)
{
    if (s) px_buf_html_escape(b, s, strlen(s));
}


void px_page_head(px_buf *b, const char *title, int served)
{
    px_buf_puts(b, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                   "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
    /* the file opened from disk has no server to send a CSP header: say it
     * in a meta tag, and allow only the inline style it carries */
    if (!served)
        px_buf_puts(b, "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                       "style-src 'unsafe-inline'; img-src data:\">");
    px_buf_puts(b, "<title>");
    esc(b, title);
    px_buf_puts(b, " &middot; parallax</title>");
    if (served)
        px_buf_puts(b, "<link rel=\"stylesheet\" href=\"/static/app.css\">"
                       "<script src=\"/static/app.js\" defer></script>");
    else
        px_buf_printf(b, "<style>%s</style>", px_page_css);
    px_buf_puts(b, "</head><body>");
}

void px_page_nav(px_buf *b, int served)
{
    if (served) px_buf_puts(b, "<nav><a href=\"/\">&larr; all stories</a></nav>");
}

static void sentence_html(const px_story_view *v, px_buf *b, px_cmp_ref r)
{
    size_t len;
    const char *s = px_view_sentence(v, r, &len);
    px_buf_html_escape(b, s, len);
}

static void article_href(const px_story_view *v, const px_page_opts *o, px_buf *b, uint32_t a)
{
    if (o->served) px_buf_printf(b, "/article/%lld", (long long)v->stored[a].id);
    else px_buf_printf(b, "#a%lld", (long long)v->stored[a].id);
}

static void summary(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"summary\"><h2>Summary</h2><ol class=\"summary\">");
    for (uint32_t i = 0; i < c->n_summary; i++) {
        px_cmp_ref r = c->summary[i];
        px_buf_printf(b, "<li><a class=\"to-sentence\" href=\"#a%lld-s%u\">", (long long)v->stored[r.article].id, r.sentence);
        sentence_html(v, b, r);
        px_buf_puts(b, "</a> <span class=\"src\">(");
        esc(b, px_view_label(v, r.article));
        px_buf_puts(b, ")</span></li>");
    }
    px_buf_puts(b, "</ol></section>");
}

/* ---- coverage by source label ---- */

typedef const char *(*dim_fn)(const px_source_info *src, const char *rater);

static const char *dim_ownership(const px_source_info *src, const char *rater) { (void)rater; return src ? src->ownership : NULL; }
static const char *dim_country(const px_source_info *src, const char *rater) { (void)rater; return src ? src->country : NULL; }
static const char *dim_rater(const px_source_info *src, const char *rater) { return px_source_label_of(src, rater); }

/* Distinct values of one dimension over srcs, first seen first; returns
 * the count (at most max). */
static size_t distinct(const px_source_info *const *srcs, size_t n, dim_fn fn, const char *rater,
                       const char **vals, size_t max)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        const char *x = fn(srcs[i], rater);
        if (!x) continue;
        size_t j = 0;
        while (j < k && strcmp(vals[j], x) != 0) j++;
        if (j == k && k < max) vals[k++] = x;
    }
    return k;
}

static void blindspot_note(px_buf *b, const char *what, const char *value)
{
    px_buf_puts(b, "<div class=\"blindspot\"><strong>Blindspot:</strong> only outlets ");
    esc(b, what);
    px_buf_puts(b, " &ldquo;");
    esc(b, value);
    px_buf_puts(b, "&rdquo; cover this story.</div>");
}

int px_blindspots_html(const px_sources *s, const px_source_info *const *srcs, size_t n, px_buf *b)
{
    if (!s) return 0;
    int found = 0;
    const char *vals[2];
    /* a story with no labelled outlet tells nothing either way */
    if (distinct(srcs, n, dim_ownership, NULL, vals, 2) == 1) {
        if (b) blindspot_note(b, "with ownership", vals[0]);
        found++;
    }
    for (size_t r = 0; r < s->n_raters; r++) {
        if (distinct(srcs, n, dim_rater, s->raters[r], vals, 2) != 1) continue;
        if (b) {
            char what[600];
            snprintf(what, sizeof what, "that %s labels", s->raters[r]);
            blindspot_note(b, what, vals[0]);
        }
        found++;
    }
    return found;
}

static void coverage_row(const px_story_view *v, const px_page_opts *o, px_buf *b,
                         const px_source_info *const *srcs, const char *title, const char *rater, dim_fn fn)
{
    size_t n = v->n_stored;
    const char **vals = calloc(n + 1, sizeof *vals);
    if (!vals) { b->failed = true; return; }
    size_t k = distinct(srcs, n, fn, rater, vals, n);
    px_buf_puts(b, "<tr><th>");
    esc(b, title);
    px_buf_puts(b, "</th><td>");
    for (size_t j = 0; j < k; j++) {
        px_buf_puts(b, "<div><span class=\"chip\">");
        esc(b, vals[j]);
        px_buf_puts(b, "</span> ");
        int first = 1;
        for (uint32_t a = 0; a < n; a++) {
            const char *x = fn(srcs[a], rater);
            if (!x || strcmp(x, vals[j]) != 0) continue;
            px_buf_puts(b, first ? "" : ", ");
            first = 0;
            px_buf_puts(b, "<a href=\"");
            article_href(v, o, b, a);
            px_buf_puts(b, "\">");
            esc(b, px_view_label(v, a));
            px_buf_puts(b, "</a>");
        }
        px_buf_puts(b, "</div>");
    }
    size_t unl = 0;
    for (uint32_t a = 0; a < n; a++) unl += fn(srcs[a], rater) == NULL;
    if (unl) px_buf_printf(b, "<div class=\"src\">no label: %zu</div>", unl);
    px_buf_puts(b, "</td></tr>");
    free(vals);
}

static void coverage(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    const px_sources *s = o->sources;
    px_buf_puts(b, "<section id=\"coverage\"><h2>Coverage by source label</h2>");
    if (!s) {
        px_buf_puts(b, "<p class=\"src\">No source-label file given (see <code>--sources</code> in parallax(1)).</p></section>");
        return;
    }
    const px_source_info **srcs = calloc(v->n_stored + 1, sizeof *srcs);
    if (!srcs) { b->failed = true; return; }
    for (size_t a = 0; a < v->n_stored; a++) srcs[a] = px_sources_match(s, v->stored[a].url, v->stored[a].site);
    px_blindspots_html(s, srcs, v->n_stored, b);
    px_buf_puts(b, "<table class=\"coverage\">");
    coverage_row(v, o, b, srcs, "Ownership", NULL, dim_ownership);
    coverage_row(v, o, b, srcs, "Country", NULL, dim_country);
    for (size_t r = 0; r < s->n_raters; r++) {
        char title[600];
        snprintf(title, sizeof title, "%s (rater)", s->raters[r]);
        coverage_row(v, o, b, srcs, title, s->raters[r], dim_rater);
    }
    px_buf_puts(b, "</table><p class=\"src\">Labels come from the user's source-label file and name their rater; "
                   "parallax itself rates no one.</p></section>");
    free(srcs);
}

/* ---- timeline ---- */

/* Minutes since 1970 of an ISO 8601 date ("2025-03-11", "...T07:45",
 * "...+01:00"), in UTC when an offset is given.  0 when unreadable. */
static int iso_minutes(const char *d, double *out)
{
    int y, mo, da, h = 0, mi = 0, n = 0;
    if (!d || sscanf(d, "%4d-%2d-%2d%n", &y, &mo, &da, &n) != 3 || mo < 1 || mo > 12 || da < 1 || da > 31)
        return 0;
    const char *p = d + n;
    int m2 = 0;
    if (*p == 'T' && sscanf(p + 1, "%2d:%2d%n", &h, &mi, &m2) == 2) {
        p += 1 + m2;
        while (*p == ':' || *p == '.' || (*p >= '0' && *p <= '9')) p++;   /* seconds */
        int oh, om;
        if ((*p == '+' || *p == '-') && sscanf(p + 1, "%2d:%2d", &oh, &om) == 2) {
            int off = oh * 60 + om;
            mi -= *p == '+' ? off : -off;
        }
    }
    /* days from civil (Howard Hinnant's algorithm) */
    int yy = y - (mo <= 2);
    int era = (yy >= 0 ? yy : yy - 399) / 400;
    int yoe = yy - era * 400;
    int doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + da - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    double days = era * 146097.0 + doe - 719468;
    *out = days * 1440 + h * 60 + mi;
    return 1;
}

static void timeline(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    size_t n = v->n_stored;
    double lo = 0, hi = 0, t;
    size_t dated = 0;
    for (size_t i = 0; i < n; i++)
        if (iso_minutes(v->stored[i].date, &t)) {
            if (!dated || t < lo) lo = t;
            if (!dated || t > hi) hi = t;
            dated++;
        }
    px_buf_puts(b, "<section id=\"timeline\"><h2>Timeline</h2>");
    if (!dated) { px_buf_puts(b, "<p>No article of this story gives a date.</p></section>"); return; }
    /* rows keep neighbouring labels apart; the height grows with them */
    const int rows = n < 4 ? (int)n : 4;
    const double w = 1000, left = 30, right = 280, top = 30, row_h = 34;
    const double h = top + rows * row_h + 30;
    double span = hi - lo > 60 ? hi - lo : 60;
    px_buf_printf(b, "<svg class=\"timeline\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"timeline\">",
                  w, h, w, h);
    double axis = h - 22;
    px_buf_printf(b, "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"#888\"/>", left, axis, w - right + 10, axis);
    /* a tick at each midnight (UTC) in the range, at most 60 */
    double first_day = ceil(lo / 1440) * 1440;
    int ticks = 0;
    for (double d = first_day; d <= hi && ticks < 60; d += 1440, ticks++) {
        double x = left + (d - lo) / span * (w - left - right);
        time_t secs = (time_t)(d * 60);
        struct tm tmv;
        char lab[16] = "";
        if (gmtime_r(&secs, &tmv)) strftime(lab, sizeof lab, "%d %b", &tmv);
        px_buf_printf(b, "<line x1=\"%.1f\" y1=\"%.0f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#bbb\"/>"
                         "<text x=\"%.1f\" y=\"%.0f\" font-size=\"11\" fill=\"#555\" text-anchor=\"middle\">%s</text>",
                      x, top - 14, x, axis + 4, x, axis + 16, lab);
    }
    size_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!iso_minutes(v->stored[i].date, &t)) continue;
        double x = left + (t - lo) / span * (w - left - right);
        double y = top + (double)(k++ % (size_t)rows) * row_h;
        px_buf_printf(b, "<g class=\"tl-item\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#cbd5db\"/>"
                         "<a href=\"", x, y, x, axis);
        article_href(v, o, b, i);
        px_buf_printf(b, "\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"6\" fill=\"#2f6f8f\"/>"
                         "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\">", x, y, x + 9, y + 4);
        esc(b, px_view_label(v, i));
        px_buf_puts(b, " <tspan fill=\"#777\">");
        /* "2025-03-11 07:45": day and time as printed, the offset left out */
        const char *d = v->stored[i].date;
        size_t dl = strlen(d);
        px_buf_html_escape(b, d, dl > 10 ? 10 : dl);
        if (dl > 11) { px_buf_putc(b, ' '); px_buf_html_escape(b, d + 11, dl > 16 ? 5 : dl - 11); }
        px_buf_puts(b, "</tspan></text></a></g>");
    }
    px_buf_puts(b, "</svg>");
    if (dated < n) px_buf_printf(b, "<p class=\"src\">%zu undated article(s) are not on the timeline.</p>", n - dated);
    px_buf_puts(b, "</section>");
}

/* ---- columns ---- */

static void columns(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    const px_comparison *c = v->cmp;
    /* which fact each sentence belongs to: only facts carried by at least two
     * articles are "shared", and only those get a colour */
    uint32_t **fact_of = calloc(c->n_articles + 1, sizeof *fact_of);
    if (!fact_of) { b->failed = true; return; }
    for (uint32_t a = 0; a < c->n_articles; a++) {
        fact_of[a] = calloc(v->docs[a]->n_sentences + 1, sizeof **fact_of);
        if (!fact_of[a]) { b->failed = true; goto done; }
    }
    for (uint32_t f = 0; f < c->n_facts; f++) {
        if (c->facts[f].n_articles < 2) continue;
        for (uint32_t m = 0; m < c->facts[f].n_members; m++)
            fact_of[c->facts[f].members[m].article][c->facts[f].members[m].sentence] = f + 1;
    }
    px_buf_puts(b, "<section id=\"columns\"><h2>Side by side</h2>"
                   "<p class=\"src\">Passages that several outlets share have the same colour in every column; "
                   "the small number says how many outlets carry it.</p><div class=\"columns\">");
    for (uint32_t a = 0; a < c->n_articles; a++) {
        const px_stored_article *art = &v->stored[a];
        const px_textdoc *doc = v->docs[a];
        px_buf_printf(b, "<article class=\"col\" id=\"a%lld\" data-article=\"%lld\"><div class=\"meta\">",
                      (long long)art->id, (long long)art->id);
        if (o->served) {
            char host[256];
            const char *key = px_source_key(o->sources, art->url, art->site, host, sizeof host);
            if (key) { px_buf_puts(b, "<a class=\"source\" href=\"/source/"); px_buf_url_segment(b, key); px_buf_puts(b, "\">"); }
            esc(b, px_view_label(v, a));
            if (key) px_buf_puts(b, "</a>");
        } else {
            esc(b, px_view_label(v, a));
        }
        if (art->date) { px_buf_puts(b, " &middot; "); esc(b, art->date); }
        px_buf_puts(b, "</div><h3>");
        /* only web addresses become links: an extracted URL could say javascript: */
        int web_url = art->url && (strncmp(art->url, "https://", 8) == 0 || strncmp(art->url, "http://", 7) == 0);
        if (o->served) px_buf_printf(b, "<a class=\"to-article\" href=\"/article/%lld\">", (long long)art->id);
        else if (web_url) { px_buf_puts(b, "<a href=\""); esc(b, art->url); px_buf_puts(b, "\" rel=\"noreferrer\">"); }
        esc(b, art->title ? art->title : "(no title)");
        if (o->served || web_url) px_buf_puts(b, "</a>");
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
            if (f) px_buf_printf(b, " class=\"shared f%u\" data-fact=\"%u\"", (f - 1) % N_COLOURS, f);
            px_buf_putc(b, '>');
            sentence_html(v, b, (px_cmp_ref){a, s});
            if (f) {
                const px_cmp_fact *fact = &c->facts[f - 1];
                px_buf_printf(b, "<span class=\"fact-count\" data-sources=\"%u\" title=\"carried by %u outlets",
                              fact->n_sources, fact->n_articles);
                if (fact->n_sources == 1) px_buf_puts(b, ", copies of one another");
                else if (fact->n_sources < fact->n_articles)
                    px_buf_printf(b, ", %u independent sources", fact->n_sources);
                px_buf_printf(b, "\">%u</span>", fact->n_articles);
            }
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

/* ---- quotes: speaker -> the outlets carrying the remark, each wording ---- */

static void quotes(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"quotes\"><h2>Quotes</h2>");
    if (!c->n_quotes) px_buf_puts(b, "<p>No quotes found.</p>");
    px_buf_puts(b, "<div class=\"quotes\">");
    for (uint32_t i = 0; i < c->n_quotes; i++) {
        const px_cmp_quote_group *g = &c->quotes[i];
        px_buf_printf(b, "<div class=\"quote-group\" data-outlets=\"%u\"><h3 class=\"speaker\">", g->n_articles);
        esc(b, g->speaker ? g->speaker : "(unattributed)");
        px_buf_puts(b, "</h3>");
        if (g->role) { px_buf_puts(b, "<div class=\"src\">"); esc(b, g->role); px_buf_puts(b, "</div>"); }
        px_buf_printf(b, "<div class=\"src\">carried by %u outlet%s</div><ul>", g->n_articles, g->n_articles == 1 ? "" : "s");
        for (uint32_t u = 0; u < g->n_uses; u++) {
            const px_quote *q = &v->docs[g->uses[u].article]->quotes[g->uses[u].quote];
            px_buf_puts(b, "<li class=\"quote-use\"><a href=\"");
            article_href(v, o, b, g->uses[u].article);
            px_buf_puts(b, "\">");
            esc(b, px_view_label(v, g->uses[u].article));
            px_buf_puts(b, "</a>: <span class=\"wording\">&ldquo;");
            esc(b, q->text);
            px_buf_puts(b, "&rdquo;</span></li>");
        }
        px_buf_puts(b, "</ul></div>");
    }
    px_buf_puts(b, "</div></section>");
}

/* ---- reuse graph: articles on a circle, arrows from origin to derived ---- */

/* name="x" with one decimal: a story of wire copy has thousands of edges,
 * and printf's float path was most of the page's rendering time */
static void attr1(px_buf *b, const char *name, double x)
{
    px_buf_putc(b, ' ');
    px_buf_puts(b, name);
    px_buf_puts(b, "=\"");
    px_buf_fixed(b, x, 1);
    px_buf_putc(b, '"');
}

static void graph(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    uint32_t n = (uint32_t)v->n_stored;
    /* the circle grows with the story so a hundred nodes still don't touch */
    double r = n > 1 ? fmax(150, n * 48 / (2 * M_PI)) : 0;
    const double w = 2 * r + 360, h = 2 * r + 110, cx = w / 2, cy = h / 2;
    px_buf_puts(b, "<section id=\"reuse\"><h2>Who reused whom</h2>");
    if (!v->n_links) px_buf_puts(b, "<p>No reuse found between these articles.</p>");
    else px_buf_puts(b, "<p class=\"src\">Arrows run from the origin to the article that reuses it, labelled with the kind of "
                        "reuse and the share of the derived text that is reused.</p>");
    px_buf_printf(b, "<svg class=\"reuse-graph\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"reuse graph\">"
                  "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\" "
                  "markerWidth=\"12\" markerHeight=\"12\" orient=\"auto\">"
                  "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#a0412d\"/></marker></defs>", w, h, w, h);
    for (uint32_t i = 0; i < v->n_links; i++) {
        const px_cmp_link *l = &v->links[i];
        double a1 = 2 * M_PI * l->origin / n - M_PI / 2, a2 = 2 * M_PI * l->derived / n - M_PI / 2;
        double x1 = cx + r * cos(a1), y1 = cy + r * sin(a1), x2 = cx + r * cos(a2), y2 = cy + r * sin(a2);
        /* stop the line at the circles' edges so the arrow head shows */
        double dx = x2 - x1, dy = y2 - y1, len = sqrt(dx * dx + dy * dy);
        if (len < 1) len = 1;
        double sx = x1 + dx / len * 20, sy = y1 + dy / len * 20, ex = x2 - dx / len * 21, ey = y2 - dy / len * 21;
        px_buf_printf(b, "<g class=\"edge\" data-origin=\"%lld\" data-derived=\"%lld\" data-share=\"",
                      (long long)v->stored[l->origin].id, (long long)v->stored[l->derived].id);
        px_buf_fixed(b, l->share, 3);
        px_buf_puts(b, "\"><line");
        attr1(b, "x1", sx);
        attr1(b, "y1", sy);
        attr1(b, "x2", ex);
        attr1(b, "y2", ey);
        px_buf_puts(b, " stroke=\"#a0412d\" stroke-opacity=\".8\"");
        attr1(b, "stroke-width", 1.5 + 4 * l->share);
        px_buf_puts(b, " marker-end=\"url(#arrow)\"/><text");
        attr1(b, "x", x1 + 0.4 * dx);
        attr1(b, "y", y1 + 0.4 * dy - 5);
        px_buf_puts(b, " font-size=\"12\" text-anchor=\"middle\" fill=\"#5a2418\" "
                       "stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">");
        esc(b, l->kind);
        px_buf_putc(b, ' ');
        px_buf_fixed(b, 100 * l->share, 0);
        px_buf_puts(b, "%</text></g>");
    }
    for (uint32_t i = 0; i < n; i++) {
        double a = n ? 2 * M_PI * i / n - M_PI / 2 : 0;
        double x = cx + r * cos(a), y = cy + r * sin(a);
        /* labels sit outside the circle, anchored away from its centre */
        double lx = cx + (r + 26) * cos(a), ly = cy + (r + 26) * sin(a) + 4;
        const char *anchor = fabs(cos(a)) < 0.3 ? "middle" : cos(a) > 0 ? "start" : "end";
        if (n == 1) { lx = x; ly = y + 34; anchor = "middle"; }
        px_buf_printf(b, "<g class=\"node\" data-article=\"%lld\"><a href=\"", (long long)v->stored[i].id);
        article_href(v, o, b, i);
        px_buf_printf(b, "\"><circle cx=\"%.1f\" cy=\"%.1f\" r=\"18\" fill=\"#2f6f8f\"/>"
                         "<text x=\"%.1f\" y=\"%.1f\" fill=\"#fff\" font-size=\"12\" text-anchor=\"middle\">%lld</text></a>"
                         "<text x=\"%.1f\" y=\"%.1f\" font-size=\"12\" text-anchor=\"%s\">",
                      x, y, x, y + 4, (long long)v->stored[i].id, lx, ly, anchor);
        esc(b, px_view_label(v, i));
        px_buf_puts(b, "</text></g>");
    }
    px_buf_puts(b, "</svg></section>");
}

static void uniques(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"unique\"><h2>What only one outlet carries</h2><table><tr><th>Outlet</th><th>Sentences found nowhere else</th></tr>");
    for (uint32_t a = 0; a < c->n_articles; a++) {
        px_buf_puts(b, "<tr><td><a href=\"");
        article_href(v, o, b, a);
        px_buf_puts(b, "\">");
        esc(b, px_view_label(v, a));
        px_buf_printf(b, "</a></td><td>%u</td></tr>", c->n_unique[a]);
    }
    px_buf_puts(b, "</table></section>");
}

void px_render_story_page(const px_story_view *v, const px_page_opts *o, px_buf *b)
{
    uint32_t shared = 0, independent = 0;
    for (uint32_t f = 0; f < v->cmp->n_facts; f++) {
        shared += v->cmp->facts[f].n_articles >= 2;
        independent += v->cmp->facts[f].n_sources >= 2;
    }
    px_page_head(b, v->title ? v->title : "Story", o->served);
    px_buf_puts(b, "<header>");
    px_page_nav(b, o->served);
    px_buf_puts(b, "<h1>");
    esc(b, v->title ? v->title : "(untitled story)");
    px_buf_printf(b, "</h1><div>Story %lld &middot; %zu articles from %u independent sources &middot; %u passages shared by"
                     " several outlets, %u of them by independent sources &middot; %u quotes"
                     " &middot; %u reuse links</div></header><main class=\"story\" data-story=\"%lld\">",
                  (long long)v->story_id, v->n_stored, v->cmp->n_sources, shared, independent, v->cmp->n_quotes,
                  v->n_links, (long long)v->story_id);
    summary(v, b);
    coverage(v, o, b);
    timeline(v, o, b);
    px_html_story_extras(v, b);
    columns(v, o, b);
    quotes(v, o, b);
    graph(v, o, b);
    uniques(v, o, b);
    px_buf_puts(b, "</main></body></html>\n");
}

void px_render_html(const px_story_view *v, px_buf *b)
{
    px_page_opts o = {NULL, 0};
    px_render_story_page(v, &o, b);
}

px_status px_story_html(px_ctx *ctx, px_store *store, int64_t story_id, const px_sources *sources, char **out)
{
    *out = NULL;
    px_story_view *v;
    px_status rc = px_story_view_load(ctx, store, story_id, &v);
    if (rc != PX_OK) return rc;
    px_buf b = PX_BUF_INIT;
    px_page_opts o = {sources, 0};
    px_render_story_page(v, &o, &b);
    px_story_view_free(v);
    if (!(*out = px_buf_take(&b))) return px_fail(ctx, PX_NOMEM, "out of memory");
    return PX_OK;
}
