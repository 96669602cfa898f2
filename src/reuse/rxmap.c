/*
 * rxmap.c - the reuse stage's small hash map from 64-bit term hashes to
 * 32-bit values (document frequencies, posting-list ids).  Keys are hashes
 * already, so linear probing on a multiplied key spreads well; 0 marks an
 * empty slot, so a real key of 0 is stored as 1 (a harmless collision).
 */
#include <stdlib.h>

#include "reuse/reuse_internal.h"

static size_t slot_of(uint64_t key, size_t cap)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & (cap - 1);
}

static int grow(rx_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 256;
    uint64_t *keys = calloc(cap, sizeof *keys);
    uint32_t *vals = calloc(cap, sizeof *vals);
    if (!keys || !vals) {
        free(keys);
        free(vals);
        return 0;
    }
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
    return 1;
}

uint32_t *rx_map_put(rx_map *m, uint64_t key, uint32_t init)
{
    if (key == 0) key = 1;
    if ((m->len + 1) * 4 > m->cap * 3 && !grow(m)) return NULL;
    size_t i = slot_of(key, m->cap);
    while (m->keys[i] && m->keys[i] != key) i = (i + 1) & (m->cap - 1);
    if (!m->keys[i]) {
        m->keys[i] = key;
        m->vals[i] = init;
        m->len++;
    }
    return &m->vals[i];
}

uint32_t *rx_map_get(const rx_map *m, uint64_t key)
{
    if (key == 0) key = 1;
    if (!m->cap) return NULL;
    for (size_t i = slot_of(key, m->cap);; i = (i + 1) & (m->cap - 1)) {
        if (m->keys[i] == key) return &m->vals[i];
        if (!m->keys[i]) return NULL;
    }
}

void rx_map_free(rx_map *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->len = 0;
}
