/* vec.c - sparse term vectors: cosine, top-k pruning and store blobs. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "story/story.h"

void px_vec_free(px_vec *v)
{
    free(v->terms);
    v->terms = NULL;
    v->n = 0;
}

double px_vec_cosine(const px_vec *a, const px_vec *b)
{
    /* both sorted by term: a merge walk */
    double dot = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        uint64_t s = px_tw_term(&a->terms[i]), t = px_tw_term(&b->terms[j]);
        if (s < t) i++;
        else if (s > t) j++;
        else dot += (double)a->terms[i++].weight * b->terms[j++].weight;
    }
    return dot;
}

/* Stable sort by term: insertion sort of short runs, then bottom-up
 * merges through a scratch array.  qsort's call per comparison was a
 * good part of filing an article; stable, so the order is qsort's (glibc
 * merge-sorts) even for a hostile blob with repeated terms. */
#define SORT_RUN 16

static void sort_by_term(px_term_weight *t, uint32_t n)
{
    for (uint32_t lo = 0; lo < n; lo += SORT_RUN) {
        uint32_t hi = n - lo < SORT_RUN ? n : lo + SORT_RUN;
        for (uint32_t i = lo + 1; i < hi; i++) {
            px_term_weight x = t[i];
            uint32_t j = i;
            for (; j > lo && px_tw_term(&t[j - 1]) > px_tw_term(&x); j--) t[j] = t[j - 1];
            t[j] = x;
        }
    }
    if (n <= SORT_RUN) return;
    px_term_weight stack[1024], *tmp = n <= 1024 ? stack : malloc(n * sizeof *tmp);
    if (!tmp) {     /* no scratch: insertion sort the whole (slow, rare) */
        for (uint32_t i = 1; i < n; i++) {
            px_term_weight x = t[i];
            uint32_t j = i;
            for (; j > 0 && px_tw_term(&t[j - 1]) > px_tw_term(&x); j--) t[j] = t[j - 1];
            t[j] = x;
        }
        return;
    }
    px_term_weight *src = t, *dst = tmp;
    for (uint32_t width = SORT_RUN; width < n; width *= 2) {
        for (uint32_t lo = 0; lo < n; lo += 2 * width) {
            uint32_t mid = n - lo < width ? n : lo + width;
            uint32_t hi = n - mid < width ? n : mid + width;
            uint32_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi)
                dst[k++] = px_tw_term(&src[j]) < px_tw_term(&src[i]) ? src[j++] : src[i++];
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        px_term_weight *x = src;
        src = dst;
        dst = x;
    }
    if (src != t) memcpy(t, src, n * sizeof *t);
    if (tmp != stack) free(tmp);
}

static int sorted_by_term(const px_vec *v)
{
    for (uint32_t i = 1; i < v->n; i++)
        if (px_tw_term(&v->terms[i - 1]) >= px_tw_term(&v->terms[i])) return 0;
    return 1;
}

/* Weights as unsigned keys in the same order: positive floats order as
 * their bits, negative ones reversed below them. */
static uint32_t order_key(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u & 0x80000000u ? ~u : u | 0x80000000u;
}

static float key_weight(uint32_t u)
{
    u = u & 0x80000000u ? u & 0x7fffffffu : ~u;
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

/* The k-th largest of the keys u[0..n) (k counts from 1); reorders u.
 * Radix select, eight bits at a time: a count per digit value finds the
 * digit of the k-th key, and only the keys sharing it go on.  Each pass
 * takes the eight bits from the highest one where the keys left differ:
 * weights of one magnitude share their sign and top exponent bits, so a
 * pass over a fixed top byte found one bucket for nearly all of them and
 * counted them into it one after the other (each count waiting on the
 * last).  The quickselect before lost a branch on most of its
 * comparisons. */
static float kth_largest(uint32_t *u, uint32_t n, uint32_t k)
{
    uint32_t want = k - 1;
    while (n > 1) {
        uint32_t all = UINT32_MAX, any = 0;
        for (uint32_t i = 0; i < n; i++) {
            all &= u[i];
            any |= u[i];
        }
        uint32_t differ = all ^ any;
        if (!differ) break;                 /* all equal: that is the k-th */
        int top = 31;
        while (!(differ >> top & 1)) top--;
        int shift = top >= 7 ? top - 7 : 0; /* bits above the digit: shared */
        uint32_t count[256] = {0};
        for (uint32_t i = 0; i < n; i++) count[u[i] >> shift & 255]++;
        uint32_t b = any >> shift & 255;    /* no key has a higher digit */
        while (want >= count[b]) want -= count[b--];
        uint32_t m = 0;
        for (uint32_t i = 0; i < n; i++) {
            u[m] = u[i];
            m += (u[i] >> shift & 255) == b;
        }
        n = m;
    }
    return key_weight(u[0]);
}

/* Keep the terms heavier than cut and the lowest `ties` of those equal to
 * it, in place and in v's order.  Sorted by term, the lowest ties come
 * first; else they are picked out of a scratch copy sorted by term.
 * Returns how many are kept. */
static uint32_t keep_above(px_vec *v, float cut, uint32_t ties, int sorted)
{
    uint32_t kept = 0;
    if (sorted) {
        /* without a branch on the weights: a story's sum keeps about half
         * its terms, and which half is a coin toss to the branch predictor
         * (every term is written, the write position moves on if kept) */
        for (uint32_t i = 0; i < v->n; i++) {
            float x = v->terms[i].weight;
            uint32_t tie = (x == cut) & (ties > 0);
            v->terms[kept] = v->terms[i];
            kept += (x > cut) | tie;
            ties -= tie;
        }
        return kept;
    }
    px_term_weight stack[1024], *eq = v->n <= 1024 ? stack : malloc(v->n * sizeof *eq);
    uint32_t n_eq = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        float x = v->terms[i].weight;
        if (x > cut) v->terms[kept++] = v->terms[i];    /* kept <= i: nothing unread goes */
        else if (x == cut && eq) eq[n_eq++] = v->terms[i];
        else if (x == cut && ties && ties--) v->terms[kept++] = v->terms[i];  /* no scratch */
    }
    if (!eq) return kept;
    if (n_eq > ties) sort_by_term(eq, n_eq);
    for (uint32_t i = 0; i < n_eq && i < ties; i++) v->terms[kept++] = eq[i];
    if (eq != stack) free(eq);
    return kept;
}

