/* test_util.c - buffers, arena, map, UTF-8 helpers, articles, context. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/map.h"
#include "util/util.h"

/* Big-table blocks come zeroed and line-aligned, small or mapped, and
 * refuse a size that overflows. */
static void test_big_calloc(void **state)
{
    (void)state;
    size_t sizes[] = {1, 100, 4096, (2u << 20) / 16 + 1, (5u << 20) / 16};
    for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++) {
        uint64_t *p = px_big_calloc(sizes[k], 16);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 64, 0);
        for (size_t i = 0; i < 2 * sizes[k]; i++) assert_true(p[i] == 0);
        for (size_t i = 0; i < 2 * sizes[k]; i++) p[i] = i;
        assert_true(p[2 * sizes[k] - 1] == 2 * sizes[k] - 1);
        px_big_free(p, sizes[k], 16);
    }
    assert_null(px_big_calloc(SIZE_MAX / 8, 16));
}

static void test_buf_grows_and_formats(void **state)
{
    (void)state;
    px_buf b = PX_BUF_INIT;
    for (int i = 0; i < 10000; i++) px_buf_printf(&b, "%d,", i % 10);
    assert_int_equal(b.len, 20000);
    assert_int_equal(b.data[b.len], '\0');
    char *s = px_buf_take(&b);
    assert_non_null(s);
    assert_memory_equal(s, "0,1,2,", 6);
    free(s);
    assert_null(b.data);
    /* an empty buffer takes as "" not NULL */
    s = px_buf_take(&b);
    assert_string_equal(s, "");
    free(s);
}

/* px_buf_printf formats in place and grows only when needed: one long
 * argument larger than any free space still comes out whole */
