/*
 * story.h - the story stage: groups articles about one real-world event,
 * incrementally, as they arrive.
 *
 * Each article becomes a sparse vector of weighted features: content-word
 * stems, adjacent content-word pairs and whole named entities.  Words of
 * the title and of the opening sentences count more, because news puts the
 * event (who, where, what) in the lede and background further down.  The
 * weights are TF-IDF with document frequencies learned online, smoothed by
 * a prior of pseudo-documents so that a handful of articles cannot make a
 * term look common or rare (the prior fades as real documents accumulate).
 *
 * A story keeps a capped centroid of its members and up to
 * PX_STORY_MEMBERS member vectors (the most central ones).  A new article is
 * scored against a story by blending its cosine with the centroid and the
 * mean of its best member cosines, so one story can hold differently-worded
 * reports of one event without its centroid drifting.  Only stories sharing
 * a term with the article are scored (an inverted index, no all-pairs
 * scan).  The article joins the best story above a threshold that rises
 * with the distance in time (an article or story without a date counts as
 * a week away: it may be from any time); otherwise it starts one.  Same input order,
 * same stories: ties break on the lower story id.
 *
 * An article that could join two stories whose centroids are close is the
 * evidence that they are one: the caller merges them (px_story_merge).
 * Stories idle for longer than a window of the stream's clock leave
 * memory, so memory follows the active window, not the stream's length.
 *
 * The converse is a split (split.c).  A young story (PX_STORY_SAMPLE
 * articles at most) keeps every member whole, with the caller's key for
 * it.  When it grows, its members are cut in two by average linkage (then
 * each member moves to the side it is more like, until none moves); two
 * sides of split_min members or more whose centroids score below the
 * split setting (no higher than merge: two such stories would not merge
 * again) are two events, and the caller moves the smaller side to a new
 * story (px_story_split) and learns which members went.  Once a story is
 * past the sample it is settled: the sample goes and it never splits.
 * Member vectors of a young story share the sample's copies.
 */
#ifndef PX_STORY_H
#define PX_STORY_H

#include <stdint.h>
#include <string.h>

#include "text/text.h"

#define PX_VEC_DOC_TERMS 96      /* heaviest features kept per article */
#define PX_VEC_STORY_TERMS 192   /* heaviest features kept per story centroid */
#define PX_STORY_MEMBERS 4       /* member vectors kept per story */
#define PX_STORY_SAMPLE 16       /* members a young story keeps whole (split.c) */

/* A feature and its weight in 12 bytes: a uint64_t member would pad the
 * struct to 16, and every article streams a dozen stored story vectors
 * through the cache.  The term is read and written through px_tw_term and
 * px_tw_set (memcpy: no alignment assumed, one load on the usual CPUs). */
typedef struct px_term_weight {
    uint32_t term_bits[2];       /* feature hash (stem, pair or entity) */
    float weight;
} px_term_weight;

static inline uint64_t px_tw_term(const px_term_weight *t)
{
    uint64_t term;
    memcpy(&term, t->term_bits, sizeof term);
    return term;
}

static inline void px_tw_set(px_term_weight *t, uint64_t term, float weight)
{
    memcpy(t->term_bits, &term, sizeof term);
    t->weight = weight;
}

/* A sparse vector, sorted by term, L2-normalised. */
typedef struct px_vec {
    px_term_weight *terms;
    uint32_t n;
} px_vec;

void px_vec_free(px_vec *v);
double px_vec_cosine(const px_vec *a, const px_vec *b);
/* Keep the k heaviest terms (ties: the lower terms), sort by term,
 * L2-normalise when asked.  v may come in any order. */
void px_vec_prune(px_vec *v, uint32_t k, int normalise);
/* Give back the room past the last term (after a prune: a story keeps its
 * vectors for weeks). */
void px_vec_fit(px_vec *v);
px_status px_vec_copy(const px_vec *src, px_vec *dst);
/* out = a + b (terms sorted); allocates. */
px_status px_vec_add(const px_vec *a, const px_vec *b, px_vec *out);
/* The same into t (a->n + b->n entries); returns how many it holds. */
uint32_t px_vec_add_into(const px_vec *a, const px_vec *b, px_term_weight *t);

/* A vector hashed by term (vtable.c), for many dot products with sorted
 * vectors: the same sums as a merge walk, term for term, without the walk's
 * chain of dependent steps.  Both vectors hold each term once. */
#define PX_VEC_TABLE_STACK 1024  /* slots kept inline: vectors up to 512 terms */
#define PX_VEC_TABLE_BITS 13     /* log2 of the bitmap's bits */
typedef struct px_vec_slot {
    uint64_t term;               /* 0: empty */
    float weight;
} px_vec_slot;
typedef struct px_vec_table {
    uint64_t bits[(1u << PX_VEC_TABLE_BITS) / 64]; /* which terms may be in */
    px_vec_slot *slots;
    uint32_t mask;
    int shift;
    float zero;                  /* the weight of term 0, if has_zero */
    int has_zero;
    px_vec_slot stack[PX_VEC_TABLE_STACK];
} px_vec_table;

