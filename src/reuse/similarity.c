/*
 * similarity.c - how alike two sentences are, robust to paraphrase,
 * translation and synonym spinning.
 *
 * Two signals, blended:
 *  - content: weighted Dice of the sentences' content terms (stems of
 *    non-function words and numbers).  Weights are idf-like so that shared
 *    rare words count and shared topic words barely do; names count half,
 *    because independent reports of one event share every name.  A
 *    translated re-report keeps most content stems ("common threat",
 *    "Northeast Asia") even when order and function words change.
 *  - order: LCS over all word tokens (function words included), as a share
 *    of both lengths.  A spun copy swaps content words for synonyms but
 *    keeps the sentence's skeleton, so its LCS stays high while Dice drops.
 * A pair whose shared terms are almost all names or numbers is damped hard:
 * that is what two independent sentences about one event look like.
 */
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"

static int cmp_term(const void *x, const void *y)
{
    const rx_term *a = x, *b = y;
    if (a->h != b->h) return a->h < b->h ? -1 : 1;
    return (int)a->kind - (int)b->kind;
}

static uint8_t term_kind(const px_token *t)
{
    if (t->flags & PX_TOK_NUM) return RX_TERM_NUM;
    /* a capital at a sentence start says nothing about being a name */
    if ((t->flags & PX_TOK_CAP) && !(t->flags & PX_TOK_SENT_START))
        return RX_TERM_NAME;
    return RX_TERM_WORD;
}

float rx_kind_scale(uint8_t kind)
{
    return kind == RX_TERM_NAME ? 0.5f : 1.0f;
}

int rx_sent_build(px_arena *arena, const px_textdoc *doc, uint32_t s,
                  rx_weight_fn weight, void *user, rx_sent *out)
{
    memset(out, 0, sizeof *out);
    if (s >= doc->n_sentences) return 1;
    const px_sentence *se = &doc->sentences[s];
    /* passages report these offsets: keep them inside the text */
    out->end = se->end < doc->len ? se->end : (uint32_t)doc->len;
    out->start = se->start < out->end ? se->start : out->end;
    size_t b = se->tok_begin, e = se->tok_end;
    if (e > doc->n_tokens) e = doc->n_tokens;   /* distrust the producer */
    if (b >= e) return 1;

    /* exact sizes: profiles of a whole story are kept at once */
    uint32_t words = 0, content = 0;
    for (size_t i = b; i < e; i++) {
        if (!rx_is_word(&doc->tokens[i])) continue;
        words++;
        content += (uint32_t)rx_is_content(&doc->tokens[i]);
    }
    if (words > RX_SEQ_MAX) words = RX_SEQ_MAX;
    if (content > RX_TERMS_MAX) content = RX_TERMS_MAX;
    out->seq = px_arena_alloc(arena, (words ? words : 1) * sizeof *out->seq);
    out->terms = px_arena_alloc(arena, (content ? content : 1) * sizeof *out->terms);
    if (!out->seq || !out->terms) return 0;
    uint32_t nt = 0;
    for (size_t i = b; i < e; i++) {
        const px_token *t = &doc->tokens[i];
        if (!rx_is_word(t)) continue;
        if (out->n_seq < RX_SEQ_MAX) out->seq[out->n_seq++] = t->stem_hash;
        if (!rx_is_content(t) || nt >= RX_TERMS_MAX) continue;
        out->terms[nt].h = t->stem_hash;
        out->terms[nt].kind = term_kind(t);
        nt++;
    }
    qsort(out->terms, nt, sizeof *out->terms, cmp_term);
    /* dedupe; sorted by kind within a hash, so the first (lowest) kind
     * wins: one lower-case use makes a word a word, not a name */
    uint32_t k = 0;
    for (uint32_t i = 0; i < nt; i++)
        if (k == 0 || out->terms[k - 1].h != out->terms[i].h)
            out->terms[k++] = out->terms[i];
    out->n_terms = k;
    for (uint32_t i = 0; i < k; i++) {
        double w = weight ? weight(user, out->terms[i].h) : 1.0;
        if (!(w >= 0)) w = 0;           /* NaN or negative from a caller */
        if (w > 100) w = 100;
        out->terms[i].w = (float)w * rx_kind_scale(out->terms[i].kind);
        out->wsum += out->terms[i].w;
    }
    return 1;
}

/* LCS length with one row of scratch; both lengths <= RX_SEQ_MAX. */
static uint32_t lcs_len(const uint64_t *x, uint32_t nx, const uint64_t *y,
                        uint32_t ny, uint16_t *row)
{
    memset(row, 0, (ny + 1) * sizeof *row);
    for (uint32_t i = 0; i < nx; i++) {
        uint16_t diag = 0;
        for (uint32_t j = 0; j < ny; j++) {
            uint16_t up = row[j + 1];
            uint16_t v = x[i] == y[j] ? (uint16_t)(diag + 1)
                                      : (up > row[j] ? up : row[j]);
            diag = up;
            row[j + 1] = v;
        }
    }
    return row[ny];
}

