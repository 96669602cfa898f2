/* engine.c - the incremental story engine (see story.h for the method):
 * scoring an article against the stories, joining, merging, restoring.
 * Features are in features.c, the active window in window.c. */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "story/engine_int.h"

px_status px_story_engine_new(px_ctx *ctx, const px_story_params *params,
                              px_story_engine **out)
{
    px_story_engine *e = calloc(1, sizeof *e);
    if (!e) return px_fail(ctx, PX_NOMEM, "story engine: out of memory");
    e->ctx = ctx;
    e->clock = e->swept = INT32_MIN;
    if (params) e->p = *params;
    else px_story_params_default(&e->p);
    *out = e;
    return PX_OK;
}

/* Members share the vectors of a young story's sample (bit j of shared);
 * the sample frees those. */
void story_member_drop(px_story_state *s, uint32_t j)
{
    if (!(s->shared >> j & 1)) px_vec_free(&s->members[j]);
    s->members[j] = (px_vec){0};
    s->shared &= (uint8_t)~(1u << j);
}

void story_free_state(px_story_state *s)
{
    px_vec_free(&s->centroid);
    px_vec_free(&s->sum);
    for (uint32_t j = 0; j < s->n_vecs; j++) story_member_drop(s, j);
    s->n_vecs = 0;
    story_sample_free(s);
}

void px_story_engine_free(px_story_engine *e)
{
    if (!e) return;
    for (size_t i = 0; i < e->n_stories; i++) story_free_state(&e->stories[i]);
    for (size_t i = 0; i < e->n_postings; i++) free(e->postings[i].stories);
    px_big_free(e->postings, e->cap_postings, sizeof *e->postings);
    px_big_free(e->stories, e->cap_stories, sizeof *e->stories);
    px_big_free(e->marks, e->cap_stories, sizeof *e->marks);
    px_big_free(e->seen, e->cap_stories, sizeof *e->seen);
    px_big_free(e->cand, e->cap_stories + 1, sizeof *e->cand);
    px_map_free(&e->df);
    px_map_free(&e->by_id);
    px_map_free(&e->index);
    px_map_free(&e->counts.pos);
    free(e->counts.t);
    free(e);
}

static double join_threshold(const px_story_params *p, const px_story_state *s, int32_t day)
{
    if (day == INT32_MIN && s->first_day == INT32_MIN) return p->join;
    if (day == INT32_MIN || s->first_day == INT32_MIN) return p->join + p->join_undated;
    int32_t gap = day < s->first_day ? s->first_day - day
                : day > s->last_day ? day - s->last_day : 0;
    double extra = p->join_per_week * gap / 7.0;
    return p->join + (extra < p->join_max_extra ? extra : p->join_max_extra);
}

/* Similarity of two vectors: a weighted mean of the cosines of their
 * parts, over the parts both have (an article that gives no numbers is
 * judged on its words and names alone, not penalised). */
static double blend(const px_story_params *p, const double dot[N_PARTS], const int present[N_PARTS])
{
    double share[N_PARTS] = {1.0, p->number_share, p->name_share}, sum = 0, wsum = 0;
    share[0] = 1.0 - p->number_share - p->name_share;
    if (share[0] < 0) share[0] = 0;
    for (int i = 0; i < N_PARTS; i++)
        if (present[i] || i == 0) {
            sum += share[i] * dot[i];
            wsum += share[i];
        }
    return wsum > 0 ? sum / wsum : 0;
}

double story_similarity(const px_story_params *p, const px_vec *a, const px_vec *b)
{
    double dot[N_PARTS];
    int present[N_PARTS];
    story_split_dot(a, b, dot, present);
    return blend(p, dot, present);
}

px_status story_query_of(story_query *q, const px_vec *v)
{
    story_parts_of(v, q->has);
    return px_vec_table_build(&q->table, v);
}

double story_similarity_q(const px_story_params *p, const story_query *q, const px_vec *b)
{
    double dot[N_PARTS];
    int present[N_PARTS];
    px_vec_table_dot(&q->table, b, PART_SHIFT, N_PARTS, dot, present);
    for (int i = 0; i < N_PARTS; i++) present[i] = present[i] && q->has[i];
    return blend(p, dot, present);
}

