/*
 * analyzer.c - the analyzer object and the px_analyze() pipeline.
 *
 * The analyzer owns what is costly to build and safe to reuse: ICU break
 * iterators and the NFKC_Casefold normalizer, the word-class lexicon, the
 * country table (read once from iso-codes), city names (from ICU's time
 * zones) and lazily created stemmers.  It
 * is not thread safe by design: one analyzer per thread, no globals.
 *
 * px_analyze copies and sanitises the input (invalid UTF-8 -> U+FFFD,
 * control bytes dropped) so every later step can trust the bytes, then runs
 * the steps listed in text_int.h.
 */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "date_words.h"
#include "spkscore.h"

px_status px_analyzer_new(px_ctx *ctx, px_analyzer **out)
{
    *out = NULL;
    px_analyzer *an = calloc(1, sizeof *an);
    if (!an) return px_fail(ctx, PX_NOMEM, "analyzer: out of memory");
    UErrorCode st = U_ZERO_ERROR;
    an->sbrk = ubrk_open(UBRK_SENTENCE, "en", NULL, 0, &st);
    if (U_SUCCESS(st)) an->wbrk = ubrk_open(UBRK_WORD, "en", NULL, 0, &st);
    if (U_SUCCESS(st)) an->nfkc_cf = unorm2_getNFKCCasefoldInstance(&st);
    if (U_FAILURE(st)) {
        px_analyzer_free(an);
        return px_fail(ctx, PX_UNSUPPORTED, "analyzer: ICU: %s",
                       u_errorName(st));
    }
    if (!tx_lexicon_build(&an->lex, &an->arena) ||
        !tx_countries_load(&an->countries, &an->arena) ||
        !tx_cities_load(&an->cities, &an->arena) || !tx_map_filter(&an->lex) ||
        !tx_map_filter(&an->countries.map) || !tx_map_filter(&an->cities)) {
        px_analyzer_free(an);
        return px_fail(ctx, PX_NOMEM, "analyzer: out of memory");
    }
    an->spk_weights = tx_spk_weights;
    *out = an;
    return PX_OK;
}

void px_analyzer_free(px_analyzer *an)
{
    if (!an) return;
    if (an->sbrk) ubrk_close(an->sbrk);
    if (an->wbrk) ubrk_close(an->wbrk);
    for (size_t i = 0; i < an->n_stemmers; i++) {
        if (an->stemmers[i].st) sb_stemmer_delete(an->stemmers[i].st);
        tx_stem_cache_free(&an->stemmers[i].cache);
    }
    for (size_t i = 0; i < an->n_spare; i++) px_textdoc_free(&an->spare[i]->pub);
    free(an->memo);
    free(an->side);
    tx_ent_keep_free(&an->ent);
    tx_map_free(&an->lex);
    tx_map_free(&an->countries.map);
    tx_map_free(&an->cities);
    px_arena_free(&an->arena);
    free(an);
}

void px_textdoc_free(px_textdoc *doc)
{
    if (!doc) return;
    tx_doc *d = (tx_doc *)doc;
    free(d->tokens);
    free(d->sentences);
    free(d->text_owned);
    px_arena_free(&d->pub.arena);
    free(d);
}

/* Blocks a spare document may keep: the size of the analyzer's side
 * arrays (one long document must not hold its room forever). */
#define SPARE_KEEP (1u << 20)

void px_textdoc_recycle(px_analyzer *an, px_textdoc *doc)
{
    if (!doc) return;
    tx_doc *d = (tx_doc *)doc;
    if (!an || an->n_spare == TX_SPARE_DOCS || d->tok_cap * sizeof *d->tokens > SPARE_KEEP ||
        d->sent_cap * sizeof *d->sentences > SPARE_KEEP) {
        px_textdoc_free(doc);
        return;
    }
    free(d->text_owned);
    px_arena arena = d->pub.arena;
    px_arena_reset(&arena);             /* keeps its first chunk */
    *d = (tx_doc){.pub = {.arena = arena}, .tokens = d->tokens, .sentences = d->sentences,
                  .tok_cap = d->tok_cap, .sent_cap = d->sent_cap};
    an->spare[an->n_spare++] = d;
}