px_status px_vec_table_build(px_vec_table *t, const px_vec *v);
void px_vec_table_free(px_vec_table *t);
/* dot[p] = the dot product of the table's vector and b over the terms
 * whose top bits (term >> shift) are p, the last of parts taking the
 * higher ones too; has[p]: whether b has such terms. */
void px_vec_table_dot(const px_vec_table *t, const px_vec *b, int shift, int parts, double *dot,
                      int *has);

/* One member of a young story: its vector, the caller's key for the
 * article (an article id, a line number) and its day. */
typedef struct px_story_member {
    px_vec vec;
    int64_t key;
    int32_t day;
} px_story_member;

/* A story as the engine sees it. */
typedef struct px_story_state {
    int64_t id;
    px_vec centroid;             /* sum of member vectors, capped, normalised */
    px_vec sum;                  /* uncapped running sum (capped to 4x terms) */
    uint32_t n_members;          /* articles in the story */
    int32_t first_day, last_day; /* days since 1970-01-01; INT32_MIN if unknown */
    int32_t active_day;          /* engine clock at its last join (below) */
    int64_t merged_into;         /* nonzero: merged there, vectors freed */
    px_vec members[PX_STORY_MEMBERS]; /* the most central member vectors */
    uint32_t n_vecs;             /* how many of members[] are set */
    uint8_t shared;              /* bit j: members[j] is a sample vector, not a copy */
    px_story_member *sample;     /* every member while n_members <= PX_STORY_SAMPLE */
    uint32_t n_sample;           /* == n_members while the story may split */
    float *sims;                 /* engine's: similarity of sample pairs (split.c) */
} px_story_state;

/* Settings of the engine.  px_story_params_default() gives the ones tuned
 * on the ECB+ dev set (bench/stories); tests and benches may change them. */
typedef struct px_story_params {
    double join;                 /* score an article needs to join a story */
    double join_per_week;        /* extra score needed per week apart */
    double join_max_extra;       /* cap on the time extra */
    double join_undated;         /* extra when only one side has a date */
    double title_boost;          /* weight of a title occurrence */
    double lead_boost;           /* extra weight of an opening sentence ... */
    double lead_sentences;       /* ... fading over this many sentences */
    double name_boost;           /* capitalised word inside a sentence */
    double entity_weight;        /* whole named entity (people, places, orgs) */
    double pair_weight;          /* adjacent content-word pair */
    double number_weight;        /* numbers (years, counts); 0 ignores them */
    double prior_docs;           /* pseudo-documents of the IDF prior */
    double centroid_share;       /* score = share*centroid + rest*members */
    uint32_t top_members;        /* best member cosines averaged */
    double name_share;           /* weight of the name part of a score */
    double number_share;         /* weight of the number part of a score */
    double name_word_weight;     /* words of entity names, per name */
    double entity_pair_weight;   /* two entities named in one sentence */
    double window_days;          /* stories idle this long leave memory; 0: never */
    double merge;                /* centroid score two stories need to merge
                                    when one article joins both; 0: never */
    double split;                /* a young story whose two sides' centroids
                                    score below this splits; 0: never */
    double split_min;            /* members each side needs to split off */
} px_story_params;

void px_story_params_default(px_story_params *p);
/* Override settings from "name=value,name=value" (for benches and sweeps);
 * PX_INVALID on an unknown name or a bad value. */
px_status px_story_params_parse(px_story_params *p, const char *spec);

typedef struct px_story_engine px_story_engine;

/* params NULL: the defaults.  The engine copies them. */
px_status px_story_engine_new(px_ctx *ctx, const px_story_params *params,
                              px_story_engine **out);
void px_story_engine_free(px_story_engine *e);

/* What we know of one document. */
typedef struct px_story_doc {
    const px_textdoc *doc;
    const px_textdoc *title;     /* the analysed title, or NULL */
    int32_t day;                 /* publication day, INT32_MIN if unknown */
} px_story_doc;

/* Count the document into the online document frequencies.  When terms is
 * not NULL it gets the document's distinct features (weights: boosted
 * counts; in no particular order), for the caller to persist. */
px_status px_story_observe(px_story_engine *e, const px_story_doc *d, px_vec *terms);

/* Build the weighted vector of a document with the frequencies seen so far. */
px_status px_story_vectorize(px_story_engine *e, const px_story_doc *d,
                             px_vec *out);
/* The same from the counts px_story_observe gave, in place (one counting
 * pass per article instead of two). */