/* The article's score against a story: its cosine with the centroid
 * blended with the mean of its best cosines with the kept members.  The
 * members let a report that matches part of a story (one outlet's angle)
 * find it although it is far from the average. */
static double story_score(const px_story_params *p, const px_story_state *s,
                          const story_query *v, double centroid_sim)
{
    if (s->n_vecs == 0 || p->centroid_share >= 1.0) return centroid_sim;
    double best[PX_STORY_MEMBERS];
    uint32_t k = p->top_members < s->n_vecs ? p->top_members : s->n_vecs, nb = 0;
    for (uint32_t j = 0; j < s->n_vecs; j++) {
        double sim = story_similarity_q(p, v, &s->members[j]);
        uint32_t at = nb < k ? nb++ : k;
        while (at > 0 && best[at - 1] < sim) {
            if (at < k) best[at] = best[at - 1];
            at--;
        }
        if (at < k) best[at] = sim;
    }
    double mean = 0;
    for (uint32_t j = 0; j < nb; j++) mean += best[j];
    mean /= nb ? nb : 1;
    return p->centroid_share * centroid_sim + (1.0 - p->centroid_share) * mean;
}

/* The first lines of a vector, ahead of a dot product with it; the rest
 * while the one before it is scored. */
#define HEAD_BYTES (4 * 64)
static void prefetch_head(const px_vec *v) { story_prefetch(v, 0, HEAD_BYTES); }
static void prefetch_rest(const px_vec *v) { story_prefetch(v, HEAD_BYTES, SIZE_MAX); }

static int cand_better(const candidate *a, const candidate *b)
{
    if (a->centroid_sim != b->centroid_sim) return a->centroid_sim > b->centroid_sim;
    return a->id < b->id;
}

/* Score v against every story sharing a feature with it: the centroid
 * first, then the full score for the closest FULL_SCORE_STORIES.  Calls
 * back with each fully scored story that may score floor or more, and
 * (bar not NULL) may reach bar's score for it, the least that could still
 * change the caller's outcome. */
typedef void (*scored_fn)(px_story_engine *e, const px_story_state *s, double score, void *user);
typedef double (*bar_fn)(const px_story_engine *e, const px_story_state *s, const void *user);

/* A member's similarity is at most 1 (a weighted mean of cosines of unit
 * parts); the margin covers the rounding of float weights. */
#define MEMBER_SIM_MAX (1.0 + 1e-6)

/* Entries ahead whose per-story state is asked for in the posting scan. */
#define SLOTS_AHEAD 16

