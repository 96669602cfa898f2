/*
 * reuse.h - reuse stage: fingerprints of an article's text and the
 * pairwise comparison that finds copied, rewritten and paraphrased
 * passages between two articles.
 *
 * Sketches are computed once per article (at ingest) and stored, so that
 * candidate pairs come from sketches alone; only candidates are aligned.
 */
#ifndef PX_REUSE_H
#define PX_REUSE_H

#include <stdint.h>

#include "text/text.h"

#define PX_MINHASH_K 64

typedef struct px_sketch {
    uint64_t text_hash;          /* of the normalised token sequence: exact dups */
    uint32_t minhash[PX_MINHASH_K]; /* over word 5-gram shingles of stems */
    uint32_t n_shingles;         /* distinct shingles seen (0: too short) */
    uint32_t content_minhash[PX_MINHASH_K]; /* over the set of content-word
                                    stems and numbers: a translated or
                                    reworded copy keeps its vocabulary */
    uint32_t n_content;          /* distinct content terms seen */
    uint64_t *fw_grams;          /* sorted distinct hashes of function-word
                                    n-grams: they survive synonym swaps */
    uint32_t n_fw_grams;
} px_sketch;

px_status px_sketch_compute(const px_textdoc *doc, px_sketch *out);
void px_sketch_free(px_sketch *s);
/* Serialise for the store (little-endian, versioned); *out is malloc'd. */
px_status px_sketch_encode(const px_sketch *s, unsigned char **out, size_t *len);
px_status px_sketch_decode(const unsigned char *data, size_t len, px_sketch *out);
/* Estimated Jaccard of the shingle sets, and of the function-word grams. */
double px_sketch_jaccard(const px_sketch *a, const px_sketch *b);
double px_sketch_fw_containment(const px_sketch *a, const px_sketch *b);
/* Estimated Jaccard of the content-word vocabularies. */
double px_sketch_content_jaccard(const px_sketch *a, const px_sketch *b);
/* Is the pair worth aligning? Cheap test on sketches alone. */
int px_sketch_candidate(const px_sketch *a, const px_sketch *b);

typedef enum px_reuse_kind {
    PX_REUSE_NONE = 0,
    PX_REUSE_DUPLICATE,   /* same text (normalised) */
    PX_REUSE_COPY,        /* long verbatim passages */
    PX_REUSE_REWRITE,     /* same sentences with words swapped or edited */
    PX_REUSE_PARAPHRASE   /* sentences carried over reworded / translated */
} px_reuse_kind;

typedef struct px_passage {
    uint32_t a_start, a_end;     /* bytes in a->text */
    uint32_t b_start, b_end;     /* bytes in b->text */
    float score;                 /* 0..1 similarity of the two spans */
} px_passage;

typedef struct px_reuse_result {
    px_reuse_kind kind;
    double score;                /* 0..1 strength of the link */
    double share_a;              /* share of a's text covered by passages */
    double share_b;              /* share of b's text covered by passages */
    px_passage *passages;        /* malloc'd, ordered by b_start */
    size_t n_passages;
} px_reuse_result;

/* Optional document frequencies, to weight rare words up in sentence
 * matching.  idf(user, stem_hash) returns a weight >= 0. */
typedef struct px_idf_source {
    double (*idf)(void *user, uint64_t stem_hash);
    void *user;
} px_idf_source;

/* Compare two analysed texts.  Independent reporting of the same event
 * (shared names and topic words, different sentences) must come out as
 * PX_REUSE_NONE; this precision matters more than recall. */
px_status px_reuse_compare(const px_textdoc *a, const px_textdoc *b,
                           const px_idf_source *idf, px_reuse_result *out);
void px_reuse_result_free(px_reuse_result *r);

/* Similarity 0..1 of two sentences (paraphrase-robust). */
double px_sentence_similarity(const px_textdoc *a, uint32_t sa,
                              const px_textdoc *b, uint32_t sb,
                              const px_idf_source *idf);

/* The share 0..1 of two sentences' words (function words included) that
 * keep their order: the longest common subsequence over both lengths.  A
 * synonym-spun sentence keeps its skeleton though few content words stay. */
double px_sentence_word_order(const px_textdoc *a, uint32_t sa,
                              const px_textdoc *b, uint32_t sb);

/* Sentence profiles kept for many comparisons, as when a story's
 * sentences are compared with each other: px_sentence_similarity rebuilds
 * both sides on every call.  docs must outlive the profiles; each
 * sentence's profile is built on first use. */
typedef struct px_sent_profiles px_sent_profiles;

px_status px_sent_profiles_new(const px_textdoc *const *docs, uint32_t n_docs,
                               const px_idf_source *idf, px_sent_profiles **out);
/* 1 when px_sentence_similarity(docs[da], sa, docs[db], sb, idf) >= min,
 * 0 when not, -1 when out of memory. */
int px_sent_profiles_reach(px_sent_profiles *p, uint32_t da, uint32_t sa,
                           uint32_t db, uint32_t sb, double min);
void px_sent_profiles_free(px_sent_profiles *p);

#endif
