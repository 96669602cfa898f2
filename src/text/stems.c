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

#define STEM_CACHE_MAX 65536   /* words; 8 MB of slots at most */

_Static_assert(sizeof(tx_stem_entry) == 64, "a stem cache slot is one cache line");

/* A lookup reads one 64-byte slot: the word and its stem sit in it.  With
 * the word in a separate block, the slot and the block each missed the
 * cache (perf: a tenth of parallax cluster).  A word too long for the slot
 * is not kept: it is stemmed again, which is rare. */
const tx_stem_entry *tx_stem_cache_get(const tx_stem_cache *c, const char *word, size_t n,
                                       uint64_t h)
{
    if (!c->cap) return NULL;
    for (size_t j = h & (c->cap - 1);; j = (j + 1) & (c->cap - 1)) {
        const tx_stem_entry *e = &c->slots[j];
        if (!e->used) return NULL;
        if (e->word_hash == h && e->wlen == n && memcmp(e->text, word, n) == 0) return e;
    }
}

void tx_stem_cache_prefetch(const tx_stem_cache *c, uint64_t h)
{
    if (c->cap) PX_PREFETCH(&c->slots[h & (c->cap - 1)]);
}

void tx_stem_cache_free(tx_stem_cache *c)
{
    px_big_free(c->slots, c->cap, sizeof *c->slots);
    *c = (tx_stem_cache){0};
}

/* The empty slot for hash h (the word is not in the table). */
static tx_stem_entry *free_slot(tx_stem_entry *slots, size_t cap, uint64_t h)
{
    size_t j = h & (cap - 1);
    while (slots[j].used) j = (j + 1) & (cap - 1);
    return &slots[j];
}

static bool grow(tx_stem_cache *c)
{
    size_t ncap = c->cap ? 2 * c->cap : 1024;
    tx_stem_entry *ns = px_big_calloc(ncap, sizeof *ns);   /* a slot per line */
    if (!ns) return false;
    for (size_t i = 0; i < c->cap; i++) {
        const tx_stem_entry *e = &c->slots[i];
        if (!e->used) continue;
        tx_stem_entry *d = free_slot(ns, ncap, e->word_hash);
        *d = *e;
        if (d->stem) d->stem = d->text + d->wlen + 1;   /* it pointed into the old slot */
    }
    px_big_free(c->slots, c->cap, sizeof *c->slots);
    c->slots = ns;
    c->cap = ncap;
    return true;
}

bool tx_stem_cache_put(tx_stem_cache *c, const char *word, size_t n, const char *stem,
                       size_t stem_len, uint64_t hash)
{
    if (n + 1 + (stem ? stem_len + 1 : 0) > TX_STEM_TEXT) return true;
    if (c->n >= STEM_CACHE_MAX) {
        memset(c->slots, 0, c->cap * sizeof *c->slots);
        c->n = 0;
    }
    if ((c->n + 1) * 2 > c->cap && !grow(c)) return false;
    uint64_t h = px_hash64(word, n);
    if (tx_stem_cache_get(c, word, n, h)) return true;   /* stems do not change */
    tx_stem_entry *e = free_slot(c->slots, c->cap, h);
    *e = (tx_stem_entry){.word_hash = h, .hash = hash, .len = (uint32_t)stem_len,
                         .wlen = (uint8_t)n, .used = 1};
    memcpy(e->text, word, n);
    if (stem) {
        memcpy(e->text + n + 1, stem, stem_len);
        e->stem = e->text + n + 1;
    }
    c->n++;
    return true;
}