static void test_buf_printf_long(void **state)
{
    (void)state;
    px_buf b = PX_BUF_INIT;
    char big[5000];
    memset(big, 'y', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    px_buf_printf(&b, "<%s>", "a");
    px_buf_printf(&b, "[%s]", big);
    assert_int_equal(b.len, 3 + sizeof big + 1);
    assert_int_equal(b.data[b.len], '\0');
    assert_memory_equal(b.data, "<a>[yy", 6);
    assert_int_equal(b.data[b.len - 1], ']');
    px_buf_free(&b);
}

/* px_buf_fixed writes what printf's %.Nf writes: random values, exact
 * ties (0.25, 2.5), values near ties, negatives rounding to zero, large
 * values and non-finite ones */
static void test_buf_fixed_is_printf(void **state)
{
    (void)state;
    const double fixed[] = {0, -0.0, 0.25, 2.5, 0.35, 0.05, 1.45, -0.04, -2.5, 999999.95, 1e6, 123456789.126,
                            0.0499999999, 1.0 / 3, 1e-9, -1e-9, INFINITY, -INFINITY, NAN};
    uint64_t seed = 88172645463325252ULL;
    for (int i = 0; i < 200000; i++) {
        double x;
        if (i < (int)(sizeof fixed / sizeof *fixed)) x = fixed[i];
        else {
            seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17;
            x = ((double)(seed >> 11) / 9007199254740992.0 - 0.3) * (i % 3 ? 2000 : 3);
            if (i % 5 == 0) x = (double)(int64_t)(x * 200) / 200;   /* many ties at 3 decimals */
        }
        for (int d = 0; d <= 3; d++) {
            char want[64];
            snprintf(want, sizeof want, "%.*f", d, x);
            px_buf b = PX_BUF_INIT;
            px_buf_puts(&b, "=");
            px_buf_fixed(&b, x, d);
            if (strcmp(b.data + 1, want) != 0) fail_msg("%.17g with %d decimals: %s, printf %s", x, d, b.data + 1, want);
            px_buf_free(&b);
        }
    }
}

static void test_html_escape(void **state)
{
    (void)state;
    px_buf b = PX_BUF_INIT;
    const char *evil = "<script>alert(\"x\")</script> & 'onerror=' <img src=x onerror=alert(1)>";
    px_buf_html_escape(&b, evil, strlen(evil));
    assert_null(strchr(b.data, '<'));
    assert_null(strchr(b.data, '>'));
    assert_null(strchr(b.data, '"'));
    assert_null(strchr(b.data, '\''));
    assert_non_null(strstr(b.data, "&lt;script&gt;"));
    assert_non_null(strstr(b.data, "&amp;"));
    px_buf_free(&b);
}

static void test_url_segment(void **state)
{
    (void)state;
    px_buf b = PX_BUF_INIT;
    px_buf_url_segment(&b, "The Times/../x y\xC3\xA9?");
    assert_string_equal(b.data, "The%20Times%2F..%2Fx%20y%C3%A9%3F");
    px_buf_free(&b);
}

static void test_json_string(void **state)
{
    (void)state;
    px_buf b = PX_BUF_INIT;
    px_buf_json_string(&b, "a\"b\\c\nd\te\x01");
    assert_string_equal(b.data, "\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    px_buf_reset(&b);
    px_buf_json_string(&b, NULL);
    assert_string_equal(b.data, "null");
    px_buf_free(&b);
}

static void test_arena(void **state)
{
    (void)state;
    px_arena a = PX_ARENA_INIT;
    char *big = px_arena_alloc(&a, 1 << 20);     /* larger than a chunk */
    assert_non_null(big);
    memset(big, 'x', 1 << 20);
    for (int i = 0; i < 100000; i++) {
        uint64_t *p = px_arena_alloc(&a, sizeof *p);
        assert_non_null(p);
        assert_int_equal(((uintptr_t)p) % 16, 0);
        assert_int_equal(*p, 0);                 /* zeroed */
        *p = (uint64_t)i;
    }
    char *s = px_arena_strndup(&a, "hello world", 5);
    assert_string_equal(s, "hello");
    /* reset keeps one chunk, hands it out again zeroed, and frees the rest */
    px_arena_reset(&a);
    assert_non_null(a.head);
    assert_int_equal(a.used, 0);
    for (int i = 0; i < 100000; i++) {
        uint64_t *p = px_arena_alloc(&a, sizeof *p);
        assert_non_null(p);
        assert_int_equal(*p, 0);
        *p = (uint64_t)i + 1;
    }
    px_arena_free(&a);
    assert_null(a.head);
    px_arena_reset(&a);                          /* an empty arena: nothing to do */
    assert_null(a.head);
}

static void test_map(void **state)
{
    (void)state;
    px_map m = PX_MAP_INIT;
    for (uint64_t k = 1; k <= 50000; k++) {
        uint64_t *v = px_map_upsert(&m, k * 7919);
        assert_non_null(v);
        *v += k;
    }
    assert_int_equal(m.len, 50000);
    for (uint64_t k = 1; k <= 50000; k++) assert_int_equal(*px_map_get(&m, k * 7919), k);
    assert_null(px_map_get(&m, 3));
    /* 0 marks empty slots, so key 0 is stored as key 1 */
    *px_map_upsert(&m, 0) = 42;
    assert_int_equal(*px_map_get(&m, 1), 42);
    assert_int_equal(*px_map_put(&m, 99991, 7), 7);   /* init on insert ... */
    assert_int_equal(*px_map_put(&m, 99991, 8), 7);   /* ... not on lookup */
    px_map_free(&m);
    assert_null(px_map_get(&m, 7919));
}

static void test_utf8(void **state)
{
    (void)state;
    size_t adv;
    assert_int_equal(px_utf8_decode("\xC3\xA9", 2, &adv), 0xE9);
    assert_int_equal(adv, 2);
    assert_int_equal(px_utf8_decode("\xC3", 1, &adv), 0xFFFD);      /* truncated */
    assert_int_equal(px_utf8_decode("\xC0\x80", 2, &adv), 0xFFFD);  /* overlong */
    assert_int_equal(px_utf8_decode("\xED\xA0\x80", 3, &adv), 0xFFFD); /* surrogate */
    char *s = px_utf8_sanitize("a\xFF" "b\0c\r\nd\x01", 10);
    assert_string_equal(s, "a\xEF\xBF\xBD" "bc\nd");
    free(s);
    assert_int_equal(px_utf8_valid_prefix("ab\xE2\x82", 4), 2);
    char sp[] = "  a \t\n b  ";
    assert_int_equal(px_collapse_space(sp), 3);
    assert_string_equal(sp, "a b");
}

/* The byte-at-a-time clean-up that px_utf8_sanitize must match. */
static char *ref_sanitize(const char *s, size_t n, size_t *out_len, bool *multibyte)
{
    char *out = malloc(3 * n + 1), *w = out;
    *multibyte = false;
    assert_non_null(out);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (c >= 0x20 || c == '\n' || c == '\t') *w++ = (char)c;
            else if (c == '\r' && (i + 1 >= n || s[i + 1] != '\n')) *w++ = '\n';
            i++;
            continue;
        }
        size_t adv;
        uint32_t cp = px_utf8_decode(s + i, n - i, &adv);
        if (cp == 0xFFFD && adv == 1) { memcpy(w, "\xEF\xBF\xBD", 3); w += 3; }
        else { memcpy(w, s + i, adv); w += adv; *multibyte = true; }
        i += adv;
    }
    *w = '\0';
    *out_len = (size_t)(w - out);
    return out;
}

