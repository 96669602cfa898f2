/*
 * fuzz_analyze.c - libFuzzer target for the text stage (sentences, tokens,
 * entities, quotes, dates, quantities) and the reuse stage fed by it: the input is split at
 * its first NUL into two texts that are analysed, sketched and compared.  The
 * first text's language is guessed; the second's is picked by its first byte,
 * so every date table is reached.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "reuse/reuse.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

/* One analyzer for the whole run: making one loads the country tables and
 * the stemmers, which cost more than analysing most inputs (10 runs a
 * second with an analyzer per input).  Its caches carry over between
 * inputs, as they do between the articles of an ingest. */
static px_ctx *fuzz_ctx;
static px_analyzer *fuzz_an;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_ctx = px_ctx_new();
    if (!fuzz_ctx || px_analyzer_new(fuzz_ctx, &fuzz_an) != PX_OK) fuzz_an = NULL;
    return 0;
}

/* Dates (against a fixed publication date) and quantities of d. */
static unsigned dates_and_numbers(px_ctx *ctx, const px_textdoc *d)
{
    px_arena ar = PX_ARENA_INIT;
    px_timex *t = NULL;
    px_quantity *q = NULL;
    size_t nt = 0, nq = 0;
    unsigned n = 0;
    if (px_find_dates(ctx, d, "2025-01-31", &ar, &t, &nt) == PX_OK &&
        px_find_quantities(ctx, d, t, nt, &ar, &q, &nq) == PX_OK) {
        char iso[16];
        for (size_t i = 0; i < nt; i++) { px_timex_iso(&t[i], iso); n += t[i].end + (unsigned)iso[0]; }
        for (size_t i = 0; i < nq; i++) n += q[i].end + (unsigned)strlen(q[i].unit);
    }
    px_arena_free(&ar);
    return n;
}

static unsigned walk(const px_textdoc *d)
{
    unsigned n = 0;
    for (size_t i = 0; i < d->n_tokens; i++) n += (unsigned)strlen(d->tokens[i].stem) + d->tokens[i].end;
    for (size_t i = 0; i < d->n_quotes; i++)
        n += (unsigned)strlen(d->quotes[i].text) + (d->quotes[i].speaker_name ? 1u : 0u);
    for (size_t i = 0; i < d->n_entities; i++) n += (unsigned)strlen(d->entities[i].name);
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    px_ctx *ctx = fuzz_ctx;
    px_analyzer *an = fuzz_an;
    if (!an) return 0;
    const char *text = (const char *)data;
    const char *nul = memchr(text, 0, size);
    size_t la = nul ? (size_t)(nul - text) : size;
    const char *b = nul ? nul + 1 : text;
    size_t lb = nul ? size - la - 1 : size;
    static const char *const langs[] = {"en", "de", "fr", "es", "it", "pt", "pl"};
    const char *lang_b = langs[lb ? (unsigned char)b[0] % 7 : 0];
    px_textdoc *da = NULL, *db = NULL;
    if (px_analyze(an, ctx, text, la, NULL, &da) == PX_OK &&
        px_analyze(an, ctx, b, lb, lang_b, &db) == PX_OK) {
        unsigned n = walk(da) + walk(db) + dates_and_numbers(ctx, da) + dates_and_numbers(ctx, db);
        px_sketch sa = {0}, sb = {0};
        if (px_sketch_compute(da, &sa) == PX_OK && px_sketch_compute(db, &sb) == PX_OK)
            n += (unsigned)px_sketch_candidate(&sa, &sb);
        px_reuse_result r = {0};
        if (px_reuse_compare(da, db, NULL, &r) == PX_OK)
            for (size_t i = 0; i < r.n_passages; i++) n += r.passages[i].a_end + r.passages[i].b_end;
        px_reuse_result_free(&r);
        px_sketch_free(&sa);
        px_sketch_free(&sb);
        px_fail(ctx, PX_OK, "%u", n);
    }
    px_textdoc_free(da);
    px_textdoc_free(db);
    return 0;
}
