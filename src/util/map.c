/* map.c - see map.h. */
#include <stdlib.h>

#include "map.h"
#include "util.h"

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
        if (m->slots[i].key == key) return &m->slots[i].val;
        if (m->slots[i].key == 0) return NULL;
    }
}

static bool grow(px_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    px_map_slot *slots = px_big_calloc(cap, sizeof *slots);
    if (!slots) return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key) continue;
        size_t j = slot_of(m->slots[i].key, cap);
        while (slots[j].key) j = (j + 1) & (cap - 1);
        slots[j] = m->slots[i];
    }
    px_big_free(m->slots, m->cap, sizeof *m->slots);
    m->slots = slots;
    m->cap = cap;
    return true;
}

uint64_t *px_map_put(px_map *m, uint64_t key, uint64_t init)
{
    if (key == 0) key = 1;
    if ((m->len + 1) * 10 > m->cap * 7 && !grow(m)) return NULL;
    size_t i = slot_of(key, m->cap);
    while (m->slots[i].key && m->slots[i].key != key) i = (i + 1) & (m->cap - 1);
    if (!m->slots[i].key) {
        m->slots[i].key = key;
        m->slots[i].val = init;
        m->len++;
    }
    return &m->slots[i].val;
}

uint64_t *px_map_upsert(px_map *m, uint64_t key) { return px_map_put(m, key, 0); }

void px_map_prefetch(const px_map *m, uint64_t key)
{
    if (m->cap) PX_PREFETCH(&m->slots[slot_of(key ? key : 1, m->cap)]);
}

void px_map_free(px_map *m)
{
    px_big_free(m->slots, m->cap, sizeof *m->slots);
    m->slots = NULL;
    m->cap = m->len = 0;
}
