/* map.c - see map.h. */
#include <stdlib.h>

#include "map.h"

static size_t slot_of(uint64_t key, size_t cap)
{
    /* keys are hashes already; one multiply spreads sequential ids too */
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 17) & (cap - 1);
}

uint64_t *px_map_get(const px_map *m, uint64_t key)
{
    if (key == 0) key = 1;
    if (!m->cap) return NULL;
    for (size_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) return &m->vals[i];
        if (m->keys[i] == 0) return NULL;
    }
}

static bool grow(px_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint64_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) { free(keys); free(vals); return false; }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i]) continue;
        size_t j = slot_of(m->keys[i], cap);
        while (keys[j]) j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
    }
    free(m->keys);
    free(m->vals);
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
    return true;
}

uint64_t *px_map_put(px_map *m, uint64_t key, uint64_t init)
{
    if (key == 0) key = 1;
    if ((m->len + 1) * 10 > m->cap * 7 && !grow(m)) return NULL;
    size_t i = slot_of(key, m->cap);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = init;
        m->len++;
    }
    return &m->vals[i];
}

uint64_t *px_map_upsert(px_map *m, uint64_t key) { return px_map_put(m, key, 0); }

void px_map_free(px_map *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = m->vals = NULL;
    m->cap = m->len = 0;
}
