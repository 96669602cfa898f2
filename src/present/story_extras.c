/*
 * story_extras.c - the story sections built from dates, numbers and
 * citations, in every format: the timeline of dates the texts mention
 * (with publications), figures that disagree between outlets, and
 * attribution chains.  json.c, text.c and html.c call in here.
 */
#include <string.h>

#include "present/present.h"

#define MAX_HTML_EVENTS 80
#define EXCERPT 220

static int64_t aid(const px_story_view *v, uint32_t a) { return v->stored[a].id; }

static const px_sentence *sentence_of(const px_story_view *v, uint32_t a, uint32_t s)
{
    return &v->docs[a]->sentences[s];
}

static void json_sentence(const px_story_view *v, px_buf *b, uint32_t a, uint32_t s)
{
    const px_sentence *se = sentence_of(v, a, s);
    px_buf_json_span(b, v->docs[a]->text + se->start, se->end - se->start);
}

/* The articles of an event's mentions, distinct, in reading order: their
 * ids, or their labels escaped for HTML. */
static void mention_articles(const px_story_view *v, const px_cmp_event *e, px_buf *b, const char *sep,
                             int labels)
{
    uint32_t last = UINT32_MAX;
    int k = 0;
    for (uint32_t m = 0; m < e->n_mentions; m++) {
        if (e->mentions[m].article == last) continue;
        last = e->mentions[m].article;
        if (k++) px_buf_puts(b, sep);
        if (labels) px_buf_html_escape(b, px_view_label(v, last), strlen(px_view_label(v, last)));
        else px_buf_printf(b, "%lld", (long long)aid(v, last));
    }
}

/* ---- JSON ---- */

