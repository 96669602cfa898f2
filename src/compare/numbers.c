/*
 * numbers.c - figures that disagree between outlets: one says 12 dead,
 * another 14.
 *
 * Two figures are candidates for the same fact when they count the same
 * thing (same unit key: "people", "km", "%") in sentences of different
 * articles, at the same rank when a sentence counts that thing more than
 * once.  They are the same fact when the sentences were aligned as one
 * fact (and do not name only different people), or when the sentences
 * are alike (LOOSE_SIMILARITY), or somewhat alike and either hold each
 * article's only figure of that kind or count two or more of the same
 * things ("300 residents ... 12 people" against "14 people ... 350
 * residents"): outlets word a figure differently more than they word the
 * rest.  Unless the sentences were aligned, a word next to both figures
 * must match too ("left 12 people injured", "injured 14 people"), the
 * sentences must not name only different people ("Okafor scored 20
 * points", "Lind scored 25"), and a join that would give one article two
 * values is refused: look-alike statistics chain together otherwise.
 * Converted units differ only beyond rounding (15 miles is 24 km).
 * Figures joined that way form groups; a group spanning two or more
 * articles with two or more values is a disagreement.  Hedges are kept for
 * the reader ("more than 320"), not used to excuse a difference.
 */
#include <math.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include "compare/cmp_internal.h"
#include "reuse/reuse.h"
#include "util/map.h"

#define LOOSE_SIMILARITY 0.30    /* sentences that likely state the same figure */
#define SHAPE_SIMILARITY 0.15    /* ... when they also count two things alike */
#define MAX_BUCKET 256           /* more figures of one unit than this: aligned facts only */
#define MAX_PER_SENTENCE 64      /* figures of one sentence looked at (hostile input) */
#define CONTEXT 4                /* words either side of a figure that say what it counts */
#define MAX_PEOPLE 8             /* people of a sentence compared */
#define UNIT_TOLERANCE 0.03      /* converted units: 15 miles is 24 km */

static bool same_value(double a, double b)
{
    return fabs(a - b) <= 1e-9 * fmax(fabs(a), fabs(b));
}

typedef struct fig {
    uint32_t article;
    const px_quantity *q;
    uint64_t key;                /* hash of the unit key */
    uint32_t fact;               /* fact + 1 of its sentence, 0 if none */
    uint32_t sid;                /* its sentence's group: the fact, else the sentence */
    uint32_t rank, count;        /* among figures of this key in its sentence */
    bool alone;                  /* the article's only figure of this key */
} fig;

static int by_key(const void *x, const void *y)
{
    const fig *a = x, *b = y;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    if (a->article != b->article) return a->article < b->article ? -1 : 1;
    return a->q->start < b->q->start ? -1 : a->q->start > b->q->start;
}

static uint32_t root(uint32_t *p, uint32_t x)
{
    while (p[x] != x) x = p[x] = p[p[x]];
    return x;
}


static int by_reach(const void *x, const void *y)
{
    const px_cmp_disagreement *a = x, *b = y;
    if (a->n_articles != b->n_articles) return a->n_articles < b->n_articles ? 1 : -1;
    const px_cmp_figure *fa = &a->figures[0], *fb = &b->figures[0];
    if (fa->article != fb->article) return fa->article < fb->article ? -1 : 1;
    return fa->q->start < fb->q->start ? -1 : fa->q->start > fb->q->start;
}

/* The figures of sentence s of article a: [*lo, *hi) of its quantities,
 * which are in text order; at most MAX_PER_SENTENCE of them. */
void px_cmp_sentence_quantities(const px_comparison *c, uint32_t a, uint32_t s, size_t *lo,
                                size_t *hi)
{
    const px_quantity *q = c->quantities[a];
    size_t l = 0, h = c->n_quantities[a];
    while (l < h) {
        size_t m = l + (h - l) / 2;
        if (q[m].sentence < s) l = m + 1;
        else h = m;
    }
    *lo = l;
    while (h < c->n_quantities[a] && q[h].sentence == s && h - l < MAX_PER_SENTENCE) h++;
    *hi = h > l ? h : l;
}

