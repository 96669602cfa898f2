/*
 * fuzz_extract.c - libFuzzer target for px_extract: HTML pages and text
 * dumps.  The first byte picks the format (auto, HTML, text) and a charset
 * hint, so the charset conversion paths are reached too.  Every field of
 * the article is read so ASan sees an overread or a missing terminator.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "touch_article.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    static const px_format formats[4] = {PX_FORMAT_AUTO, PX_FORMAT_HTML, PX_FORMAT_TEXT, PX_FORMAT_AUTO};
    static const char *const charsets[4] = {NULL, "utf-8", "windows-1252", "x-no-such-charset"};
    px_ctx *ctx = px_ctx_new();
    if (!ctx) return 0;
    px_extract_input in = {"fuzz", (const char *)data + 1, size - 1, formats[data[0] & 3],
                           charsets[(data[0] >> 2) & 3], (data[0] & 16) ? "https://example.org/2024/01/02/x" : NULL};
    px_article *a = NULL;
    if (px_extract(ctx, &in, &a) == PX_OK) {
        touch_article(ctx, a);
    }
    px_ctx_free(ctx);
    return 0;
}
