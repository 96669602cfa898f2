/* engine.c - the incremental story engine (see story.h for the method). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "story/story.h"
#include "util/map.h"

/* Base similarity an article needs to join a story, and how much more it
 * needs per week between its date and the story's dates (capped). */
#define JOIN_THRESHOLD 0.24
#define JOIN_PER_WEEK 0.05
#define JOIN_MAX_EXTRA 0.30
#define TITLE_BOOST 2.0f
#define NAME_BOOST 1.5f

typedef struct posting {
    uint32_t *stories;      /* indices into engine->stories */
    uint32_t n, cap;
} posting;

struct px_story_engine {
    px_ctx *ctx;
    px_map df;              /* term -> documents seen with it */
    uint64_t ndocs;
    px_story_state *stories;
    size_t n_stories, cap_stories;
    px_map by_id;           /* story id -> index + 1 */
    px_map index;           /* term -> posting index + 1 */
    posting *postings;
    size_t n_postings, cap_postings;
    uint32_t *seen;         /* per story: stamp of the last query that saw it */
    uint32_t stamp;
};

px_status px_story_engine_new(px_ctx *ctx, px_story_engine **out)
{
    px_story_engine *e = calloc(1, sizeof *e);
    if (!e) return px_fail(ctx, PX_NOMEM, "story engine: out of memory");
    e->ctx = ctx;
    *out = e;
    return PX_OK;
}

void px_story_engine_free(px_story_engine *e)
{
    if (!e) return;
    for (size_t i = 0; i < e->n_stories; i++) {
        px_vec_free(&e->stories[i].centroid);
        px_vec_free(&e->stories[i].sum);
    }
    for (size_t i = 0; i < e->n_postings; i++) free(e->postings[i].stories);
    free(e->postings);
    free(e->stories);
    free(e->seen);
    px_map_free(&e->df);
    px_map_free(&e->by_id);
    px_map_free(&e->index);
    free(e);
}

px_status px_story_set_df(px_story_engine *e, uint64_t term, uint32_t df)
{
    uint64_t *v = px_map_upsert(&e->df, term ? term : 1);
    if (!v) return PX_NOMEM;
    *v = df;
    return PX_OK;
}

uint32_t px_story_df(const px_story_engine *e, uint64_t term)
{
    const uint64_t *v = px_map_get(&e->df, term ? term : 1);
    return v ? (uint32_t)*v : 0;
}

void px_story_set_ndocs(px_story_engine *e, uint64_t n) { e->ndocs = n; }
uint64_t px_story_ndocs(const px_story_engine *e) { return e->ndocs; }

double px_story_idf(const px_story_engine *e, uint64_t term)
{
    double n = (double)e->ndocs, df = px_story_df(e, term);
    return log((n + 1.0) / (df + 0.5)) + 1.0;
}

/* A token counts for stories when it is a content word of some length. */
static int is_story_term(const px_token *t)
{
    return (t->flags & PX_TOK_WORD) && !(t->flags & PX_TOK_STOP) &&
           !(t->flags & PX_TOK_NUM) && t->end - t->start >= 2;
}

/* Distinct terms of a doc (and its title) with raw counts, as a px_vec
 * whose weights are counts.  Names (capitalised, not sentence-initial) and
 * title words weigh more. */
static px_status term_counts(const px_story_doc *d, const px_textdoc *title, px_vec *out)
{
    px_map pos = PX_MAP_INIT;
    size_t cap = 64, n = 0;
    px_term_weight *t = malloc(cap * sizeof *t);
    if (!t) return PX_NOMEM;
    const px_textdoc *docs[2] = {d->doc, title};
    for (int k = 0; k < 2; k++) {
        const px_textdoc *doc = docs[k];
        if (!doc) continue;
        for (size_t i = 0; i < doc->n_tokens; i++) {
            const px_token *tok = &doc->tokens[i];
            if (!is_story_term(tok)) continue;
            float w = 1.0f;
            if ((tok->flags & PX_TOK_CAP) && !(tok->flags & PX_TOK_SENT_START)) w = NAME_BOOST;
            if (k == 1) w = TITLE_BOOST;
            uint64_t *slot = px_map_upsert(&pos, tok->stem_hash ? tok->stem_hash : 1);
            if (!slot) goto nomem;
            if (*slot == 0) {
                if (n == cap) {
                    px_term_weight *nt = realloc(t, 2 * cap * sizeof *t);
                    if (!nt) goto nomem;
                    t = nt;
                    cap *= 2;
                }
                t[n].term = tok->stem_hash ? tok->stem_hash : 1;
                t[n].weight = 0;
                *slot = ++n;
            }
            /* counts carry the boost: a name counts 1.5 times */
            t[*slot - 1].weight += w;
        }
    }
    px_map_free(&pos);
    out->terms = t;
    out->n = (uint32_t)n;
    return PX_OK;
nomem:
    px_map_free(&pos);
    free(t);
    return PX_NOMEM;
}

