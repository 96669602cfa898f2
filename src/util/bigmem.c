/*
 * bigmem.c - zeroed blocks for big tables read at random (hash maps of
 * every feature in the window, the stem cache).  A lookup in such a table
 * lands on a different page each time, and with 4 KB pages nearly every
 * one missed the TLB as well as the cache.  Blocks of BIG_BYTES or more
 * are mapped on their own and the kernel is asked for huge pages there
 * (it may say no: then they are ordinary pages).  Every block starts on a
 * cache line.
 */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "util.h"

/* Under AddressSanitizer every block comes from malloc: a mapped block
 * has no redzones, and an overrun in it would go unseen. */
#if defined(__SANITIZE_ADDRESS__)
#define BIG_BYTES SIZE_MAX
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define BIG_BYTES SIZE_MAX
#endif
#endif
#ifndef BIG_BYTES
#define BIG_BYTES (2u << 20)
#endif

void *px_big_calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return NULL;
    size_t bytes = n * size;
    if (bytes < BIG_BYTES) {
        size_t lines = (bytes + 63) / 64;
        void *p = aligned_alloc(64, (lines ? lines : 1) * 64);
        if (p) memset(p, 0, bytes);
        return p;
    }
    void *p = mmap(NULL, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
#ifdef MADV_HUGEPAGE
    madvise(p, bytes, MADV_HUGEPAGE);   /* a hint: failing it costs only speed */
#endif
    return p;
}

void px_big_free(void *p, size_t n, size_t size)
{
    if (!p) return;
    if (n * size < BIG_BYTES) free(p);
    else munmap(p, n * size);
}

void *px_big_realloc(void *p, size_t old_n, size_t new_n, size_t size)
{
    void *q = px_big_calloc(new_n, size);
    if (!q) return NULL;
    if (p) memcpy(q, p, (old_n < new_n ? old_n : new_n) * size);
    px_big_free(p, old_n, size);
    return q;
}
