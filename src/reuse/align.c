/*
 * align.c - px_reuse_compare: find, for each sentence of b, the sentence
 * of a it was taken from, if any.
 *
 * Design:
 *  1. Profile every sentence of both documents (similarity.c).
 *  2. Re-weight terms with an idf computed over the sentences of the pair
 *     itself (times the caller's corpus idf when given): a name or topic
 *     word that runs through both articles gets a low weight, a word the
 *     two share in one place gets a high one.  Any stem used as a name
 *     (capitalised mid-sentence) anywhere in the pair counts as a name
 *     everywhere, so a name at a sentence start is not a plain word.
 *  3. An inverted index from term to the sentences of a that hold it gives
 *     each sentence of b a few candidates (most shared weight) instead of
 *     all-pairs.  Terms in more than RX_POSTING_MAX sentences are skipped
 *     for candidate search: they are the low-idf ones and on a huge
 *     document they would make this quadratic.
 *  4. The best candidate above RX_ALIGN_MIN, sharing at least three plain
 *     content words (or above RX_ALIGN_MIN_WIDE sharing six), is the
 *     alignment; verdict.c judges the whole.
 * Cost per sentence of b: its terms x at most RX_POSTING_MAX postings, plus
 * RX_CANDIDATES similarity calls of at most RX_SEQ_MAX^2 each.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"

#define RX_POSTING_MAX 48
#define RX_CANDIDATES 4
#define RX_ALIGN_MIN 0.45
#define RX_ALIGN_PLAIN 3
/* A long translated sentence wrapped in other words (a re-report quoting
 * a clause of the source inside its own framing) scores lower; accept it
 * when many plain content words are shared, which independent sentences
 * on one topic do not manage. */
#define RX_ALIGN_MIN_WIDE 0.33
#define RX_ALIGN_PLAIN_WIDE 6


static px_status build_side(px_arena *ar, const px_textdoc *d, rx_sent **out,
                            uint32_t *n)
{
    *n = d->n_sentences < RX_MAX_SENTENCES ? (uint32_t)d->n_sentences
                                           : RX_MAX_SENTENCES;
    *out = px_arena_alloc(ar, (*n ? *n : 1) * sizeof **out);
    if (!*out) return PX_NOMEM;
    for (uint32_t i = 0; i < *n; i++)
        if (!rx_sent_build(ar, d, i, NULL, NULL, &(*out)[i])) return PX_NOMEM;
    return PX_OK;
}

/* Steps 2: names, pair-local idf, caller idf. */
static px_status reweight(rx_sent *A, uint32_t na, rx_sent *B, uint32_t nb,
                          const px_idf_source *idf)
{
    px_map df = {0}, names = {0};
    px_status st = PX_OK;
    for (int side = 0; side < 2 && st == PX_OK; side++) {
        rx_sent *S = side ? B : A;
        uint32_t n = side ? nb : na;
        for (uint32_t i = 0; i < n && st == PX_OK; i++)
            for (uint32_t k = 0; k < S[i].n_terms; k++) {
                uint64_t *v = px_map_put(&df, S[i].terms[k].h, 0);
                if (!v || (S[i].terms[k].kind == RX_TERM_NAME &&
                           !px_map_put(&names, S[i].terms[k].h, 1))) {
                    st = PX_NOMEM;
                    break;
                }
                (*v)++;
            }
    }
    double total = (double)na + nb;
    for (int side = 0; side < 2 && st == PX_OK; side++) {
        rx_sent *S = side ? B : A;
        uint32_t n = side ? nb : na;
        for (uint32_t i = 0; i < n; i++) {
            S[i].wsum = 0;
            for (uint32_t k = 0; k < S[i].n_terms; k++) {
                rx_term *t = &S[i].terms[k];
                if (t->kind == RX_TERM_WORD && px_map_get(&names, t->h))
                    t->kind = RX_TERM_NAME;
                uint64_t *v = px_map_get(&df, t->h);
                double w = log(1.0 + total / (v && *v ? *v : 1));
                if (idf && idf->idf) {
                    double c = idf->idf(idf->user, t->h);
                    w *= c >= 0 && c <= 100 ? c : (c > 100 ? 100 : 0);
                }
                t->w = (float)w * rx_kind_scale(t->kind);
                S[i].wsum += t->w;
            }
        }
    }
    px_map_free(&df);
    px_map_free(&names);
    return st;
}

typedef struct rx_index {
    px_map ids;          /* term -> id */
    uint32_t *start;     /* id -> first posting; start[n_ids] = total */
    uint32_t *post;      /* sentence numbers of a */
    uint32_t n_ids;
} rx_index;

