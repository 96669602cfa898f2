/*
 * chains.c - attribution chains: who is cited as the source of what.
 *
 * A chain starts at the article's outlet and follows citations: outlet A
 * attributes a statement to outlet B ("according to B", "B reported
 * that"), and when B is an article of the story and carries the same
 * statement with a speaker, the speaker is the next link: A -> B -> a
 * researcher; when B in turn attributes it to outlet C of the story, the
 * chain goes on through C.  An article that cites B and quotes someone
 * whose remark B carried first gets the same chain for that remark, so a
 * re-report that lifts quotes shows where it took them from.  A remark the
 * article credits to an outlet beside its speaker ("..., the mayor said,
 * according to the Herald"; the text stage's via) makes A -> Herald -> the
 * mayor, whether or not the Herald is in the story.  Outlets are matched by
 * name, in full or by its first or last words, ignoring case and a leading
 * "the".
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare/cmp_internal.h"

#define MAX_HOPS 6
#define STATEMENT_OVERLAP 0.5    /* share of the shorter statement's words in the other */
#define MAX_STEMS 256            /* words of a statement compared (hostile input) */
#define MAX_SCANNED 256          /* quotes of a cited article searched for a statement */
#define MAX_CITED 16             /* outlets one article cites, as sources of its quotes */

/* Name without a leading "the " and surrounding space, as a span. */
static const char *bare(const char *s, size_t *n)
{
    while (*s == ' ') s++;
    if (strncasecmp(s, "the ", 4) == 0) s += 4;
    *n = strlen(s);
    while (*n && s[*n - 1] == ' ') (*n)--;
    return s;
}

/* Does name stand for the outlet site: in full, or by the first or last
 * words of its name ("the Observer" for The Meridian Observer, "VBC" for
 * VBC News)? */
static bool names_outlet(const char *name, const char *site)
{
    size_t n, m;
    const char *x = bare(name, &n), *y = bare(site, &m);
    if (!n || !m) return false;
    if (n > m) {
        const char *t = x; x = y; y = t;
        size_t k = n; n = m; m = k;
    }
    return (strncasecmp(x, y, n) == 0 && (n == m || y[n] == ' ')) ||
           (strncasecmp(x, y + m - n, n) == 0 && y[m - n - 1] == ' ');
}

/* The story article published by the outlet named name, other than self:
 * its latest one before self in reading order, else its first after. */
static int32_t outlet_article(const px_comparison *c, const char *name, uint32_t self)
{
    int32_t found = -1;
    for (uint32_t i = 0; i < c->n_articles; i++) {
        if (i == self || !c->articles[i].site) continue;
        if (!names_outlet(name, c->articles[i].site)) continue;
        if (i > self && found >= 0) break;
        found = (int32_t)i;
        if (i > self) break;
    }
    return found;
}

static const px_entity *speaker_of(const px_textdoc *d, const px_quote *q)
{
    return q->speaker >= 0 && (size_t)q->speaker < d->n_entities ? &d->entities[q->speaker] : NULL;
}

/* A statement attributed to an outlet: a media speaker that is not the
 * surname of someone the article names (then it is that person). */
static bool media_quote(const px_textdoc *d, const px_quote *q)
{
    const px_entity *e = speaker_of(d, q);
    return e && e->kind == PX_ENT_MEDIA && e->name && !px_person_surname(d, e->name);
}

/* Content stems of a quote's span (at most MAX_STEMS); count in *n. */
static uint64_t *stems(const px_textdoc *d, const px_quote *q, uint32_t *n)
{
    size_t lo = 0, hi = d->n_tokens;
    while (lo < hi) {                 /* first token at or after the quote */
        size_t m = lo + (hi - lo) / 2;
        if (d->tokens[m].start < q->start) lo = m + 1;
        else hi = m;
    }
    uint64_t *v = malloc(MAX_STEMS * sizeof *v);
    if (!v) return NULL;
    *n = 0;
    for (size_t t = lo; t < d->n_tokens && d->tokens[t].end <= q->end && *n < MAX_STEMS; t++)
        if ((d->tokens[t].flags & (PX_TOK_WORD | PX_TOK_NUM)) && !(d->tokens[t].flags & PX_TOK_STOP))
            v[(*n)++] = d->tokens[t].stem_hash;
    return v;
}

