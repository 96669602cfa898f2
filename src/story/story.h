/*
 * story.h - the story stage: groups articles about one real-world event,
 * incrementally, as they arrive.
 *
 * Each article becomes a sparse TF-IDF vector over stems (document
 * frequencies learned online, title and name terms weighted up).  A story
 * keeps a capped centroid of its members' vectors so that it cannot drift
 * far from what it is about.  A new article is compared only with stories
 * that share one of its heaviest terms (an inverted index, no all-pairs
 * scan), and joins the best one above a threshold that rises with the
 * distance in time; otherwise it starts a story.  Same input order, same
 * stories: ties break on the lower story id.
 */
#ifndef PX_STORY_H
#define PX_STORY_H

#include <stdint.h>

#include "text/text.h"

#define PX_VEC_DOC_TERMS 64      /* heaviest terms kept per article */
#define PX_VEC_STORY_TERMS 160   /* heaviest terms kept per story centroid */

typedef struct px_term_weight {
    uint64_t term;               /* stem hash */
    float weight;
} px_term_weight;

/* A sparse vector, sorted by term, L2-normalised. */
typedef struct px_vec {
    px_term_weight *terms;
    uint32_t n;
} px_vec;

void px_vec_free(px_vec *v);
double px_vec_cosine(const px_vec *a, const px_vec *b);
/* Keep the k heaviest terms, sort by term, L2-normalise when asked. */
void px_vec_prune(px_vec *v, uint32_t k, int normalise);
px_status px_vec_copy(const px_vec *src, px_vec *dst);
px_status px_vec_add(const px_vec *a, const px_vec *b, px_vec *out);

/* A story as the engine sees it. */
typedef struct px_story_state {
    int64_t id;
    px_vec centroid;             /* sum of member vectors, capped, normalised */
    px_vec sum;                  /* uncapped running sum (capped to 4x terms) */
    uint32_t n_members;
    int32_t first_day, last_day; /* days since 1970-01-01; INT32_MIN if unknown */
} px_story_state;

typedef struct px_story_engine px_story_engine;

px_status px_story_engine_new(px_ctx *ctx, px_story_engine **out);
void px_story_engine_free(px_story_engine *e);

/* Terms of one document (distinct stems with counts) and what we know of it. */
typedef struct px_story_doc {
    const px_textdoc *doc;
    const px_textdoc *title;     /* the analysed title, or NULL */
    int32_t day;                 /* publication day, INT32_MIN if unknown */
} px_story_doc;

/* Count the document into the online document frequencies.  When terms is
 * not NULL it gets the document's distinct terms (weights: boosted counts),
 * for the caller to persist. */
px_status px_story_observe(px_story_engine *e, const px_story_doc *d, px_vec *terms);

/* Build the TF-IDF vector of a document with the frequencies seen so far. */
px_status px_story_vectorize(px_story_engine *e, const px_story_doc *d,
                             px_vec *out);

/* Decide where a vector goes: *story_id gets the best story's id, or 0 when
 * it should start a new story.  *similarity gets the best score seen. */
px_status px_story_assign(px_story_engine *e, const px_vec *v, int32_t day,
                          int64_t *story_id, double *similarity);

/* The k stories most similar to v (any similarity > 0), best first; ids
 * and sims get up to k entries, *n how many.  Used to find articles worth
 * checking for reuse, which is evidence for a story of its own. */
px_status px_story_candidates(px_story_engine *e, const px_vec *v, uint32_t k,
                              int64_t *ids, double *sims, uint32_t *n);

/* Add v to story id (creating it when new); the engine keeps a copy. */
px_status px_story_join(px_story_engine *e, int64_t id, const px_vec *v,
                        int32_t day);

/* Accessors used to persist and restore the engine. */
const px_story_state *px_story_get(const px_story_engine *e, int64_t id);
px_status px_story_restore(px_story_engine *e, const px_story_state *s);
px_status px_story_set_df(px_story_engine *e, uint64_t term, uint32_t df);
uint32_t px_story_df(const px_story_engine *e, uint64_t term);
void px_story_set_ndocs(px_story_engine *e, uint64_t n);
uint64_t px_story_ndocs(const px_story_engine *e);
double px_story_idf(const px_story_engine *e, uint64_t term);

/* Vector blobs for the store: little-endian (u64 term, f32 weight)*. */
px_status px_vec_encode(const px_vec *v, unsigned char **out, size_t *len);
px_status px_vec_decode(const unsigned char *p, size_t len, px_vec *out);

/* Days since 1970-01-01 of an ISO 8601 date prefix, INT32_MIN if none. */
int32_t px_iso_day(const char *iso);

#endif
