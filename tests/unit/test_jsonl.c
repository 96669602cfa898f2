/* test_jsonl.c - the JSON Lines fields reader of parallax cluster
 * (src/cli/jsonl_fields.c): its fast path reads plain lines itself and
 * leaves every other line to jansson, and both read alike. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/jsonl_fields.h"

static int same(const char *x, const char *y)
{
    return x == y || (x && y && strcmp(x, y) == 0);
}

/* Read line both ways (the reader's fast path, jansson alone) and check
 * they agree; returns whether the fast path took it (-1: rejected). */
static int read_both(jl_reader *r, const char *line, size_t len)
{
    jl_fields fast, slow;
    char efast[256], eslow[256];
    int rf = jl_read(r, line, len, &fast, efast, sizeof efast);
    int rs = jl_read(NULL, line, len, &slow, eslow, sizeof eslow);
    assert_int_equal(rf, rs);
    if (rf != 0) {
        assert_string_equal(efast, eslow);
        return -1;
    }
    for (int i = 0; i < JL_FIELDS; i++) {
        if (!same(fast.s[i], slow.s[i])) fail_msg("field %d differs in %.*s", i, (int)len, line);
    }
    assert_int_equal(fast.id_is_int, slow.id_is_int);
    if (fast.id_is_int) assert_true(fast.id == slow.id);
    int took = fast.obj == NULL;
    jl_fields_free(&fast);
    jl_fields_free(&slow);
    return took;
}

/* Article lines as they come are read without jansson, escapes decoded. */
static void test_fast_path_reads_plain_lines(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "{\"id\":\"a\",\"title\":\"Bridge shut\",\"text\":\"The bridge closed.\"}\n",
        "{\"text\":\"Line\\none\\tand \\\"quoted\\\" \\\\ back\\/slash\\b\\f\\r\"}",
        " \t{ \"id\" : 42 , \"text\" : \"x\" , \"date\" : \"2024-01-01\" }\r\n",
        "{\"id\":-0,\"text\":\"negative zero\"}",
        "{\"id\":-123456789012345678,\"text\":\"eighteen digits\"}",
        "{\"id\":true,\"text\":\"a boolean id\",\"title\":null,\"url\":false}",
        "{\"id\":\"b\",\"event\":\"e1\",\"n\":0,\"text\":\"caf\xc3\xa9 \xe2\x80\x9cquoted\xe2\x80\x9d\"}",
        "{}",
        "{\"text\":5,\"title\":\"\",\"source\":\"S\",\"site\":\"s\",\"path\":\"p\",\"language\":\"en\"}",
        "{\"\":\"empty key\",\"text\":\"t\"}",
    };
    jl_reader *r = jl_reader_new();
    assert_non_null(r);
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        if (read_both(r, lines[i], strlen(lines[i])) != 1) fail_msg("not taken: %s", lines[i]);
    }
    jl_fields f;
    char err[256];
    const char *l = "{\"id\":7,\"text\":\"a\\\"b\\\\c\\/d\\ne\"}";
    assert_int_equal(jl_read(r, l, strlen(l), &f, err, sizeof err), 0);
    assert_string_equal(f.s[JL_TEXT], "a\"b\\c/d\ne");
    assert_true(f.id_is_int && f.id == 7);
    assert_null(f.s[JL_ID]);
    jl_fields_free(&f);
    jl_reader_free(r);
}

/* Whatever the fast path does not take is jansson's: the same fields, or
 * the same error. */