/* Distinct unit keys counted in both sentence sa of a and sb of b. */
static uint32_t shared_keys(const px_comparison *c, uint32_t a, uint32_t sa, uint32_t b, uint32_t sb)
{
    uint32_t n = 0;
    size_t alo, ahi, blo, bhi;
    px_cmp_sentence_quantities(c, a, sa, &alo, &ahi);
    px_cmp_sentence_quantities(c, b, sb, &blo, &bhi);
    const px_quantity *qa = c->quantities[a], *qb = c->quantities[b];
    for (size_t i = alo; i < ahi; i++) {
        bool seen = false;
        for (size_t k = alo; k < i && !seen; k++) seen = strcmp(qa[k].unit_key, qa[i].unit_key) == 0;
        for (size_t j = blo; j < bhi && !seen; j++)
            if (strcmp(qb[j].unit_key, qa[i].unit_key) == 0) { n++; break; }
    }
    return n;
}

static double base(const px_quantity *q) { return q->value * q->factor; }

/* Same amount: exactly, or within rounding when the units differ. */
static bool agree(const px_quantity *a, const px_quantity *b)
{
    if (a->unit == b->unit || strcmp(a->unit, b->unit) == 0) return same_value(base(a), base(b));
    return fabs(base(a) - base(b)) <= UNIT_TOLERANCE * fmax(fabs(base(a)), fabs(base(b)));
}

/* Does sentence s of article a count key with this value? */
static bool says_value(const px_comparison *c, uint32_t a, uint32_t s, const char *key, double v)
{
    size_t lo, hi;
    px_cmp_sentence_quantities(c, a, s, &lo, &hi);
    for (size_t i = lo; i < hi; i++) {
        const px_quantity *q = &c->quantities[a][i];
        if (strcmp(q->unit_key, key) == 0 && same_value(base(q), v)) return true;
    }
    return false;
}

/* Sentences counting one thing several times ("from 95 minutes to 11
 * minutes"): figures pair by equal value, the rest by rank. */
static bool paired(const px_comparison *c, const fig *x, const fig *y)
{
    if (x->count != y->count) return false;
    if (x->count == 1) return true;
    if (agree(x->q, y->q)) return true;
    if (says_value(c, y->article, y->q->sentence, y->q->unit_key, base(x->q)) ||
        says_value(c, x->article, x->q->sentence, x->q->unit_key, base(y->q)))
        return false;
    return x->rank == y->rank;
}

/* Content stems within CONTEXT tokens either side of a figure (the figure
 * itself left out), at most 2 * CONTEXT. */
static uint32_t context_of(const px_textdoc *d, const px_quantity *q, uint64_t *out)
{
    const px_sentence *se = &d->sentences[q->sentence];
    uint32_t n = 0, first = se->tok_begin, last = se->tok_end, a = first;
    while (a < last && d->tokens[a].start < q->start) a++;
    uint32_t z = a;
    while (z < last && d->tokens[z].end <= q->end) z++;
    for (uint32_t t = a > first + CONTEXT ? a - CONTEXT : first; t < a; t++)
        if ((d->tokens[t].flags & PX_TOK_WORD) && !(d->tokens[t].flags & PX_TOK_STOP)) out[n++] = d->tokens[t].stem_hash;
    for (uint32_t t = z; t < last && t < z + CONTEXT; t++)
        if ((d->tokens[t].flags & PX_TOK_WORD) && !(d->tokens[t].flags & PX_TOK_STOP)) out[n++] = d->tokens[t].stem_hash;
    return n;
}

/* Do the words next to two figures share one ("left 12 people injured",
 * "injured 14 people")?  The figure's own predicate, not just its sentence. */