/* Do two statements say mostly the same words? */
static int same_statement(const px_textdoc *da, const px_quote *qa, const px_textdoc *db, const px_quote *qb)
{
    uint32_t na = 0, nb = 0, shared = 0;
    uint64_t *a = stems(da, qa, &na), *b = stems(db, qb, &nb);
    if (!a || !b) { free(a); free(b); return -1; }
    for (uint32_t i = 0; i < na; i++)
        for (uint32_t j = 0; j < nb; j++)
            if (a[i] == b[j]) { shared++; break; }
    uint32_t m = na < nb ? na : nb;
    free(a);
    free(b);
    return m >= 3 && shared >= STATEMENT_OVERLAP * m;
}

typedef struct cited {
    int32_t article;             /* the cited outlet's article */
    const char *name;            /* as the citing article names it */
} cited;

typedef struct builder {
    px_comparison *c;
    uint32_t cap;
    int32_t *group_of;           /* per (article, quote): quote group or -1 */
    uint32_t *quote_base;        /* per article: index of its quote 0 */
    cited sources[MAX_CITED];    /* outlets the current article cites, earlier in the story */
    uint32_t n_sources;
} builder;

static int32_t group_of(const builder *b, uint32_t a, uint32_t q)
{
    return b->group_of[b->quote_base[a] + q];
}

static px_status add_chain(builder *b, uint32_t a, uint32_t q, const px_cmp_hop *hops, uint32_t n)
{
    px_comparison *c = b->c;
    if (c->n_chains == b->cap) {
        uint32_t nc = b->cap ? 2 * b->cap : 8;
        px_cmp_chain *v = px_arena_alloc(&c->arena, nc * sizeof *v);
        if (!v) return PX_NOMEM;
        if (c->n_chains) memcpy(v, c->chains, c->n_chains * sizeof *v);
        c->chains = v;
        b->cap = nc;
    }
    px_cmp_chain *ch = &c->chains[c->n_chains++];
    ch->article = a;
    ch->quote = q;
    ch->n_hops = n;
    ch->hops = px_arena_alloc(&c->arena, n * sizeof *ch->hops);
    if (!ch->hops) return PX_NOMEM;
    memcpy(ch->hops, hops, n * sizeof *hops);
    return PX_OK;
}

static px_cmp_hop outlet_hop(const px_comparison *c, uint32_t a)
{
    const px_cmp_article *ar = &c->articles[a];
    return (px_cmp_hop){ar->site ? ar->site : ar->title, NULL, PX_ENT_MEDIA, (int32_t)a};
}

static px_cmp_hop speaker_hop(const px_textdoc *d, const px_quote *q, int32_t article)
{
    const px_entity *e = speaker_of(d, q);
    return (px_cmp_hop){q->speaker_name, q->speaker_role, e ? e->kind : PX_ENT_OTHER,
                        e && e->kind == PX_ENT_MEDIA ? article : -1};
}

/* A statement a attributes to outlet article m: who m has say it, and
 * when m attributes it to a further outlet of the story, who that one has
 * say it, up to MAX_HOPS links. */
static px_status cited_statement(builder *b, uint32_t a, uint32_t q, int32_t m)
{
    const px_comparison *c = b->c;
    const px_textdoc *da = c->articles[a].doc;
    const px_quote *qa = &da->quotes[q];
    px_cmp_hop hops[MAX_HOPS];
    uint32_t n = 0;
    hops[n++] = outlet_hop(c, a);
    hops[n++] = (px_cmp_hop){speaker_of(da, qa)->name, NULL, PX_ENT_MEDIA, m};
    const px_textdoc *dprev = da;
    const px_quote *qprev = qa;
    while (m >= 0 && n < MAX_HOPS) {
        const px_textdoc *dm = c->articles[m].doc;
        const px_quote *found = NULL;
        for (size_t k = 0; k < dm->n_quotes && k < MAX_SCANNED && !found; k++) {
            const px_quote *qm = &dm->quotes[k];
            if (!qm->speaker_name) continue;
            int same = same_statement(dprev, qprev, dm, qm);
            if (same < 0) return PX_NOMEM;
            if (same) found = qm;
        }
        if (!found) break;
        int32_t next = -1;
        if (media_quote(dm, found)) {
            next = outlet_article(c, speaker_of(dm, found)->name, (uint32_t)m);
            for (uint32_t h = 0; h < n && next >= 0; h++)
                if (hops[h].article == next) next = -1;    /* a citation loop */
        }
        hops[n++] = speaker_hop(dm, found, next);
        dprev = dm;
        qprev = found;
        m = next;
    }
    return add_chain(b, a, q, hops, n);
}

/* Is name the outlet of article a itself ("told the Observer" in the
 * Meridian Observer)? */
static bool own_outlet(const px_comparison *c, uint32_t a, const char *name)
{
    return c->articles[a].site && names_outlet(name, c->articles[a].site);
}

