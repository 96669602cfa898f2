/* features.c - an article as the story engine sees it: weighted
 * features (stems, names, numbers) and the document frequencies learned
 * online that weigh them. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "story/engine_int.h"

/* A document frequency in the df map: the count in the low 32 bits, the
 * sweep that last counted the term in the high ones (see forget_rare). */
static uint64_t df_value(const px_story_engine *e, uint32_t count)
{
    return (uint64_t)e->sweeps << 32 | count;
}

px_status px_story_set_df(px_story_engine *e, uint64_t term, uint32_t df)
{
    uint64_t *v = px_map_upsert(&e->df, term ? term : 1);
    if (!v) return PX_NOMEM;
    *v = df_value(e, df);
    return PX_OK;
}

uint32_t px_story_df(const px_story_engine *e, uint64_t term)
{
    const uint64_t *v = px_map_get(&e->df, term ? term : 1);
    return v ? (uint32_t)*v : 0;
}

void px_story_set_ndocs(px_story_engine *e, uint64_t n) { e->ndocs = n; }
uint64_t px_story_ndocs(const px_story_engine *e) { return e->ndocs; }

double px_story_idf(const px_story_engine *e, uint64_t term)
{
    double n = (double)e->ndocs, df = px_story_df(e, word_key(term));
    return log((n + 1.0) / (df + 0.5)) + 1.0;
}

/* IDF for clustering.  prior_docs pseudo-documents that lack the term are
 * added to the real ones: with few documents every term looks about
 * equally rare (a term in all of 5 articles is not known to be common), and
 * as real documents outnumber the prior the learned frequencies take over.
 * The +1 keeps a term in every document worth something while the
 * collection is small. */
static double idf_of(double n, double df) { return log((n + 1.0) / (df + 0.5)) + 1.0; }

static double cluster_idf(const px_story_engine *e, uint64_t term)
{
    return idf_of((double)e->ndocs + e->p.prior_docs, px_story_df(e, term));
}

/* A feature's weight from its boosted count: damped, times its IDF. */
static float weight_of(float count, double idf) { return (float)(log(1.0 + count) * idf); }

/* A token counts for stories when it is a content word of some length. */
static int is_story_term(const px_token *t)
{
    return (t->flags & PX_TOK_WORD) && !(t->flags & PX_TOK_STOP) &&
           !(t->flags & PX_TOK_NUM) && t->end - t->start >= 2;
}

static int is_story_number(const px_token *t)
{
    return (t->flags & PX_TOK_NUM) && t->end - t->start >= 2;
}

static int count(counter *c, uint64_t term, double w)
{
    if (w <= 0) return 1;
    if (!term) term = 1;
    uint64_t *slot = px_map_upsert(&c->pos, term);
    if (!slot) return 0;
    if (*slot == 0) {
        if (c->n == c->cap) {
            size_t cap = c->cap ? 2 * c->cap : 128;
            px_term_weight *nt = realloc(c->t, cap * sizeof *nt);
            if (!nt) return 0;
            c->t = nt;
            c->cap = cap;
        }
        px_tw_set(&c->t[c->n], term, 0);
        *slot = ++c->n;
    }
    c->t[*slot - 1].weight += (float)w;
    return 1;
}

/* How much a sentence's words count by position: the lede states the event,
 * later sentences add background that other events share. */
static double position_weight(const px_story_params *p, uint32_t sentence)
{
    if (p->lead_boost <= 0 || p->lead_sentences <= 0) return 1.0;
    return 1.0 + p->lead_boost * exp(-(double)sentence / p->lead_sentences);
}

static uint64_t pair_hash(uint64_t a, uint64_t b)
{
    uint64_t h = (a * 0x9E3779B97F4A7C15ULL) ^ ((b << 23) | (b >> 41)) ^ PAIR_SALT;
    h ^= h >> 31;
    return h * 0xBF58476D1CE4E5B9ULL;
}

/* Sentence holding byte offset off (sentences are in text order). */
static uint32_t sentence_at(const px_textdoc *doc, uint32_t off)
{
    size_t lo = 0, hi = doc->n_sentences;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (doc->sentences[mid].end <= off) lo = mid + 1;
        else hi = mid;
    }
    return (uint32_t)lo;
}

