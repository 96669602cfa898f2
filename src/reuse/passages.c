/* passages.c - see passages.h. */
#include <jansson.h>

#include "reuse/passages.h"

static int span(json_t *arr, size_t limit, uint32_t *s, uint32_t *e)
{
    if (!json_is_array(arr) || json_array_size(arr) != 2) return 0;
    json_t *a = json_array_get(arr, 0), *b = json_array_get(arr, 1);
    if (!json_is_integer(a) || !json_is_integer(b)) return 0;
    json_int_t x = json_integer_value(a), y = json_integer_value(b);
    if (x < 0 || y < x || (size_t)y > limit) return 0;
    *s = (uint32_t)x;
    *e = (uint32_t)y;
    return 1;
}

size_t px_passages_parse(const char *json, size_t origin_len, size_t derived_len,
                         px_span_pair *out, size_t max)
{
    if (!json) return 0;
    json_t *root = json_loads(json, 0, NULL);
    if (!json_is_array(root)) { json_decref(root); return 0; }
    size_t n = 0;
    for (size_t i = 0; i < json_array_size(root) && n < max; i++) {
        json_t *p = json_array_get(root, i);
        px_span_pair sp;
        if (!span(json_object_get(p, "origin"), origin_len, &sp.o_start, &sp.o_end) ||
            !span(json_object_get(p, "derived"), derived_len, &sp.d_start, &sp.d_end)) continue;
        json_t *sc = json_object_get(p, "score");
        sp.score = json_is_number(sc) ? json_number_value(sc) : 0;
        out[n++] = sp;
    }
    json_decref(root);
    return n;
}
