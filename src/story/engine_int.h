/* engine_int.h - what the story engine's files share: the engine's
 * layout, the feature encoding and the calls between engine.c (scoring,
 * joining, merging), features.c (vectors and document frequencies) and
 * window.c (the clock and eviction of idle stories).  Not public. */
#ifndef PX_STORY_ENGINE_INT_H
#define PX_STORY_ENGINE_INT_H

#include <stdint.h>

#include "story/story.h"
#include "util/map.h"

/* Stories scored in full (members too) per article: the ones whose
 * centroids come closest.  Bounds the work per article however many
 * stories share a common word with it. */
#define FULL_SCORE_STORIES 6

/* Stories whose centroid is compared at all: the ones sharing the most
 * probe weight with the article.  Counting shared probe terms is a few
 * adds per posting entry; a cosine walks two whole vectors. */
#define CENTROID_STORIES 12

/* Candidate stories are those sharing one of the article's PROBE_TERMS
 * heaviest features.  A story that shares none of them cannot reach the
 * threshold in practice, and skipping the posting lists of the light
 * (common) terms keeps the work per article flat as stories accumulate. */
#define PROBE_TERMS 12

/* Entries read per probe term: the newest ones (postings grow at the end).
 * A term in more stories than this does not single one out, and reading
 * all of them made the work per article grow with the window. */
#define POSTING_SCAN 512

/* Salts keep pair and entity features apart from stems in one hash space
 * (and in the store's one table of document frequencies). */
#define PAIR_SALT 0x8f1bbcdcca62c1d6ULL
#define ENTITY_SALT 0x5be0cd19137e2179ULL
#define ENTITY_WORD_SALT 0x1f83d9abfb41bd6bULL

/* The top two bits of a feature say what it is: 0 a word or word pair,
 * 1 a number, 2 or 3 a name (whole entities, entity pairs and the words of
 * entity names).  Sorted by term, a vector holds its words, then its
 * numbers, then its names, and each part is normalised on its own: names
 * and numbers then make up a fixed share of the score however many words
 * an article has.  Two reports of different events of one kind (two
 * arrests, two earthquakes) share most of their words and differ mainly in
 * who, where, when and how many. */
#define PART_SHIFT 62
#define NUM_BIT (1ULL << 62)
#define NAME_BIT (1ULL << 63)
#define N_PARTS 3
#define DOC_NAMES 32            /* name and number features kept per article */
#define STORY_NAMES 64          /* ... per story centroid */

static inline int part_of(uint64_t term)
{
    int p = (int)(term >> PART_SHIFT);
    return p > 2 ? 2 : p;
}

static inline uint64_t word_key(uint64_t h)
{
    h &= ~(NAME_BIT | NUM_BIT);
    return h ? h : 1;
}

typedef struct posting {
    uint32_t *stories;      /* indices into engine->stories */
    uint32_t n, cap;
} posting;

/* A story a query's posting scan reached: 16 bytes, written or updated
 * for every posting entry read (a thousand and more per article), and
 * read again to pick the nearest. */
typedef struct reached {
    uint32_t story;         /* index into engine->stories */
    uint32_t last_probe;    /* probe term that last reached it, + 1 */
    double reach;           /* summed weight of the probe terms it shares */
} reached;

/* One of the stories nearest by reach, then by centroid. */
typedef struct candidate {
    uint32_t story;         /* index into engine->stories */
    double reach;
    double centroid_sim;
    int64_t id;             /* the story's, for ties */
} candidate;

/* Per story, what a query reads of the stories it reached, in one small
 * array: the story states are big and scattered. */
typedef struct mark {
    int64_t id;             /* the story's id */
    int shell;              /* merged away: skipped until the sweep */
} mark;

/* Features being counted for one document.  The engine keeps one, cleared
 * per document, while its map has at most COUNTER_KEEP slots. */
#define COUNTER_KEEP 4096

typedef struct counter {
    px_map pos;             /* feature -> index + 1 */
    px_term_weight *t;
    size_t n, cap;
} counter;

