/*
 * fuzz_blobs.c - libFuzzer target for everything parallax reads back from
 * its own store, which is a file anyone can edit: sketch blobs, story
 * vector blobs, the keys of a story's sample and the JSON of reuse
 * passages.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "reuse/passages.h"
#include "reuse/reuse.h"
#include "story/story.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    px_sketch sk;
    if (px_sketch_decode(data, size, &sk) == PX_OK) {
        unsigned char *again;
        size_t len;
        if (px_sketch_encode(&sk, &again, &len) == PX_OK) free(again);
        px_sketch_free(&sk);
    }
    px_vec v;
    if (px_vec_decode(data, size, &v) == PX_OK) px_vec_free(&v);
    px_story_member m[PX_STORY_SAMPLE];
    uint32_t nm;
    if (px_sample_keys_decode(data, size, m, PX_STORY_SAMPLE, &nm) == PX_OK && nm > PX_STORY_SAMPLE)
        abort();
    char *json = malloc(size + 1);
    if (!json) return 0;
    memcpy(json, data, size);
    json[size] = '\0';
    px_span_pair pairs[16];
    size_t n = px_passages_parse(json, 1000, 1000, pairs, 16);
    for (size_t i = 0; i < n; i++)
        if (pairs[i].o_end > 1000 || pairs[i].d_end > 1000 || pairs[i].o_start > pairs[i].o_end) abort();
    free(json);
    return 0;
}
