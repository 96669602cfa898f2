/*
 * verdict.c - from sentence alignments to the answer: passages, shares of
 * each text covered, the kind of reuse and a 0..1 score.
 *
 * Precision first.  Two independent reports of one event can each have a
 * sentence or two that align (a shared short quote, a stock background
 * line), so a link needs several aligned sentences: at least
 * RX_MIN_ALIGNED, or two long ones that make up a quarter of the shorter
 * text.  A text of one or two sentences taken whole and verbatim is the
 * one exception (a brief lifted into a longer page).
 *
 * Kind, by the characters of b in aligned sentences:
 *   verbatim pairs (Dice >= .85 and LCS >= .85)            -> COPY
 *   verbatim + spun pairs (skeleton kept: LCS >= .6)        -> REWRITE
 *   otherwise (same content, reworded or translated)       -> PARAPHRASE
 *   same normalised text, or both > 90% covered verbatim   -> DUPLICATE
 * Score: evidence E = sum of aligned similarities (short sentences count
 * less), saturating as 1 - exp(-E/2.5), blended with the larger covered
 * share, scaled by the mean similarity.  A linked pair maps into
 * [0.3, 1], NONE is capped at 0.25, so callers may threshold the score
 * alone.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"

#define RX_MIN_ALIGNED 3
#define RX_SUBSTANTIVE 4   /* content terms for a sentence to count */
#define RX_LONG 12         /* content terms for a long sentence */

static int is_verbatim(const rx_align *x) { return x->dice >= 0.85f && x->lcs >= 0.85f; }
static int is_spun(const rx_align *x) { return x->lcs >= 0.6f; }

static uint64_t sent_chars(const rx_sent *s)
{
    return s->n_seq && s->end > s->start ? s->end - s->start : 0;
}

static px_status make_passages(const rx_sent *A, const rx_sent *B, uint32_t nb,
                               const rx_align *al, px_reuse_result *out)
{
    size_t n = 0;
    for (uint32_t j = 0; j < nb; j++) n += al[j].a >= 0;
    if (!n) return PX_OK;
    px_passage *p = calloc(n, sizeof *p);
    if (!p) return PX_NOMEM;
    size_t k = 0;
    int32_t last_j = -2, last_a = -2;
    double wsum = 0, ssum = 0;
    for (uint32_t j = 0; j < nb; j++) {
        if (al[j].a < 0) continue;
        const rx_sent *x = &A[al[j].a], *y = &B[j];
        double w = (double)sent_chars(y) + 1;
        /* a run continues while b moves on by one sentence and a stays
         * close (translation merges, splits and swaps neighbours) */
        int extend = k > 0 && (int32_t)j == last_j + 1 &&
                     al[j].a >= last_a - 1 && al[j].a <= last_a + 2;
        if (!extend) {
            if (k) p[k - 1].score = (float)(ssum / wsum);
            p[k].a_start = x->start;
            p[k].a_end = x->end;
            p[k].b_start = y->start;
            p[k].b_end = y->end;
            k++;
            wsum = ssum = 0;
        } else {
            px_passage *c = &p[k - 1];
            if (x->start < c->a_start) c->a_start = x->start;
            if (x->end > c->a_end) c->a_end = x->end;
            if (y->end > c->b_end) c->b_end = y->end;
        }
        wsum += w;
        ssum += w * al[j].sim;
        last_j = (int32_t)j;
        last_a = al[j].a;
    }
    p[k - 1].score = (float)(ssum / wsum);
    out->passages = p;
    out->n_passages = k;
    return PX_OK;
}

px_status rx_verdict(const rx_sent *A, uint32_t na, const rx_sent *B,
                     uint32_t nb, const rx_align *al, int same_text,
                     px_reuse_result *out)
{
    uint32_t subs_a = 0, subs_b = 0, n_al = 0, n_long = 0, n_verb = 0;
    uint64_t chars_a = 0, chars_b = 0, cov_b = 0, cov_a = 0;
    double c_verb = 0, c_spun = 0, c_all = 0, evidence = 0, simsum = 0;
    for (uint32_t i = 0; i < na; i++) {
        subs_a += A[i].n_terms >= RX_SUBSTANTIVE;
        chars_a += sent_chars(&A[i]);
    }
    unsigned char *hit_a = calloc(na ? na : 1, 1);
    if (!hit_a) return PX_NOMEM;
    for (uint32_t j = 0; j < nb; j++) {
        subs_b += B[j].n_terms >= RX_SUBSTANTIVE;
        chars_b += sent_chars(&B[j]);
        if (al[j].a < 0) continue;
        const rx_sent *x = &A[al[j].a];
        double c = (double)sent_chars(&B[j]);
        n_al++;
        n_long += x->n_terms >= RX_LONG && B[j].n_terms >= RX_LONG;
        n_verb += is_verbatim(&al[j]);
        c_all += c;
        if (is_verbatim(&al[j])) c_verb += c;
        else if (is_spun(&al[j])) c_spun += c;
        cov_b += sent_chars(&B[j]);
        if (!hit_a[al[j].a]) cov_a += sent_chars(x);
        hit_a[al[j].a] = 1;
        evidence += al[j].sim * fmin(1.0, B[j].n_terms / (double)RX_LONG);
        simsum += al[j].sim;
    }
    free(hit_a);
    out->share_a = chars_a ? (double)cov_a / chars_a : 0;
    out->share_b = chars_b ? (double)cov_b / chars_b : 0;

    uint32_t shorter = subs_a < subs_b ? subs_a : subs_b;
    int linked = same_text || n_al >= RX_MIN_ALIGNED ||
                 (n_al >= 2 && n_long >= 2 && 4 * n_al >= shorter) ||
                 (n_al >= 1 && shorter >= 1 && n_al >= shorter && n_verb == n_al);
    double cover = fmax(out->share_a, out->share_b);
    double mean = n_al ? simsum / n_al : 0;
    double score = (0.65 * (1 - exp(-evidence / 2.5)) + 0.35 * fmin(1.0, cover / 0.6)) *
                   (0.6 + 0.4 * mean);
    if (!linked) {
        out->kind = PX_REUSE_NONE;
        out->score = fmin(score, 0.25);
        out->share_a = out->share_b = 0;
        return PX_OK;
    }
    if (same_text || (out->share_a > 0.9 && out->share_b > 0.9 && c_verb > 0.9 * c_all)) {
        out->kind = PX_REUSE_DUPLICATE;
        score = 1;
        if (same_text) out->share_a = out->share_b = 1;
    } else if (c_verb >= 0.5 * c_all) {
        out->kind = PX_REUSE_COPY;
    } else if (c_verb + c_spun >= 0.5 * c_all) {
        out->kind = PX_REUSE_REWRITE;
    } else {
        out->kind = PX_REUSE_PARAPHRASE;
    }
    out->score = fmin(1.0, 0.3 + 0.7 * score);
    return make_passages(A, B, nb, al, out);
}
