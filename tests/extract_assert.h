/* extract_assert.h - cmocka checks on extracted text, shared by the
 * extract unit tests: a snippet must (assert_has) or must not
 * (assert_lacks) be in the text; on failure the whole text is printed.
 * Include after <cmocka.h>. */
#ifndef PX_TESTS_EXTRACT_ASSERT_H
#define PX_TESTS_EXTRACT_ASSERT_H

#include <stdio.h>
#include <string.h>

#define assert_has(hay, needle) px_assert_snippet(hay, needle, 1)
#define assert_lacks(hay, needle) px_assert_snippet(hay, needle, 0)

static void px_assert_snippet(const char *hay, const char *needle, int want)
{
    int got = hay && strstr(hay, needle) != NULL;
    if (got != want)
        fprintf(stderr, "expected %s \"%s\" in:\n----\n%s\n----\n",
                want ? "to find" : "not to find", needle, hay ? hay : "(null)");
    assert_int_equal(got, want);
}

#endif