static bool same_context(const px_comparison *c, const fig *x, const fig *y)
{
    uint64_t cx[2 * CONTEXT], cy[2 * CONTEXT];
    uint32_t nx = context_of(c->articles[x->article].doc, x->q, cx);
    uint32_t ny = context_of(c->articles[y->article].doc, y->q, cy);
    for (uint32_t i = 0; i < nx; i++)
        for (uint32_t j = 0; j < ny; j++)
            if (cx[i] == cy[j]) return true;
    return false;
}

typedef struct person { const char *last; size_t len; } person;

/* Last names of the people sentence s of d mentions (mentions are in text
 * order), at most MAX_PEOPLE. */
static uint32_t people_in(const px_textdoc *d, uint32_t s, person *out)
{
    const px_sentence *se = &d->sentences[s];
    size_t lo = 0, hi = d->n_mentions;
    while (lo < hi) {
        size_t m = lo + (hi - lo) / 2;
        if (d->mentions[m].start < se->start) lo = m + 1;
        else hi = m;
    }
    uint32_t n = 0;
    for (size_t i = lo; i < d->n_mentions && d->mentions[i].start < se->end && n < MAX_PEOPLE; i++) {
        const px_entity *e = &d->entities[d->mentions[i].entity];
        if (e->kind != PX_ENT_PERSON || !e->name) continue;
        const char *sp = strrchr(e->name, ' ');
        out[n].last = sp ? sp + 1 : e->name;
        out[n].len = strlen(out[n].last);
        n++;
    }
    return n;
}

/* Do the two sentences name people, none of them the same?  Then the
 * figures are about different people. */
static bool other_people(const px_comparison *c, const fig *x, const fig *y)
{
    person px[MAX_PEOPLE], py[MAX_PEOPLE];
    uint32_t nx = people_in(c->articles[x->article].doc, x->q->sentence, px);
    uint32_t ny = people_in(c->articles[y->article].doc, y->q->sentence, py);
    if (!nx || !ny) return false;
    for (uint32_t i = 0; i < nx; i++)
        for (uint32_t j = 0; j < ny; j++)
            if (px[i].len == py[j].len && strncasecmp(px[i].last, py[j].last, px[i].len) == 0) return false;
    return true;
}

typedef struct sim_cache {
    const px_idf_source *src;
    px_map seen;                 /* (sid, sid) -> similarity bits + 1 */
    bool failed;
} sim_cache;

/* Similarity of the sentences of x and y, once per pair of sentence
 * groups: an aligned fact is judged by the first sentence met in it, so a
 * story of a hundred copies costs what one copy costs. */
static double similarity(const px_comparison *c, const fig *x, const fig *y, sim_cache *sc)
{
    uint32_t lo = x->sid < y->sid ? x->sid : y->sid, hi = x->sid ^ y->sid ^ lo;
    uint64_t *slot = px_map_upsert(&sc->seen, (uint64_t)lo << 32 | hi);
    if (!slot) { sc->failed = true; return 0; }
    if (*slot) {
        double d;
        uint64_t bits = *slot - 1;
        memcpy(&d, &bits, sizeof d);
        return d;
    }
    double d = px_sentence_similarity(c->articles[x->article].doc, x->q->sentence,
                                      c->articles[y->article].doc, y->q->sentence, sc->src);
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    *slot = bits + 1;
    return d;
}

/* Are figures x and y (of one key, different articles) the same fact? */
static bool same_fact(const px_comparison *c, const fig *x, const fig *y, sim_cache *sc)
{
    if (!paired(c, x, y)) return false;
    if (x->fact && x->fact == y->fact) return !other_people(c, x, y);
    double sim = similarity(c, x, y, sc);
    if (sim < SHAPE_SIMILARITY || !same_context(c, x, y) || other_people(c, x, y)) return false;
    return sim >= LOOSE_SIMILARITY || (x->alone && y->alone) ||
           shared_keys(c, x->article, x->q->sentence, y->article, y->q->sentence) >= 2;
}