void px_json_timeline(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"timeline\":[");
    for (uint32_t i = 0; i < c->n_timeline; i++) {
        const px_cmp_event *e = &c->timeline[i];
        px_buf_puts(b, i ? ",{\"date\":" : "{\"date\":");
        px_buf_json_string(b, e->iso);
        if (e->kind == PX_EVENT_PUBLISHED) {
            px_buf_printf(b, ",\"article\":%lld,\"event\":\"published\",\"text\":", (long long)aid(v, e->article));
            px_buf_json_string(b, v->stored[e->article].title);
            px_buf_puts(b, "}");
            continue;
        }
        px_buf_printf(b, ",\"precision\":\"%s\",\"event\":\"mentioned\",\"article\":%lld,\"articles\":[",
                      px_date_precision_name(e->precision), (long long)aid(v, e->article));
        mention_articles(v, e, b, ",", 0);
        px_buf_puts(b, "],\"text\":");
        json_sentence(v, b, e->mentions[e->rep].article, e->mentions[e->rep].date->sentence);
        px_buf_puts(b, ",\"mentions\":[");
        for (uint32_t m = 0; m < e->n_mentions; m++) {
            const px_cmp_mention *mn = &e->mentions[m];
            const px_textdoc *d = v->docs[mn->article];
            px_buf_printf(b, "%s{\"article\":%lld,\"words\":", m ? "," : "", (long long)aid(v, mn->article));
            px_buf_json_span(b, d->text + mn->date->start, mn->date->end - mn->date->start);
            px_buf_puts(b, ",\"sentence\":");
            json_sentence(v, b, mn->article, mn->date->sentence);
            px_buf_printf(b, ",\"reporting\":%s}", mn->date->reporting ? "true" : "false");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

void px_json_disagreements(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"disagreements\":[");
    for (uint32_t i = 0; i < c->n_disagreements; i++) {
        const px_cmp_disagreement *g = &c->disagreements[i];
        px_buf_puts(b, i ? ",{\"unit\":" : "{\"unit\":");
        px_buf_json_string(b, g->unit);
        px_buf_printf(b, ",\"aligned\":%s,\"figures\":[", g->fact >= 0 ? "true" : "false");
        for (uint32_t k = 0; k < g->n_figures; k++) {
            const px_cmp_figure *f = &g->figures[k];
            const px_textdoc *d = v->docs[f->article];
            px_buf_printf(b, "%s{\"article\":%lld,\"value\":%.15g,\"approx\":%s,\"bound\":%s,\"text\":",
                          k ? "," : "", (long long)aid(v, f->article), f->q->value, f->q->approx ? "true" : "false",
                          f->q->bound > 0 ? "\"at least\"" : f->q->bound < 0 ? "\"at most\"" : "null");
            px_buf_json_span(b, d->text + f->q->start, f->q->end - f->q->start);
            px_buf_puts(b, ",\"sentence\":");
            json_sentence(v, b, f->article, f->q->sentence);
            px_buf_puts(b, "}");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

static const char *hop_kind(px_entity_kind k) { return px_entity_kind_name(k); }

void px_json_attributions(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, ",\"attributions\":[");
    for (uint32_t i = 0; i < c->n_chains; i++) {
        const px_cmp_chain *ch = &c->chains[i];
        const px_quote *q = &v->docs[ch->article]->quotes[ch->quote];
        px_buf_printf(b, "%s{\"article\":%lld,\"source\":", i ? "," : "", (long long)aid(v, ch->article));
        px_buf_json_string(b, ch->hops[1].name);
        px_buf_printf(b, ",\"kind\":\"%s\",\"text\":", q->kind == PX_QUOTE_DIRECT ? "direct" : "indirect");
        px_buf_json_string(b, q->text);
        px_buf_puts(b, ",\"chain\":[");
        for (uint32_t h = 0; h < ch->n_hops; h++) {
            const px_cmp_hop *hp = &ch->hops[h];
            px_buf_puts(b, h ? ",{\"name\":" : "{\"name\":");
            px_buf_json_string(b, hp->name);
            px_buf_printf(b, ",\"kind\":\"%s\",\"role\":", hop_kind(hp->kind));
            px_buf_json_string(b, hp->role);
            if (hp->article >= 0) px_buf_printf(b, ",\"article\":%lld}", (long long)aid(v, (uint32_t)hp->article));
            else px_buf_puts(b, ",\"article\":null}");
        }
        px_buf_puts(b, "]}");
    }
    px_buf_puts(b, "]");
}

/* ---- text and Markdown ---- */

static void text_sentence(const px_story_view *v, px_buf *b, uint32_t a, uint32_t s)
{
    const px_sentence *se = sentence_of(v, a, s);
    px_put_excerpt(b, v->docs[a]->text + se->start, se->end - se->start, EXCERPT);
}

void px_text_story_extras(const px_story_view *v, px_buf *b, int md)
{
    const px_comparison *c = v->cmp;
    const char *bullet = md ? "- " : "  * ";
    px_buf_puts(b, md ? "\n## Dates mentioned\n\n" : "\nDates mentioned\n");
    int any = 0;
    for (uint32_t i = 0; i < c->n_timeline; i++) {
        const px_cmp_event *e = &c->timeline[i];
        if (e->kind != PX_EVENT_MENTIONED) continue;
        any = 1;
        px_buf_printf(b, "%s%s: ", bullet, e->iso);
        text_sentence(v, b, e->mentions[e->rep].article, e->mentions[e->rep].date->sentence);
        px_buf_puts(b, " [");
        mention_articles(v, e, b, ", ", 0);
        px_buf_puts(b, "]\n");
    }
    if (!any) px_buf_printf(b, "%s(none)\n", bullet);

    px_buf_puts(b, md ? "\n## Numbers that differ\n\n" : "\nNumbers that differ\n");
    if (!c->n_disagreements) px_buf_printf(b, "%s(none)\n", bullet);
    for (uint32_t i = 0; i < c->n_disagreements; i++) {
        const px_cmp_disagreement *g = &c->disagreements[i];
        px_buf_printf(b, "%s%s:", bullet, g->unit);
        for (uint32_t k = 0; k < g->n_figures; k++) {
            const px_cmp_figure *f = &g->figures[k];
            px_buf_printf(b, "%s \"", k ? ";" : "");
            px_put_excerpt(b, v->docs[f->article]->text + f->q->start, f->q->end - f->q->start, 80);
            px_buf_printf(b, "\" [%lld]", (long long)aid(v, f->article));
        }
        px_buf_putc(b, '\n');
    }

    px_buf_puts(b, md ? "\n## Attribution chains\n\n" : "\nAttribution chains\n");
    if (!c->n_chains) px_buf_printf(b, "%s(none)\n", bullet);
    for (uint32_t i = 0; i < c->n_chains; i++) {
        const px_cmp_chain *ch = &c->chains[i];
        const px_quote *q = &v->docs[ch->article]->quotes[ch->quote];
        px_buf_puts(b, bullet);
        for (uint32_t h = 0; h < ch->n_hops; h++)
            px_buf_printf(b, "%s%s", h ? " -> " : "", ch->hops[h].name ? ch->hops[h].name : "(unnamed)");
        px_buf_puts(b, ": \"");
        px_put_excerpt(b, q->text ? q->text : "", q->text ? strlen(q->text) : 0, EXCERPT);
        px_buf_printf(b, "\" [%lld]\n", (long long)aid(v, ch->article));
    }
}

/* ---- HTML ---- */

static void esc(px_buf *b, const char *s)
{
    if (s) px_buf_html_escape(b, s, strlen(s));
}

/* Sentence s of article a as a link to it, with bytes [hs, he) of the
 * text (the date or figure; hs == he: none) marked. */
static void html_sentence_link(const px_story_view *v, px_buf *b, uint32_t a, uint32_t s,
                               uint32_t hs, uint32_t he)
{
    const px_sentence *se = sentence_of(v, a, s);
    const char *t = v->docs[a]->text;
    if (hs < se->start || he > se->end || he < hs) hs = he = se->start;
    px_buf_printf(b, "<a class=\"to-sentence\" href=\"#a%lld-s%u\">", (long long)aid(v, a), s);
    px_buf_html_escape(b, t + se->start, hs - se->start);
    if (he > hs) {
        px_buf_puts(b, "<mark>");
        px_buf_html_escape(b, t + hs, he - hs);
        px_buf_puts(b, "</mark>");
    }
    px_buf_html_escape(b, t + he, se->end - he);
    px_buf_puts(b, "</a>");
}

static void html_events(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"dates\"><h2>Dates the articles mention</h2>");
    uint32_t shown = 0, total = 0;
    for (uint32_t i = 0; i < c->n_timeline; i++) total += c->timeline[i].kind == PX_EVENT_MENTIONED;
    if (!total) { px_buf_puts(b, "<p>No article of this story names a date.</p></section>"); return; }
    px_buf_puts(b, "<table class=\"dates\"><tr><th>Date</th><th>What the text says</th><th>Articles</th></tr>");
    for (uint32_t i = 0; i < c->n_timeline && shown < MAX_HTML_EVENTS; i++) {
        const px_cmp_event *e = &c->timeline[i];
        if (e->kind != PX_EVENT_MENTIONED) continue;
        shown++;
        px_buf_puts(b, "<tr><td class=\"date\">");
        esc(b, e->iso);
        px_buf_puts(b, "</td><td>");
        const px_cmp_mention *rep = &e->mentions[e->rep];
        html_sentence_link(v, b, rep->article, rep->date->sentence, rep->date->start, rep->date->end);
        px_buf_puts(b, "</td><td>");
        mention_articles(v, e, b, ", ", 1);
        px_buf_puts(b, "</td></tr>");
    }
    px_buf_puts(b, "</table>");
    if (shown < total) px_buf_printf(b, "<p class=\"src\">%u more dates are in the JSON output.</p>", total - shown);
    px_buf_puts(b, "</section>");
}

static void html_numbers(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"numbers\"><h2>Numbers that differ</h2>");
    if (!c->n_disagreements) { px_buf_puts(b, "<p>The outlets give no conflicting figures.</p></section>"); return; }
    px_buf_puts(b, "<ul class=\"numbers\">");
    for (uint32_t i = 0; i < c->n_disagreements; i++) {
        const px_cmp_disagreement *g = &c->disagreements[i];
        px_buf_puts(b, "<li><b>");
        esc(b, g->unit);
        px_buf_puts(b, "</b><ul>");
        for (uint32_t k = 0; k < g->n_figures; k++) {
            const px_cmp_figure *f = &g->figures[k];
            px_buf_puts(b, "<li>");
            esc(b, px_view_label(v, f->article));
            px_buf_puts(b, ": <b>");
            px_buf_html_escape(b, v->docs[f->article]->text + f->q->start, f->q->end - f->q->start);
            px_buf_puts(b, "</b> &mdash; ");
            html_sentence_link(v, b, f->article, f->q->sentence, f->q->start, f->q->end);
            px_buf_puts(b, "</li>");
        }
        px_buf_puts(b, "</ul></li>");
    }
    px_buf_puts(b, "</ul></section>");
}

static void html_chains(const px_story_view *v, px_buf *b)
{
    const px_comparison *c = v->cmp;
    px_buf_puts(b, "<section id=\"chains\"><h2>Who cites whom</h2>");
    if (!c->n_chains) { px_buf_puts(b, "<p>No article attributes a statement to another outlet.</p></section>"); return; }
    px_buf_puts(b, "<ul class=\"chains\">");
    for (uint32_t i = 0; i < c->n_chains; i++) {
        const px_cmp_chain *ch = &c->chains[i];
        const px_quote *q = &v->docs[ch->article]->quotes[ch->quote];
        px_buf_puts(b, "<li>");
        for (uint32_t h = 0; h < ch->n_hops; h++) {
            if (h) px_buf_puts(b, " &rarr; ");
            px_buf_puts(b, "<b>");
            esc(b, ch->hops[h].name ? ch->hops[h].name : "(unnamed)");
            px_buf_puts(b, "</b>");
        }
        px_buf_puts(b, ": &ldquo;");
        esc(b, q->text);
        px_buf_puts(b, "&rdquo;</li>");
    }
    px_buf_puts(b, "</ul></section>");
}

void px_html_story_extras(const px_story_view *v, px_buf *b)
{
    html_events(v, b);
    html_numbers(v, b);
    html_chains(v, b);
}
