/*
 * vtable.c - a vector hashed by term, for many dot products against
 * sorted vectors.  An article is compared with a dozen centroids and
 * their members; a merge walk of two sorted vectors waits on each
 * comparison before the next load, while looking the other vector's terms
 * up here lets the steps overlap.  Matches are still summed in the other
 * vector's term order, so every dot product is the merge walk's to the
 * last bit.
 */
#include <stdlib.h>
#include <string.h>

#include "story/story.h"

static uint64_t mix(uint64_t term) { return term * 0x9E3779B97F4A7C15ULL; }

static uint32_t slot_of(const px_vec_table *t, uint64_t term)
{
    return (uint32_t)(mix(term) >> t->shift);
}

/* The term's bit in the bitmap: finer than a slot, so that an absent term
 * rarely finds its bit set. */
static uint32_t bit_of(uint64_t term)
{
    return (uint32_t)(mix(term) >> (64 - PX_VEC_TABLE_BITS));
}

static void set_bit(px_vec_table *t, uint64_t term)
{
    uint32_t b = bit_of(term);
    t->bits[b >> 6] |= 1ULL << (b & 63);
}

px_status px_vec_table_build(px_vec_table *t, const px_vec *v)
{
    uint32_t cap = 64, bits = 6;
    while (cap < 2 * (uint64_t)v->n) {
        cap *= 2;
        bits++;
    }
    t->slots = cap <= PX_VEC_TABLE_STACK ? t->stack : malloc(cap * sizeof *t->slots);
    if (!t->slots) return PX_NOMEM;
    memset(t->slots, 0, cap * sizeof *t->slots);
    memset(t->bits, 0, sizeof t->bits);
    t->mask = cap - 1;
    t->shift = 64 - bits;
    t->zero = 0;
    t->has_zero = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        uint64_t term = px_tw_term(&v->terms[i]);
        if (term == 0) {    /* 0 marks an empty slot: kept aside */
            set_bit(t, 0);
            t->zero = v->terms[i].weight;
            t->has_zero = 1;
            continue;
        }
        uint32_t j = slot_of(t, term);
        set_bit(t, term);
        while (t->slots[j].term && t->slots[j].term != term) j = (j + 1) & t->mask;
        t->slots[j] = (px_vec_slot){term, v->terms[i].weight};
    }
    return PX_OK;
}

void px_vec_table_free(px_vec_table *t)
{
    if (t->slots != t->stack) free(t->slots);
    t->slots = NULL;
}

/* The weight of term in the table, or 0 when it is not there. */
static float weight_in(const px_vec_table *t, uint64_t term)
{
    if (term == 0) return t->has_zero ? t->zero : 0;
    for (uint32_t j = slot_of(t, term);; j = (j + 1) & t->mask) {
        if (t->slots[j].term == term) return t->slots[j].weight;
        if (!t->slots[j].term) return 0;
    }
}

/* Terms of b looked at a chunk at a time (see px_vec_table_dot). */
#define DOT_CHUNK 128

void px_vec_table_dot(const px_vec_table *t, const px_vec *b, int shift, int parts, double *dot,
                      int *has)
{
    /* b is sorted, so its parts come one after the other: each is summed
     * on its own, up to its first term past the part (one compare; the
     * last part takes the rest), b read front to back, once.  A chunk of
     * terms is first cut down to those whose bit is set, without a branch
     * (which terms the table holds is a coin toss the branch predictor
     * lost on every seventh term), then those are looked up and summed in
     * b's order. */
    const px_term_weight *bt = b->terms;
    const uint64_t *bits = t->bits;
    uint32_t i = 0, n = b->n, maybe[DOT_CHUNK];
    for (int p = 0; p < parts; p++) {
        uint64_t last = p == parts - 1 ? UINT64_MAX : ((uint64_t)(p + 1) << shift) - 1;
        uint32_t start = i;
        double acc = 0;
        int more = 1;
        while (more) {
            uint32_t k = 0, end = n - i < DOT_CHUNK ? n : i + DOT_CHUNK;
            more = end < n;
            for (; i < end; i++) {
                uint64_t term = px_tw_term(&bt[i]);
                if (term > last) {
                    more = 0;
                    break;
                }
                uint32_t bit = bit_of(term);
                maybe[k] = i;
                k += (uint32_t)(bits[bit >> 6] >> (bit & 63)) & 1;
            }
            for (uint32_t m = 0; m < k; m++) {
                float w = weight_in(t, px_tw_term(&bt[maybe[m]]));
                if (w != 0) acc += (double)w * bt[maybe[m]].weight;
            }
        }
        has[p] = i > start;
        dot[p] = acc;
    }
}
