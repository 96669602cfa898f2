/* window.c - the stream's clock and the active window: stories idle
 * for longer than window_days leave memory, with the postings and rare
 * document frequencies only they used. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "story/engine_int.h"

/* Advance the clock by a dated article.  The first date starts it, and
 * the stories filed before any date count as active then. */
void story_tick(px_story_engine *e, int32_t day)
{
    if (day == INT32_MIN) return;
    if (e->clock == INT32_MIN) {
        e->clock = e->swept = day;
        for (size_t i = 0; i < e->n_stories; i++)
            if (e->stories[i].active_day == INT32_MIN) e->stories[i].active_day = day;
    } else if (day > e->clock) {
        e->clock++;
    }
    /* disorder: a running estimate of the 99th percentile of how many days
     * from the clock articles are dated (a stochastic quantile step per
     * article).  A live feed keeps it near 0; an archive read out of
     * order, or a feed catching up after a pause, raises it, and stories
     * are kept that much longer. */
    if (fabs((double)e->clock - day) > e->disorder) e->disorder += 0.99;
    else if (e->disorder > 0) e->disorder -= 0.01;
}

/* Evicting walks every posting, so it runs every few days of the clock,
 * not per article: stories stay up to an eighth of the window longer. */
int32_t story_sweep_every(const px_story_params *p)
{
    int32_t d = (int32_t)(p->window_days / 8);
    return d > 1 ? d : 1;
}

int story_idle(const px_story_engine *e, const px_story_state *s)
{
    if (s->merged_into) return 1;   /* an empty shell until the sweep */
    return e->p.window_days > 0 && e->clock != INT32_MIN && s->active_day != INT32_MIN &&
           (double)e->clock - s->active_day > e->p.window_days + e->disorder;
}

/* The k-th slot to copy when rebuilding a map of cap slots (a power of
 * two): an odd multiplier visits every slot once, in an order unrelated
 * to the hash.  Copying in slot order would insert keys sorted by their
 * low hash bits, and linear probing in the growing copy would pile them
 * into one long run (quadratic time). */
static size_t scrambled(size_t k, size_t cap)
{
    return (size_t)((k * 0x9E3779B97F4A7C15ULL) & (cap - 1));
}

/* Terms seen in fewer than RARE_DF documents and not since the window
 * began are forgotten: new names keep coming, and counting each forever
 * would make memory grow with the stream.  Such a term counts as unseen
 * if it comes back, a slightly higher IDF for a term that rare. */
#define RARE_DF 3

static px_status forget_rare(px_story_engine *e)
{
    uint32_t window_sweeps = (uint32_t)(e->p.window_days / story_sweep_every(&e->p)) + 1;
    if (e->sweeps <= window_sweeps) return PX_OK;
    uint32_t oldest = e->sweeps - window_sweeps;
    /* rebuild only when half would go: the copy costs memory while both
     * exist, so the map stays within twice what it must hold */
    size_t gone = 0;
    for (size_t i = 0; i < e->df.cap; i++)
        gone += e->df.slots[i].key && (uint32_t)e->df.slots[i].val < RARE_DF &&
                (uint32_t)(e->df.slots[i].val >> 32) < oldest;
    if (gone < e->df.len / 2) return PX_OK;
    px_map kept = PX_MAP_INIT;
    for (size_t k = 0; k < e->df.cap; k++) {
        size_t i = scrambled(k, e->df.cap);
        uint64_t v = e->df.slots[i].val;
        if (!e->df.slots[i].key || ((uint32_t)v < RARE_DF && (uint32_t)(v >> 32) < oldest)) continue;
        uint64_t *slot = px_map_upsert(&kept, e->df.slots[i].key);
        if (!slot) {
            px_map_free(&kept);
            return PX_NOMEM;
        }
        *slot = v;
    }
    px_map_free(&e->df);
    e->df = kept;
    return PX_OK;
}

/* Postings left empty by evictions go, with their index entries: the
 * index then holds the terms of the stories in memory only. */
static px_status drop_empty_postings(px_story_engine *e)
{
    size_t empty = 0;
    for (size_t i = 0; i < e->n_postings; i++) empty += e->postings[i].n == 0;
    if (empty < e->n_postings / 2) return PX_OK;   /* as in forget_rare */
    px_map index = PX_MAP_INIT;
    posting *kept = px_big_calloc(e->n_postings ? e->n_postings : 1, sizeof *kept);
    if (!kept) return PX_NOMEM;
    size_t n = 0;
    for (size_t k = 0; k < e->index.cap; k++) {
        size_t i = scrambled(k, e->index.cap);
        if (!e->index.slots[i].key) continue;
        const posting *p = &e->postings[e->index.slots[i].val - 1];
        if (p->n == 0) continue;              /* its array went when it emptied */
        uint64_t *slot = px_map_upsert(&index, e->index.slots[i].key);
        if (!slot) {
            px_map_free(&index);
            px_big_free(kept, e->n_postings ? e->n_postings : 1, sizeof *kept);
            return PX_NOMEM;
        }
        kept[n] = *p;
        *slot = ++n;
    }
    px_big_free(e->postings, e->cap_postings, sizeof *e->postings);
    e->cap_postings = e->n_postings ? e->n_postings : 1;
    e->postings = kept;
    e->n_postings = n;
    px_map_free(&e->index);
    e->index = index;
    return PX_OK;
}

/* Drop the stories idle for longer than the window: free them, close the
 * gaps in the story array (keeping its order, so ties still break the
 * same way), and renumber the postings and the id map. */
px_status story_evict(px_story_engine *e)
{
    /* old index -> new, UINT32_MAX: gone; read as query tags, these are
     * query 0's, which no query is */
    uint64_t *to = e->seen;
    size_t kept = 0;
    for (size_t i = 0; i < e->n_stories; i++) {
        if (story_idle(e, &e->stories[i])) {
            story_free_state(&e->stories[i]);
            to[i] = UINT32_MAX;
        } else {
            to[i] = (uint32_t)kept;
            e->stories[kept++] = e->stories[i];
        }
    }
    e->swept = e->clock;
    e->sweeps++;
    if (kept == e->n_stories) return forget_rare(e);
    e->n_stories = kept;
    for (size_t i = 0; i < e->n_postings; i++) {
        posting *p = &e->postings[i];
        uint32_t n = 0;
        for (uint32_t j = 0; j < p->n; j++)
            if (to[p->stories[j]] != UINT32_MAX) p->stories[n++] = (uint32_t)to[p->stories[j]];
        p->n = n;
        if (n == 0) {   /* the term may never come back: give the room back */
            free(p->stories);
            p->stories = NULL;
            p->cap = 0;
        }
    }
    px_map_free(&e->by_id);
    for (size_t i = 0; i < kept; i++) {
        uint64_t *pi = px_map_upsert(&e->by_id, (uint64_t)e->stories[i].id);
        if (!pi) return PX_NOMEM;
        *pi = i + 1;
    }
    for (size_t i = 0; i < kept; i++) {
        e->marks[i] = (mark){e->stories[i].id, e->stories[i].merged_into != 0};
        e->seen[i] = 0;
    }
    if (drop_empty_postings(e) != PX_OK) return PX_NOMEM;
    return forget_rare(e);
}

int32_t px_story_clock(const px_story_engine *e) { return e->clock; }
size_t px_story_count(const px_story_engine *e) { return e->n_stories; }

