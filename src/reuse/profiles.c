/*
 * profiles.c - sentence profiles kept for many comparisons.
 *
 * Comparing a story's sentences with each other asks about the same
 * sentence many times; building its profile (weights looked up, terms
 * sorted) once instead of on every call, and skipping the LCS when the
 * content overlap cannot reach the threshold, is most of the cost.  The
 * answers are those of px_sentence_similarity.
 */
#include <stdlib.h>

#include "reuse/reuse_internal.h"

struct px_sent_profiles {
    px_arena arena;                /* owns every profile's arrays */
    const px_textdoc *const *docs;
    uint32_t n_docs;
    rx_sent **sents;               /* per doc, per sentence; NULL until used */
    rx_weight_fn weight;
    void *user;
    uint16_t row[RX_SEQ_MAX + 1];  /* LCS scratch */
};

px_status px_sent_profiles_new(const px_textdoc *const *docs, uint32_t n_docs,
                               const px_idf_source *idf, px_sent_profiles **out)
{
    *out = NULL;
    px_sent_profiles *p = calloc(1, sizeof *p);
    if (!p) return PX_NOMEM;
    p->sents = calloc(n_docs + 1, sizeof *p->sents);
    if (!p->sents) { free(p); return PX_NOMEM; }
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
    free(p->sents);
    free(p);
}

/* The profile of sentence s of doc d; NULL when out of memory.  n_terms
 * is 0 (similarity 0) for a sentence px_sentence_similarity refuses. */
static const rx_sent *profile(px_sent_profiles *p, uint32_t d, uint32_t s)
{
    static const rx_sent none;
    if (d >= p->n_docs || s >= p->docs[d]->n_sentences) return &none;
    if (!p->sents[d]) {
        p->sents[d] = px_arena_alloc(&p->arena, (p->docs[d]->n_sentences + 1) * sizeof **p->sents);
        if (!p->sents[d]) return NULL;
    }
    rx_sent *x = &p->sents[d][s];
    if (!x->seq && !rx_sent_build(&p->arena, p->docs[d], s, p->weight, p->user, x)) return NULL;
    return x;
}

int px_sent_profiles_reach(px_sent_profiles *p, uint32_t da, uint32_t sa,
                           uint32_t db, uint32_t sb, double min)
{
    const rx_sent *x = profile(p, da, sa), *y = profile(p, db, sb);
    if (!x || !y) return -1;
    return rx_sent_reaches(x, y, min, p->row);
}