static px_status score_stories(px_story_engine *e, const px_vec *v, double floor, scored_fn fn,
                               bar_fn bar, void *user)
{
    /* the heaviest terms, heaviest first (ties: lower term) */
    uint32_t probe[PROBE_TERMS], np = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        uint32_t at = np < PROBE_TERMS ? np++ : PROBE_TERMS;
        while (at > 0 && v->terms[probe[at - 1]].weight < v->terms[i].weight) {
            if (at < PROBE_TERMS) probe[at] = probe[at - 1];
            at--;
        }
        if (at < PROBE_TERMS) probe[at] = i;
    }
    /* every story sharing a probe term, with the probe weight it shares;
     * the index slots, postings and newest entries of all the probe terms
     * are asked for first, stage by stage (as index_terms does) */
    const posting *lists[PROBE_TERMS];
    for (uint32_t q = 0; q < np; q++) px_map_prefetch(&e->index, px_tw_term(&v->terms[probe[q]]));
    for (uint32_t q = 0; q < np; q++) {
        const uint64_t *pi = px_map_get(&e->index, px_tw_term(&v->terms[probe[q]]));
        lists[q] = pi ? &e->postings[*pi - 1] : NULL;
        if (lists[q]) PX_PREFETCH(lists[q]);
    }
    for (uint32_t q = 0; q < np; q++)
        if (lists[q] && lists[q]->n)
            PX_PREFETCH(&lists[q]->stories[lists[q]->n > POSTING_SCAN ? lists[q]->n - POSTING_SCAN : 0]);
    /* Whether a story was reached before is a coin toss the branch
     * predictor loses, so it is settled without a branch: cand[nr], one
     * past the reached (room is kept for it), is written as if the story
     * were new, and nr moves on only if it is.  It is told by the story's
     * query tag alone: with its place in cand[] checked there instead,
     * each entry waited on that load through nr.  A story listed twice in
     * a posting adds 0, which leaves its sum bit for bit as it was. */
    if (++e->query == 0) {     /* wrapped: no old tag may pass for this query */
        if (e->seen) memset(e->seen, 0, e->cap_stories * sizeof *e->seen);
        e->query = 1;
    }
    uint64_t tag = (uint64_t)e->query << 32;
    uint32_t nr = 0;
    for (uint32_t q = 0; q < np; q++) {
        const posting *p = lists[q];
        if (!p) continue;
        uint32_t probe_mark = q + 1;
        double w = v->terms[probe[q]].weight;
        for (uint32_t j = p->n > POSTING_SCAN ? p->n - POSTING_SCAN : 0; j < p->n; j++) {
            /* the tags are read at random: those of the entries ahead
             * are on their way while this one is settled */
            if (j + SLOTS_AHEAD < p->n) PX_PREFETCH(&e->seen[p->stories[j + SLOTS_AHEAD]]);
            uint32_t si = p->stories[j];
            uint64_t seen = e->seen[si];
            uint32_t fresh = (seen & ~(uint64_t)UINT32_MAX) != tag, at = (uint32_t)seen;
            e->cand[nr] = (reached){si, 0, 0};
            at ^= (at ^ nr) & (0u - fresh);   /* fresh ? nr : at, as arithmetic */
            e->seen[si] = tag | at;
            nr += fresh;
            reached *c = &e->cand[at];
            c->reach += w * (c->last_probe != probe_mark);
            c->last_probe = probe_mark;
        }
    }
    /* the CENTROID_STORIES reaching furthest, then the closest of those */
    candidate near[CENTROID_STORIES], best[FULL_SCORE_STORIES];
    size_t nn = 0, nb = 0;
    for (size_t i = 0; i < nr; i++) {
        if (i + SLOTS_AHEAD < nr) PX_PREFETCH(&e->marks[e->cand[i + SLOTS_AHEAD].story]);
        const reached *r = &e->cand[i];
        if (nn == CENTROID_STORIES && r->reach < near[nn - 1].reach) continue;
        if (e->marks[r->story].shell) continue;   /* a shell until the sweep */
        candidate c = {r->story, r->reach, 0, e->marks[r->story].id};
        size_t at = nn < CENTROID_STORIES ? nn++ : CENTROID_STORIES;
        while (at > 0 && (c.reach > near[at - 1].reach ||
                          (c.reach == near[at - 1].reach && c.id < near[at - 1].id))) {
            if (at < CENTROID_STORIES) near[at] = near[at - 1];
            at--;
        }
        if (at < CENTROID_STORIES) near[at] = c;
    }
    if (nn == 0) return PX_OK;
    /* the centroids are far apart in a big heap: all their first lines
     * are asked for at once, a state (for the pointer) then its vector */
    for (size_t i = 0; i < nn; i++) PX_PREFETCH(&e->stories[near[i].story].centroid);
    for (size_t i = 0; i < nn; i++) prefetch_head(&e->stories[near[i].story].centroid);
    story_query q;
    if (story_query_of(&q, v) != PX_OK) return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    for (size_t i = 0; i < nn; i++) {
        candidate c = near[i];
        if (i + 1 < nn) prefetch_rest(&e->stories[near[i + 1].story].centroid);
        c.centroid_sim = story_similarity_q(&e->p, &q, &e->stories[c.story].centroid);
        size_t at = nb < FULL_SCORE_STORIES ? nb++ : FULL_SCORE_STORIES;
        while (at > 0 && cand_better(&c, &best[at - 1])) {
            if (at < FULL_SCORE_STORIES) best[at] = best[at - 1];
            at--;
        }
        if (at < FULL_SCORE_STORIES) best[at] = c;
    }
    /* members can at most lift the score to this: the others skip the
     * cosines */
    double cs = e->p.centroid_share < 1.0 ? e->p.centroid_share : 1.0;
    size_t nf = 0;
    for (size_t i = 0; i < nb; i++)
        if (cs * best[i].centroid_sim + (1.0 - cs) >= floor) best[nf++] = best[i];
    for (size_t i = 0; i < nf; i++)
        for (uint32_t j = 0; j < e->stories[best[i].story].n_vecs; j++)
            prefetch_head(&e->stories[best[i].story].members[j]);
    for (size_t i = 0; i < nf; i++) {
        /* the members of this story and the next while this is scored:
         * their heads are on their way */
        /* the stories ahead scored high enough that a story's members
         * cannot matter: a fifth of the member cosines.  The bar only
         * rises as stories are scored, so one it rules out already is
         * skipped later too: its members are not fetched either. */
        for (size_t k = i ? i + 1 : 0; k <= i + 1 && k < nf; k++) {
            const px_story_state *t = &e->stories[best[k].story];
            if (bar && cs * best[k].centroid_sim + (1.0 - cs) * MEMBER_SIM_MAX < bar(e, t, user))
                continue;
            for (uint32_t j = 0; j < t->n_vecs; j++) prefetch_rest(&t->members[j]);
        }
        const px_story_state *s = &e->stories[best[i].story];
        if (bar && cs * best[i].centroid_sim + (1.0 - cs) * MEMBER_SIM_MAX < bar(e, s, user)) continue;
        fn(e, s, story_score(&e->p, s, &q, best[i].centroid_sim), user);
    }
    px_vec_table_free(&q.table);
    return PX_OK;
}

