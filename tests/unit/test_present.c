/* test_present.c - the web server's page cache: bounded in entries and in
 * bytes whatever is put in it, least recently used out first, never
 * answering for another state of the store, and a page it hands out stays
 * whole until its reader lets go, evicted or not. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "present/web_server.h"

static size_t held(const px_server *srv)
{
    size_t n = 0;
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) n += srv->cache[i].body ? srv->cache[i].body->len : 0;
    return n;
}

/* Put a body made of data; the caller's reference is dropped at once. */
static void put(px_server *srv, int64_t story, const char *data, size_t len)
{
    web_body *b = web_body_new(data, len);
    assert_non_null(b);
    web_cache_put(srv, story, 0, "1/1", b);
    web_body_release(b);
}

static void test_cache_is_bounded(void **state)
{
    (void)state;
    px_server *srv = calloc(1, sizeof *srv);
    assert_non_null(srv);
    pthread_mutex_init(&srv->cache_lock, NULL);
    size_t big = WEB_CACHE_MAX_BYTES - 1;
    char *page = malloc(big);
    assert_non_null(page);
    memset(page, 'x', big);
    web_body *got, *kept = NULL;
    /* many large pages: the budget holds, the newest stays */
    for (int64_t story = 1; story <= 40; story++) {
        page[0] = (char)('a' + story % 26);
        put(srv, story, page, big - (size_t)story);
        assert_true(srv->cache_bytes <= WEB_CACHE_BUDGET);
        assert_int_equal(srv->cache_bytes, held(srv));
        assert_non_null(got = web_cache_get(srv, story, 0, "1/1"));
        assert_int_equal(got->len, big - (size_t)story);
        assert_int_equal(got->data[0], 'a' + story % 26);
        if (story == 1) kept = got;   /* a reader still sending story 1 */
        else web_body_release(got);
    }
    assert_null(web_cache_get(srv, 1, 0, "1/1"));        /* evicted */
    assert_int_equal(kept->len, big - 1);                /* but whole for its reader */
    assert_int_equal(kept->data[0], 'b');
    assert_int_equal(kept->data[kept->len - 1], 'x');
    web_body_release(kept);
    assert_null(web_cache_get(srv, 40, 0, "2/1"));       /* another state */
    assert_null(web_cache_get(srv, 40, 1, "1/1"));       /* another kind */
    /* a page over the per-page limit is not kept */
    char *huge = calloc(WEB_CACHE_MAX_BYTES + 2, 1);
    assert_non_null(huge);
    put(srv, 99, huge, WEB_CACHE_MAX_BYTES + 1);
    assert_null(web_cache_get(srv, 99, 0, "1/1"));
    /* many small pages: at most WEB_CACHE_SLOTS of them, the least
     * recently used out first */
    for (int64_t story = 100; story < 100 + 3 * WEB_CACHE_SLOTS; story++) {
        put(srv, story, "<p>small</p>", 12);
        web_body_release(web_cache_get(srv, 100, 0, "1/1"));   /* keep 100 in use */
    }
    assert_non_null(got = web_cache_get(srv, 100, 0, "1/1"));
    assert_string_equal(got->data, "<p>small</p>");
    web_body_release(got);
    assert_null(web_cache_get(srv, 101, 0, "1/1"));
    assert_int_equal(srv->cache_bytes, held(srv));
    free(huge);
    free(page);
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) web_body_release(srv->cache[i].body);
    pthread_mutex_destroy(&srv->cache_lock);
    free(srv);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cache_is_bounded),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
