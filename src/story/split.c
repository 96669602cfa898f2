/* split.c - stories that turn out to be two: the sample of a young
 * story's members, the cut of the sample in two, and the split itself
 * (see story.h for the method). */
#include <stdlib.h>
#include <string.h>

#include "story/engine_int.h"

#define K PX_STORY_SAMPLE

/* Whether sample vector i is shared by a member (which then takes it). */
static int member_takes(px_story_state *s, uint32_t i)
{
    for (uint32_t j = 0; j < s->n_vecs; j++)
        if (s->shared >> j & 1 && s->members[j].terms == s->sample[i].vec.terms &&
            s->members[j].n == s->sample[i].vec.n) {
            s->shared &= (uint8_t)~(1u << j);
            return 1;
        }
    return 0;
}

px_status story_members_own(px_story_state *s)
{
    for (uint32_t j = 0; j < s->n_vecs; j++) {
        if (!(s->shared >> j & 1)) continue;
        px_vec copy;
        if (px_vec_copy(&s->members[j], &copy) != PX_OK) return PX_NOMEM;
        s->members[j] = copy;
        s->shared &= (uint8_t)~(1u << j);
    }
    return PX_OK;
}

void story_sample_free(px_story_state *s)
{
    for (uint32_t j = 0; j < s->n_sample; j++)
        if (!member_takes(s, j)) px_vec_free(&s->sample[j].vec);
    free(s->sample);
    free(s->sims);
    s->sample = NULL;
    s->sims = NULL;
    s->n_sample = 0;
}

/* The similarity of sample members i and j (i != j): a triangle, row i
 * holding j < i, so a member's row is added with it. */
static inline float *pair(const px_story_state *s, uint32_t i, uint32_t j)
{
    if (i < j) { uint32_t t = i; i = j; j = t; }
    return &s->sims[(size_t)i * (i - 1) / 2 + j];
}

/* Append a copy of v to the sample, with its similarity to every member
 * there (a join adds n cosines; the cut then reads them all).  The arrays
 * grow by one member: most stories stay small, and a window holds many. */
static px_status sample_append(px_story_engine *e, px_story_state *s, int64_t key,
                               const px_vec *v, int32_t day)
{
    uint32_t i = s->n_sample;
    px_story_member *m = realloc(s->sample, (i + 1) * sizeof *m);
    if (!m) return PX_NOMEM;
    s->sample = m;
    if (i > 0) {
        float *sims = realloc(s->sims, (size_t)(i + 1) * i / 2 * sizeof *sims);
        if (!sims) return PX_NOMEM;
        s->sims = sims;
    }
    if (px_vec_copy(v, &s->sample[i].vec) != PX_OK) return PX_NOMEM;
    s->sample[i].key = key;
    s->sample[i].day = day;
    s->n_sample = i + 1;
    if (i == 0) return PX_OK;
    story_query q;   /* v against up to K - 1 members: hashed once */
    if (story_query_of(&q, v) != PX_OK) return PX_NOMEM;
    story_prefetch(&s->sample[0].vec, 0, SIZE_MAX);
    for (uint32_t j = 0; j < i; j++) {
        if (j + 1 < i) story_prefetch(&s->sample[j + 1].vec, 0, SIZE_MAX);
        *pair(s, i, j) = (float)story_similarity_q(&e->p, &q, &s->sample[j].vec);
    }
    px_vec_table_free(&q.table);
    return PX_OK;
}

px_status story_sample_add(px_story_engine *e, px_story_state *s, int64_t key, const px_vec *v,
                           int32_t day)
{
    /* whole samples only: a split must know where every member goes */
    if (e->p.split <= 0 || s->n_members > K || s->n_sample + 1 != s->n_members) {
        story_sample_free(s);
        return PX_OK;
    }
    return sample_append(e, s, key, v, day);
}

px_status story_sample_merge(px_story_engine *e, px_story_state *a, px_story_state *b)
{
    /* a->n_members already counts b's */
    if (!a->sample || !b->sample || a->n_members > K || a->n_sample + b->n_sample != a->n_members) {
        story_sample_free(a);
        story_sample_free(b);
        return PX_OK;
    }
    for (uint32_t j = 0; j < b->n_sample; j++)
        if (sample_append(e, a, b->sample[j].key, &b->sample[j].vec, b->sample[j].day) != PX_OK)
            return PX_NOMEM;
    story_sample_free(b);
    return PX_OK;
}

