/* passages.h - the passages of a reuse link as the store keeps them (JSON
 * written by the store, read by compare and present).  */
#ifndef PX_PASSAGES_H
#define PX_PASSAGES_H

#include <stddef.h>
#include <stdint.h>

typedef struct px_span_pair {
    uint32_t o_start, o_end;       /* in the origin's text */
    uint32_t d_start, d_end;       /* in the derived text */
    double score;
} px_span_pair;

/* Parse up to max pairs; spans outside the texts' lengths are dropped (the
 * JSON is ours, but a store is a file anyone can edit). Returns the count. */
size_t px_passages_parse(const char *json, size_t origin_len, size_t derived_len,
                         px_span_pair *out, size_t max);

#endif
