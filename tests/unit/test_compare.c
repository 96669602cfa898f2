/* test_compare.c - the compare stage: the fast way of aligning a story's
 * sentences gives the comparison the reference way gives, and sentence
 * profiles answer as px_sentence_similarity does.  Articles: the bundled
 * fictional example (examples/news), each page extracted and analysed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare.h"
#include "parallax.h"
#include "reuse/reuse.h"

#define MAX_ARTICLES 64

typedef struct story {
    px_ctx *ctx;
    px_analyzer *an;
    px_cmp_article arts[MAX_ARTICLES];
    const px_textdoc *docs[MAX_ARTICLES];
    uint32_t n;
} story;

static int add_page(void *user, const px_item *item)
{
    story *s = user;
    px_extract_input in = {item->input, item->data, item->len, item->format, item->charset, item->url};
    px_article *a = NULL;
    px_textdoc *doc = NULL;
    if (item->kind == PX_ITEM_PAGE && px_extract(s->ctx, &in, &a) == PX_OK &&
        px_analyze(s->an, s->ctx, a->text, strlen(a->text), a->language, &doc) == PX_OK) {
        s->docs[s->n] = doc;
        s->arts[s->n] = (px_cmp_article){.id = s->n + 1, .doc = doc};
        s->n++;
    }
    px_article_free(a);
    return s->n == MAX_ARTICLES;
}

/* The example's pages, read `copies` times over: a story where every
 * sentence is carried by several articles, as with wire copy. */
static int setup(void **state, int copies)
{
    story *s = calloc(1, sizeof *s);
    if (!s || !(s->ctx = px_ctx_new()) || px_analyzer_new(s->ctx, &s->an) != PX_OK) return -1;
    for (int i = 0; i < copies; i++)
        if (px_read_path(s->ctx, PX_SOURCE_DIR "/examples/news", add_page, NULL, s) != PX_OK) return -1;
    *state = s;
    return s->n >= 9 ? 0 : -1;
}
static int setup_once(void **state) { return setup(state, 1); }
static int setup_thrice(void **state) { return setup(state, 3); }

static int teardown(void **state)
{
    story *s = *state;
    for (uint32_t i = 0; i < s->n; i++) px_textdoc_free((px_textdoc *)s->docs[i]);
    px_analyzer_free(s->an);
    px_ctx_free(s->ctx);
    free(s);
    return 0;
}

static void test_fast_equals_reference(void **state)
{
    story *s = *state;
    px_compare_opts ref_opts = {.summary_lines = 5, .reference = 1}, opts = {.summary_lines = 5};
    px_comparison *ref = NULL, *fast = NULL;
    assert_int_equal(px_compare(s->ctx, s->arts, s->n, NULL, 0, &ref_opts, &ref), PX_OK);
    assert_int_equal(px_compare(s->ctx, s->arts, s->n, NULL, 0, &opts, &fast), PX_OK);
    assert_true(fast->n_facts > 0);
    assert_true(px_comparison_equal(ref, fast));
    /* the check can fail: a comparison missing a fact is not equal */
    fast->n_facts--;
    assert_false(px_comparison_equal(ref, fast));
    fast->n_facts++;
    /* fewer articles make another comparison */
    px_comparison *part = NULL;
    assert_int_equal(px_compare(s->ctx, s->arts, s->n - 1, NULL, 0, &opts, &part), PX_OK);
    assert_false(px_comparison_equal(ref, part));
    px_comparison_free(part);
    px_comparison_free(ref);
    px_comparison_free(fast);
}

static double unit_idf(void *user, uint64_t h)
{
    (void)user;
    return 1.0 + (double)(h % 7) / 3;   /* uneven weights, as a story's idf is */
}

static void test_profiles_answer_as_similarity(void **state)
{
    story *s = *state;
    px_idf_source idf = {unit_idf, NULL};
    px_sent_profiles *p = NULL;
    assert_int_equal(px_sent_profiles_new(s->docs, s->n, &idf, &p), PX_OK);
    const double mins[] = {0.3, 0.5, 0.7};
    uint32_t pairs = 0, reached = 0;
    for (size_t m = 0; m < sizeof mins / sizeof *mins; m++)
        for (uint32_t a = 0; a < 4; a++)
            for (uint32_t b = 0; b < s->n; b++)
                for (uint32_t sa = 0; sa < s->docs[a]->n_sentences; sa++)
                    for (uint32_t sb = 0; sb < s->docs[b]->n_sentences; sb += 2) {
                        int want = px_sentence_similarity(s->docs[a], sa, s->docs[b], sb, &idf) >= mins[m];
                        assert_int_equal(px_sent_profiles_reach(p, a, sa, b, sb, mins[m]), want);
                        pairs++;
                        reached += (uint32_t)want;
                    }
    assert_true(reached > 0 && reached < pairs);
    /* out of range is similarity 0, as px_sentence_similarity has it */
    assert_int_equal(px_sent_profiles_reach(p, 0, 99999, 1, 0, 0.5), 0);
    assert_int_equal(px_sent_profiles_reach(p, s->n + 5, 0, 1, 0, 0.5), 0);
    px_sent_profiles_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_fast_equals_reference, setup_once, teardown),
        cmocka_unit_test_setup_teardown(test_fast_equals_reference, setup_thrice, teardown),
        cmocka_unit_test_setup_teardown(test_profiles_answer_as_similarity, setup_thrice, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