typedef struct assign_acc {
    int32_t day;
    double best, second, best_seen;
    int64_t best_id, second_id;
} assign_acc;

static void on_assign(px_story_engine *e, const px_story_state *s, double score, void *user)
{
    assign_acc *a = user;
    if (score > a->best_seen) a->best_seen = score;
    if (score < join_threshold(&e->p, s, a->day)) return;
    if (score > a->best || (score == a->best && s->id < a->best_id)) {
        a->second = a->best;
        a->second_id = a->best_id;
        a->best = score;
        a->best_id = s->id;
    } else if (score > a->second || (score == a->second && s->id < a->second_id)) {
        a->second = score;
        a->second_id = s->id;
    }
}

/* A score below the story's threshold, or below a runner-up already
 * found, changes neither the best nor the runner-up (on_assign). */
static double assign_bar(const px_story_engine *e, const px_story_state *s, const void *user)
{
    const assign_acc *a = user;
    double thr = join_threshold(&e->p, s, a->day);
    return a->second_id && a->second > thr ? a->second : thr;
}

px_status px_story_assign(px_story_engine *e, const px_vec *v, int32_t day,
                          int64_t *story_id, double *best_seen, int64_t *bridged)
{
    assign_acc a = {day, -1, -1, 0, 0, 0};
    *story_id = 0;
    if (best_seen) *best_seen = 0;
    if (bridged) *bridged = 0;
    px_status rc = score_stories(e, v, e->p.join, on_assign, best_seen ? NULL : assign_bar, &a);
    if (rc != PX_OK) return rc;
    *story_id = a.best_id;
    if (best_seen) *best_seen = a.best_seen;
    if (bridged) *bridged = a.second_id && px_story_mergeable(e, a.best_id, a.second_id) ? a.second_id : 0;
    return PX_OK;
}

int px_story_mergeable(const px_story_engine *e, int64_t a, int64_t b)
{
    const px_story_state *x = px_story_get(e, a), *y = px_story_get(e, b);
    return e->p.merge > 0 && x && y && x != y &&
           story_similarity(&e->p, &x->centroid, &y->centroid) >= e->p.merge;
}

typedef struct cand_acc {
    uint32_t k, *n;
    int64_t *ids;
    double *sims;
} cand_acc;

