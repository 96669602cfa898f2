/*
 * compare.c - px_compare: builds the comparison of one story.
 *
 * Facts come from aligning sentences across articles: sentences sharing
 * rare-in-the-story words are candidates, px_sentence_similarity decides,
 * and aligned sentences are joined into groups (union-find).  Words every
 * outlet uses for the event (the names, the place) weigh little, so a fact
 * is a shared statement, not a shared topic.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare.h"
#include "compare/cmp_internal.h"
#include "reuse/reuse.h"
#include "util/map.h"

#define FACT_SIMILARITY 0.50      /* two sentences state the same thing */
/* or their TF-IDF cosine (factvec.c) is this high and they are each
 * other's best (match_pairs).  On the fact set's dev split
 * (bench/compare/facts.sh) .30 gave pair precision .93, recall .17; .20
 * gives .89 / .30.  At first .20 joined different remarks of one official
 * and different reports about one company in the bundled example; since
 * quotes are compared by their quoted words and a speaker's name does not
 * count, the example's facts are the same at .20 as at .30, and the golden
 * story gains the cost two outlets give differently (2.4 and 2.5 billion). */
#define FACT_COSINE 0.20
/* ... and for two sentences giving one figure, not a year (facts dev with
 * FACT_COSINE .30: none .933/.169, .25 .916/.183, .20 .920/.193; with .20:
 * .20 .887/.301, .15 .887/.304). */
#define FACT_COSINE_FIGURE 0.15
/* shorter sentences are not listed as unique, nor matched to a reused copy's */
#define MIN_FACT_WORDS 5
/* Sentences of 3 or 4 content words ("A steering fault is suspected.")
 * align too, at a higher cosine: one shared word is most of such a
 * sentence (fact set, dev: P .888 R .400 without them, .865 / .434 at
 * FACT_COSINE, .893 / .443 at this). */
#define MIN_ALIGN_WORDS 3
#define FACT_COSINE_SHORT 0.30
/* Two figures counting one thing are nearly one value within this share
 * of the larger ("28,000 homes", "about 30,000 homes"): outlets round. */
#define NEAR_FIGURE 0.10
#define MAX_POSTING 400           /* terms in more sentences are not evidence */
/* between articles the reuse stage linked: alike in words, or a spun
 * sentence that kept its skeleton (in the example story the spun copy's
 * sentences keep .55-.77 of their word order, unrelated pairs .25 at most) */
#define REUSED_FACT_SIMILARITY 0.30
#define REUSED_FACT_WORD_ORDER 0.50