/* Case-folded hash of an entity's fullest name, with a salt. */
static uint64_t name_hash(const char *name, uint64_t salt, char *low, size_t cap, size_t *len)
{
    size_t n = 0;
    for (const char *s = name; *s && n < cap; s++)
        low[n++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
    *len = n;
    return px_hash64(low, n) ^ salt;
}

#define SENTENCE_ENTITIES 8     /* entities per sentence paired up */

/* Whole-name features: "new york" says more than "new" and "york", and a
 * person's full name more than a surname shared with others.  Outlets are
 * left out: who reports an event is not what it is.  Entities named in one
 * sentence are also paired ("who did what where": the person with the
 * place), so two stories about the same person somewhere else, or other
 * people in the same place, share single names but not the pairs. */
static int count_entities(counter *c, const px_story_params *p, const px_textdoc *doc, double scale)
{
    if (p->entity_weight <= 0) return 1;
    uint64_t sent_ent[SENTENCE_ENTITIES];
    size_t n_sent = 0;
    uint32_t cur = UINT32_MAX;
    double cur_w = 0;
    for (size_t i = 0; i <= doc->n_mentions; i++) {
        const px_mention *m = i < doc->n_mentions ? &doc->mentions[i] : NULL;
        const px_entity *ent = m && m->entity < doc->n_entities ? &doc->entities[m->entity] : NULL;
        if (m && (!ent || ent->kind == PX_ENT_MEDIA || !ent->name)) continue;
        uint32_t sentence = m ? sentence_at(doc, m->start) : UINT32_MAX;
        if (sentence != cur) {
            /* the previous sentence is complete: pair its entities */
            for (size_t a = 0; a < n_sent; a++)
                for (size_t b = a + 1; b < n_sent; b++) {
                    uint64_t x = sent_ent[a] < sent_ent[b] ? sent_ent[a] : sent_ent[b];
                    uint64_t y = sent_ent[a] < sent_ent[b] ? sent_ent[b] : sent_ent[a];
                    if (!count(c, pair_hash(x, y) | NAME_BIT, cur_w * p->entity_pair_weight)) return 0;
                }
            n_sent = 0;
            cur = sentence;
            cur_w = scale > 0 ? scale : position_weight(p, sentence);
        }
        if (!m) break;
        char low[128];
        size_t n;
        uint64_t h = name_hash(ent->name, ENTITY_SALT, low, sizeof low, &n);
        double w = p->entity_weight * cur_w;
        if (!count(c, h | NAME_BIT, w)) return 0;
        int dup = 0;
        for (size_t a = 0; a < n_sent; a++) dup |= sent_ent[a] == h;
        if (!dup && n_sent < SENTENCE_ENTITIES) sent_ent[n_sent++] = h;
        /* the words of the name too: "Betty Ford Center" and "Betty Ford
         * Clinic", "Lohan" and "Lindsay Lohan" are partly the same name */
        for (size_t a = 0; a < n;) {
            while (a < n && low[a] == ' ') a++;
            size_t b = a;
            while (b < n && low[b] != ' ') b++;
            if (b - a >= 2 && !count(c, (px_hash64(low + a, b - a) ^ ENTITY_WORD_SALT) | NAME_BIT,
                                     w * p->name_word_weight))
                return 0;
            a = b;
        }
    }
    return 1;
}

/* Weighted feature counts of one text.  scale > 0 weighs every token the
 * same (a title); 0 weighs by position. */
static int count_text(counter *c, const px_story_params *p, const px_textdoc *doc, double scale)
{
    const px_token *prev = NULL;
    uint32_t w_sentence = 0;   /* the sentence w is for: one exp() per sentence */
    double w = scale > 0 ? scale : position_weight(p, 0);
    for (size_t i = 0; i < doc->n_tokens; i++) {
        const px_token *tok = &doc->tokens[i];
        if (scale <= 0 && tok->sentence != w_sentence) {   /* position_weight is pure */
            w_sentence = tok->sentence;
            w = position_weight(p, w_sentence);
        }
        if (is_story_number(tok)) {
            /* numbers (years, tolls, scores) identify an event like names do */
            if (!count(c, word_key(tok->stem_hash) | NUM_BIT, w * p->number_weight)) return 0;
            prev = NULL;
            continue;
        }
        if (!is_story_term(tok)) {
            prev = NULL;    /* pairs are of adjacent content words only */
            continue;
        }
        double name = (tok->flags & PX_TOK_CAP) && !(tok->flags & PX_TOK_SENT_START) ? p->name_boost : 1.0;
        if (!count(c, word_key(tok->stem_hash), w * name)) return 0;
        if (prev && prev->sentence == tok->sentence &&
            !count(c, word_key(pair_hash(prev->stem_hash, tok->stem_hash)), w * p->pair_weight))
            return 0;
        prev = tok;
    }
    return count_entities(c, p, doc, scale);
}

static void swap_terms(px_term_weight *t, uint32_t a, uint32_t b)
{
    px_term_weight x = t[a];
    t[a] = t[b];
    t[b] = x;
}

/* Put v's words, then its numbers, then its names, as sorting by term
 * would, but in one pass: a document's counts come unsorted, and only the
 * terms its parts keep need sorting. */
static void group_parts(px_vec *v)
{
    uint32_t i = 1;
    while (i < v->n && part_of(px_tw_term(&v->terms[i - 1])) <= part_of(px_tw_term(&v->terms[i]))) i++;
    if (i >= v->n) return;                  /* grouped already (a sorted sum) */
    uint32_t lo = 0, mid = 0, hi = v->n;
    while (mid < hi) {
        int p = part_of(px_tw_term(&v->terms[mid]));
        if (p == 0) swap_terms(v->terms, lo++, mid++);
        else if (p == 1) mid++;
        else swap_terms(v->terms, mid, --hi);
    }
}

/* Keep the kw heaviest words, and the kn heaviest numbers and names of v
 * (in any order), each part normalised on its own when asked; v ends
 * sorted by term. */
void story_split_prune(px_vec *v, uint32_t kw, uint32_t kn, int normalise)
{
    group_parts(v);
    uint32_t at = 0, kept = 0;
    for (int part = 0; part < N_PARTS; part++) {
        uint32_t end = at;
        while (end < v->n && part_of(px_tw_term(&v->terms[end])) == part) end++;
        px_vec sub = {v->terms + at, end - at};
        px_vec_prune(&sub, part ? kn : kw, normalise);
        memmove(v->terms + kept, sub.terms, sub.n * sizeof *sub.terms);
        kept += sub.n;
        at = end;
    }
    v->n = kept;
}

/* Which parts v has: its terms are sorted, so each part is one run and a
 * binary search for the first term of each part finds them. */
void story_parts_of(const px_vec *v, int has[N_PARTS])
{
    uint32_t start[N_PARTS + 1];
    for (int p = 0; p < N_PARTS; p++) {
        uint64_t first = (uint64_t)p << PART_SHIFT;
        uint32_t lo = 0, hi = v->n;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (px_tw_term(&v->terms[mid]) < first) lo = mid + 1;
            else hi = mid;
        }
        start[p] = lo;
    }
    start[N_PARTS] = v->n;
    for (int p = 0; p < N_PARTS; p++) has[p] = start[p + 1] > start[p];
}