static px_status index_build(px_arena *ar, const rx_sent *A, uint32_t na,
                             rx_index *ix)
{
    memset(ix, 0, sizeof *ix);
    size_t total = 0;
    for (uint32_t i = 0; i < na; i++) {
        for (uint32_t k = 0; k < A[i].n_terms; k++) {
            uint64_t *v = px_map_put(&ix->ids, A[i].terms[k].h, UINT32_MAX);
            if (!v) return PX_NOMEM;
            if (*v == UINT32_MAX) *v = ix->n_ids++;
        }
        total += A[i].n_terms;
    }
    ix->start = px_arena_alloc(ar, ((size_t)ix->n_ids + 1) * sizeof *ix->start);
    ix->post = px_arena_alloc(ar, (total ? total : 1) * sizeof *ix->post);
    if (!ix->start || !ix->post) return PX_NOMEM;
    /* count, prefix-sum, fill (start[] doubles as the fill cursor) */
    for (uint32_t i = 0; i < na; i++)
        for (uint32_t k = 0; k < A[i].n_terms; k++)
            ix->start[*px_map_get(&ix->ids, A[i].terms[k].h) + 1]++;
    for (uint32_t id = 0; id < ix->n_ids; id++) ix->start[id + 1] += ix->start[id];
    for (uint32_t i = 0; i < na; i++)
        for (uint32_t k = 0; k < A[i].n_terms; k++) {
            uint32_t id = *px_map_get(&ix->ids, A[i].terms[k].h);
            ix->post[ix->start[id]++] = i;
        }
    /* the fill moved each start to the next one's; shift back */
    for (uint32_t id = ix->n_ids; id > 0; id--) ix->start[id] = ix->start[id - 1];
    ix->start[0] = 0;
    return PX_OK;
}

/* Step 3 and 4 for one sentence of b. */
static void align_one(const rx_index *ix, const rx_sent *A, const rx_sent *y,
                      float *acc, uint32_t *touched, uint16_t *row, rx_align *out)
{
    out->a = -1;
    if (y->n_terms < 4) return;
    uint32_t nt = 0;
    for (uint32_t k = 0; k < y->n_terms; k++) {
        if (y->terms[k].kind != RX_TERM_WORD) continue;
        const uint64_t *id = px_map_get(&ix->ids, y->terms[k].h);
        if (!id) continue;
        uint32_t b = ix->start[*id], e = ix->start[*id + 1];
        if (e - b > RX_POSTING_MAX) continue;
        for (uint32_t p = b; p < e; p++) {
            uint32_t s = ix->post[p];
            if (acc[s] == 0) touched[nt++] = s;
            acc[s] += y->terms[k].w + 1e-6f;
        }
    }
    /* keep the RX_CANDIDATES sentences with most shared weight */
    uint32_t best[RX_CANDIDATES];
    int nbest = 0;
    for (uint32_t i = 0; i < nt; i++) {
        uint32_t s = touched[i];
        int pos = nbest < RX_CANDIDATES ? nbest++ : RX_CANDIDATES;
        while (pos > 0 && acc[best[pos - 1]] < acc[s]) {
            if (pos < RX_CANDIDATES) best[pos] = best[pos - 1];
            pos--;
        }
        if (pos < RX_CANDIDATES) best[pos] = s;
    }
    double top = 0;
    for (int i = 0; i < nbest; i++) {
        rx_simdetail d;
        double sim = rx_sent_similarity(&A[best[i]], y, row, &d);
        int ok = (sim >= RX_ALIGN_MIN && d.shared_plain >= RX_ALIGN_PLAIN) ||
                 (sim >= RX_ALIGN_MIN_WIDE && d.shared_plain >= RX_ALIGN_PLAIN_WIDE);
        if (sim > top && ok) {
            top = sim;
            out->a = (int32_t)best[i];
            out->sim = (float)sim;
            out->dice = (float)d.dice;
            out->lcs = (float)d.lcs;
        }
    }
    for (uint32_t i = 0; i < nt; i++) acc[touched[i]] = 0;
}

px_status px_reuse_compare(const px_textdoc *a, const px_textdoc *b,
                           const px_idf_source *idf, px_reuse_result *out)
{
    if (!out) return PX_INVALID;
    memset(out, 0, sizeof *out);
    if (!a || !b || (a->n_sentences && !a->sentences) ||
        (b->n_sentences && !b->sentences) || (a->n_tokens && !a->tokens) ||
        (b->n_tokens && !b->tokens))
        return PX_INVALID;

    px_arena ar = PX_ARENA_INIT;
    rx_sent *A = NULL, *B = NULL;
    uint32_t na = 0, nb = 0;
    rx_index ix;
    memset(&ix, 0, sizeof ix);
    px_status st = build_side(&ar, a, &A, &na);
    if (st == PX_OK) st = build_side(&ar, b, &B, &nb);
    if (st == PX_OK) st = reweight(A, na, B, nb, idf);
    if (st == PX_OK) st = index_build(&ar, A, na, &ix);
    rx_align *al = NULL;
    float *acc = NULL;
    uint32_t *touched = NULL;
    if (st == PX_OK) {
        al = px_arena_alloc(&ar, (nb ? nb : 1) * sizeof *al);
        acc = px_arena_alloc(&ar, (na ? na : 1) * sizeof *acc);
        touched = px_arena_alloc(&ar, (na ? na : 1) * sizeof *touched);
        if (!al || !acc || !touched) st = PX_NOMEM;
    }
    if (st == PX_OK) {
        uint16_t row[RX_SEQ_MAX + 1];
        for (uint32_t j = 0; j < nb; j++)
            align_one(&ix, A, &B[j], acc, touched, row, &al[j]);
        int same = a->n_tokens && b->n_tokens && rx_text_hash(a) == rx_text_hash(b);
        st = rx_verdict(A, na, B, nb, al, same, out);
    }
    px_map_free(&ix.ids);
    px_arena_free(&ar);
    return st;
}

void px_reuse_result_free(px_reuse_result *r)
{
    if (!r) return;
    free(r->passages);
    r->passages = NULL;
    r->n_passages = 0;
}
