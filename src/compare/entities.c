/* entities.c - who and what the story is about, counted per outlet.
 * Entities are matched across articles by name, ignoring case and hyphens; each
 * gets the kind most of its mentions were given (an article that cannot
 * tell a company from a person is outvoted by those that can). */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "compare/cmp_internal.h"

#define MAX_STORY_ENTITIES 40

static int by_total(const void *x, const void *y)
{
    const px_cmp_entity *a = x, *b = y;
    if (a->total != b->total) return a->total < b->total ? 1 : -1;
    return strcmp(a->name, b->name);
}

/* Lower case, a hyphen taken as a blank: outlets write "Kim Jong-un" and
 * "Kim Jong Un", "Saint-Pierre" and "Saint Pierre" for one name. */
static size_t name_key(const char *name, char *key, size_t cap)
{
    size_t n = 0;
    for (; *name && n + 1 < cap; name++) {
        char ch = *name == '-' ? ' ' : *name;
        if (ch >= 'A' && ch <= 'Z') ch = (char)(ch + 32);
        if (ch == ' ' && (n == 0 || key[n - 1] == ' ')) continue;
        key[n++] = ch;
    }
    return n;
}

px_status px_cmp_entities(px_comparison *c)
{
    px_map index = PX_MAP_INIT;   /* hash of lower-cased name -> entity + 1 */
    uint32_t cap = 64, n = 0;
    px_cmp_entity *ents = malloc(cap * sizeof *ents);
    uint32_t (*votes)[PX_ENT_OTHER] = malloc(cap * sizeof *votes);
    if (!ents || !votes) { free(ents); free(votes); return PX_NOMEM; }
    px_status rc = PX_OK;
    for (uint32_t a = 0; a < c->n_articles && rc == PX_OK; a++) {
        const px_textdoc *doc = c->articles[a].doc;
        for (uint32_t e = 0; e < doc->n_entities; e++) {
            const px_entity *ent = &doc->entities[e];
            if (!ent->name || !*ent->name) continue;
            char low[256];
            size_t len = name_key(ent->name, low, sizeof low);
            uint64_t *slot = px_map_upsert(&index, px_hash64(low, len) | 1);
            if (!slot) { rc = PX_NOMEM; break; }
            if (*slot == 0) {
                if (n == cap) {
                    px_cmp_entity *ne = realloc(ents, 2 * cap * sizeof *ents);
                    if (!ne) { rc = PX_NOMEM; break; }
                    ents = ne;
                    uint32_t (*nv)[PX_ENT_OTHER] = realloc(votes, 2 * cap * sizeof *votes);
                    if (!nv) { rc = PX_NOMEM; break; }
                    votes = nv;
                    cap *= 2;
                }
                ents[n].name = ent->name;
                ents[n].kind = ent->kind;
                ents[n].total = 0;
                memset(votes[n], 0, sizeof votes[n]);
                ents[n].per_article = px_arena_alloc(&c->arena, c->n_articles * sizeof(uint32_t));
                if (!ents[n].per_article) { rc = PX_NOMEM; break; }
                *slot = ++n;
            }
            px_cmp_entity *ce = &ents[*slot - 1];
            uint32_t count = ent->count ? ent->count : 1;
            if ((unsigned)ent->kind < PX_ENT_OTHER) votes[*slot - 1][ent->kind] += count;
            ce->per_article[a] += count;
            ce->total += count;
        }
    }
    px_map_free(&index);
    if (rc != PX_OK) { free(ents); free(votes); return rc; }
    for (uint32_t i = 0; i < n; i++) {
        uint32_t best = 0;
        for (int k = 0; k < PX_ENT_OTHER; k++)
            if (votes[i][k] > best) { best = votes[i][k]; ents[i].kind = (px_entity_kind)k; }
        if (best == 0) ents[i].kind = PX_ENT_OTHER;
    }
    free(votes);
    qsort(ents, n, sizeof *ents, by_total);
    if (n > MAX_STORY_ENTITIES) n = MAX_STORY_ENTITIES;
    c->entities = px_arena_alloc(&c->arena, (n + 1) * sizeof *c->entities);
    if (!c->entities) { free(ents); return PX_NOMEM; }
    memcpy(c->entities, ents, n * sizeof *ents);
    c->n_entities = n;
    free(ents);
    return PX_OK;
}