static void on_candidate(px_story_engine *e, const px_story_state *s, double sim, void *user)
{
    (void)e;
    cand_acc *c = user;
    if (sim <= 0) return;
    uint32_t k = c->k, at = *c->n < k ? (*c->n)++ : k;
    while (at > 0 && (c->sims[at - 1] < sim || (c->sims[at - 1] == sim && c->ids[at - 1] > s->id))) {
        if (at < k) { c->sims[at] = c->sims[at - 1]; c->ids[at] = c->ids[at - 1]; }
        at--;
    }
    if (at < k) { c->sims[at] = sim; c->ids[at] = s->id; }
}

px_status px_story_candidates(px_story_engine *e, const px_vec *v, uint32_t k,
                              int64_t *ids, double *sims, uint32_t *n)
{
    *n = 0;
    cand_acc c = {k, n, ids, sims};
    return k ? score_stories(e, v, 0, on_candidate, NULL, &c) : PX_OK;
}

static px_status index_term(px_story_engine *e, uint64_t term, uint32_t story)
{
    uint64_t *pi = px_map_upsert(&e->index, term);
    if (!pi) return PX_NOMEM;
    if (*pi == 0) {
        if (e->n_postings == e->cap_postings) {
            size_t cap = e->cap_postings ? 2 * e->cap_postings : 256;
            posting *np = px_big_realloc(e->postings, e->cap_postings, cap, sizeof *np);
            if (!np) return PX_NOMEM;
            e->postings = np;
            e->cap_postings = cap;
        }
        memset(&e->postings[e->n_postings], 0, sizeof(posting));
        *pi = ++e->n_postings;
    }
    posting *p = &e->postings[*pi - 1];
    if (p->n && p->stories[p->n - 1] == story) return PX_OK;
    if (p->n == p->cap) {
        uint32_t cap = p->cap ? 2 * p->cap : 4;
        uint32_t *ns = realloc(p->stories, cap * sizeof *ns);
        if (!ns) return PX_NOMEM;
        p->stories = ns;
        p->cap = cap;
    }
    p->stories[p->n++] = story;
    return PX_OK;
}

/* index_term for n terms.  Each reads an index slot, a posting and the
 * posting's last entry, three cache misses in a row in a big window: the
 * loads of all the terms are started first, stage by stage. */
static px_status index_terms(px_story_engine *e, const uint64_t *terms, uint32_t n, uint32_t story)
{
    for (uint32_t i = 0; i < n; i++) px_map_prefetch(&e->index, terms[i]);
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t *pi = px_map_get(&e->index, terms[i]);
        if (pi) PX_PREFETCH(&e->postings[*pi - 1]);
    }
    for (uint32_t i = 0; i < n; i++) {
        const uint64_t *pi = px_map_get(&e->index, terms[i]);
        const posting *p = pi ? &e->postings[*pi - 1] : NULL;
        if (p && p->n) PX_PREFETCH(&p->stories[p->n - 1]);
    }
    for (uint32_t i = 0; i < n; i++)
        if (index_term(e, terms[i], story) != PX_OK) return PX_NOMEM;
    return PX_OK;
}

/* The per-story arrays, twice as long: read at random per query, so
 * huge pages where the system gives them (px_big_calloc).  All four move,
 * or none does. */
static px_status grow_stories(px_story_engine *e)
{
    size_t old = e->cap_stories, cap = old ? 2 * old : 64;
    px_story_state *stories = px_big_calloc(cap, sizeof *stories);
    mark *marks = px_big_calloc(cap, sizeof *marks);
    uint64_t *seen = px_big_calloc(cap, sizeof *seen);
    reached *cand = px_big_calloc(cap + 1, sizeof *cand);   /* + 1: see score_stories */
    if (!stories || !marks || !seen || !cand) {
        px_big_free(stories, cap, sizeof *stories);
        px_big_free(marks, cap, sizeof *marks);
        px_big_free(seen, cap, sizeof *seen);
        px_big_free(cand, cap + 1, sizeof *cand);
        return PX_NOMEM;
    }
    if (old) {
        memcpy(stories, e->stories, old * sizeof *stories);
        memcpy(marks, e->marks, old * sizeof *marks);
        memcpy(seen, e->seen, old * sizeof *seen);
    }
    px_big_free(e->stories, old, sizeof *stories);
    px_big_free(e->marks, old, sizeof *marks);
    px_big_free(e->seen, old, sizeof *seen);
    px_big_free(e->cand, old + 1, sizeof *cand);   /* scratch of one query */
    e->stories = stories;
    e->marks = marks;
    e->seen = seen;
    e->cand = cand;
    e->cap_stories = cap;
    return PX_OK;
}

