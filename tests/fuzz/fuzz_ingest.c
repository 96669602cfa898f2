/*
 * fuzz_ingest.c - libFuzzer target for the ingest readers.
 *
 * The first byte picks the reader (WARC, JSON Lines, or sniffing as for a
 * file) and, through its high bits, a small input limit so that the limit
 * paths are reached too; the rest is the input, read from memory through
 * the same stream (and gunzip) code a file goes through.  Every byte of
 * every item is touched so ASan sees any overread.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc \
 *     -Isrc/util src/util/[a-z]*.c src/ingest/[a-z]*.c tests/fuzz/fuzz_ingest.c \
 *     $(pkg-config --cflags --libs jansson zlib libxxhash) -o /tmp/fuzz_ingest
 *   /tmp/fuzz_ingest -max_total_time=300 tests/fuzz/corpus/ingest
 */
#include <stddef.h>
#include <stdint.h>

#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int on_item(void *user, const px_item *item)
{
    unsigned *sum = user;
    for (size_t i = 0; i < item->len; i++) *sum += (unsigned char)item->data[i];
    if (item->charset) *sum += (unsigned char)item->charset[0];
    if (item->url) *sum += (unsigned char)item->url[0];
    if (item->article && item->article->text)
        *sum += (unsigned char)item->article->text[0];
    return 0;
}

static void on_skip(void *user, const char *input, const char *where,
                    px_status status, const char *reason)
{
    unsigned *sum = user;
    *sum += (unsigned char)input[0] + (unsigned char)where[0] +
            (unsigned char)reason[0] + (unsigned)status;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const ing_kind kinds[4] = {ING_WARC, ING_JSONL, ING_SKIP, ING_WARC};
    ing_kind kind = kinds[data[0] & 3];
    long limits[4] = {1 << 20, 4096, 200, 64 << 10};
    px_ctx *ctx = px_ctx_new();
    if (!ctx) return 0;
    px_limit(ctx, PX_LIMIT_INPUT_BYTES, limits[(data[0] >> 2) & 3]);
    unsigned sum = 0;
    ing_read_memory(ctx, "fuzz", data + 1, size - 1, kind, on_item, on_skip,
                    &sum);
    px_fail(ctx, PX_OK, "%u", sum);     /* keeps the reads alive */
    px_ctx_free(ctx);
    return 0;
}