/* The content half: weighted Dice (or containment for a sentence split
 * in two) of the terms, and how many shared terms are plain words. */
static double content_overlap(const rx_sent *x, const rx_sent *y, double *dice, uint32_t *plain_out)
{
    double inter = 0;
    uint32_t plain = 0;
    for (uint32_t i = 0, j = 0; i < x->n_terms && j < y->n_terms;) {
        if (x->terms[i].h < y->terms[j].h) i++;
        else if (x->terms[i].h > y->terms[j].h) j++;
        else {
            float wx = x->terms[i].w, wy = y->terms[j].w;
            inter += wx < wy ? wx : wy;
            if (x->terms[i].kind == RX_TERM_WORD && y->terms[j].kind == RX_TERM_WORD)
                plain++;
            i++;
            j++;
        }
    }
    double tot = x->wsum + y->wsum;
    double lo = x->wsum < y->wsum ? x->wsum : y->wsum;
    *dice = tot > 0 ? 2 * inter / tot : 0;
    *plain_out = plain;
    double c = *dice;
    /* one sentence split in two (common in translation) still matches
     * each half well by containment; only trust that for long halves */
    uint32_t nmin = x->n_terms < y->n_terms ? x->n_terms : y->n_terms;
    if (nmin >= 8 && lo > 0 && 0.75 * inter / lo > c) c = 0.75 * inter / lo;
    return c;
}

/* The blend of content c and order lcs; rises with both. */
static double blend(double c, double lcs, uint32_t plain)
{
    double sim = 0.65 * c + 0.35 * lcs;
    /* overlap made of names and numbers is what independent reports of
     * the same event share; it is not evidence of reuse */
    if (plain < 2) sim *= 0.35;
    else if (plain < 3) sim *= 0.6;
    return sim > 1 ? 1 : sim;
}

double rx_sent_similarity(const rx_sent *x, const rx_sent *y,
                          uint16_t *lcs_scratch, rx_simdetail *d)
{
    rx_simdetail tmp;
    if (!d) d = &tmp;
    memset(d, 0, sizeof *d);
    if (!x->n_terms || !y->n_terms || !x->n_seq || !y->n_seq) return 0;
    uint32_t plain;
    double c = content_overlap(x, y, &d->dice, &plain);
    uint32_t l = lcs_len(x->seq, x->n_seq, y->seq, y->n_seq, lcs_scratch);
    d->lcs = 2.0 * l / (x->n_seq + y->n_seq);
    d->shared_plain = plain;
    d->sim = blend(c, d->lcs, plain);
    return d->sim;
}

int rx_sent_reaches(const rx_sent *x, const rx_sent *y, double min, uint16_t *lcs_scratch)
{
    if (!x->n_terms || !y->n_terms || !x->n_seq || !y->n_seq) return 0 >= min;
    double dice;
    uint32_t plain;
    double c = content_overlap(x, y, &dice, &plain);
    /* the order share is at most 1 and blend rises with it: when even a
     * perfect order cannot reach min, the LCS need not be run */
    if (blend(c, 1.0, plain) < min) return 0;
    uint32_t l = lcs_len(x->seq, x->n_seq, y->seq, y->n_seq, lcs_scratch);
    return blend(c, 2.0 * l / (x->n_seq + y->n_seq), plain) >= min;
}

double px_sentence_similarity(const px_textdoc *a, uint32_t sa,
                              const px_textdoc *b, uint32_t sb,
                              const px_idf_source *idf)
{
    if (!a || !b || sa >= a->n_sentences || sb >= b->n_sentences) return 0;
    px_arena arena = PX_ARENA_INIT;
    rx_sent x, y;
    uint16_t row[RX_SEQ_MAX + 1];
    rx_weight_fn fn = idf && idf->idf ? idf->idf : NULL;
    void *user = idf ? idf->user : NULL;
    double sim = 0;
    if (rx_sent_build(&arena, a, sa, fn, user, &x) &&
        rx_sent_build(&arena, b, sb, fn, user, &y))
        sim = rx_sent_similarity(&x, &y, row, NULL);
    px_arena_free(&arena);
    return sim;
}

double px_sentence_word_order(const px_textdoc *a, uint32_t sa,
                              const px_textdoc *b, uint32_t sb)
{
    if (!a || !b || sa >= a->n_sentences || sb >= b->n_sentences) return 0;
    px_arena arena = PX_ARENA_INIT;
    rx_sent x, y;
    uint16_t row[RX_SEQ_MAX + 1];
    double share = 0;
    if (rx_sent_build(&arena, a, sa, NULL, NULL, &x) && rx_sent_build(&arena, b, sb, NULL, NULL, &y) &&
        x.n_seq && y.n_seq)
        share = 2.0 * lcs_len(x.seq, x.n_seq, y.seq, y.n_seq, row) / (x.n_seq + y.n_seq);
    px_arena_free(&arena);
    return share;
}