px_status story_slot_for(px_story_engine *e, int64_t id, uint32_t *index)
{
    uint64_t *pi = px_map_upsert(&e->by_id, (uint64_t)id);
    if (!pi) return PX_NOMEM;
    if (*pi == 0) {
        if (e->n_stories == e->cap_stories && grow_stories(e) != PX_OK) return PX_NOMEM;
        px_story_state *s = &e->stories[e->n_stories];
        memset(s, 0, sizeof *s);
        s->id = id;
        s->first_day = s->last_day = INT32_MIN;
        s->active_day = e->clock;
        e->marks[e->n_stories] = (mark){id, 0};
        e->seen[e->n_stories] = 0;
        *pi = ++e->n_stories;
    }
    *index = (uint32_t)(*pi - 1);
    return PX_OK;
}

/* Terms of a sum pruned on the stack: a join leaves at most half. */
#define SCRATCH_TERMS (4 * (PX_VEC_STORY_TERMS + STORY_NAMES))

/* A pruned vector into a block of its size: a copy when it is in the
 * caller's stack scratch, else its own block refitted. */
static px_status to_heap(px_vec *v, const px_term_weight *stack)
{
    if (v->terms != stack) {
        px_vec_fit(v);
        return PX_OK;
    }
    px_vec scratch = *v;
    return px_vec_copy(&scratch, v);
}

/* Replace *dst with v, pruned in the caller's stack scratch or in a block
 * of its own.  A story past its first articles keeps as many terms at
 * every join: then v goes into dst's block, where a new block and freeing
 * the old were two trips through a heap of a million vectors. */
static px_status replace_vec(px_vec *dst, px_vec *v, const px_term_weight *stack)
{
    if (v->terms == stack && dst->terms && dst->n == v->n) {
        memcpy(dst->terms, v->terms, v->n * sizeof *v->terms);
        return PX_OK;
    }
    if (to_heap(v, stack) != PX_OK) return PX_NOMEM;
    px_vec_free(dst);
    *dst = *v;
    return PX_OK;
}

/* Replace the centroid with the heaviest terms of the running sum and index
 * the terms it gained (the old centroid's are indexed already; both are
 * sorted by term, so a merge walk finds the new ones). */
px_status story_recentre(px_story_engine *e, uint32_t si)
{
    px_story_state *s = &e->stories[si];
    /* pruned in a scratch copy (on the stack unless a restored sum is
     * bigger than a join leaves it), then one block of the kept size: a
     * copy and px_vec_fit were two blocks per join */
    px_term_weight stack[SCRATCH_TERMS];
    px_vec c = {s->sum.n <= sizeof stack / sizeof *stack ? stack : NULL, s->sum.n};
    if (!c.terms && px_vec_copy(&s->sum, &c) != PX_OK) return PX_NOMEM;
    if (c.terms == stack && c.n) memcpy(stack, s->sum.terms, c.n * sizeof *stack);
    story_split_prune(&c, PX_VEC_STORY_TERMS, STORY_NAMES, 1);
    const px_vec *old = &s->centroid;
    uint64_t gained[PX_VEC_STORY_TERMS + STORY_NAMES];
    uint32_t ng = 0;
    px_status rc = PX_OK;
    for (uint32_t i = 0, j = 0; i < c.n && rc == PX_OK; i++) {
        uint64_t term = px_tw_term(&c.terms[i]);
        while (j < old->n && px_tw_term(&old->terms[j]) < term) j++;
        if (j < old->n && px_tw_term(&old->terms[j]) == term) continue;
        if (ng == sizeof gained / sizeof *gained) {     /* a restored centroid past the cap */
            rc = index_terms(e, gained, ng, si);
            ng = 0;
        }
        gained[ng++] = term;
    }
    if (rc == PX_OK) rc = index_terms(e, gained, ng, si);
    if (rc == PX_OK) rc = replace_vec(&s->centroid, &c, stack);
    if (rc != PX_OK && c.terms != stack) px_vec_free(&c);
    return rc;
}

