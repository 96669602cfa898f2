/*
 * fuzz_textdump.c - libFuzzer target for the text-dump cleaner: the whole
 * input is a text dump (px_extract with PX_FORMAT_TEXT), so every byte
 * goes to line splitting, unwrapping, line classification and run
 * picking rather than to the HTML parser.  The input length picks the
 * charset hint, so both the declared-UTF-8 path (invalid bytes replaced)
 * and detection are reached without a selector byte, and the corpus stays
 * plain text files.  Every field of the article is read so ASan sees an
 * overread or a missing terminator.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "touch_article.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    px_ctx *ctx = px_ctx_new();
    if (!ctx) return 0;
    px_extract_input in = {"fuzz.txt", (const char *)data, size, PX_FORMAT_TEXT,
                           (size & 1) ? NULL : "utf-8", NULL};
    px_article *a = NULL;
    if (px_extract(ctx, &in, &a) == PX_OK) {
        touch_article(ctx, a);
    } else if (!px_errmsg(ctx)[0]) {
        abort();   /* every failure must say what went wrong */
    }
    px_ctx_free(ctx);
    return 0;
}
