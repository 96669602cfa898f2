/*
 * reuse_internal.h - pieces shared by the files of the reuse stage:
 * hash mixing, which tokens count as content, the per-sentence profile
 * that similarity works on, and a small hash map.
 *
 * A sentence profile is built once per sentence of each compared document
 * (align.c) or on the fly for one pair (px_sentence_similarity), so that
 * the inner comparison loop only merges sorted arrays and runs one short,
 * length-capped LCS.
 */
#ifndef PX_REUSE_INTERNAL_H
#define PX_REUSE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "reuse/reuse.h"
#include "util/map.h"

/* Tokens of one sentence looked at by the LCS: beyond this the rest of a
 * (pathologically long) sentence is ignored, so one comparison costs at
 * most RX_SEQ_MAX^2 steps. */
#define RX_SEQ_MAX 96
/* Distinct content terms kept per sentence (the first ones in order). */
#define RX_TERMS_MAX 128

/* splitmix64 finaliser: a cheap, well-spread 64-bit mix. */
static inline uint64_t rx_mix(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

/* Order-dependent combination of a running hash with the next value. */
static inline uint64_t rx_chain(uint64_t h, uint64_t v)
{
    return rx_mix((h << 7 | h >> 57) ^ v);
}

static inline int rx_is_word(const px_token *t)
{
    return (t->flags & (PX_TOK_WORD | PX_TOK_NUM)) != 0;
}

/* Content: a number, or a word that is not a function word.  One-letter
 * words carry nothing (initials, stray letters from broken markup). */
static inline int rx_is_content(const px_token *t)
{
    if (t->flags & PX_TOK_NUM) return 1;
    if (!(t->flags & PX_TOK_WORD) || (t->flags & PX_TOK_STOP)) return 0;
    return t->stem && t->stem[0] && t->stem[1];
}

enum { RX_TERM_WORD = 0, RX_TERM_NAME = 1, RX_TERM_NUM = 2 };

typedef struct rx_term {
    uint64_t h;       /* stem_hash */
    float w;          /* weight: idf, scaled by kind */
    uint8_t kind;     /* RX_TERM_* */
} rx_term;

typedef struct rx_sent {
    rx_term *terms;   /* distinct content terms, sorted by h */
    uint32_t n_terms;
    uint64_t *seq;    /* stem hashes of the word/number tokens in order */
    uint32_t n_seq;
    double wsum;      /* sum of term weights */
    uint32_t start, end;  /* bytes in the document */
} rx_sent;

/* What one comparison found, for the verdict. */
typedef struct rx_simdetail {
    double sim;       /* the 0..1 similarity */
    double dice;      /* weighted Dice of content terms */
    double lcs;       /* 2*LCS/(n1+n2) over all word tokens */
    uint32_t shared_plain; /* shared content words that are not names/numbers */
} rx_simdetail;

/* Weight of a token's term before kind scaling: caller's idf or 1. */
typedef double (*rx_weight_fn)(void *user, uint64_t stem_hash);

/* Build the profile of sentence s of doc into *out, allocating from arena.
 * weight may be NULL (all 1).  Returns 0 on allocation failure. */
int rx_sent_build(px_arena *arena, const px_textdoc *doc, uint32_t s,
                  rx_weight_fn weight, void *user, rx_sent *out);

/* Weight multiplier for a term kind (names count half). */
float rx_kind_scale(uint8_t kind);

/* Similarity of two profiles; *d (may be NULL) gets the parts.
 * lcs_scratch holds at least RX_SEQ_MAX + 1 uint16 values. */
double rx_sent_similarity(const rx_sent *x, const rx_sent *y,
                          uint16_t *lcs_scratch, rx_simdetail *d);

/* rx_sent_similarity(x, y) >= min, skipping the LCS when the content
 * overlap alone cannot reach min. */
int rx_sent_reaches(const rx_sent *x, const rx_sent *y, double min, uint16_t *lcs_scratch);

/* Best match found for one sentence of b. */
typedef struct rx_align {
    int32_t a;        /* sentence of a, or -1 when nothing aligned */
    float sim, dice, lcs;
} rx_align;

/* Sentences per document that alignment looks at; the rest of a hostile
 * document is ignored so compare time stays bounded. */
#define RX_MAX_SENTENCES 20000

/* The chained hash of the normalised word tokens (sketch text_hash). */
uint64_t rx_text_hash(const px_textdoc *doc);

/* Turn per-sentence alignments into passages, shares, kind and score
 * (verdict.c).  al has nb entries, one per sentence of b. */
px_status rx_verdict(const rx_sent *A, uint32_t na, const rx_sent *B,
                     uint32_t nb, const rx_align *al, int same_text,
                     px_reuse_result *out);



/* ---- sentence-pair matcher (pair.c) ---- */
#define RX_PAIR_NFEAT 13
/* The features the pair model weighs, for the bench's fit. */
px_status rx_pair_features(px_sentence_scorer *sc, const char *a, size_t alen,
                           const char *b, size_t blen, double f[RX_PAIR_NFEAT]);

#endif