/* Keep v among the member vectors: while there is room, always; then in
 * place of the member least like the centroid, when v is more like it.
 * Central members describe the event; an outlier kept forever would pull
 * in articles about something else. */
static px_status keep_member(const px_story_params *p, px_story_state *s, const px_vec *v)
{
    uint32_t at = s->n_vecs;
    if (at == PX_STORY_MEMBERS) {
        /* the members are on their way while the centroid is hashed */
        for (uint32_t j = 0; j < s->n_vecs; j++) story_prefetch(&s->members[j], 0, SIZE_MAX);
        story_query centroid;   /* five vectors against it */
        if (story_query_of(&centroid, &s->centroid) != PX_OK) return PX_NOMEM;
        double worst = story_similarity_q(p, &centroid, v);
        at = PX_STORY_MEMBERS;
        for (uint32_t j = 0; j < s->n_vecs; j++) {
            double c = story_similarity_q(p, &centroid, &s->members[j]);
            if (c < worst) { worst = c; at = j; }
        }
        px_vec_table_free(&centroid.table);
        if (at == PX_STORY_MEMBERS) return PX_OK;
    }
    /* a young story has v in its sample already: share that copy */
    int share = s->n_sample && s->n_sample == s->n_members;
    px_vec copy = share ? s->sample[s->n_sample - 1].vec : (px_vec){0};
    if (!share && px_vec_copy(v, &copy) != PX_OK) return PX_NOMEM;
    if (at < s->n_vecs) story_member_drop(s, at);
    else s->n_vecs++;
    s->members[at] = copy;
    s->shared = (uint8_t)(share ? s->shared | 1u << at : s->shared & ~(1u << at));
    return PX_OK;
}

/* s->sum += v.  The running sum keeps a bounded tail so a long story
 * stays cheap (twice the centroid: four times scored the same on ECB+ and
 * held twice the memory).  Added and pruned on the stack when it fits,
 * then one block of the kept size. */
static px_status add_to_sum(px_story_state *s, const px_vec *v)
{
    px_term_weight stack[SCRATCH_TERMS];
    px_vec sum = {stack, 0};
    if (s->sum.n + v->n <= sizeof stack / sizeof *stack) sum.n = px_vec_add_into(&s->sum, v, stack);
    else if (px_vec_add(&s->sum, v, &sum) != PX_OK) return PX_NOMEM;
    story_split_prune(&sum, 2 * PX_VEC_STORY_TERMS, 2 * STORY_NAMES, 0);
    if (replace_vec(&s->sum, &sum, stack) == PX_OK) return PX_OK;
    if (sum.terms != stack) px_vec_free(&sum);
    return PX_NOMEM;
}

px_status px_story_join(px_story_engine *e, int64_t id, int64_t key, const px_vec *v, int32_t day)
{
    uint32_t si;
    if (story_slot_for(e, id, &si) != PX_OK) goto nomem;
    px_story_state *s = &e->stories[si];
    if (add_to_sum(s, v) != PX_OK) goto nomem;
    s->n_members++;
    if (day != INT32_MIN) {
        if (s->first_day == INT32_MIN || day < s->first_day) s->first_day = day;
        if (s->last_day == INT32_MIN || day > s->last_day) s->last_day = day;
    }
    if (story_recentre(e, si) != PX_OK) goto nomem;
    if (story_sample_add(e, &e->stories[si], key, v, day) != PX_OK) goto nomem;
    if (keep_member(&e->p, &e->stories[si], v) != PX_OK) goto nomem;
    story_tick(e, day);
    e->stories[si].active_day = e->clock;
    if (e->p.window_days > 0 && e->clock != INT32_MIN &&
        e->clock - e->swept >= story_sweep_every(&e->p) && story_evict(e) != PX_OK)
        goto nomem;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}

