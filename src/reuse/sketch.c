/*
 * sketch.c - per-article fingerprints, computed once at ingest, from
 * which candidate pairs are picked without touching the text again.
 *
 *  - text_hash: chained hash of the normalised word/number tokens; equal
 *    values mean the same text up to case, spacing and punctuation.
 *  - minhash: 64 minima of the distinct word 5-gram shingles (stems of
 *    all words, function words included) - verbatim and lightly edited
 *    copies share many shingles.
 *  - content_minhash: 64 minima of the distinct content terms (stems of
 *    non-function words, numbers).  A translated or paraphrased re-report
 *    keeps the vocabulary but almost no 5-gram, so this is what lets such
 *    a pair through to alignment.  Same-story articles also share much
 *    vocabulary; that only costs an alignment, which decides.
 *  - fw_grams: distinct hashes of RX_FW_N consecutive function words with
 *    the content words dropped (stopword n-grams).  Synonym spinning swaps
 *    content words and leaves these intact; independent texts rarely share
 *    a run of six function words in the same order.
 * MinHash is the one-permutation kind (see minhash_fill): one mix per
 * item, so a 5 KB article sketches in tens of microseconds.
 */
#include <stdlib.h>
#include <string.h>

#include "reuse/reuse_internal.h"

#define RX_SHINGLE_N 5
#define RX_FW_N 6
/* Tokens looked at: beyond this a (hostile) document is sketched by its
 * first million tokens, bounding time and memory. */
#define RX_SKETCH_MAX_TOKENS (1u << 20)

static int cmp_u64(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

static size_t sort_unique(uint64_t *v, size_t n)
{
    if (!n) return 0;
    qsort(v, n, sizeof *v, cmp_u64);
    size_t k = 1;
    for (size_t i = 1; i < n; i++)
        if (v[i] != v[k - 1]) v[k++] = v[i];
    return k;
}

/* One-permutation MinHash: each item's mixed hash picks a bin by its top
 * six bits and competes for that bin's minimum with its low 32 bits - one
 * hash per item instead of K.  Empty bins (short texts) borrow from the
 * next filled bin to the right, plus a per-distance offset, so that two
 * sets still agree on a bin exactly when they agree on the donor
 * (densification after Shrivastava & Li). */
static void minhash_fill(const uint64_t *h, size_t n, uint32_t out[PX_MINHASH_K])
{
    for (int k = 0; k < PX_MINHASH_K; k++) out[k] = UINT32_MAX;
    if (!n) return;
    for (size_t i = 0; i < n; i++) {
        uint64_t x = rx_mix(h[i]);
        unsigned k = (unsigned)(x >> 58);   /* 64 bins */
        uint32_t v = (uint32_t)x;
        if (v == UINT32_MAX) v--;           /* UINT32_MAX marks "empty" */
        if (v < out[k]) out[k] = v;
    }
    uint32_t filled[PX_MINHASH_K];
    memcpy(filled, out, sizeof filled);
    for (int k = 0; k < PX_MINHASH_K; k++) {
        if (filled[k] != UINT32_MAX) continue;
        for (int d = 1; d < PX_MINHASH_K; d++) {
            uint32_t v = filled[(k + d) % PX_MINHASH_K];
            if (v == UINT32_MAX) continue;
            out[k] = (uint32_t)rx_mix(v + 0x100000000ULL * (uint64_t)d);
            if (out[k] == UINT32_MAX) out[k]--;
            break;
        }
    }
}

static uint64_t norm_hash(const px_token *t)
{
    return t->norm ? px_hash64(t->norm, strlen(t->norm)) : t->stem_hash;
}

uint64_t rx_text_hash(const px_textdoc *doc)
{
    uint64_t th = 0x5078; /* any fixed start */
    for (size_t i = 0; i < doc->n_tokens; i++)
        if (rx_is_word(&doc->tokens[i])) th = rx_chain(th, norm_hash(&doc->tokens[i]));
    return th;
}

px_status px_sketch_compute(const px_textdoc *doc, px_sketch *out)
{
    if (!out) return PX_INVALID;
    memset(out, 0, sizeof *out);
    for (int k = 0; k < PX_MINHASH_K; k++)
        out->minhash[k] = out->content_minhash[k] = UINT32_MAX;
    if (!doc) return PX_INVALID;
    size_t n = doc->n_tokens < RX_SKETCH_MAX_TOKENS ? doc->n_tokens
                                                    : RX_SKETCH_MAX_TOKENS;
    /* one scratch array, reused for each kind of gram in turn */
    uint64_t *buf = malloc((n ? n : 1) * sizeof *buf);
    uint64_t *fw = malloc((n ? n : 1) * sizeof *fw);
    if (!buf || !fw) {
        free(buf);
        free(fw);
        return PX_NOMEM;
    }

    /* shingles over word tokens */
    uint64_t win[RX_SHINGLE_N] = {0};
    size_t nw = 0, nb = 0;
    for (size_t i = 0; i < n; i++) {
        const px_token *t = &doc->tokens[i];
        if (!rx_is_word(t)) continue;
        win[nw % RX_SHINGLE_N] = t->stem_hash;
        nw++;
        if (nw >= RX_SHINGLE_N) {
            uint64_t h = 0;
            for (size_t j = nw - RX_SHINGLE_N; j < nw; j++)
                h = rx_chain(h, win[j % RX_SHINGLE_N]);
            buf[nb++] = h;
        }
    }
    out->text_hash = rx_text_hash(doc);
    nb = sort_unique(buf, nb);
    out->n_shingles = (uint32_t)nb;
    if (nb) minhash_fill(buf, nb, out->minhash);

    /* content vocabulary */
    nb = 0;
    for (size_t i = 0; i < n; i++)
        if (rx_is_content(&doc->tokens[i])) buf[nb++] = doc->tokens[i].stem_hash;
    nb = sort_unique(buf, nb);
    out->n_content = (uint32_t)nb;
    if (nb) minhash_fill(buf, nb, out->content_minhash);

    /* function-word n-grams */
    size_t ns = 0, nf = 0;
    for (size_t i = 0; i < n; i++) {
        const px_token *t = &doc->tokens[i];
        if (!(t->flags & PX_TOK_STOP) || !(t->flags & PX_TOK_WORD)) continue;
        buf[ns++] = t->stem_hash;
        if (ns >= RX_FW_N) {
            uint64_t h = 0x66;
            for (size_t j = ns - RX_FW_N; j < ns; j++) h = rx_chain(h, buf[j]);
            fw[nf++] = h;
        }
    }
    free(buf);
    nf = sort_unique(fw, nf);
    if (nf) {
        uint64_t *shrunk = realloc(fw, nf * sizeof *fw);
        out->fw_grams = shrunk ? shrunk : fw;
    } else {
        free(fw);
    }
    out->n_fw_grams = (uint32_t)nf;
    return PX_OK;
}

void px_sketch_free(px_sketch *s)
{
    if (!s) return;
    free(s->fw_grams);
    s->fw_grams = NULL;
    s->n_fw_grams = 0;
}

static double minhash_est(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int k = 0; k < PX_MINHASH_K; k++)
        same += a[k] == b[k] && a[k] != UINT32_MAX;
    return (double)same / PX_MINHASH_K;
}

