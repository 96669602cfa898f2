/* arena.c - bump allocator in large chunks; free drops everything at once.
 * Per-document analysis allocates thousands of small tokens and strings
 * that all die together, which is what an arena is for. */
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define ARENA_CHUNK (64 * 1024)

struct px_arena_chunk {
    px_arena_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char mem[];
};

/* n bytes, 16-byte aligned, as they are. */
static void *bump(px_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    px_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > ARENA_CHUNK ? n : ARENA_CHUNK;
        c = malloc(sizeof *c + size);
        if (!c) return NULL;
        c->size = size;
        c->used = 0;
        /* a big one-off block goes behind the head so the head keeps
         * serving small requests */
        if (a->head && size > ARENA_CHUNK) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = c->mem + c->used;
    c->used += n;
    a->used += n;
    return p;
}

void *px_arena_alloc(px_arena *a, size_t n)
{
    void *p = bump(a, n);
    if (p) memset(p, 0, (n + 15) & ~(size_t)15);
    return p;
}

/* Not zeroed first: the copy writes every byte the caller may read (a
 * word per token of every document goes through here). */
char *px_arena_strndup(px_arena *a, const char *s, size_t n)
{
    char *p = bump(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

/* Free c and the chunks after it. */
static void free_chunks(px_arena_chunk *c)
{
    while (c) {
        px_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
}

void px_arena_free(px_arena *a)
{
    free_chunks(a->head);
    a->head = NULL;
    a->used = 0;
}

void px_arena_reset(px_arena *a)
{
    px_arena_chunk *c = a->head;
    if (!c) return;
    free_chunks(c->next);
    c->next = NULL;
    c->used = 0;
    a->used = 0;
}