const px_story_state *px_story_get(const px_story_engine *e, int64_t id)
{
    const uint64_t *pi = px_map_get(&e->by_id, (uint64_t)id);
    return pi && !e->stories[*pi - 1].merged_into ? &e->stories[*pi - 1] : NULL;
}

/* Members of a merged or split story: the PX_STORY_MEMBERS of the pool
 * closest to the new centroid.  Takes the vectors of pool (n of them). */
void story_pick_members(const px_story_params *p, px_story_state *s, px_vec *pool, uint32_t n)
{
    double sim[MEMBER_POOL];
    for (uint32_t j = 0; j < n; j++) sim[j] = story_similarity(p, &pool[j], &s->centroid);
    s->n_vecs = 0;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t best = n;
        for (uint32_t j = 0; j < n; j++)
            if (pool[j].terms && (best == n || sim[j] > sim[best])) best = j;
        if (s->n_vecs < PX_STORY_MEMBERS) s->members[s->n_vecs++] = pool[best];
        else px_vec_free(&pool[best]);
        pool[best].terms = NULL;
    }
}

px_status px_story_merge(px_story_engine *e, int64_t into, int64_t from)
{
    const uint64_t *pa = px_map_get(&e->by_id, (uint64_t)into), *pb = px_map_get(&e->by_id, (uint64_t)from);
    if (!pa || !pb || pa == pb || e->stories[*pa - 1].merged_into || e->stories[*pb - 1].merged_into)
        return px_fail(e->ctx, PX_INVALID, "story engine: cannot merge story %lld into %lld",
                       (long long)from, (long long)into);
    uint32_t ai = (uint32_t)(*pa - 1);
    px_story_state *a = &e->stories[ai], *b = &e->stories[*pb - 1];
    if (add_to_sum(a, &b->sum) != PX_OK) goto nomem;
    a->n_members += b->n_members;
    if (b->first_day != INT32_MIN && (a->first_day == INT32_MIN || b->first_day < a->first_day))
        a->first_day = b->first_day;
    if (b->last_day != INT32_MIN && (a->last_day == INT32_MIN || b->last_day > a->last_day))
        a->last_day = b->last_day;
    if (b->active_day > a->active_day) a->active_day = b->active_day;
    if (story_recentre(e, ai) != PX_OK) goto nomem;
    a = &e->stories[ai];
    if (story_members_own(a) != PX_OK || story_members_own(b) != PX_OK) goto nomem;
    px_vec pool[2 * PX_STORY_MEMBERS];
    uint32_t n = 0;
    for (uint32_t j = 0; j < a->n_vecs; j++) pool[n++] = a->members[j];
    for (uint32_t j = 0; j < b->n_vecs; j++) pool[n++] = b->members[j];
    b->n_vecs = 0;
    story_pick_members(&e->p, a, pool, n);
    if (story_sample_merge(e, a, b) != PX_OK) goto nomem;
    story_free_state(b);
    b->merged_into = into;
    e->marks[b - e->stories].shell = 1;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}

px_status px_story_restore(px_story_engine *e, const px_story_state *src)
{
    if (src->active_day != INT32_MIN && (e->clock == INT32_MIN || src->active_day > e->clock))
        e->clock = e->swept = src->active_day;
    if (story_idle(e, src)) return PX_OK;
    uint32_t si;
    if (story_slot_for(e, src->id, &si) != PX_OK) goto nomem;
    px_story_state *s = &e->stories[si];
    story_free_state(s);
    if (px_vec_copy(&src->sum, &s->sum) != PX_OK) goto nomem;
    s->n_members = src->n_members;
    s->first_day = src->first_day;
    s->last_day = src->last_day;
    s->active_day = src->active_day != INT32_MIN ? src->active_day : e->clock;
    uint32_t nv = src->n_vecs < PX_STORY_MEMBERS ? src->n_vecs : PX_STORY_MEMBERS;
    for (uint32_t j = 0; j < nv; j++) {
        if (px_vec_copy(&src->members[j], &s->members[j]) != PX_OK) goto nomem;
        s->n_vecs = j + 1;
    }
    if (story_sample_restore(e, s, src) != PX_OK) goto nomem;
    if (story_recentre(e, si) != PX_OK) goto nomem;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}