double px_sketch_jaccard(const px_sketch *a, const px_sketch *b)
{
    if (!a || !b || !a->n_shingles || !b->n_shingles) return 0;
    return minhash_est(a->minhash, b->minhash);
}

double px_sketch_content_jaccard(const px_sketch *a, const px_sketch *b)
{
    if (!a || !b || !a->n_content || !b->n_content) return 0;
    return minhash_est(a->content_minhash, b->content_minhash);
}

/* Shared grams over the smaller set: a copy embedded in a longer text is
 * contained, not similar.  Tiny sets say nothing. */
double px_sketch_fw_containment(const px_sketch *a, const px_sketch *b)
{
    if (!a || !b) return 0;
    uint32_t lo = a->n_fw_grams < b->n_fw_grams ? a->n_fw_grams : b->n_fw_grams;
    if (lo < 8 || !a->fw_grams || !b->fw_grams) return 0;
    uint32_t same = 0;
    for (uint32_t i = 0, j = 0; i < a->n_fw_grams && j < b->n_fw_grams;) {
        if (a->fw_grams[i] < b->fw_grams[j]) i++;
        else if (a->fw_grams[i] > b->fw_grams[j]) j++;
        else { same++; i++; j++; }
    }
    return (double)same / lo;
}

int px_sketch_candidate(const px_sketch *a, const px_sketch *b)
{
    if (!a || !b) return 0;
    if (a->text_hash == b->text_hash && a->n_shingles) return 1;
    if (px_sketch_jaccard(a, b) >= 0.06) return 1;
    if (px_sketch_fw_containment(a, b) >= 0.15) return 1;
    return px_sketch_content_jaccard(a, b) >= 0.12;
}