px_status px_story_observe(px_story_engine *e, const px_story_doc *d, px_vec *terms)
{
    px_vec counts;
    if (term_counts(d, d->title, &counts) != PX_OK)
        return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    for (uint32_t i = 0; i < counts.n; i++) {
        uint64_t *df = px_map_upsert(&e->df, counts.terms[i].term);
        if (!df) { px_vec_free(&counts); return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory"); }
        (*df)++;
    }
    e->ndocs++;
    if (terms) *terms = counts;
    else px_vec_free(&counts);
    return PX_OK;
}

px_status px_story_vectorize(px_story_engine *e, const px_story_doc *d, px_vec *out)
{
    px_vec v;
    if (term_counts(d, d->title, &v) != PX_OK)
        return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
    for (uint32_t i = 0; i < v.n; i++)
        v.terms[i].weight = (float)((1.0 + log(v.terms[i].weight)) * px_story_idf(e, v.terms[i].term));
    px_vec_prune(&v, PX_VEC_DOC_TERMS, 1);
    *out = v;
    return PX_OK;
}

static double join_threshold(const px_story_state *s, int32_t day)
{
    if (day == INT32_MIN || s->first_day == INT32_MIN) return JOIN_THRESHOLD;
    int32_t gap = day < s->first_day ? s->first_day - day
                : day > s->last_day ? day - s->last_day : 0;
    double extra = JOIN_PER_WEEK * gap / 7.0;
    return JOIN_THRESHOLD + (extra < JOIN_MAX_EXTRA ? extra : JOIN_MAX_EXTRA);
}

px_status px_story_assign(px_story_engine *e, const px_vec *v, int32_t day,
                          int64_t *story_id, double *similarity)
{
    *story_id = 0;
    *similarity = 0;
    if (++e->stamp == 0) {  /* wrapped: clear the stamps */
        memset(e->seen, 0, e->n_stories * sizeof *e->seen);
        e->stamp = 1;
    }
    double best = -1;
    int64_t best_id = 0;
    for (uint32_t i = 0; i < v->n; i++) {
        const uint64_t *pi = px_map_get(&e->index, v->terms[i].term);
        if (!pi) continue;
        const posting *p = &e->postings[*pi - 1];
        for (uint32_t j = 0; j < p->n; j++) {
            uint32_t si = p->stories[j];
            if (e->seen[si] == e->stamp) continue;
            e->seen[si] = e->stamp;
            const px_story_state *s = &e->stories[si];
            double sim = px_vec_cosine(v, &s->centroid);
            if (sim > *similarity) *similarity = sim;
            if (sim < join_threshold(s, day)) continue;
            if (sim > best || (sim == best && s->id < best_id)) {
                best = sim;
                best_id = s->id;
            }
        }
    }
    *story_id = best_id;
    return PX_OK;
}

px_status px_story_candidates(px_story_engine *e, const px_vec *v, uint32_t k,
                              int64_t *ids, double *sims, uint32_t *n)
{
    *n = 0;
    if (++e->stamp == 0) {
        memset(e->seen, 0, e->n_stories * sizeof *e->seen);
        e->stamp = 1;
    }
    for (uint32_t i = 0; i < v->n; i++) {
        const uint64_t *pi = px_map_get(&e->index, v->terms[i].term);
        if (!pi) continue;
        const posting *p = &e->postings[*pi - 1];
        for (uint32_t j = 0; j < p->n; j++) {
            uint32_t si = p->stories[j];
            if (e->seen[si] == e->stamp) continue;
            e->seen[si] = e->stamp;
            double sim = px_vec_cosine(v, &e->stories[si].centroid);
            if (sim <= 0) continue;
            /* insertion into the short sorted list */
            uint32_t at = *n < k ? (*n)++ : k;
            while (at > 0 && (sims[at - 1] < sim || (sims[at - 1] == sim && ids[at - 1] > e->stories[si].id))) {
                if (at < k) { sims[at] = sims[at - 1]; ids[at] = ids[at - 1]; }
                at--;
            }
            if (at < k) { sims[at] = sim; ids[at] = e->stories[si].id; }
        }
    }
    return PX_OK;
}

static px_status index_term(px_story_engine *e, uint64_t term, uint32_t story)
{
    uint64_t *pi = px_map_upsert(&e->index, term);
    if (!pi) return PX_NOMEM;
    if (*pi == 0) {
        if (e->n_postings == e->cap_postings) {
            size_t cap = e->cap_postings ? 2 * e->cap_postings : 256;
            posting *np = realloc(e->postings, cap * sizeof *np);
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

static px_status slot_for(px_story_engine *e, int64_t id, uint32_t *index)
{
    uint64_t *pi = px_map_upsert(&e->by_id, (uint64_t)id);
    if (!pi) return PX_NOMEM;
    if (*pi == 0) {
        if (e->n_stories == e->cap_stories) {
            size_t cap = e->cap_stories ? 2 * e->cap_stories : 64;
            px_story_state *ns = realloc(e->stories, cap * sizeof *ns);
            if (!ns) return PX_NOMEM;
            e->stories = ns;
            uint32_t *seen = realloc(e->seen, cap * sizeof *seen);
            if (!seen) return PX_NOMEM;
            e->seen = seen;
            e->cap_stories = cap;
        }
        px_story_state *s = &e->stories[e->n_stories];
        memset(s, 0, sizeof *s);
        s->id = id;
        s->first_day = s->last_day = INT32_MIN;
        e->seen[e->n_stories] = 0;
        *pi = ++e->n_stories;
    }
    *index = (uint32_t)(*pi - 1);
    return PX_OK;
}

/* Replace the centroid with the heaviest terms of the running sum and index
 * the terms it gained. */
static px_status recentre(px_story_engine *e, uint32_t si)
{
    px_story_state *s = &e->stories[si];
    px_vec c;
    if (px_vec_copy(&s->sum, &c) != PX_OK) return PX_NOMEM;
    px_vec_prune(&c, PX_VEC_STORY_TERMS, 1);
    for (uint32_t i = 0; i < c.n; i++)
        if (index_term(e, c.terms[i].term, si) != PX_OK) { px_vec_free(&c); return PX_NOMEM; }
    px_vec_free(&s->centroid);
    s->centroid = c;
    return PX_OK;
}

px_status px_story_join(px_story_engine *e, int64_t id, const px_vec *v, int32_t day)
{
    uint32_t si;
    if (slot_for(e, id, &si) != PX_OK) goto nomem;
    px_story_state *s = &e->stories[si];
    px_vec sum;
    if (px_vec_add(&s->sum, v, &sum) != PX_OK) goto nomem;
    /* the running sum keeps a bounded tail so a long story stays cheap */
    px_vec_prune(&sum, 4 * PX_VEC_STORY_TERMS, 0);
    px_vec_free(&s->sum);
    s->sum = sum;
    s->n_members++;
    if (day != INT32_MIN) {
        if (s->first_day == INT32_MIN || day < s->first_day) s->first_day = day;
        if (s->last_day == INT32_MIN || day > s->last_day) s->last_day = day;
    }
    if (recentre(e, si) != PX_OK) goto nomem;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}

const px_story_state *px_story_get(const px_story_engine *e, int64_t id)
{
    const uint64_t *pi = px_map_get(&e->by_id, (uint64_t)id);
    return pi ? &e->stories[*pi - 1] : NULL;
}

px_status px_story_restore(px_story_engine *e, const px_story_state *src)
{
    uint32_t si;
    if (slot_for(e, src->id, &si) != PX_OK) goto nomem;
    px_story_state *s = &e->stories[si];
    px_vec_free(&s->sum);
    px_vec_free(&s->centroid);
    if (px_vec_copy(&src->sum, &s->sum) != PX_OK) goto nomem;
    s->n_members = src->n_members;
    s->first_day = src->first_day;
    s->last_day = src->last_day;
    if (recentre(e, si) != PX_OK) goto nomem;
    return PX_OK;
nomem:
    return px_fail(e->ctx, PX_NOMEM, "story engine: out of memory");
}