size_t tx_tok_lower_bound(const px_textdoc *doc, uint32_t off)
{
    size_t lo = 0, hi = doc->n_tokens;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

bool tx_is_space_only(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n') return false;
    return true;
}

px_status tx_doc_grow(px_arena *a, void **arr, size_t *cap, size_t need,
                      size_t elem)
{
    if (need <= *cap) return PX_OK;
    size_t ncap = *cap ? *cap * 2 : 16;
    while (ncap < need) ncap *= 2;
    void *p = px_arena_alloc(a, ncap * elem);
    if (!p) return PX_NOMEM;
    if (*cap) memcpy(p, *arr, *cap * elem);
    *arr = p;
    *cap = ncap;
    return PX_OK;
}

/* Bytes of side arrays the analyzer keeps for the next document; a
 * longer one's go when it is done. */
#define SIDE_KEEP (1u << 20)

/* The per-token and per-sentence side arrays of one document, in one block
 * the analyzer keeps: five mallocs and frees per document, of blocks the
 * size of the text, were a good part of analysing a short one. */
static bool side_arrays(tx_work *w, size_t n, size_t sentences)
{
    px_analyzer *an = w->an;
    size_t per_token = sizeof *w->norm_hash + sizeof *w->lex + sizeof *w->tok_mention +
                       sizeof *w->appos_owner;
    size_t need = n * per_token + sentences;
    if (need > an->side_cap) {
        free(an->side);
        an->side = malloc(need);
        an->side_cap = an->side ? need : 0;
        if (!an->side) return false;
    }
    char *p = an->side;    /* the widest first: every array stays aligned */
    w->norm_hash = (uint64_t *)(void *)p;
    p += n * sizeof *w->norm_hash;
    w->lex = (uint32_t *)(void *)p;
    p += n * sizeof *w->lex;
    w->tok_mention = (int32_t *)(void *)p;
    p += n * sizeof *w->tok_mention;
    w->appos_owner = (int32_t *)(void *)p;
    p += n * sizeof *w->appos_owner;
    w->titlecase = (uint8_t *)p;
    memset(w->lex, 0, n * sizeof *w->lex);
    memset(w->titlecase, 0, sentences);
    return true;
}

static px_status run(tx_work *w, const char *lang, unsigned parts)
{
    tx_doc *d = w->d;
    px_status rc = tx_segment(w);
    if (rc != PX_OK) return rc;
    w->guillemet_open = tx_guillemets(d->pub.text, d->pub.len);
    size_t n = d->pub.n_tokens ? d->pub.n_tokens : 1;
    if (!side_arrays(w, n, d->pub.n_sentences + 1))
        return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    for (size_t i = 0; i < n; i++) w->tok_mention[i] = w->appos_owner[i] = -1;
    if ((rc = tx_normalize(w)) != PX_OK) return rc;
    if (lang && *lang) {
        char *l = px_arena_strndup(&d->pub.arena, lang, strlen(lang));
        if (!l) return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
        d->pub.lang = l;
    } else {
        tx_guess_lang(w);
    }
    tx_date_lex(w);
    if ((rc = tx_stem(w)) != PX_OK) return rc;
    if (!(parts & PX_PARTS_ALL)) return PX_OK;
    if ((rc = tx_entities(w)) != PX_OK) return rc;
    if (!(parts & PX_PARTS_QUOTES)) return PX_OK;
    if ((rc = tx_quotes(w)) != PX_OK) return rc;
    if ((rc = tx_pronouns(w)) != PX_OK) return rc;
    if ((rc = tx_attribute(w)) != PX_OK) return rc;
    if ((rc = tx_indirect(w)) != PX_OK) return rc;
    if ((rc = tx_speaker_rerank(w)) != PX_OK) return rc;
    tx_fullest_names(w);
    tx_quote_via(w);
    return PX_OK;
}

px_status px_analyze(px_analyzer *an, px_ctx *ctx, const char *text,
                     size_t len, const char *lang, px_textdoc **out)
{
    return px_analyze_parts(an, ctx, text, len, lang, PX_PARTS_ALL, out);
}

px_status px_analyze_parts(px_analyzer *an, px_ctx *ctx, const char *text,
                           size_t len, const char *lang, unsigned parts,
                           px_textdoc **out)
{
    *out = NULL;
    if (!an || (!text && len))
        return px_fail(ctx, PX_INVALID, "text: no analyzer or text");
    long limit = ctx ? ctx->limits[PX_LIMIT_TEXT_BYTES] : PX_HARD_TEXT_BYTES;
    if (limit <= 0 || limit > PX_HARD_TEXT_BYTES) limit = PX_HARD_TEXT_BYTES;
    if (len > (size_t)limit)
        return px_fail(ctx, PX_LIMIT, "text: %zu bytes exceed the limit of %ld",
                       len, limit);
    /* a document given back, else a new one */
    tx_doc *d = an->n_spare ? an->spare[--an->n_spare] : calloc(1, sizeof *d);
    if (!d) return px_fail(ctx, PX_NOMEM, "text: out of memory");
    /* a valid UTF-8 copy (invalid bytes become U+FFFD, C0 controls but
     * tab and newline go, CR and CRLF become LF) every later step can trust */
    px_utf8_report clean;
    d->text_owned = px_utf8_sanitize_report(text ? text : "", len, &clean);
    if (!d->text_owned) {
        px_textdoc_free(&d->pub);
        return px_fail(ctx, PX_NOMEM, "text: out of memory");
    }
    d->pub.text = d->text_owned;
    d->pub.len = clean.len;
    d->pub.lang = "en";
    tx_work w = {.an = an, .ctx = ctx, .d = d};
    px_status rc = run(&w, lang, parts);
    if (an->side_cap > SIDE_KEEP) {
        free(an->side);
        an->side = NULL;
        an->side_cap = 0;
    }
    free(w.q);
    free(w.gender);
    free(w.antecedent);
    free(w.told);
    if (rc != PX_OK) {
        px_textdoc_free(&d->pub);
        return rc;
    }
    *out = &d->pub;
    return PX_OK;
}