static size_t ref_valid_prefix(const char *s, size_t n)
{
    size_t i = 0, adv;
    while (i < n) {
        if ((unsigned char)s[i] < 0x80) { i++; continue; }
        uint32_t cp = px_utf8_decode(s + i, n - i, &adv);
        if (cp == 0xFFFD && adv == 1) break;
        i += adv;
    }
    return i;
}

static size_t ref_plain_run(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (((unsigned char)s[i] >= 0x20 && (unsigned char)s[i] < 0x7F) ||
                     s[i] == '\t' || s[i] == '\n'))
        i++;
    return i;
}

static size_t ref_control_count(const char *s, size_t n)
{
    size_t count = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) count++;
    }
    return count;
}

static void check_against_ref(const char *s, size_t n)
{
    size_t want_len;
    bool multibyte;
    char *want = ref_sanitize(s, n, &want_len, &multibyte);
    char *got = px_utf8_sanitize(s, n);
    assert_non_null(got);
    assert_int_equal(strlen(got), want_len);
    assert_memory_equal(got, want, want_len + 1);
    free(got);
    px_utf8_report r;
    got = px_utf8_sanitize_report(s, n, &r);
    assert_non_null(got);
    assert_memory_equal(got, want, want_len + 1);
    assert_int_equal(r.len, want_len);
    assert_int_equal(r.valid, ref_valid_prefix(s, n) == n);
    assert_int_equal(r.multibyte, multibyte);
    free(got);
    free(want);
    assert_int_equal(px_utf8_valid_prefix(s, n), ref_valid_prefix(s, n));
    for (size_t k = 0; k < n && k < 24; k++) {   /* every alignment */
        assert_int_equal(px_plain_run(s + k, n - k), ref_plain_run(s + k, n - k));
        assert_int_equal(px_control_count(s + k, n - k), ref_control_count(s + k, n - k));
    }
}

/* Random pieces: plain text, white space, controls, DEL, NBSP and other
 * multi-byte characters, U+FFFD itself, and broken sequences. */
static size_t random_piece(uint64_t *seed, char *out)
{
    static const char *const pieces[] = {
        "word", " ", "\t", "\n", "\r", "\r\n", "\x01", "\x1F", "\x7F", "\x00",
        "\xC2\xA0", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD",
        "\xE2\x80\x8B", "\xC2\xAD", "\x80", "\xBF", "\xC3", "\xE2\x82", "\xF0\x9F\x98",
        "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF", "\xFE", "0123456789abcdef",
        "\f", "\x1B", "\x9F",
        "<p class=\"x\">", "~",
    };
    static const size_t lens[] = {4, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 2, 3, 4, 3, 3, 2, 1, 1,
                                  1, 2, 3, 2, 3, 4, 1, 1, 16, 1, 1, 1, 13, 1};
    _Static_assert(sizeof pieces / sizeof pieces[0] == sizeof lens / sizeof lens[0],
                   "a length for every piece");
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    size_t k = (size_t)(*seed % (sizeof lens / sizeof lens[0]));
    memcpy(out, pieces[k], lens[k]);
    return lens[k];
}

static void test_utf8_fast_paths_match_reference(void **state)
{
    (void)state;
    static const char *const tricky[] = {
        "", "a", "\xC2\xA0", "abcdefg\xC2\xA0" "hijklmn", "\t\n\t\n\t\n\t\n\t\n",
        "1234567\x7F" "89", "12345678\x01", "\r", "ab\r", "\xE2\x82", "abcdefgh\xE2\x82",
    };
    for (size_t i = 0; i < sizeof tricky / sizeof tricky[0]; i++)
        check_against_ref(tricky[i], strlen(tricky[i]));
    check_against_ref("a\0b\0c", 5);
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    char buf[4096];
    for (int round = 0; round < 3000; round++) {
        size_t n = 0, pieces = (size_t)(seed % 120);
        for (size_t p = 0; p < pieces; p++) n += random_piece(&seed, buf + n);
        check_against_ref(buf, n);
    }
    /* very long, clean but for one byte near the end */
    size_t big = 1 << 20;
    char *s = malloc(big);
    assert_non_null(s);
    for (size_t i = 0; i < big; i++) s[i] = (char)('a' + i % 26);
    s[big - 3] = '\x01';
    check_against_ref(s, big);
    free(s);
}

/* px_collapse_space as it was written first: a byte at a time. */
static size_t collapse_ref(char *s)
{
    size_t w = 0;
    int pending = 0;
    for (size_t r = 0; s[r]; r++) {
        char c = s[r];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r') {
            pending = w > 0;
            continue;
        }
        if (pending) s[w++] = ' ';
        pending = 0;
        s[w++] = c;
    }
    s[w] = '\0';
    return w;
}