/* ---- union-find over global sentence numbers ---- */
static uint32_t uf_find(uint32_t *parent, uint32_t x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

static void uf_join(uint32_t *parent, uint32_t a, uint32_t b)
{
    a = uf_find(parent, a);
    b = uf_find(parent, b);
    /* the lower number wins, so groups are labelled deterministically */
    if (a < b) parent[b] = a;
    else if (b < a) parent[a] = b;
}

static double story_idf(void *user, uint64_t term)
{
    const px_cmp_idf *idf = user;
    const uint64_t *df = px_map_get(&idf->df, term ? term : 1);
    double d = df ? (double)*df : 1.0;
    return log((idf->n_articles + 1.0) / d);
}

double px_cmp_story_idf(void *user, uint64_t term) { return story_idf(user, term); }

uint32_t px_cmp_content_words(const px_textdoc *doc, uint32_t sentence)
{
    const px_sentence *s = &doc->sentences[sentence];
    uint32_t n = 0;
    for (uint32_t t = s->tok_begin; t < s->tok_end; t++)
        if ((doc->tokens[t].flags & (PX_TOK_WORD | PX_TOK_NUM)) && !(doc->tokens[t].flags & PX_TOK_STOP)) n++;
    return n;
}

/* Story-local document frequencies of stems (an article counts once).
 * While counting, a value holds the last article that used the stem + 1
 * above the count, so one map serves both. */
static px_status build_idf(const px_cmp_article *arts, uint32_t n, px_cmp_idf *idf)
{
    idf->n_articles = n;
    for (uint32_t a = 0; a < n; a++) {
        const px_textdoc *doc = arts[a].doc;
        const uint64_t mark = (uint64_t)(a + 1) << 32;
        for (size_t t = 0; t < doc->n_tokens; t++) {
            uint64_t h = doc->tokens[t].stem_hash ? doc->tokens[t].stem_hash : 1;
            uint64_t *df = px_map_upsert(&idf->df, h);
            if (!df) return PX_NOMEM;
            if ((*df & ~(uint64_t)UINT32_MAX) == mark) continue;
            *df = mark | ((*df & UINT32_MAX) + 1);
        }
    }
    for (size_t i = 0; i < idf->df.cap; i++) if (idf->df.slots[i].key) idf->df.slots[i].val &= UINT32_MAX;
    return PX_OK;
}

typedef struct sent_index {
    uint32_t *first;               /* per article: global number of sentence 0 */
    uint32_t total;
    px_cmp_ref *refs;              /* global number -> (article, sentence) */
} sent_index;

static px_status number_sentences(px_comparison *c, sent_index *si)
{
    si->first = px_arena_alloc(&c->arena, (c->n_articles + 1) * sizeof *si->first);
    if (!si->first) return PX_NOMEM;
    uint32_t total = 0;
    for (uint32_t a = 0; a < c->n_articles; a++) {
        si->first[a] = total;
        total += (uint32_t)c->articles[a].doc->n_sentences;
    }
    si->first[c->n_articles] = total;
    si->total = total;
    si->refs = px_arena_alloc(&c->arena, (total + 1) * sizeof *si->refs);
    if (!si->refs) return PX_NOMEM;
    for (uint32_t a = 0; a < c->n_articles; a++)
        for (uint32_t s = 0; s < c->articles[a].doc->n_sentences; s++)
            si->refs[si->first[a] + s] = (px_cmp_ref){a, s};
    return PX_OK;
}

/* Do sentences o and r state one fact?  1, 0, or -1 when out of memory.
 * Without profiles (the reference) every pair is scored afresh. */
static int one_fact(const px_comparison *c, px_sent_profiles *prof, const px_idf_source *src,
                    px_cmp_ref o, px_cmp_ref r)
{
    if (prof) return px_sent_profiles_reach(prof, o.article, o.sentence, r.article, r.sentence, FACT_SIMILARITY);
    return px_sentence_similarity(c->articles[o.article].doc, o.sentence, c->articles[r.article].doc,
                                  r.sentence, src) >= FACT_SIMILARITY;
}

/* Candidate pairs for the second way of aligning (match_pairs). */
typedef struct fact_pair {
    uint32_t a, b;                 /* global sentence numbers, a < b */
    double score;                  /* px_fact_cosine */
} fact_pair;

typedef struct fact_pairs {
    fact_pair *p;
    size_t n, cap;
} fact_pairs;

static int push_pair(fact_pairs *fp, uint32_t a, uint32_t b, double score)
{
    if (fp->n == fp->cap) {
        size_t nc = fp->cap ? 2 * fp->cap : 256;
        fact_pair *np = realloc(fp->p, nc * sizeof *np);
        if (!np) return 0;
        fp->p = np;
        fp->cap = nc;
    }
    fp->p[fp->n++] = (fact_pair){a, b, score};
    return 1;
}

static int by_score(const void *x, const void *y)
{
    const fact_pair *p = x, *q = y;
    if (p->score != q->score) return p->score < q->score ? 1 : -1;
    if (p->a != q->a) return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* Do sentences a and b give one figure ("14 people", "$3.2 million"),
 * not a year?  Two outlets rarely word a fact alike, but they keep its
 * numbers. */
static int shared_figure(const px_comparison *c, const sent_index *si, uint32_t a, uint32_t b)
{
    const px_textdoc *da = c->articles[si->refs[a].article].doc;
    const px_textdoc *db = c->articles[si->refs[b].article].doc;
    const px_sentence *sa = &da->sentences[si->refs[a].sentence];
    const px_sentence *sb = &db->sentences[si->refs[b].sentence];
    for (uint32_t i = sa->tok_begin; i < sa->tok_end; i++) {
        const px_token *x = &da->tokens[i];
        if (!(x->flags & PX_TOK_NUM)) continue;
        uint32_t len = x->end - x->start;
        const char *t = da->text + x->start;
        if (len == 4 && (t[0] == '1' || t[0] == '2') && (t[1] == '9' || t[1] == '0')) continue;
        uint64_t term = px_fact_term(x);
        for (uint32_t j = sb->tok_begin; j < sb->tok_end; j++)
            if ((db->tokens[j].flags & PX_TOK_NUM) && px_fact_term(&db->tokens[j]) == term) return 1;
    }
    return 0;
}

/* Figures of sentences a and b that count one thing (one unit key) with
 * different but near values: one fact that outlets round differently
 * ("some 28,000 households", "about 30,000 homes"), which sharing no
 * figure would hide. */
static uint32_t near_figures(const px_comparison *c, const sent_index *si, uint32_t a, uint32_t b)
{
    px_cmp_ref ra = si->refs[a], rb = si->refs[b];
    size_t alo, ahi, blo, bhi;
    px_cmp_sentence_quantities(c, ra.article, ra.sentence, &alo, &ahi);
    px_cmp_sentence_quantities(c, rb.article, rb.sentence, &blo, &bhi);
    uint32_t n = 0;
    for (size_t i = alo; i < ahi; i++) {
        const px_quantity *x = &c->quantities[ra.article][i];
        for (size_t j = blo; j < bhi; j++) {
            const px_quantity *y = &c->quantities[rb.article][j];
            if (!x->unit_key || !*x->unit_key || !y->unit_key || strcmp(x->unit_key, y->unit_key) != 0)
                continue;
            double vx = x->value * x->factor, vy = y->value * y->factor;
            if (vx != vy && fabs(vx - vy) <= NEAR_FIGURE * fmax(fabs(vx), fabs(vy))) n++;
        }
    }
    return n;
}

/* Align sentences across articles.  Copies word for word join here; other
 * candidate pairs, alike the reuse way or as TF-IDF vectors, go to fp for
 * match_pairs.  A candidate already in the sentence's group (a copy) is
 * not scored: in a story of many copies that is nearly every candidate.
 * The reference scores each pair afresh, without profiles, the slow way. */
static px_status align_sentences(px_comparison *c, const sent_index *si, px_cmp_idf *idf,
                                 const px_fact_vecs *fv, fact_pairs *fp, uint32_t *parent, int reference)
{
    px_status rc = PX_OK;
    px_idf_source src = {story_idf, idf};
    px_sent_profiles *prof = NULL;
    const px_textdoc **docs = malloc((c->n_articles + 1) * sizeof *docs);
    if (!docs) return PX_NOMEM;
    for (uint32_t a = 0; a < c->n_articles; a++) docs[a] = c->articles[a].doc;
    if (!reference && px_sent_profiles_new(docs, c->n_articles, &src, &prof) != PX_OK) {
        free(docs);
        return PX_NOMEM;
    }
    /* inverted index: term -> sentences (global numbers), in a flat CSR */
    px_map postings = PX_MAP_INIT;   /* term -> list index + 1 */
    uint32_t **lists = NULL, *lens = NULL, *caps = NULL, nlists = 0, caplists = 0;
    px_map exact = PX_MAP_INIT;      /* hash of a sentence's text -> global number + 1 */
    uint32_t *hits = calloc(si->total + 1, sizeof *hits);
    uint32_t *touched = malloc((si->total + 1) * sizeof *touched);
    if (!hits || !touched) { rc = PX_NOMEM; goto done; }

    for (uint32_t g = 0; g < si->total; g++) {
        px_cmp_ref r = si->refs[g];
        const px_textdoc *doc = c->articles[r.article].doc;
        uint32_t words = px_cmp_content_words(doc, r.sentence);
        if (words < MIN_ALIGN_WORDS) continue;
        const px_sentence *s = &doc->sentences[r.sentence];
        /* the same sentence word for word is the same statement, whatever
         * words it is made of (a credit line, a list of names) */
        uint64_t *ex = px_map_upsert(&exact, px_hash64(doc->text + s->start, s->end - s->start) | 1);
        if (!ex) { rc = PX_NOMEM; goto done; }
        if (*ex && si->refs[*ex - 1].article != r.article) uf_join(parent, (uint32_t)*ex - 1, g);
        else if (!*ex) *ex = g + 1;
        /* gather candidate sentences from earlier articles sharing terms
         * (factvec.c's, each once: figures by their digits) */
        uint32_t ntouched = 0;
        const px_fact_vec *v = &fv->vecs[g];
        for (size_t t = v->first; t < v->first + v->n; t++) {
            uint64_t *li = px_map_upsert(&postings, fv->term[t]);
            if (!li) { rc = PX_NOMEM; goto done; }
            if (*li == 0) {
                if (nlists == caplists) {
                    uint32_t nc = caplists ? 2 * caplists : 256;
                    uint32_t **nl = realloc(lists, nc * sizeof *nl);
                    if (!nl) { rc = PX_NOMEM; goto done; }
                    lists = nl;
                    uint32_t *nlen = realloc(lens, nc * sizeof *nlen);
                    if (!nlen) { rc = PX_NOMEM; goto done; }
                    lens = nlen;
                    uint32_t *ncap = realloc(caps, nc * sizeof *ncap);
                    if (!ncap) { rc = PX_NOMEM; goto done; }
                    caps = ncap;
                    caplists = nc;
                }
                lists[nlists] = NULL;
                lens[nlists] = caps[nlists] = 0;
                *li = ++nlists;
            }
            uint32_t l = (uint32_t)*li - 1;
            /* lists grow in sentence order, so the earlier articles'
             * sentences are the ones before this article's first */
            if (lens[l] <= MAX_POSTING)
                for (uint32_t k = 0; k < lens[l] && lists[l][k] < si->first[r.article]; k++) {
                    uint32_t other = lists[l][k];
                    if (hits[other]++ == 0) touched[ntouched++] = other;
                }
            if (lens[l] && lists[l][lens[l] - 1] == g) continue;
            if (lens[l] == caps[l]) {
                uint32_t nc = caps[l] ? 2 * caps[l] : 4;
                uint32_t *nl = realloc(lists[l], nc * sizeof *nl);
                if (!nl) { rc = PX_NOMEM; goto done; }
                lists[l] = nl;
                caps[l] = nc;
            }
            lists[l][lens[l]++] = g;
        }
        for (uint32_t k = 0; k < ntouched; k++) {
            uint32_t other = touched[k];
            uint32_t shared = hits[other];
            hits[other] = 0;
            /* only copies word for word are grouped yet, the same way both
             * ways: a pair inside a group would change nothing */
            if (shared < 2 || uf_find(parent, other) == uf_find(parent, g)) continue;
            double cosine = px_fact_cosine(fv, other, g, near_figures(c, si, other, g));
            double score = cosine >= FACT_COSINE ||
                           (cosine >= FACT_COSINE_FIGURE && shared_figure(c, si, other, g))
                               ? cosine : 0;
            if (score > 0 && cosine < FACT_COSINE_SHORT &&
                (words < MIN_FACT_WORDS ||
                 px_cmp_content_words(c->articles[si->refs[other].article].doc, si->refs[other].sentence) <
                     MIN_FACT_WORDS))
                score = 0;
            if (shared >= 3) {
                int same = one_fact(c, prof, &src, si->refs[other], r);
                if (same < 0) { rc = PX_NOMEM; goto done; }
                if (same) score = 2.0 + cosine;   /* alike the reuse way: matched first */
            }
            if (score > 0 && !push_pair(fp, other, g, score)) { rc = PX_NOMEM; goto done; }
        }
    }
done:
    for (uint32_t l = 0; l < nlists; l++) free(lists[l]);
    free(lists);
    free(lens);
    free(caps);
    free(hits);
    free(touched);
    px_map_free(&postings);
    px_map_free(&exact);
    px_sent_profiles_free(prof);
    free(docs);
    return rc;
}

/* Does a sentence end the way a headline does not, with a full stop
 * (closing quotes and brackets aside)? */
static int ends_with_stop(const px_textdoc *doc, const px_sentence *s)
{
    uint32_t e = s->end;
    while (e > s->start && (doc->text[e - 1] == '"' || doc->text[e - 1] == '\'' ||
                            doc->text[e - 1] == ')' || (unsigned char)doc->text[e - 1] >= 0x80))
        e--;
    return e > s->start && doc->text[e - 1] == '.';
}

/* A headline restates its lede: an article whose first paragraph is one
 * sentence without a full stop (a headline, as in text with the title
 * kept) gets it and the next sentence in one group from the start.  Each
 * is then matched on its own, and an outlet's headline and lede stating
 * the main fact in different words join its facts together (fact set,
 * dev: recall .354 -> .443, precision .913 -> .893). */
static void join_headlines(const px_comparison *c, const sent_index *si, uint32_t *parent)
{
    for (uint32_t a = 0; a < c->n_articles; a++) {
        const px_textdoc *doc = c->articles[a].doc;
        if (doc->n_sentences < 2 || doc->sentences[0].paragraph == doc->sentences[1].paragraph) continue;
        if (ends_with_stop(doc, &doc->sentences[0])) continue;
        if (px_cmp_content_words(doc, 0) < MIN_ALIGN_WORDS || px_cmp_content_words(doc, 1) < MIN_ALIGN_WORDS)
            continue;
        uf_join(parent, si->first[a], si->first[a] + 1);
    }
}

/* The second way: independent outlets word one fact differently, and
 * px_sentence_similarity (made for reuse) rarely finds them.  Pairs alike
 * as TF-IDF vectors over the story's sentences (factvec.c) join, best
 * first, each sentence to at most one sentence of each other article (an
 * outlet states a fact once: a sentence sharing a name and a figure with
 * two of another outlet's is the one it is most like), and never two
 * groups that hold sentences of one article between them.  Without those
 * limits single links chain a story's facts into one. */
static px_status match_pairs(const sent_index *si, uint32_t n_articles, fact_pairs *fp, uint32_t *parent)
{
    if (fp->n) qsort(fp->p, fp->n, sizeof *fp->p, by_score);   /* p is NULL when empty */
    px_map taken = PX_MAP_INIT;    /* sentence << 32 | article -> 1 */
    /* each group's members as a ring (next), to see which articles it holds */
    uint32_t *next = malloc((si->total + 1) * sizeof *next);
    uint32_t *mark = calloc(n_articles + 1, sizeof *mark);
    px_status rc = next && mark ? PX_OK : PX_NOMEM;
    for (uint32_t g = 0; rc == PX_OK && g < si->total; g++) next[g] = g;
    /* the rings follow the groups the first pass made */
    for (uint32_t g = 0; rc == PX_OK && g < si->total; g++) {
        uint32_t r = uf_find(parent, g);
        if (r == g) continue;
        uint32_t t = next[r];
        next[r] = next[g];
        next[g] = t;
    }
    for (size_t i = 0; rc == PX_OK && i < fp->n; i++) {
        uint32_t a = fp->p[i].a, b = fp->p[i].b;
        uint64_t ka = ((uint64_t)a << 32 | si->refs[b].article) + 1;
        uint64_t kb = ((uint64_t)b << 32 | si->refs[a].article) + 1;
        if (px_map_get(&taken, ka) || px_map_get(&taken, kb)) continue;
        uint32_t ra = uf_find(parent, a), rb = uf_find(parent, b);
        if (ra == rb) continue;
        /* two groups holding sentences of one article are two facts */
        uint32_t stamp = (uint32_t)i + 1, clash = 0, m = ra;
        do { mark[si->refs[m].article] = stamp; m = next[m]; } while (m != ra);
        m = rb;
        do { clash |= mark[si->refs[m].article] == stamp; m = next[m]; } while (m != rb && !clash);
        if (clash) continue;
        /* one at a time: an upsert may grow the map and move the other slot */
        uint64_t *x = px_map_upsert(&taken, ka);
        if (x) *x = 1;
        uint64_t *y = x ? px_map_upsert(&taken, kb) : NULL;
        if (!x || !y) { rc = PX_NOMEM; break; }
        *y = 1;
        uf_join(parent, a, b);
        uint32_t t = next[ra];   /* splice the rings */
        next[ra] = next[rb];
        next[rb] = t;
    }
    free(next);
    free(mark);
    px_map_free(&taken);
    return rc;
}

/* The best partner in article d of sentence s of article a, among
 * sentences of groups that do not hold a sentence of a already (seen[root]
 * == stamp marks those), or UINT32_MAX when none is alike enough. */
static uint32_t best_partner(const px_comparison *c, const sent_index *si, const px_idf_source *src,
                             uint32_t *parent, const uint32_t *seen, uint32_t stamp,
                             uint32_t a, uint32_t s, uint32_t d)
{
    const px_textdoc *x = c->articles[a].doc, *y = c->articles[d].doc;
    uint32_t best = UINT32_MAX;
    double best_score = 0;
    for (uint32_t t = 0; t < y->n_sentences; t++) {
        if (seen[uf_find(parent, si->first[d] + t)] == stamp) continue;
        if (px_cmp_content_words(y, t) < MIN_FACT_WORDS) continue;
        double sim = px_sentence_similarity(x, s, y, t, src);
        double order = px_sentence_word_order(x, s, y, t);
        if (sim < REUSED_FACT_SIMILARITY && order < REUSED_FACT_WORD_ORDER) continue;
        if (sim + order > best_score) { best_score = sim + order; best = t; }
    }
    return best;
}

/* Articles the reuse stage linked share text it already judged copied,
 * rewritten or spun, though a synonym-swapped sentence rarely reaches
 * FACT_SIMILARITY: between the two, a sentence still in no shared group
 * joins the sentence of the other it is most like (in words and in word
 * order) when each is the other's best and they are alike at all.  Otherwise a spun copy's
 * sentences would pass for facts only it carries.  Sentences already
 * grouped across the pair (every one of a verbatim copy) are skipped. */
static px_status align_reused(const px_comparison *c, const sent_index *si, px_cmp_idf *idf,
                              uint32_t *parent)
{
    px_idf_source src = {story_idf, idf};
    uint32_t *seen_o = calloc(si->total + 1, sizeof *seen_o);   /* roots holding an origin sentence */
    uint32_t *seen_d = calloc(si->total + 1, sizeof *seen_d);   /* roots holding a derived sentence */
    if (!seen_o || !seen_d) { free(seen_o); free(seen_d); return PX_NOMEM; }
    for (uint32_t l = 0; l < c->n_links; l++) {
        uint32_t o = c->links[l].origin, d = c->links[l].derived, stamp = l + 1;
        if (o >= c->n_articles || d >= c->n_articles || o == d) continue;
        const px_textdoc *od = c->articles[o].doc, *dd = c->articles[d].doc;
        for (uint32_t s = 0; s < od->n_sentences; s++) seen_o[uf_find(parent, si->first[o] + s)] = stamp;
        for (uint32_t s = 0; s < dd->n_sentences; s++) seen_d[uf_find(parent, si->first[d] + s)] = stamp;
        for (uint32_t s = 0; s < od->n_sentences; s++) {
            uint32_t g = si->first[o] + s;
            if (seen_d[uf_find(parent, g)] == stamp) continue;     /* grouped with d already */
            if (px_cmp_content_words(od, s) < MIN_FACT_WORDS) continue;
            uint32_t t = best_partner(c, si, &src, parent, seen_o, stamp, o, s, d);
            if (t == UINT32_MAX || best_partner(c, si, &src, parent, seen_d, stamp, d, t, o) != s) continue;
            uf_join(parent, g, si->first[d] + t);
            /* the joined group now holds sentences of both */
            seen_o[uf_find(parent, g)] = seen_d[uf_find(parent, g)] = stamp;
        }
    }
    free(seen_o);
    free(seen_d);
    return PX_OK;
}

#define MAX_FACT_NUMBERS 16        /* numbers of a sentence compared */
#define MAX_NUMBER_SETS 16         /* distinct sets of numbers compared in a fact */

typedef struct number_set {
    uint64_t v[MAX_FACT_NUMBERS];
    uint32_t n;
} number_set;

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* Is every number of a among b's?  Both sorted. */
static int numbers_within(const number_set *a, const number_set *b)
{
    uint32_t j = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        while (j < b->n && b->v[j] < a->v[i]) j++;
        if (j == b->n || b->v[j] != a->v[i]) return 0;
    }
    return 1;
}

/* Do the sentences of a group state different numbers?  Two that give
 * numbers differ unless one's are all among the other's: a report that
 * leaves out the tunnel's length gives its journey times no less.  Copies
 * give the same set: each distinct set is compared once. */
static int numbers_differ(const px_comparison *c, const px_cmp_fact *f)
{
    number_set sets[MAX_NUMBER_SETS];
    uint32_t n_sets = 0;
    for (uint32_t m = 0; m < f->n_members && n_sets < MAX_NUMBER_SETS; m++) {
        const px_textdoc *doc = c->articles[f->members[m].article].doc;
        const px_sentence *s = &doc->sentences[f->members[m].sentence];
        number_set *x = &sets[n_sets];
        x->n = 0;
        for (uint32_t t = s->tok_begin; t < s->tok_end && x->n < MAX_FACT_NUMBERS; t++)
            if (doc->tokens[t].flags & PX_TOK_NUM) x->v[x->n++] = doc->tokens[t].stem_hash;
        if (!x->n) continue;
        qsort(x->v, x->n, sizeof *x->v, cmp_u64);
        uint32_t k = 0;
        while (k < n_sets && !(sets[k].n == x->n && !memcmp(sets[k].v, x->v, x->n * sizeof *x->v))) k++;
        if (k < n_sets) continue;
        for (k = 0; k < n_sets; k++)
            if (!numbers_within(x, &sets[k]) && !numbers_within(&sets[k], x)) return 1;
        n_sets++;
    }
    return 0;
}

static int fact_order(const void *x, const void *y)
{
    const px_cmp_fact *a = x, *b = y;
    if (a->n_sources != b->n_sources) return a->n_sources < b->n_sources ? 1 : -1;
    if (a->n_articles != b->n_articles) return a->n_articles < b->n_articles ? 1 : -1;
    const px_cmp_ref *ra = &a->members[0], *rb = &b->members[0];
    if (ra->article != rb->article) return ra->article < rb->article ? -1 : 1;
    return ra->sentence < rb->sentence ? -1 : ra->sentence > rb->sentence;
}

static px_status collect_facts(px_comparison *c, const sent_index *si, uint32_t *parent,
                               uint32_t *fact_of /* OUT: per sentence, fact + 1 or 0 */)
{
    /* count members per root */
    uint32_t *size = calloc(si->total + 1, sizeof *size);
    uint32_t *slot = calloc(si->total + 1, sizeof *slot);
    if (!size || !slot) { free(size); free(slot); return PX_NOMEM; }
    for (uint32_t g = 0; g < si->total; g++) size[uf_find(parent, g)]++;
    uint32_t nf = 0;
    for (uint32_t g = 0; g < si->total; g++) if (parent[g] == g && size[g] > 1) nf++;
    c->facts = px_arena_alloc(&c->arena, (nf + 1) * sizeof *c->facts);
    if (!c->facts) { free(size); free(slot); return PX_NOMEM; }
    nf = 0;
    for (uint32_t g = 0; g < si->total; g++) {
        if (parent[g] != g || size[g] < 2) continue;
        px_cmp_fact *f = &c->facts[nf];
        f->members = px_arena_alloc(&c->arena, size[g] * sizeof *f->members);
        if (!f->members) { free(size); free(slot); return PX_NOMEM; }
        slot[g] = ++nf;
    }
    for (uint32_t g = 0; g < si->total; g++) {
        uint32_t root = uf_find(parent, g);
        if (!slot[root]) continue;
        px_cmp_fact *f = &c->facts[slot[root] - 1];
        f->members[f->n_members++] = si->refs[g];
    }
    for (uint32_t i = 0; i < nf; i++) {
        px_cmp_fact *f = &c->facts[i];
        uint32_t last = UINT32_MAX;
        for (uint32_t m = 0; m < f->n_members; m++) {  /* members are in article order */
            uint32_t a = f->members[m].article;
            if (a == last) continue;
            last = a;
            f->n_articles++;
            uint32_t k = 0;   /* a source counts at its first article here */
            while (k < m && c->source_of[f->members[k].article] != c->source_of[a]) k++;
            f->n_sources += k == m;
        }
        f->rep = 0;                                   /* the earliest article's wording */
        f->numbers_differ = numbers_differ(c, f);
    }
    /* facts carried by one article only (repeated within it) are not shared */
    uint32_t w = 0;
    for (uint32_t i = 0; i < nf; i++) if (c->facts[i].n_articles >= 2) c->facts[w++] = c->facts[i];
    nf = w;
    qsort(c->facts, nf, sizeof *c->facts, fact_order);
    c->n_facts = nf;
    for (uint32_t i = 0; i < nf; i++)
        for (uint32_t m = 0; m < c->facts[i].n_members; m++) {
            px_cmp_ref r = c->facts[i].members[m];
            fact_of[si->first[r.article] + r.sentence] = i + 1;
        }
    free(size);
    free(slot);
    return PX_OK;
}

/* Articles joined by reuse links, directly or through others, are one
 * source: a wire story and its republications corroborate nothing. */
static px_status source_groups(px_comparison *c)
{
    uint32_t *parent = px_arena_alloc(&c->arena, (c->n_articles + 1) * sizeof *parent);
    if (!parent) return PX_NOMEM;
    for (uint32_t a = 0; a < c->n_articles; a++) parent[a] = a;
    for (uint32_t l = 0; l < c->n_links; l++)
        if (c->links[l].origin < c->n_articles && c->links[l].derived < c->n_articles)
            uf_join(parent, c->links[l].origin, c->links[l].derived);
    for (uint32_t a = 0; a < c->n_articles; a++) {
        parent[a] = uf_find(parent, a);
        c->n_sources += parent[a] == a;
    }
    c->source_of = parent;
    return PX_OK;
}

static px_status collect_unique(px_comparison *c, const sent_index *si, const uint32_t *fact_of)
{
    c->unique = px_arena_alloc(&c->arena, (c->n_articles + 1) * sizeof *c->unique);
    c->n_unique = px_arena_alloc(&c->arena, (c->n_articles + 1) * sizeof *c->n_unique);
    if (!c->unique || !c->n_unique) return PX_NOMEM;
    for (uint32_t a = 0; a < c->n_articles; a++) {
        const px_textdoc *doc = c->articles[a].doc;
        c->unique[a] = px_arena_alloc(&c->arena, (doc->n_sentences + 1) * sizeof **c->unique);
        if (!c->unique[a]) return PX_NOMEM;
        for (uint32_t s = 0; s < doc->n_sentences; s++) {
            if (fact_of[si->first[a] + s]) continue;
            if (px_cmp_content_words(doc, s) < MIN_FACT_WORDS) continue;
            c->unique[a][c->n_unique[a]++] = (px_cmp_ref){a, s};
        }
    }
    return PX_OK;
}

px_status px_compare(px_ctx *ctx, const px_cmp_article *articles, uint32_t n_articles,
                     const px_cmp_link *links, uint32_t n_links,
                     const px_compare_opts *opts, px_comparison **out)
{
    *out = NULL;
    px_comparison *c = calloc(1, sizeof *c);
    if (!c) return px_fail(ctx, PX_NOMEM, "compare: out of memory");
    c->articles = articles;
    c->n_articles = n_articles;
    c->links = links;
    c->n_links = n_links;
    px_cmp_idf idf = {PX_MAP_INIT, 0};
    sent_index si;
    uint32_t *parent = NULL, *fact_of = NULL;
    px_status rc = build_idf(articles, n_articles, &idf);
    if (rc == PX_OK) rc = number_sentences(c, &si);
    if (rc == PX_OK) {
        parent = malloc((si.total + 1) * sizeof *parent);
        fact_of = calloc(si.total + 1, sizeof *fact_of);
        if (!parent || !fact_of) rc = PX_NOMEM;
        else for (uint32_t g = 0; g < si.total; g++) parent[g] = g;
    }
    if (rc == PX_OK) rc = source_groups(c);
    /* figures first: aligning compares them */
    if (rc == PX_OK) rc = px_cmp_find_dates(ctx, c);
    if (rc == PX_OK) join_headlines(c, &si, parent);
    px_fact_vecs fv = {0};
    fact_pairs fp = {0};
    if (rc == PX_OK) rc = px_fact_vecs_new(articles, n_articles, &fv);
    if (rc == PX_OK) rc = align_sentences(c, &si, &idf, &fv, &fp, parent, opts && opts->reference);
    if (rc == PX_OK) rc = match_pairs(&si, n_articles, &fp, parent);
    free(fp.p);
    px_fact_vecs_free(&fv);
    if (rc == PX_OK) rc = align_reused(c, &si, &idf, parent);
    if (rc == PX_OK) rc = collect_facts(c, &si, parent, fact_of);
    if (rc == PX_OK) rc = collect_unique(c, &si, fact_of);
    if (rc == PX_OK) rc = px_cmp_quotes(c, &idf);
    if (rc == PX_OK) rc = px_cmp_entities(c);
    if (rc == PX_OK) rc = px_cmp_summary(c, fact_of, si.first,
                                         opts && opts->summary_lines ? opts->summary_lines : 5);
    if (rc == PX_OK) rc = px_cmp_timeline(c);
    if (rc == PX_OK) rc = px_cmp_disagreements(c, &idf, fact_of, si.first);
    if (rc == PX_OK) rc = px_cmp_chains(c);
    free(parent);
    free(fact_of);
    px_map_free(&idf.df);
    if (rc != PX_OK) {
        px_comparison_free(c);
        return px_fail(ctx, rc, "compare: %s", px_status_str(rc));
    }
    *out = c;
    return PX_OK;
}

void px_comparison_free(px_comparison *c)
{
    if (!c) return;
    px_arena_free(&c->arena);
    free(c);
}
