/*
 * clusterer.c - px_clusterer: the story engine without a store, for
 * `parallax cluster` and for pipelines.  It owns an analyzer and an
 * engine; ids are handed out in order of creation, so the same input
 * order gives the same ids.
 */
#include <stdlib.h>
#include <string.h>

#include "story/story.h"

struct px_clusterer {
    px_ctx *ctx;
    px_analyzer *analyzer;
    px_story_engine *engine;
    int64_t next_id;
    int64_t filed;              /* articles filed so far: the engine's keys */
    int64_t split_from, split_to; /* the last add's split, 0 if none */
    int64_t moved[PX_STORY_SAMPLE];
    uint32_t n_moved;
};

px_status px_clusterer_new(px_ctx *ctx, px_clusterer **out)
{
    *out = NULL;
    px_clusterer *c = calloc(1, sizeof *c);
    if (!c) return px_fail(ctx, PX_NOMEM, "cluster: out of memory");
    c->ctx = ctx;
    c->next_id = 1;
    px_status rc = px_analyzer_new(ctx, &c->analyzer);
    if (rc == PX_OK) rc = px_story_engine_new(ctx, NULL, &c->engine);
    if (rc != PX_OK) {
        px_clusterer_free(c);
        return rc;
    }
    *out = c;
    return PX_OK;
}

void px_clusterer_free(px_clusterer *c)
{
    if (!c) return;
    px_story_engine_free(c->engine);
    px_analyzer_free(c->analyzer);
    free(c);
}

px_status px_clusterer_add(px_clusterer *c, const px_article *a, int64_t *story_id)
{
    *story_id = 0;
    c->split_from = c->split_to = 0;
    c->n_moved = 0;
    if (!a || !a->text || !*a->text) return px_fail(c->ctx, PX_EMPTY, "cluster: no article text");
    px_textdoc *doc = NULL, *title = NULL;
    /* the engine reads tokens, sentences and entities: quotes are skipped */
    px_status rc = px_analyze_parts(c->analyzer, c->ctx, a->text, strlen(a->text), a->language,
                                    PX_PARTS_ENTITIES, &doc);
    if (rc == PX_OK && a->title)
        rc = px_analyze_parts(c->analyzer, c->ctx, a->title, strlen(a->title), a->language,
                              PX_PARTS_ENTITIES, &title);
    px_vec v = {0};
    if (rc == PX_OK) {
        px_story_doc sd = {doc, title, px_iso_day(a->date)};
        int64_t bridged;
        rc = px_story_observe_weigh(c->engine, &sd, &v);
        /* no score wanted: members that cannot matter are skipped */
        if (rc == PX_OK) rc = px_story_assign(c->engine, &v, sd.day, story_id, NULL, &bridged);
        if (rc == PX_OK && *story_id == 0) *story_id = c->next_id++;
        if (rc == PX_OK) rc = px_story_join(c->engine, *story_id, ++c->filed, &v, sd.day);
        if (rc == PX_OK && bridged) {
            /* the article belongs in two stories: the newer merges into
             * the older, and later articles get the older id */
            int64_t keep = *story_id < bridged ? *story_id : bridged;
            rc = px_story_merge(c->engine, keep, *story_id < bridged ? bridged : *story_id);
            *story_id = keep;
        }
        if (rc == PX_OK && px_story_should_split(c->engine, *story_id)) {
            rc = px_story_split(c->engine, *story_id, c->next_id, c->moved, &c->n_moved);
            if (rc == PX_OK && c->n_moved) {
                c->split_from = *story_id;
                c->split_to = c->next_id++;
                for (uint32_t i = 0; i < c->n_moved; i++)
                    if (c->moved[i] == c->filed) *story_id = c->split_to;
            }
        }
    }
    px_vec_free(&v);
    /* their blocks serve the next article: the title's given back first,
     * so the text's, the bigger, is the next text's */
    px_textdoc_recycle(c->analyzer, title);
    px_textdoc_recycle(c->analyzer, doc);
    return rc;
}

int px_clusterer_split(const px_clusterer *c, int64_t *from, int64_t *to, const int64_t **moved,
                       size_t *n)
{
    *from = c->split_from;
    *to = c->split_to;
    *moved = c->moved;
    *n = c->split_to ? c->n_moved : 0;
    return c->split_to != 0;
}
