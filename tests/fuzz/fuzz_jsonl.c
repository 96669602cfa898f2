/*
 * fuzz_jsonl.c - libFuzzer target for the fields `parallax cluster` reads
 * from a line of JSON Lines (src/cli/jsonl_fields.c).  The CLI reads a
 * plain line with its own fast path and any other with jansson; the two
 * must agree, so each input is read both ways (the second with no reader:
 * jansson alone) and any difference in the outcome, a field, the id or the
 * error text aborts.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli/jsonl_fields.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same(const char *x, const char *y)
{
    return x == y || (x && y && strcmp(x, y) == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    jl_reader *r = jl_reader_new();
    if (!r) return 0;
    jl_fields fast, slow;
    char efast[256], eslow[256];
    int rf = jl_read(r, (const char *)data, size, &fast, efast, sizeof efast);
    int rs = jl_read(NULL, (const char *)data, size, &slow, eslow, sizeof eslow);
    if (rf != rs) abort();
    if (rf == 0) {
        for (int i = 0; i < JL_FIELDS; i++)
            if (!same(fast.s[i], slow.s[i])) abort();
        if (fast.id_is_int != slow.id_is_int || (fast.id_is_int && fast.id != slow.id)) abort();
        jl_fields_free(&fast);
        jl_fields_free(&slow);
    } else if (strcmp(efast, eslow) != 0) {
        abort();   /* a rejected line is jansson's both ways, with its reason */
    }
    jl_reader_free(r);
    return 0;
}