/* Keep the k heaviest terms (ties: the lower terms), sort by term, and
 * optionally L2-normalise.  Selecting the k-th weight and filtering costs
 * O(n) where sorting by weight and back cost O(n log n): this runs on
 * every join, over a story's whole running sum.  An unsorted v (a
 * document's counts) is cut before it is sorted: only the kept terms are. */
void px_vec_prune(px_vec *v, uint32_t k, int normalise)
{
    int sorted = sorted_by_term(v);
    if (v->n > k && k == 0) v->n = 0;
    else if (v->n > k) {
        uint32_t stack[2048], *w = v->n <= 2048 ? stack : malloc(v->n * sizeof *w);
        if (!w) {   /* no scratch: fall back to keeping the first k */
            if (!sorted) sort_by_term(v->terms, v->n);
            v->n = k;
            sorted = 1;
        } else {
            for (uint32_t i = 0; i < v->n; i++) w[i] = order_key(v->terms[i].weight);
            float cut = kth_largest(w, v->n, k);
            if (w != stack) free(w);
            uint32_t above = 0;
            for (uint32_t i = 0; i < v->n; i++) above += v->terms[i].weight > cut;
            v->n = keep_above(v, cut, k - above, sorted);
        }
    }
    if (!sorted) sort_by_term(v->terms, v->n);
    if (normalise) {
        double norm = 0;
        for (uint32_t i = 0; i < v->n; i++) norm += (double)v->terms[i].weight * v->terms[i].weight;
        norm = sqrt(norm);
        if (norm > 0)
            for (uint32_t i = 0; i < v->n; i++) v->terms[i].weight = (float)(v->terms[i].weight / norm);
    }
}

void px_vec_fit(px_vec *v)
{
    /* a new block: shrinking in place left the heap full of small holes
     * (peak RSS over 200k generated articles 315 MB -> 330 MB) */
    px_term_weight *t = malloc((v->n ? v->n : 1) * sizeof *t);
    if (!t) return;         /* the larger block still holds the terms */
    if (v->n) memcpy(t, v->terms, v->n * sizeof *t);
    free(v->terms);
    v->terms = t;
}

px_status px_vec_copy(const px_vec *src, px_vec *dst)
{
    dst->n = 0;
    dst->terms = malloc((src->n ? src->n : 1) * sizeof *dst->terms);
    if (!dst->terms) return PX_NOMEM;
    if (src->n) memcpy(dst->terms, src->terms, src->n * sizeof *src->terms);
    dst->n = src->n;
    return PX_OK;
}

uint32_t px_vec_add_into(const px_vec *a, const px_vec *b, px_term_weight *t)
{
    uint32_t i = 0, j = 0, n = 0;
    while (i < a->n || j < b->n) {
        uint64_t x = i < a->n ? px_tw_term(&a->terms[i]) : 0, y = j < b->n ? px_tw_term(&b->terms[j]) : 0;
        if (j >= b->n || (i < a->n && x < y)) t[n++] = a->terms[i++];
        else if (i >= a->n || y < x) t[n++] = b->terms[j++];
        else {
            t[n] = a->terms[i++];
            t[n++].weight += b->terms[j++].weight;
        }
    }
    return n;
}

px_status px_vec_add(const px_vec *a, const px_vec *b, px_vec *out)
{
    px_term_weight *t = malloc((a->n + b->n + 1) * sizeof *t);
    if (!t) return PX_NOMEM;
    out->n = px_vec_add_into(a, b, t);
    out->terms = t;
    return PX_OK;
}