px_status story_sample_restore(px_story_engine *e, px_story_state *s, const px_story_state *src)
{
    if (e->p.split <= 0 || src->n_sample != src->n_members || src->n_sample > K) return PX_OK;
    for (uint32_t j = 0; j < src->n_sample; j++)
        if (sample_append(e, s, src->sample[j].key, &src->sample[j].vec, src->sample[j].day) != PX_OK)
            return PX_NOMEM;
    return PX_OK;
}

/* Cut the sample in two by average linkage: start from one group per
 * member and join the two groups of highest mean similarity until two
 * are left (ties: the lower indices, so the same sample gives the same
 * cut).  side[i] gets 0 for the group holding member 0, else 1. */
static void cut_in_two(const px_story_state *s, int side[K])
{
    uint32_t n = s->n_sample, group[K], size[K];
    double link[K][K];          /* summed similarity between groups */
    for (uint32_t i = 0; i < n; i++) {
        group[i] = i;
        size[i] = 1;
        for (uint32_t j = 0; j < n; j++) link[i][j] = i == j ? 1.0 : *pair(s, i, j);
    }
    for (uint32_t left = n; left > 2; left--) {
        double best = -1;
        uint32_t bi = 0, bj = 0;
        for (uint32_t i = 0; i < n; i++)
            for (uint32_t j = i + 1; size[i] && j < n; j++) {
                if (!size[j]) continue;
                double mean = link[i][j] / (size[i] * size[j]);
                if (mean > best) { best = mean; bi = i; bj = j; }
            }
        for (uint32_t k = 0; k < n; k++) {   /* group bj joins group bi */
            link[bi][k] += link[bj][k];
            link[k][bi] = link[bi][k];
            if (group[k] == bj) group[k] = bi;
        }
        size[bi] += size[bj];
        size[bj] = 0;
    }
    for (uint32_t i = 0; i < n; i++) side[i] = group[i] != group[0];
}

/* The centroid of one side, built as a story's is. */
static px_status side_centroid(const px_story_state *s, const int side[K], int which, px_vec *out)
{
    px_vec sum = {0};
    for (uint32_t i = 0; i < s->n_sample; i++) {
        if (side[i] != which) continue;
        px_vec next;
        if (px_vec_add(&sum, &s->sample[i].vec, &next) != PX_OK) {
            px_vec_free(&sum);
            return PX_NOMEM;
        }
        px_vec_free(&sum);
        sum = next;
    }
    story_split_prune(&sum, PX_VEC_STORY_TERMS, STORY_NAMES, 1);
    *out = sum;
    return PX_OK;
}

/* Move each member to the side it is more like on average (its mean
 * similarity to the other members of each side), until none moves:
 * merging groups bottom-up can leave a member with a group that took
 * it in early.  Leave-one-out, so a small side does not keep a member by
 * counting it as like itself. */
static void settle(const px_story_state *s, int side[K])
{
    uint32_t n = s->n_sample;
    for (int round = 0; round < 8; round++) {
        int moved = 0;
        for (uint32_t i = 0; i < n; i++) {
            double sum[2] = {0, 0};
            uint32_t cnt[2] = {0, 0};
            for (uint32_t j = 0; j < n; j++) {
                if (j == i) continue;
                sum[side[j]] += *pair(s, i, j);
                cnt[side[j]]++;
            }
            if (!cnt[0] || !cnt[1]) return;
            int want = sum[1] / cnt[1] > sum[0] / cnt[0];
            if (want != side[i]) { side[i] = want; moved = 1; }
        }
        if (!moved) return;
    }
}

static uint32_t side_size(const px_story_state *s, const int side[K])
{
    uint32_t ones = 0;
    for (uint32_t i = 0; i < s->n_sample; i++) ones += (uint32_t)side[i];
    return ones;
}

/* Whether s splits, and how (side[]): both sides big enough and their
 * centroids below params.split.  -1 when out of memory. */
static int decide(const px_story_params *p, const px_story_state *s, int side[K])
{
    if (p->split <= 0 || !s->sample || s->n_sample != s->n_members ||
        s->n_sample < 2 * p->split_min || s->n_sample < 2)
        return 0;
    cut_in_two(s, side);
    settle(s, side);
    uint32_t ones = side_size(s, side);
    if (ones < p->split_min || s->n_sample - ones < p->split_min) return 0;
    px_vec a = {0}, b = {0};
    int apart = -1;
    if (side_centroid(s, side, 0, &a) == PX_OK && side_centroid(s, side, 1, &b) == PX_OK)
        apart = story_similarity(p, &a, &b) < p->split;
    px_vec_free(&a);
    px_vec_free(&b);
    return apart;
}