static px_status push(px_comparison *c, uint32_t *cap)
{
    if (c->n_disagreements < *cap) return PX_OK;
    uint32_t nc = *cap ? 2 * *cap : 8;
    px_cmp_disagreement *nd = px_arena_alloc(&c->arena, nc * sizeof *nd);
    if (!nd) return PX_NOMEM;
    if (c->n_disagreements) memcpy(nd, c->disagreements, c->n_disagreements * sizeof *nd);
    c->disagreements = nd;
    *cap = nc;
    return PX_OK;
}

/* Emit the groups of f[0..n) (one unit key) that disagree.  idx and cnt
 * are scratch of n and n + 1 entries: members are gathered by root with a
 * counting sort, so this is linear in n. */
static px_status emit_groups(px_comparison *c, fig *f, uint32_t n, uint32_t *parent, uint32_t *idx,
                             uint32_t *cnt, uint32_t *cap)
{
    memset(cnt, 0, (n + 1) * sizeof *cnt);
    for (uint32_t k = 0; k < n; k++) cnt[root(parent, k) + 1]++;
    for (uint32_t r = 0; r < n; r++) cnt[r + 1] += cnt[r];
    for (uint32_t k = 0; k < n; k++) idx[cnt[root(parent, k)]++] = k;   /* cnt[r]: end of r's run */
    for (uint32_t at = 0; at < n;) {
        uint32_t r = root(parent, idx[at]), end = at;
        uint32_t articles = 0, last = UINT32_MAX;
        bool differ = false;
        int32_t fact = f[idx[at]].fact ? (int32_t)f[idx[at]].fact - 1 : -1;
        for (; end < n && root(parent, idx[end]) == r; end++) {
            const fig *g = &f[idx[end]];
            if ((g->fact ? (int32_t)g->fact - 1 : -1) != fact) fact = -1;
            if (g->article != last) { articles++; last = g->article; }
            if (!agree(g->q, f[r].q)) differ = true;
        }
        if (articles >= 2 && differ) {
            if (push(c, cap) != PX_OK) return PX_NOMEM;
            px_cmp_disagreement *d = &c->disagreements[c->n_disagreements++];
            d->figures = px_arena_alloc(&c->arena, (end - at) * sizeof *d->figures);
            if (!d->figures) return PX_NOMEM;
            d->unit = f[r].q->unit;
            d->fact = fact;
            d->n_articles = articles;
            for (uint32_t k = at; k < end; k++) d->figures[d->n_figures++] = (px_cmp_figure){f[idx[k]].article, f[idx[k]].q};
        }
        at = end;
    }
    return PX_OK;
}

/* Would joining groups rx and ry give one article two values?  Then the
 * link is a chain of look-alikes, not one fact.  Groups are walked through
 * their member lists (next[], -1 ends), not the whole bucket. */
static bool conflict(const fig *b, const int32_t *next, uint32_t rx, uint32_t ry)
{
    for (int32_t i = (int32_t)rx; i >= 0; i = next[i])
        for (int32_t j = (int32_t)ry; j >= 0; j = next[j])
            if (b[j].article == b[i].article && !agree(b[i].q, b[j].q)) return true;
    return false;
}

/* Join figures of one bucket that state the same fact.  next and tail are
 * scratch of n entries: each group's members as a list from its root. */
