/*
 * map.h - open-addressing hash map from nonzero 64-bit keys (already well
 * mixed: stem hashes, ids) to 64-bit values.  Linear probing, grows at 70%
 * load.  Key 0 marks an empty slot, so a key of 0 is stored as 1 (a
 * harmless collision for hashed keys).
 */
#ifndef PX_MAP_H
#define PX_MAP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A key beside its value: a lookup in a big map is one cache miss, not two. */
typedef struct px_map_slot {
    uint64_t key;             /* 0: empty */
    uint64_t val;
} px_map_slot;

typedef struct px_map {
    px_map_slot *slots;
    size_t cap;               /* power of two, or 0 */
    size_t len;
} px_map;

#define PX_MAP_INIT {NULL, 0, 0}

/* Pointer to the value of key, or NULL when absent. */
uint64_t *px_map_get(const px_map *m, uint64_t key);
/* Pointer to the value of key, inserted as 0 when absent; NULL on OOM. */
uint64_t *px_map_upsert(px_map *m, uint64_t key);
/* Pointer to the value of key, inserted as init when absent; NULL on OOM. */
uint64_t *px_map_put(px_map *m, uint64_t key, uint64_t init);
/* Start loading the slot where a lookup of key begins (a big map misses
 * the cache on most lookups: prefetch a few keys ahead of them). */
void px_map_prefetch(const px_map *m, uint64_t key);
void px_map_free(px_map *m);

/* Iterate: for (size_t i = 0; i < m->cap; i++) if (m->slots[i].key) ... */

#endif
