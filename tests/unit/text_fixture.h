/*
 * text_fixture.h - what the text-stage unit tests share: one analyzer and
 * context per test binary (cmocka group setup and teardown), run() to
 * analyse a string, and the check of one quote case (the quote found by
 * the start of its text, its kind and speaker).  Included by one test
 * file per binary.
 */
#ifndef PX_TEST_TEXT_FIXTURE_H
#define PX_TEST_TEXT_FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "text/text.h"

static px_analyzer *an;
static px_ctx *ctx;

static int setup(void **state)
{
    (void)state;
    ctx = px_ctx_new();
    return px_analyzer_new(ctx, &an) == PX_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    px_analyzer_free(an);
    px_ctx_free(ctx);
    return 0;
}

static inline px_textdoc *run(const char *s)
{
    px_textdoc *d = NULL;
    assert_int_equal(px_analyze(an, ctx, s, strlen(s), "en", &d), PX_OK);
    return d;
}

#define QK_ANY (-1)          /* a case that takes either kind */

typedef struct qcase {
    const char *text;
    const char *quote;       /* expected start of the quote text */
    const char *speaker;     /* expected speaker_name, NULL for none */
    int kind;                /* px_quote_kind, or QK_ANY */
} qcase;

/* Does case number no hold?  When not, say what was found instead. */
static inline bool quote_case_ok(size_t no, const qcase *c)
{
    px_textdoc *d = run(c->text);
    const px_quote *hit = NULL;
    for (size_t k = 0; k < d->n_quotes; k++)
        if (strncmp(d->quotes[k].text, c->quote, strlen(c->quote)) == 0)
            hit = &d->quotes[k];
    bool ok = hit && (c->kind == QK_ANY || (int)hit->kind == c->kind) &&
              (c->speaker ? hit->speaker_name && strcmp(hit->speaker_name, c->speaker) == 0
                          : hit->speaker_name == NULL);
    if (!ok) {
        fprintf(stderr, "case %zu: want [%s] \"%s\"; got", no,
                c->speaker ? c->speaker : "-", c->quote);
        for (size_t k = 0; k < d->n_quotes; k++)
            fprintf(stderr, " {%d [%s] \"%s\"}", d->quotes[k].kind,
                    d->quotes[k].speaker_name ? d->quotes[k].speaker_name : "-",
                    d->quotes[k].text);
        fprintf(stderr, "\n");
    }
    px_textdoc_free(d);
    return ok;
}

#endif