/* The run-at-a-time px_collapse_space leaves what the byte loop left, on
 * random strings of text, blanks of every kind and UTF-8 (never blank). */
static void test_collapse_space_matches_reference(void **state)
{
    (void)state;
    static const char *const pieces[] = {"a", "bc", " ", " ", "  ", "\t", "\n", "\r\n", "\v",
                                         "\f", "\xC2\xA0", "\xE2\x80\x83", ".", "x y"};
    const size_t n_pieces = sizeof pieces / sizeof *pieces;
    uint64_t seed = 0x2545F4914F6CDD1DULL;
    char a[512], b[512];
    for (int round = 0; round < 100000; round++) {
        size_t n = 0;
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t count = (size_t)(seed >> 33) % 40;
        for (size_t k = 0; k < count; k++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *p = pieces[(seed >> 33) % n_pieces];
            memcpy(a + n, p, strlen(p));
            n += strlen(p);
        }
        a[n] = '\0';
        memcpy(b, a, n + 1);
        size_t got = px_collapse_space(a), want = collapse_ref(b);
        assert_int_equal(got, want);
        assert_string_equal(a, b);
    }
}

static void test_article_text(void **state)
{
    (void)state;
    px_article *a = px_article_new();
    const char *t = "First para\nstill first.\n\n\n  Second   para.  \n\nThird.";
    assert_int_equal(px_article_set_text(a, t, strlen(t)), PX_OK);
    assert_int_equal(a->n_paragraphs, 3);
    assert_string_equal(a->paragraphs[0], "First para still first.");
    assert_string_equal(a->paragraphs[1], "Second para.");
    assert_string_equal(a->text, "First para still first.\n\nSecond para.\n\nThird.");
    /* a line of spaces is a blank line too */
    assert_int_equal(px_article_set_text(a, "one\n  \t\ntwo", 12), PX_OK);
    assert_int_equal(a->n_paragraphs, 2);
    /* empty text: no paragraphs, and text reads as "" */
    assert_int_equal(px_article_set_text(a, "", 0), PX_OK);
    assert_int_equal(a->n_paragraphs, 0);
    assert_string_equal(a->text, "");
    /* no blank line: one paragraph a line */
    assert_int_equal(px_article_set_text(a, "one\ntwo\nthree", 13), PX_OK);
    assert_int_equal(a->n_paragraphs, 3);
    assert_int_equal(px_article_set(a, "title", "  A \n title "), PX_OK);
    assert_string_equal(a->title, "A title");
    assert_int_equal(px_article_set(a, "nonsense", "x"), PX_INVALID);
    assert_int_equal(px_article_set(a, "title", "   "), PX_OK);
    assert_null(a->title);                        /* blank means unknown */
    px_article_free(a);
}

static void test_ctx_limits_and_errors(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    assert_string_equal(px_errmsg(ctx), "");
    assert_int_equal(px_fail(ctx, PX_IO, "%s: line %d: %s", "f.txt", 7, "bad"), PX_IO);
    assert_string_equal(px_errmsg(ctx), "f.txt: line 7: bad");
    long hard = px_limit(ctx, PX_LIMIT_INPUT_BYTES, -1);
    assert_true(hard > 0);
    px_limit(ctx, PX_LIMIT_INPUT_BYTES, 1000);
    assert_int_equal(px_limit(ctx, PX_LIMIT_INPUT_BYTES, -1), 1000);
    px_limit(ctx, PX_LIMIT_INPUT_BYTES, hard * 10);   /* cannot exceed the hard max */
    assert_int_equal(px_limit(ctx, PX_LIMIT_INPUT_BYTES, -1), hard);
    assert_int_equal(px_limit(ctx, PX_LIMIT__COUNT, 5), -1);
    assert_string_equal(px_status_str(PX_NOMEM), "out of memory");
    assert_string_equal(px_version(), PX_VERSION);
    px_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_big_calloc),
        cmocka_unit_test(test_buf_grows_and_formats),
        cmocka_unit_test(test_buf_printf_long),
        cmocka_unit_test(test_buf_fixed_is_printf),
        cmocka_unit_test(test_html_escape),
        cmocka_unit_test(test_json_string),
        cmocka_unit_test(test_url_segment),
        cmocka_unit_test(test_arena),
        cmocka_unit_test(test_map),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_utf8_fast_paths_match_reference),
        cmocka_unit_test(test_collapse_space_matches_reference),
        cmocka_unit_test(test_article_text),
        cmocka_unit_test(test_ctx_limits_and_errors),
    };
    return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