static px_status join_bucket(const px_comparison *c, fig *b, uint32_t n, uint32_t *parent, int32_t *next,
                             uint32_t *tail, sim_cache *sc)
{
    if (n > MAX_BUCKET) {
        /* too many to pair: join only within aligned facts */
        px_map first = PX_MAP_INIT;
        for (uint32_t k = 0; k < n; k++) {
            if (!b[k].fact) continue;
            uint64_t *slot = px_map_upsert(&first, b[k].fact);
            if (!slot) { px_map_free(&first); return PX_NOMEM; }
            if (*slot) parent[k] = (uint32_t)*slot - 1;
            else *slot = k + 1;
        }
        px_map_free(&first);
        return PX_OK;
    }
    for (uint32_t k = 0; k < n; k++) {
        next[k] = -1;
        tail[k] = k;
    }
    for (uint32_t x = 0; x < n; x++)
        for (uint32_t y = x + 1; y < n; y++) {
            if (b[x].article == b[y].article) continue;
            uint32_t rx = root(parent, x), ry = root(parent, y);
            if (rx == ry || !same_fact(c, &b[x], &b[y], sc) || conflict(b, next, rx, ry)) continue;
            uint32_t keep = rx < ry ? rx : ry, gone = rx ^ ry ^ keep;
            parent[gone] = keep;
            next[tail[keep]] = (int32_t)gone;
            tail[keep] = tail[gone];
        }
    return sc->failed ? PX_NOMEM : PX_OK;
}

px_status px_cmp_disagreements(px_comparison *c, px_cmp_idf *idf, const uint32_t *fact_of,
                               const uint32_t *first_sentence)
{
    size_t total = 0;
    for (uint32_t a = 0; a < c->n_articles; a++) total += c->n_quantities[a];
    fig *f = malloc((total + 1) * sizeof *f);
    uint32_t *parent = malloc((total + 1) * sizeof *parent);
    uint32_t *idx = malloc((total + 1) * sizeof *idx), *cnt = malloc((total + 2) * sizeof *cnt);
    int32_t *next = malloc((total + 1) * sizeof *next);
    if (!f || !parent || !idx || !cnt || !next) {
        free(f); free(parent); free(idx); free(cnt); free(next);
        return PX_NOMEM;
    }
    size_t nf = 0;
    for (uint32_t a = 0; a < c->n_articles; a++)
        for (size_t i = 0; i < c->n_quantities[a]; i++) {
            const px_quantity *q = &c->quantities[a][i];
            f[nf++] = (fig){a, q, px_hash64(q->unit_key, strlen(q->unit_key)),
                            fact_of[first_sentence[a] + q->sentence], 0, 0, 0, false};
            uint32_t g = first_sentence[a] + q->sentence;
            f[nf - 1].sid = fact_of[g] ? fact_of[g] : c->n_facts + 1 + g;
        }
    qsort(f, nf, sizeof *f, by_key);
    px_idf_source src = {px_cmp_story_idf, idf};
    sim_cache sc = {&src, PX_MAP_INIT, false};
    px_status rc = PX_OK;
    uint32_t cap = 0;
    for (size_t i = 0; i < nf && rc == PX_OK;) {
        size_t j = i;
        while (j < nf && f[j].key == f[i].key) j++;
        uint32_t n = (uint32_t)(j - i);
        fig *b = f + i;
        for (uint32_t k = 0; k < n; k++) {
            parent[k] = k;
            /* rank among the key's figures in the same sentence (contiguous) */
            bool after = k && b[k - 1].article == b[k].article && b[k - 1].q->sentence == b[k].q->sentence;
            b[k].rank = after ? b[k - 1].rank + 1 : 0;
        }
        for (uint32_t k = 0; k < n; k++)
            b[k].alone = (!k || b[k - 1].article != b[k].article) && (k + 1 == n || b[k + 1].article != b[k].article);
        for (uint32_t k = n; k-- > 0;) {
            bool before = k + 1 < n && b[k + 1].article == b[k].article && b[k + 1].q->sentence == b[k].q->sentence;
            b[k].count = before ? b[k + 1].count : b[k].rank + 1;
        }
        rc = join_bucket(c, b, n, parent, next, idx, &sc);
        if (rc == PX_OK) rc = emit_groups(c, b, n, parent, idx, cnt, &cap);
        i = j;
    }
    px_map_free(&sc.seen);
    free(f);
    free(parent);
    free(idx);
    free(cnt);
    free(next);
    if (rc == PX_OK && c->n_disagreements)
        qsort(c->disagreements, c->n_disagreements, sizeof *c->disagreements, by_reach);
    return rc;
}
