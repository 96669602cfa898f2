/*
 * stems.c - a stemmer's answers kept for the words it has seen.
 *
 * Snowball costs more than the rest of a token's normalisation, and the
 * articles of a story repeat each other's words: a story page analyses a
 * hundred articles at once, an ingest thousands.  The cache belongs to one
 * stemmer of one analyzer and is bounded: when full it starts over.
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

#define STEM_CACHE_MAX 65536   /* words; a few MB at most */

/* Each entry is one arena block: the entry, then its word, then its stem.
 * A lookup then reads the map's slot and one block, where separate
 * arrays for entries and strings cost a cache miss each. */
const tx_stem_entry *tx_stem_cache_get(const tx_stem_cache *c, const char *word, size_t n,
                                       uint64_t h)
{
    const tx_slot *s = tx_map_get_hashed(&c->words, word, n, h);
    return s ? (const tx_stem_entry *)(s->key - sizeof(tx_stem_entry)) : NULL;
}

void tx_stem_cache_free(tx_stem_cache *c)
{
    tx_map_free(&c->words);
    px_arena_free(&c->arena);
    *c = (tx_stem_cache){0};
}

bool tx_stem_cache_put(tx_stem_cache *c, const char *word, size_t n, const char *stem,
                       size_t stem_len, uint64_t hash)
{
    if (c->n >= STEM_CACHE_MAX) tx_stem_cache_free(c);
    size_t size = sizeof(tx_stem_entry) + n + 1 + (stem ? stem_len + 1 : 0);
    tx_stem_entry *e = px_arena_alloc(&c->arena, size);
    if (!e) return false;
    char *w = (char *)(e + 1);
    memcpy(w, word, n);
    w[n] = '\0';
    e->stem = NULL;
    if (stem) {
        char *st = w + n + 1;
        memcpy(st, stem, stem_len);
        st[stem_len] = '\0';
        e->stem = st;
    }
    e->len = (uint32_t)stem_len;
    e->hash = hash;
    if (!tx_map_put(&c->words, NULL, w, n, 0, false)) return false;
    c->n++;
    return true;
}
