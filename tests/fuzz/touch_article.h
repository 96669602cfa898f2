/*
 * touch_article.h - what the extraction fuzz targets do with a result:
 * read every field and the JSON rendering, so ASan sees an overread or a
 * missing terminator.  Header-only: each target is one translation unit.
 */
#ifndef PX_FUZZ_TOUCH_ARTICLE_H
#define PX_FUZZ_TOUCH_ARTICLE_H

#include <stdlib.h>
#include <string.h>

#include "util/util.h"

static unsigned touch(const char *s)
{
    return s ? (unsigned)strlen(s) : 0;
}

/* Read all of a (then free it); the sum goes into ctx so it is used. */
static void touch_article(px_ctx *ctx, px_article *a)
{
    unsigned n = touch(a->title) + touch(a->byline) + touch(a->date) + touch(a->site) +
                 touch(a->url) + touch(a->language) + touch(a->description) + touch(a->text);
    for (size_t i = 0; i < a->n_paragraphs; i++) n += touch(a->paragraphs[i]);
    char *json = NULL;
    if (px_article_json(a, "fuzz", &json) == PX_OK) n += touch(json);
    px_fail(ctx, PX_OK, "%u", n);
    free(json);
    px_article_free(a);
}

#endif