static void put_le(unsigned char *p, uint64_t v, int bytes)
{
    for (int i = 0; i < bytes; i++) p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_le(const unsigned char *p, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) v |= (uint64_t)p[i] << (8 * i);
    return v;
}

px_status px_vec_encode(const px_vec *v, unsigned char **out, size_t *len)
{
    size_t n = (size_t)v->n * 12;
    unsigned char *p = malloc(n ? n : 1);
    if (!p) return PX_NOMEM;
    for (uint32_t i = 0; i < v->n; i++) {
        uint32_t w;
        memcpy(&w, &v->terms[i].weight, 4);
        put_le(p + 12 * i, px_tw_term(&v->terms[i]), 8);
        put_le(p + 12 * i + 8, w, 4);
    }
    *out = p;
    *len = n;
    return PX_OK;
}

px_status px_vec_decode(const unsigned char *p, size_t len, px_vec *out)
{
    out->terms = NULL;
    out->n = 0;
    if (len % 12 || len / 12 > 1u << 20) return PX_CORRUPT;
    uint32_t n = (uint32_t)(len / 12);
    out->terms = malloc((n ? n : 1) * sizeof *out->terms);
    if (!out->terms) return PX_NOMEM;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t w = (uint32_t)get_le(p + 12 * i + 8, 4);
        float weight;
        memcpy(&weight, &w, 4);
        px_tw_set(&out->terms[i], get_le(p + 12 * i, 8), weight);
        if (!isfinite(weight) || (i && px_tw_term(&out->terms[i]) <= px_tw_term(&out->terms[i - 1]))) {
            px_vec_free(out);
            return PX_CORRUPT;
        }
    }
    out->n = n;
    return PX_OK;
}

px_status px_vecs_encode(const px_vec *v, uint32_t n, unsigned char **out, size_t *len)
{
    size_t total = 4;
    for (uint32_t i = 0; i < n; i++) total += 4 + (size_t)v[i].n * 12;
    unsigned char *p = malloc(total);
    if (!p) return PX_NOMEM;
    put_le(p, n, 4);
    size_t at = 4;
    for (uint32_t i = 0; i < n; i++) {
        put_le(p + at, v[i].n, 4);
        at += 4;
        for (uint32_t j = 0; j < v[i].n; j++, at += 12) {
            uint32_t w;
            memcpy(&w, &v[i].terms[j].weight, 4);
            put_le(p + at, px_tw_term(&v[i].terms[j]), 8);
            put_le(p + at + 8, w, 4);
        }
    }
    *out = p;
    *len = total;
    return PX_OK;
}

px_status px_vecs_decode(const unsigned char *p, size_t len, px_vec *out, uint32_t max,
                         uint32_t *n)
{
    *n = 0;
    if (len == 0) return PX_OK;             /* a story saved before members existed */
    if (len < 4) return PX_CORRUPT;
    uint32_t count = (uint32_t)get_le(p, 4);
    size_t at = 4;
    for (uint32_t i = 0; i < count; i++) {
        if (len - at < 4) goto corrupt;
        size_t bytes = (size_t)get_le(p + at, 4) * 12;
        at += 4;
        if (len - at < bytes) goto corrupt;
        if (*n < max) {
            px_status rc = px_vec_decode(p + at, bytes, &out[*n]);
            if (rc != PX_OK) {
                while (*n) px_vec_free(&out[--*n]);
                return rc;
            }
            ++*n;
        }
        at += bytes;
    }
    if (at != len) goto corrupt;
    return PX_OK;
corrupt:
    while (*n) px_vec_free(&out[--*n]);
    return PX_CORRUPT;
}

px_status px_sample_keys_encode(const px_story_member *m, uint32_t n, unsigned char **out,
                                size_t *len)
{
    unsigned char *p = malloc(4 + (size_t)n * 12);
    if (!p) return PX_NOMEM;
    put_le(p, n, 4);
    for (uint32_t i = 0; i < n; i++) {
        put_le(p + 4 + 12 * (size_t)i, (uint64_t)m[i].key, 8);
        put_le(p + 12 + 12 * (size_t)i, (uint32_t)m[i].day, 4);
    }
    *out = p;
    *len = 4 + (size_t)n * 12;
    return PX_OK;
}

px_status px_sample_keys_decode(const unsigned char *p, size_t len, px_story_member *m,
                                uint32_t max, uint32_t *n)
{
    *n = 0;
    if (len == 0) return PX_OK;             /* a story saved before samples existed */
    if (len < 4) return PX_CORRUPT;
    uint32_t count = (uint32_t)get_le(p, 4);
    if ((len - 4) / 12 != count || (len - 4) % 12) return PX_CORRUPT;
    for (uint32_t i = 0; i < count && i < max; i++, ++*n) {
        m[i].key = (int64_t)get_le(p + 4 + 12 * (size_t)i, 8);
        m[i].day = (int32_t)(uint32_t)get_le(p + 12 + 12 * (size_t)i, 4);
    }
    return PX_OK;
}