/* Dot products of the parts of a and b; present[p] says whether both have
 * part p.  The merge walk is the engine's inner loop: it only compares. */
void story_split_dot(const px_vec *a, const px_vec *b, double dot[N_PARTS], int present[N_PARTS])
{
    int in_a[N_PARTS], in_b[N_PARTS];
    for (int p = 0; p < N_PARTS; p++) dot[p] = 0;
    const px_term_weight *x = a->terms, *xe = a->terms + a->n;
    const px_term_weight *y = b->terms, *ye = b->terms + b->n;
    /* steps without branches on the order: which side is behind is a coin
     * toss the branch predictor loses about half the time */
    while (x < xe && y < ye) {
        uint64_t s = px_tw_term(x), t = px_tw_term(y);
        if (s == t) dot[part_of(s)] += (double)x->weight * y->weight;
        x += s <= t;
        y += t <= s;
    }
    story_parts_of(a, in_a);
    story_parts_of(b, in_b);
    for (int p = 0; p < N_PARTS; p++) present[p] = in_a[p] && in_b[p];
}

/* Distinct features of a doc and its title, weights = boosted counts, in
 * the engine's counter (unsorted); NULL when out of memory. */
static counter *count_doc(px_story_engine *e, const px_story_doc *d)
{
    /* the engine's counter, emptied: no map growing from nothing per document */
    counter *c = &e->counts;
    if (c->pos.cap > COUNTER_KEEP) {   /* one huge document: do not clear its room forever */
        px_map_free(&c->pos);
        free(c->t);
        c->t = NULL;
        c->cap = 0;
    }
    if (c->pos.len) memset(c->pos.slots, 0, c->pos.cap * sizeof *c->pos.slots);
    c->pos.len = 0;
    c->n = 0;
    int ok = 1;
    if (d->doc) ok = count_text(c, &e->p, d->doc, 0);
    if (ok && d->title) ok = count_text(c, &e->p, d->title, e->p.title_boost);
    return ok ? c : NULL;
}