void px_story_weigh(const px_story_engine *e, px_vec *counts);
/* px_story_observe and px_story_weigh in one pass, for a caller that does
 * not keep the counts: the same vector. */
px_status px_story_observe_weigh(px_story_engine *e, const px_story_doc *d, px_vec *out);

/* Decide where a vector goes: *story_id gets the best story's id, or 0 when
 * it should start a new story.  *best_seen gets the best score seen; NULL
 * when not wanted, and then the members of a story that could neither be
 * joined nor change the runner-up are not compared.
 * *bridged (when not NULL) gets the runner-up story when v could join it
 * too and the two stories are close enough to merge (params.merge), else
 * 0: the article is the evidence that they are one story. */
px_status px_story_assign(px_story_engine *e, const px_vec *v, int32_t day,
                          int64_t *story_id, double *best_seen, int64_t *bridged);

/* Are stories a and b (both in memory) close enough to merge when one
 * article belongs in both? */
int px_story_mergeable(const px_story_engine *e, int64_t a, int64_t b);

/* Merge story from into story into: sums, members, days.  from leaves the
 * engine (px_story_get returns NULL for it). */
px_status px_story_merge(px_story_engine *e, int64_t into, int64_t from);

/* The k stories scoring highest against v (any score > 0), best first;
 * ids and sims get up to k entries, *n how many.  Used to find articles
 * worth checking for reuse, which is evidence for a story of its own. */
px_status px_story_candidates(px_story_engine *e, const px_vec *v, uint32_t k,
                              int64_t *ids, double *sims, uint32_t *n);

/* Add v to story id (creating it when new); the engine keeps copies.  key
 * names the article to the caller: px_story_split reports moved members
 * by it. */
px_status px_story_join(px_story_engine *e, int64_t id, int64_t key, const px_vec *v,
                        int32_t day);

/* Should story id split now (see the top)?  Cheap when it cannot: a
 * settled story is not looked at. */
int px_story_should_split(const px_story_engine *e, int64_t id);
/* Split story id: the smaller side of its members (on a tie, the side
 * without its oldest member) becomes story new_id.  moved gets the keys of
 * the members that went (PX_STORY_SAMPLE at most), *n how many; *n is 0
 * and nothing changes when the story should not split. */
px_status px_story_split(px_story_engine *e, int64_t id, int64_t new_id, int64_t *moved,
                         uint32_t *n);

/* The engine's clock: the newest publication day it has seen, moving at
 * most a day per article (one misdated article cannot close every story).
 * Stories not joined for window_days of it are evicted: they leave memory
 * and can no longer be joined (the store keeps them).  INT32_MIN while no
 * dated article has come. */
int32_t px_story_clock(const px_story_engine *e);
/* How many stories the engine holds in memory. */
size_t px_story_count(const px_story_engine *e);

/* Accessors used to persist and restore the engine.  px_story_restore
 * reads id, sum, n_members, the days, the member vectors and the sample of
 * s; a story outside the window is not restored. */
const px_story_state *px_story_get(const px_story_engine *e, int64_t id);
px_status px_story_restore(px_story_engine *e, const px_story_state *s);
px_status px_story_set_df(px_story_engine *e, uint64_t term, uint32_t df);
uint32_t px_story_df(const px_story_engine *e, uint64_t term);
void px_story_set_ndocs(px_story_engine *e, uint64_t n);
uint64_t px_story_ndocs(const px_story_engine *e);
/* Plain learned IDF of a stem (no prior): what reuse detection weighs
 * passages with. */
double px_story_idf(const px_story_engine *e, uint64_t term);

/* Vector blobs for the store: little-endian (u64 term, f32 weight)*. */
px_status px_vec_encode(const px_vec *v, unsigned char **out, size_t *len);
px_status px_vec_decode(const unsigned char *p, size_t len, px_vec *out);
/* Several vectors in one blob: u32 count, then per vector u32 n and its
 * n (u64, f32) entries.  Decoding fills at most max vectors. */
px_status px_vecs_encode(const px_vec *v, uint32_t n, unsigned char **out, size_t *len);
px_status px_vecs_decode(const unsigned char *p, size_t len, px_vec *out, uint32_t max,
                         uint32_t *n);

/* A sample's keys and days: u32 count, then per member i64 key, i32 day
 * (the vectors go in a px_vecs blob).  Decoding fills at most max. */
px_status px_sample_keys_encode(const px_story_member *m, uint32_t n, unsigned char **out,
                                size_t *len);
px_status px_sample_keys_decode(const unsigned char *p, size_t len, px_story_member *m,
                                uint32_t max, uint32_t *n);

/* Days since 1970-01-01 of an ISO 8601 date prefix, INT32_MIN if none. */
int32_t px_iso_day(const char *iso);

#endif
