/*
 * stems.c - a stemmer's answers kept for the words it has seen.
 *
 * Snowball costs more than the rest of a token's normalisation, and the
 * articles of a story repeat each other's words: a story page analyses a
 * hundred articles at once, an ingest thousands.  The cache belongs to one
 * stemmer of one analyzer and is bounded: when full it starts over.
 */
#include <stdlib.h>

#include "text_int.h"

#define STEM_CACHE_MAX 65536   /* words; a few MB at most */

const tx_stem_entry *tx_stem_cache_get(const tx_stem_cache *c, const char *word, size_t n)
{
    const tx_slot *s = tx_map_get(&c->words, word, n);
    return s ? &c->v[s->val] : NULL;
}

void tx_stem_cache_free(tx_stem_cache *c)
{
    tx_map_free(&c->words);
    px_arena_free(&c->arena);
    free(c->v);
    *c = (tx_stem_cache){0};
}

bool tx_stem_cache_put(tx_stem_cache *c, const char *word, size_t n, const char *stem,
                       size_t stem_len, uint64_t hash)
{
    if (c->n >= STEM_CACHE_MAX) tx_stem_cache_free(c);
    if (c->n == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 1024;
        tx_stem_entry *v = realloc(c->v, cap * sizeof *v);
        if (!v) return false;
        c->v = v;
        c->cap = cap;
    }
    tx_stem_entry *e = &c->v[c->n];
    e->stem = stem ? px_arena_strndup(&c->arena, stem, stem_len) : NULL;
    e->len = (uint32_t)stem_len;
    e->hash = hash;
    if ((stem && !e->stem) || !tx_map_put(&c->words, &c->arena, word, n, (uint32_t)c->n, false))
        return false;
    c->n++;
    return true;
}