/* count_doc's counts in a vector of their own (unsorted: weighing sorts
 * what it keeps). */
static px_status term_counts(px_story_engine *e, const px_story_doc *d, px_vec *out)
{
    counter *c = count_doc(e, d);
    if (!c) return PX_NOMEM;
    px_vec counts = {c->t, (uint32_t)c->n};
    return px_vec_copy(&counts, out);
}

/* Features ahead whose document frequency is fetched while one is
 * counted: the map of every feature in the window is far bigger than the
 * cache. */
#define DF_AHEAD 8

/* Count d into the document frequencies; terms (when not NULL) gets its
 * counts, or with weigh its weighed and pruned vector: each feature's
 * frequency is at hand as it is counted, where weighing afterwards looked
 * every one up again in a map far bigger than the cache. */
static px_status observe(px_story_engine *e, const px_story_doc *d, px_vec *terms, int weigh)
{
    /* counted, weighed and pruned in the counter: only what is kept is
     * copied out, a tenth of the features counted */
    counter *c = count_doc(e, d);
    if (!c) return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    px_vec counts = {c->t, (uint32_t)c->n};
    /* the block for what is kept, before anything is counted */
    const uint32_t most = PX_VEC_DOC_TERMS + (N_PARTS - 1) * DOC_NAMES;   /* pruning keeps */
    uint32_t keep = weigh && counts.n > most ? most : counts.n;
    px_term_weight *out = terms ? malloc((keep ? keep : 1) * sizeof *out) : NULL;
    if (terms && !out) return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    double n = (double)(e->ndocs + 1) + e->p.prior_docs;   /* this document counted */
    for (uint32_t i = 0; i < counts.n; i++) {
        if (i + DF_AHEAD < counts.n) px_map_prefetch(&e->df, px_tw_term(&counts.terms[i + DF_AHEAD]));
        uint64_t *df = px_map_upsert(&e->df, px_tw_term(&counts.terms[i]));
        if (!df) {
            free(out);
            return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
        }
        *df = df_value(e, (uint32_t)*df + 1);
        if (weigh) counts.terms[i].weight = weight_of(counts.terms[i].weight, idf_of(n, (uint32_t)*df));
    }
    e->ndocs++;
    if (weigh) story_split_prune(&counts, PX_VEC_DOC_TERMS, DOC_NAMES, 1);
    if (terms) {
        if (counts.n) memcpy(out, counts.terms, counts.n * sizeof *out);
        *terms = (px_vec){out, counts.n};
    }
    return PX_OK;
}

px_status px_story_observe(px_story_engine *e, const px_story_doc *d, px_vec *terms)
{
    return observe(e, d, terms, 0);
}

px_status px_story_observe_weigh(px_story_engine *e, const px_story_doc *d, px_vec *out)
{
    return observe(e, d, out, 1);
}

void px_story_weigh(const px_story_engine *e, px_vec *v)
{
    for (uint32_t i = 0; i < v->n; i++)
        v->terms[i].weight = weight_of(v->terms[i].weight, cluster_idf(e, px_tw_term(&v->terms[i])));
    story_split_prune(v, PX_VEC_DOC_TERMS, DOC_NAMES, 1);
}

px_status px_story_vectorize(px_story_engine *e, const px_story_doc *d, px_vec *out)
{
    if (term_counts(e, d, out) != PX_OK)
        return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    px_story_weigh(e, out);
    return PX_OK;
}