/* A remark a credits to an outlet beside its speaker: A -> outlet ->
 * speaker.  *added says whether a chain was made. */
static px_status credited_quote(builder *b, uint32_t a, uint32_t q, bool *added)
{
    const px_comparison *c = b->c;
    const px_textdoc *d = c->articles[a].doc;
    const px_quote *qt = &d->quotes[q];
    *added = false;
    const char *name = px_quote_via(d, qt);        /* never a surname (via.c) */
    if (!name || !qt->speaker_name || own_outlet(c, a, name)) return PX_OK;
    px_cmp_hop hops[3] = {outlet_hop(c, a),
                          {name, NULL, PX_ENT_MEDIA, outlet_article(c, name, a)},
                          speaker_hop(d, qt, -1)};
    *added = true;
    return add_chain(b, a, q, hops, 3);
}

/* Outlets article a cites that are earlier articles of the story: as
 * speakers ("the Gazette reported") or as a quote's via ("X told the
 * Gazette"). */
static void gather_sources(builder *b, uint32_t a)
{
    const px_textdoc *d = b->c->articles[a].doc;
    b->n_sources = 0;
    for (size_t k = 0; k < d->n_quotes && b->n_sources < MAX_CITED; k++) {
        const px_quote *q = &d->quotes[k];
        const char *name = NULL;
        if (media_quote(d, q)) name = speaker_of(d, q)->name;
        /* "X told the Gazette": the article cites the Gazette too */
        else name = px_quote_via(d, q);
        if (!name || own_outlet(b->c, a, name)) continue;
        int32_t m = outlet_article(b->c, name, a);
        if (m < 0 || (uint32_t)m > a) continue;          /* a later article is not its source */
        bool seen = false;
        for (uint32_t s = 0; s < b->n_sources && !seen; s++) seen = b->sources[s].article == m;
        if (!seen) b->sources[b->n_sources++] = (cited){m, name};
    }
}

/* A remark a quotes that an outlet a cites carried first. */
static px_status lifted_quote(builder *b, uint32_t a, uint32_t q)
{
    const px_comparison *c = b->c;
    const px_textdoc *da = c->articles[a].doc;
    const px_quote *qa = &da->quotes[q];
    int32_t g = group_of(b, a, q);
    if (g < 0 || !qa->speaker_name) return PX_OK;
    const px_cmp_quote_group *grp = &c->quotes[g];
    for (uint32_t s = 0; s < b->n_sources; s++)
        for (uint32_t u = 0; u < grp->n_uses; u++) {
            if (grp->uses[u].article != (uint32_t)b->sources[s].article) continue;
            px_cmp_hop hops[MAX_HOPS] = {outlet_hop(c, a), outlet_hop(c, grp->uses[u].article),
                                         speaker_hop(da, qa, -1)};
            hops[1].name = b->sources[s].name;
            return add_chain(b, a, q, hops, 3);
        }
    return PX_OK;
}

px_status px_cmp_chains(px_comparison *c)
{
    builder b = {.c = c};
    uint32_t total = 0;
    b.quote_base = malloc((c->n_articles + 1) * sizeof *b.quote_base);
    if (!b.quote_base) return PX_NOMEM;
    for (uint32_t a = 0; a < c->n_articles; a++) {
        b.quote_base[a] = total;
        total += (uint32_t)c->articles[a].doc->n_quotes;
    }
    b.group_of = malloc((total + 1) * sizeof *b.group_of);
    if (!b.group_of) { free(b.quote_base); return PX_NOMEM; }
    for (uint32_t i = 0; i < total; i++) b.group_of[i] = -1;
    for (uint32_t g = 0; g < c->n_quotes; g++)
        for (uint32_t u = 0; u < c->quotes[g].n_uses; u++)
            b.group_of[b.quote_base[c->quotes[g].uses[u].article] + c->quotes[g].uses[u].quote] = (int32_t)g;
    px_status rc = PX_OK;
    for (uint32_t a = 0; a < c->n_articles && rc == PX_OK; a++) {
        const px_textdoc *d = c->articles[a].doc;
        gather_sources(&b, a);
        for (uint32_t q = 0; q < d->n_quotes && rc == PX_OK; q++) {
            bool credited = false;
            if (media_quote(d, &d->quotes[q]))
                rc = cited_statement(&b, a, q, outlet_article(c, speaker_of(d, &d->quotes[q])->name, a));
            else if ((rc = credited_quote(&b, a, q, &credited)) == PX_OK && !credited)
                rc = lifted_quote(&b, a, q);
        }
    }
    free(b.group_of);
    free(b.quote_base);
    return rc;
}