int px_story_should_split(const px_story_engine *e, int64_t id)
{
    const px_story_state *s = px_story_get(e, id);
    int side[K];
    return s && decide(&e->p, s, side) == 1;
}

/* Rebuild story si from the members of the sample in `members` (sum,
 * count, days, member vectors, sample) and recentre it. */
static px_status rebuild(px_story_engine *e, uint32_t si, px_story_member *members, uint32_t n)
{
    px_story_state *s = &e->stories[si];
    px_vec sum = {0}, pool[MEMBER_POOL];
    uint32_t np = 0;
    s->first_day = s->last_day = INT32_MIN;
    for (uint32_t i = 0; i < n; i++) {
        px_vec next;
        if (px_vec_add(&sum, &members[i].vec, &next) != PX_OK) goto nomem;
        px_vec_free(&sum);
        sum = next;
        int32_t d = members[i].day;
        if (d != INT32_MIN && (s->first_day == INT32_MIN || d < s->first_day)) s->first_day = d;
        if (d != INT32_MIN && (s->last_day == INT32_MIN || d > s->last_day)) s->last_day = d;
    }
    story_split_prune(&sum, 2 * PX_VEC_STORY_TERMS, 2 * STORY_NAMES, 0);
    px_vec_fit(&sum);
    px_vec_free(&s->sum);
    s->sum = sum;
    sum = (px_vec){0};
    s->n_members = n;
    for (uint32_t j = 0; j < s->n_vecs; j++) story_member_drop(s, j);
    s->n_vecs = 0;
    story_sample_free(s);
    for (uint32_t i = 0; i < n; i++)
        if (sample_append(e, s, members[i].key, &members[i].vec, members[i].day) != PX_OK) goto nomem;
    if (story_recentre(e, si) != PX_OK) goto nomem;
    s = &e->stories[si];
    for (; np < n && np < MEMBER_POOL; np++)
        if (px_vec_copy(&members[np].vec, &pool[np]) != PX_OK) goto nomem;
    story_pick_members(&e->p, s, pool, np);
    return PX_OK;
nomem:
    px_vec_free(&sum);
    while (np) px_vec_free(&pool[--np]);
    return PX_NOMEM;
}

px_status px_story_split(px_story_engine *e, int64_t id, int64_t new_id, int64_t *moved,
                         uint32_t *n)
{
    *n = 0;
    const px_story_state *cur = px_story_get(e, id);
    if (!cur || id == new_id || px_map_get(&e->by_id, (uint64_t)new_id))   /* shells too */
        return px_fail(e->ctx, PX_INVALID, "story engine: cannot split story %lld into %lld",
                       (long long)id, (long long)new_id);
    int side[K], d = decide(&e->p, cur, side);
    if (d < 0) goto nomem;
    if (d == 0) return PX_OK;
    uint32_t ones = 0, total = cur->n_sample;
    for (uint32_t i = 0; i < total; i++) ones += (uint32_t)side[i];
    /* the smaller side leaves; on a tie the one without the oldest member */
    int leaves = 1;
    if (ones > total - ones) leaves = 0;
    /* the two sides, taken out of the sample (the vectors move) */
    px_story_member stay[K], go[K];
    uint32_t ns = 0, ng = 0;
    px_story_state *s = &e->stories[cur - e->stories];
    for (uint32_t i = 0; i < total; i++) {
        if (side[i] == leaves) go[ng++] = s->sample[i];
        else stay[ns++] = s->sample[i];
    }
    s->n_sample = 0;   /* its vectors are in stay[] and go[] now */
    int32_t active = s->active_day;
    uint32_t old_si = (uint32_t)(cur - e->stories), new_si;
    px_status rc = story_slot_for(e, new_id, &new_si);
    if (rc == PX_OK) {
        e->stories[new_si].active_day = active;
        rc = rebuild(e, old_si, stay, ns);
    }
    if (rc == PX_OK) rc = rebuild(e, new_si, go, ng);
    for (uint32_t i = 0; i < ns; i++) px_vec_free(&stay[i].vec);
    for (uint32_t i = 0; i < ng; i++) {
        px_vec_free(&go[i].vec);
        moved[i] = go[i].key;
    }
    if (rc != PX_OK) goto nomem;
    *n = ng;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}
