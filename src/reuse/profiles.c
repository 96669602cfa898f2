/*
 * profiles.c - sentence profiles kept for many comparisons.
 *
 * Comparing a story's sentences with each other asks about the same
 * sentence many times; building its profile (weights looked up, terms
 * sorted) once instead of on every call, and skipping the LCS when the
 * content overlap cannot reach the threshold, is most of the cost.
 *
 * A story carried by many outlets holds the same sentence many times over
 * (wire copy), and so the same question many times.  Sentences with equal
 * profiles form a class, and the answer for a pair of classes is kept: a
 * similarity depends on the two profiles alone.  The answers are those of
 * px_sentence_similarity.
 */
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"

struct px_sent_profiles {
    px_arena arena;                /* owns every profile's arrays */
    const px_textdoc *const *docs;
    uint32_t n_docs;
    rx_sent **sents;               /* per doc, per sentence; built on first use */
    uint32_t **cls;                /* per doc, per sentence: class, 0 until built */
    rx_weight_fn weight;
    void *user;
    px_map classes;                /* profile hash -> class */
    const rx_sent **reps;          /* class -> its first profile */
    uint32_t n_classes, cap_classes;
    px_map answers;                /* pair of classes -> answer + 1 */
    double answers_min;            /* the threshold the answers are for */
    uint16_t row[RX_SEQ_MAX + 1];  /* LCS scratch */
};

px_status px_sent_profiles_new(const px_textdoc *const *docs, uint32_t n_docs,
                               const px_idf_source *idf, px_sent_profiles **out)
{
    *out = NULL;
    px_sent_profiles *p = calloc(1, sizeof *p);
    if (!p) return PX_NOMEM;
    p->sents = calloc(n_docs + 1, sizeof *p->sents);
    p->cls = calloc(n_docs + 1, sizeof *p->cls);
    if (!p->sents || !p->cls) { px_sent_profiles_free(p); return PX_NOMEM; }
    p->docs = docs;
    p->n_docs = n_docs;
    p->weight = idf && idf->idf ? idf->idf : NULL;
    p->user = idf ? idf->user : NULL;
    *out = p;
    return PX_OK;
}

void px_sent_profiles_free(px_sent_profiles *p)
{
    if (!p) return;
    px_arena_free(&p->arena);
    px_map_free(&p->classes);
    px_map_free(&p->answers);
    free(p->reps);
    free(p->sents);
    free(p->cls);
    free(p);
}

static int same_profile(const rx_sent *x, const rx_sent *y)
{
    if (x->n_terms != y->n_terms || x->n_seq != y->n_seq || x->wsum != y->wsum) return 0;
    for (uint32_t i = 0; i < x->n_terms; i++)
        if (x->terms[i].h != y->terms[i].h || x->terms[i].w != y->terms[i].w ||
            x->terms[i].kind != y->terms[i].kind)
            return 0;
    return x->n_seq == 0 || memcmp(x->seq, y->seq, x->n_seq * sizeof *x->seq) == 0;
}

/* The class of a new profile: that of an equal one seen before, else a
 * new one.  0 when out of memory. */
static uint32_t class_of(px_sent_profiles *p, const rx_sent *x)
{
    uint64_t h = rx_chain(x->n_terms, x->n_seq);
    for (uint32_t i = 0; i < x->n_terms; i++) {
        uint32_t wbits;
        memcpy(&wbits, &x->terms[i].w, sizeof wbits);
        h = rx_chain(rx_chain(h, x->terms[i].h), (uint64_t)wbits << 8 | x->terms[i].kind);
    }
    for (uint32_t i = 0; i < x->n_seq; i++) h = rx_chain(h, x->seq[i]);
    uint64_t *c = px_map_upsert(&p->classes, h);
    if (!c) return 0;
    if (*c && same_profile(p->reps[*c - 1], x)) return (uint32_t)*c;
    if (p->n_classes == p->cap_classes) {
        uint32_t nc = p->cap_classes ? 2 * p->cap_classes : 256;
        const rx_sent **nr = realloc(p->reps, nc * sizeof *nr);
        if (!nr) return 0;
        p->reps = nr;
        p->cap_classes = nc;
    }
    p->reps[p->n_classes++] = x;
    if (!*c) *c = p->n_classes;    /* on a hash collision the first keeps the slot */
    return p->n_classes;
}

/* Profile and class of sentence s of doc d; NULL when out of memory.
 * Out of range, it is the empty profile (similarity 0), class 0. */
static const rx_sent *profile(px_sent_profiles *p, uint32_t d, uint32_t s, uint32_t *cls)
{
    static const rx_sent none;
    *cls = 0;
    if (d >= p->n_docs || s >= p->docs[d]->n_sentences) return &none;
    if (!p->sents[d]) {
        size_t n = p->docs[d]->n_sentences + 1;
        p->sents[d] = px_arena_alloc(&p->arena, n * sizeof **p->sents);
        p->cls[d] = px_arena_alloc(&p->arena, n * sizeof **p->cls);
        if (!p->sents[d] || !p->cls[d]) return NULL;
    }
    rx_sent *x = &p->sents[d][s];
    if (!p->cls[d][s]) {
        if (!rx_sent_build(&p->arena, p->docs[d], s, p->weight, p->user, x)) return NULL;
        if (!(p->cls[d][s] = class_of(p, x))) return NULL;
    }
    *cls = p->cls[d][s];
    return x;
}

int px_sent_profiles_reach(px_sent_profiles *p, uint32_t da, uint32_t sa,
                           uint32_t db, uint32_t sb, double min)
{
    uint32_t ca, cb;
    const rx_sent *x = profile(p, da, sa, &ca), *y = profile(p, db, sb, &cb);
    if (!x || !y) return -1;
    if (!ca || !cb) return rx_sent_reaches(x, y, min, p->row);
    if (min != p->answers_min) {
        px_map_free(&p->answers);
        p->answers_min = min;
    }
    /* a bijective mix spreads the pair over the map; the two keys the map
     * cannot hold (0 and 1) are simply not remembered */
    uint64_t key = rx_mix((uint64_t)ca << 32 | cb);
    uint64_t *known = key > 1 ? px_map_upsert(&p->answers, key) : NULL;
    if (known && *known) return (int)*known - 1;
    if (key > 1 && !known) return -1;
    int r = rx_sent_reaches(x, y, min, p->row);
    if (known) *known = (uint64_t)r + 1;
    return r;
}