static void test_other_lines_are_jansson_s(void **state)
{
    (void)state;
    static const char *const lines[] = {
        "{\"id\":\"d1\",\"text\":\"x\",\"text\":\"y\"}",          /* repeated key */
        "{\"text\":\"nested\",\"m\":{\"a\":1,\"a\":2}}",
        "{\"text\":\"array\",\"m\":[1,2]}",
        "{\"text\":\"A NUL \\u0000 here\"}",
        "{\"text\":\"A lone \\ud800 surrogate\"}",
        "{\"id\":\"d10\",\"te\\u0078t\":\"escaped key\"}",
        "{\"id\":12345678901234567890,\"text\":\"too big\"}",
        "{\"id\":1234567890123456789,\"text\":\"nineteen digits\"}",
        "{\"id\":1.5,\"text\":\"a real id\"}",
        "{\"id\":1e3,\"text\":\"an exponent\"}",
        "{\"text\":\"big real\",\"n\":1e999}",
        "{\"id\":01,\"text\":\"leading zero\"}",
        "{\"id\":-,\"text\":\"a sign alone\"}",
        "{\"text\":\"trailing comma\",}",
        "{\"text\":\"garbage after\"} x",
        "{\"text\":\"two\"}{\"text\":\"objects\"}",
        "{\"text\":\"tab\tinside\"}",
        "{\"text\":\"bad \\x escape\"}",
        "{\"text\":\"unterminated",
        "{\"text\":\"truncated\"",
        "{\"text\":\"invalid \xff UTF-8\"}",
        "{\"id\":\"d12\",\f\"text\":\"form feed\"}",
        "\xef\xbb\xbf{\"text\":\"BOM\"}",
        "{'text':'single quotes'}",
        "{\"text\":\"x\",\"t\":truex}",
        "{\"text\":\"x\",\"t\":nul}",
        "[\"not an object\"]",
        "\"a string\"",
        "{\"text\":\"x\" \"title\":\"no comma\"}",
        "{\"text\"  \"no colon\"}",
        "{text:\"bare key\"}",
    };
    jl_reader *r = jl_reader_new();
    assert_non_null(r);
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        if (read_both(r, lines[i], strlen(lines[i])) == 1) fail_msg("taken: %s", lines[i]);
    }
    static const char nul[] = "{\"text\":\"a NUL\0byte\"}";
    assert_int_equal(read_both(r, nul, sizeof nul - 1), -1);
    /* thirty-three keys: more than the fast path checks */
    char many[1024];
    size_t k = (size_t)snprintf(many, sizeof many, "{\"text\":\"t\"");
    for (int i = 0; i < 32; i++) k += (size_t)snprintf(many + k, sizeof many - k, ",\"k%d\":%d", i, i);
    snprintf(many + k, sizeof many - k, "}");
    assert_int_equal(read_both(r, many, strlen(many)), 0);
    jl_reader_free(r);
}

/* Random lines of JSON fragments: both ways alike, whatever they are. */
static void test_random_lines_match_jansson(void **state)
{
    (void)state;
    static const char *const bits[] = {
        "{", "}", "\"", ":", ",", " ", "\t", "\n", "\\", "\\\"", "\\\\", "\\/", "\\n", "\\u0041",
        "\\u00", "text", "id", "title", "a", "\xc3\xa9", "\xe2\x80\x9c", "\xff", "0", "1", "-",
        "12", ".5", "e9", "true", "false", "null", "[", "]", "\x01", "\"text\":", "\"id\":",
        "\"x\"", "{\"text\":\"", "\"}"};
    const size_t nb = sizeof bits / sizeof *bits;
    jl_reader *r = jl_reader_new();
    assert_non_null(r);
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    size_t taken = 0;
    for (int round = 0; round < 200000; round++) {
        char line[256];
        size_t n = 0;
        seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
        int parts = (int)(seed % 24);
        /* most lines start like an article, so the fast path goes deep */
        if (seed >> 40 & 1) n = (size_t)snprintf(line, sizeof line, "{\"id\":\"g%d\",\"text\":\"", round);
        for (int p = 0; p < parts; p++) {
            seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
            const char *b = bits[seed % nb];
            size_t bl = strlen(b);
            if (n + bl >= sizeof line) break;
            memcpy(line + n, b, bl);
            n += bl;
        }
        if (seed >> 41 & 1 && n + 2 < sizeof line) line[n++] = '"', line[n++] = '}';
        taken += read_both(r, line, n) == 1;
    }
    assert_true(taken > 1000);     /* the fast path was exercised */
    jl_reader_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fast_path_reads_plain_lines),
        cmocka_unit_test(test_other_lines_are_jansson_s),
        cmocka_unit_test(test_random_lines_match_jansson),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
