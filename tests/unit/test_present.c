/* test_present.c - the web server's page cache: bounded in entries and in
 * bytes whatever is put in it, least recently used out first, and never
 * answering for another state of the store. */
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
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) n += srv->cache[i].body ? srv->cache[i].len : 0;
    return n;
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
    char *out;
    size_t len;
    /* many large pages: the budget holds, the newest stays */
    for (int64_t story = 1; story <= 40; story++) {
        page[0] = (char)('a' + story % 26);
        web_cache_put(srv, story, 0, "1/1", page, big - (size_t)story);
        assert_true(srv->cache_bytes <= WEB_CACHE_BUDGET);
        assert_int_equal(srv->cache_bytes, held(srv));
        assert_true(web_cache_get(srv, story, 0, "1/1", &out, &len));
        assert_int_equal(len, big - (size_t)story);
        assert_int_equal(out[0], 'a' + story % 26);
        free(out);
    }
    assert_false(web_cache_get(srv, 1, 0, "1/1", &out, &len));       /* evicted */
    assert_false(web_cache_get(srv, 40, 0, "2/1", &out, &len));      /* another state */
    assert_false(web_cache_get(srv, 40, 1, "1/1", &out, &len));      /* another kind */
    /* a page over the per-page limit is not kept */
    char *huge = calloc(WEB_CACHE_MAX_BYTES + 2, 1);
    assert_non_null(huge);
    web_cache_put(srv, 99, 0, "1/1", huge, WEB_CACHE_MAX_BYTES + 1);
    assert_false(web_cache_get(srv, 99, 0, "1/1", &out, &len));
    /* many small pages: at most WEB_CACHE_SLOTS of them, the least
     * recently used out first */
    for (int64_t story = 100; story < 100 + 3 * WEB_CACHE_SLOTS; story++) {
        web_cache_put(srv, story, 0, "1/1", "<p>small</p>", 12);
        if (web_cache_get(srv, 100, 0, "1/1", &out, &len)) free(out);   /* keep 100 in use */
    }
    assert_true(web_cache_get(srv, 100, 0, "1/1", &out, &len));
    free(out);
    assert_false(web_cache_get(srv, 101, 0, "1/1", &out, &len));
    assert_int_equal(srv->cache_bytes, held(srv));
    free(huge);
    free(page);
    for (unsigned i = 0; i < WEB_CACHE_SLOTS; i++) free(srv->cache[i].body);
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