struct px_story_engine {
    px_ctx *ctx;
    px_story_params p;
    px_map df;              /* feature -> documents seen with it */
    uint64_t ndocs;
    px_story_state *stories;
    size_t n_stories, cap_stories;
    px_map by_id;           /* story id -> index + 1 */
    px_map index;           /* feature -> posting index + 1 */
    posting *postings;
    size_t n_postings, cap_postings;
    mark *marks;            /* per story */
    /* Per story, the query that last reached it and its place in cand[]
     * then (query << 32 | place; nothing to clear between queries).  What
     * a query reads for every posting entry: 8 bytes a story, where a
     * 24-byte mark missed the cache on most entries; and whether this
     * query reached the story before is settled by this load alone. */
    uint64_t *seen;
    uint32_t query;         /* the query in progress, counted from 1 */
    reached *cand;          /* scratch for one query, cap_stories + 1 long */
    int32_t clock;          /* see px_story_clock; INT32_MIN: no date yet */
    int32_t swept;          /* clock at the last eviction */
    double disorder;        /* days, see tick() */
    uint32_t sweeps;        /* evictions so far */
    counter counts;         /* scratch of term_counts, kept between documents */
};


/* Ask for bytes [from, to) of a vector's terms ahead of a dot product
 * with it: stored vectors are far apart in a big heap, and a dot product
 * that reaches for each line in turn waits on most of them. */
static inline void story_prefetch(const px_vec *v, size_t from, size_t to)
{
    const char *t = (const char *)v->terms;
    size_t bytes = v->n * sizeof *v->terms;
    for (size_t at = from; at < bytes && at < to; at += 64) PX_PREFETCH(t + at);
}

/* engine.c */
void story_free_state(px_story_state *s);               /* its vectors */
void story_member_drop(px_story_state *s, uint32_t j);   /* free members[j] if its own */
double story_similarity(const px_story_params *p, const px_vec *a, const px_vec *b);
px_status story_slot_for(px_story_engine *e, int64_t id, uint32_t *index);
px_status story_recentre(px_story_engine *e, uint32_t si);
/* One vector compared with many: hashed once, with the parts it has. */
typedef struct story_query {
    px_vec_table table;
    int has[N_PARTS];
} story_query;
px_status story_query_of(story_query *q, const px_vec *v);   /* px_vec_table_free(&q->table) */
/* story_similarity(), bit for bit, of the query's vector and b. */
double story_similarity_q(const px_story_params *p, const story_query *q, const px_vec *b);
/* Members of a story rebuilt from a pool of n vectors (taken): the
 * PX_STORY_MEMBERS closest to its centroid. */
#define MEMBER_POOL (PX_STORY_SAMPLE > 2 * PX_STORY_MEMBERS ? PX_STORY_SAMPLE : 2 * PX_STORY_MEMBERS)
void story_pick_members(const px_story_params *p, px_story_state *s, px_vec *pool, uint32_t n);

/* split.c */
/* Add a member to the sample of story si (a copy), or let the sample go
 * when the story is past it. */
px_status story_sample_add(px_story_engine *e, px_story_state *s, int64_t key, const px_vec *v,
                           int32_t day);
/* Move b's sample into a's when both are whole and fit, else drop both. */
px_status story_sample_merge(px_story_engine *e, px_story_state *a, px_story_state *b);
/* Free the sample; members sharing its vectors get them. */
void story_sample_free(px_story_state *s);
/* Give members that share sample vectors copies of their own. */
px_status story_members_own(px_story_state *s);
/* The sample of a story being restored, when src's is whole. */
px_status story_sample_restore(px_story_engine *e, px_story_state *s, const px_story_state *src);

/* features.c */
/* Keep the kw heaviest words and kn heaviest names and numbers of v (in
 * any order), each part normalised on its own when asked; v ends sorted. */
void story_split_prune(px_vec *v, uint32_t kw, uint32_t kn, int normalise);
/* Which parts (words, numbers, names) v has. */
void story_parts_of(const px_vec *v, int has[N_PARTS]);
/* Dot products of a and b per part, and which parts both hold. */
void story_split_dot(const px_vec *a, const px_vec *b, double dot[N_PARTS], int present[N_PARTS]);

/* window.c */
void story_tick(px_story_engine *e, int32_t day);        /* advance the clock */
int32_t story_sweep_every(const px_story_params *p);    /* days between evictions */
int story_idle(const px_story_engine *e, const px_story_state *s);
px_status story_evict(px_story_engine *e);               /* drop idle stories */

#endif
