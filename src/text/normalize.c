/*
 * normalize.c - the comparable form of each token.
 *
 * norm is NFKC_Casefold of the token (so "ＴＨＥ", "The" and "the" meet),
 * with the typographic apostrophe folded to "'" because outlets differ in
 * which one they print.  Numbers keep their digits but drop thousands
 * separators ("1,200" == "1200").  stem is the Snowball stem of norm in the
 * document's language; stem_hash is what the reuse stage compares.
 *
 * ASCII tokens, the vast majority, skip ICU entirely.  Tokens longer than
 * MAX_NORM bytes are cut (at a character boundary) before normalising: no
 * real word is that long, and it bounds the stack buffers.
 */
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/ustring.h>

#include "text_int.h"

#define MAX_NORM 120

static size_t cut_utf8(const char *s, size_t n, size_t max)
{
    if (n <= max) return n;
    while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80) max--;
    return max;
}

/* Into buf (MAX_NORM + 1 bytes) with its length in *len; false, and buf
 * unusable, when s is not all ASCII (one pass tests and folds). */
static bool norm_ascii(char *buf, const char *s, size_t n, bool num, size_t *len)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if ((unsigned char)c >= 0x80) return false;
        if (num && c == ',' ) continue;
        buf[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[k] = '\0';
    *len = k;
    return true;
}

static const char *norm_icu(px_analyzer *an, px_arena *a, const char *s,
                            size_t n, bool num)
{
    UChar src[MAX_NORM + 1], dst[4 * MAX_NORM + 8];
    char out[16 * MAX_NORM + 32];
    UErrorCode st = U_ZERO_ERROR;
    int32_t ul = 0;
    u_strFromUTF8WithSub(src, MAX_NORM + 1, &ul, s, (int32_t)n, 0xFFFD, NULL,
                         &st);
    if (U_FAILURE(st)) return px_arena_strndup(a, s, n);
    int32_t k = 0;
    for (int32_t i = 0; i < ul; i++) {
        UChar c = src[i];
        if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
        if (num && c == ',') continue;
        src[k++] = c;
    }
    int32_t dl = unorm2_normalize(an->nfkc_cf, src, k, dst,
                                  (int32_t)(sizeof dst / sizeof *dst), &st);
    if (U_FAILURE(st)) return px_arena_strndup(a, s, n);
    int32_t ol = 0;
    u_strToUTF8(out, (int32_t)sizeof out, &ol, dst, dl, &st);
    if (U_FAILURE(st)) return px_arena_strndup(a, s, n);
    return px_arena_strndup(a, out, (size_t)ol);
}

/* The words of one document, looked up once: a report repeats its words
 * (function words, names, the event's nouns), and each lookup in the
 * analyzer's lexicon or stem cache costs a cache miss or two.  Direct
 * mapped by hash; an entry counts only for the very same word of the same
 * document (gen).  The analyzer keeps the table: zeroing 20 KB per
 * document cost more than the lookups it saved on a short text. */
#define MEMO_SLOTS 512

typedef struct tx_memo_entry {
    const char *norm;        /* in the document's arena; valid when gen is */
    uint32_t gen;            /* the document that wrote it; 0: empty */
    uint32_t len;
    uint32_t lex;            /* lexicon flags */
    uint64_t hash;           /* px_hash64 of norm */
    const char *stem;        /* NULL: not stemmed yet */
    uint64_t stem_hash;
} tx_memo_entry;

struct tx_memo {
    tx_memo_entry e[MEMO_SLOTS];
    uint32_t gen;            /* the current document's */
};

static tx_memo_entry *memo_slot(tx_work *w, uint64_t h) { return &w->memo->e[h & (MEMO_SLOTS - 1)]; }

static bool memo_holds(const struct tx_memo *memo, const tx_memo_entry *m, const char *norm,
                       size_t len, uint64_t h)
{
    return m->gen == memo->gen && m->hash == h && m->len == len && memcmp(m->norm, norm, len) == 0;
}

px_status tx_normalize(tx_work *w)
{
    tx_doc *d = w->d;
    const char *t = d->pub.text;
    if (!w->an->memo) w->an->memo = calloc(1, sizeof *w->an->memo);
    w->memo = w->an->memo;
    if (w->memo && ++w->memo->gen == 0) {   /* wrapped: forget every entry */
        memset(w->memo, 0, sizeof *w->memo);
        w->memo->gen = 1;
    }
    if (!w->memo) return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    for (size_t i = 0; i < d->pub.n_tokens; i++) {
        px_token *tk = &d->tokens[i];
        size_t n = cut_utf8(t + tk->start, tk->end - tk->start, MAX_NORM);
        bool num = (tk->flags & PX_TOK_NUM) != 0;
        char buf[MAX_NORM + 1];
        size_t len;
        const char *norm = buf;
        if (!norm_ascii(buf, t + tk->start, n, num, &len)) {
            norm = norm_icu(w->an, &d->pub.arena, t + tk->start, n, num);
            if (!norm) return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
            len = strlen(norm);
        }
        uint64_t h = w->norm_hash[i] = px_hash64(norm, len);
        tx_memo_entry *m = memo_slot(w, h);
        if (memo_holds(w->memo, m, norm, len, h)) {
            tk->norm = m->norm;      /* a word seen before in this document: its copy */
        } else {
            if (norm == buf && !(norm = px_arena_strndup(&d->pub.arena, buf, len)))
                return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
            tk->norm = norm;
            const tx_slot *lx = tx_map_get_hashed(&w->an->lex, norm, len, h);
            *m = (tx_memo_entry){norm, w->memo->gen, (uint32_t)len, lx ? lx->val : 0, h, NULL, 0};
        }
        w->lex[i] = m->lex;
    }
    return PX_OK;
}

/* Pick the language with the most function words among the first tokens;
 * English when nothing stands out. */
void tx_guess_lang(tx_work *w)
{
    size_t hits[8] = {0}, nl = 0;
    uint32_t flags[8];
    const char *langs[8];
    while (nl < 8 && (langs[nl] = tx_stop_lang(nl, &flags[nl])) != NULL) nl++;
    uint32_t any = 0;        /* most tokens are no language's function word */
    for (size_t l = 0; l < nl; l++) any |= flags[l];
    size_t n = w->d->pub.n_tokens < 3000 ? w->d->pub.n_tokens : 3000;
    for (size_t i = 0; i < n; i++) {
        if (!(w->lex[i] & any)) continue;
        /* a word is the function word of one language or of several: the
         * counts go up without a branch on which */
        for (size_t l = 0; l < nl; l++) hits[l] += (w->lex[i] & flags[l]) != 0;
    }
    size_t best = 0;
    for (size_t l = 1; l < nl; l++)
        if (hits[l] > hits[best] + hits[best] / 4) best = l;
    w->d->pub.lang = langs[best];
}

static tx_stemmer *stemmer_for(px_analyzer *an, const char *lang)
{
    char code[8] = {0};
    for (size_t i = 0; i < 7 && lang[i] && lang[i] != '-' && lang[i] != '_'; i++)
        code[i] = (char)(lang[i] >= 'A' && lang[i] <= 'Z' ? lang[i] + 32
                                                          : lang[i]);
    for (size_t i = 0; i < an->n_stemmers; i++)
        if (strcmp(an->stemmers[i].lang, code) == 0) return an->stemmers[i].st ? &an->stemmers[i] : NULL;
    /* created lazily: most analyzers only ever see one language */
    struct sb_stemmer *st = sb_stemmer_new(code, NULL);
    if (an->n_stemmers < sizeof an->stemmers / sizeof an->stemmers[0]) {
        tx_stemmer *s = &an->stemmers[an->n_stemmers++];
        memset(s, 0, sizeof *s);
        memcpy(s->lang, code, sizeof code);
        s->st = st;
        return st ? s : NULL;
    }
    if (st) sb_stemmer_delete(st);    /* table full: do without stemming */
    return NULL;
}

/* Stem of one word token from the stem cache, else the stemmer. */
static px_status stem_lookup(tx_work *w, tx_stemmer *s, px_token *tk, size_t n, uint64_t h)
{
    const tx_stem_entry *e = tx_stem_cache_get(&s->cache, tk->norm, n, h);
    if (e) {
        if (e->stem && !(tk->stem = px_arena_strndup(&w->d->pub.arena, e->stem, e->len)))
            return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
        tk->stem_hash = e->hash;
        return PX_OK;
    }
    const sb_symbol *r = sb_stemmer_stem(s->st, (const sb_symbol *)tk->norm, (int)n);
    if (!r) return px_fail(w->ctx, PX_NOMEM, "text: stemmer failed");
    size_t rl = (size_t)sb_stemmer_length(s->st);
    int same = rl == n && memcmp(r, tk->norm, n) == 0;
    if (!same && !(tk->stem = px_arena_strndup(&w->d->pub.arena, (const char *)r, rl)))
        return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    tk->stem_hash = px_hash64(tk->stem, strlen(tk->stem));
    tx_stem_cache_put(&s->cache, tk->norm, n, same ? NULL : tk->stem, rl, tk->stem_hash);
    return PX_OK;
}

/* Stem of word token i into tk->stem and tk->stem_hash: from the memo,
 * else the stem cache, else the stemmer. */
static px_status stem_word(tx_work *w, tx_stemmer *s, px_token *tk, size_t i)
{
    uint64_t h = w->norm_hash[i];
    tx_memo_entry *m = memo_slot(w, h);
    /* a token whose word the memo holds mostly points at the memo's own
     * copy (tx_normalize gave it): then comparing pointers settles it */
    bool memo = m->gen == w->memo->gen && m->norm == tk->norm;
    size_t n = memo ? m->len : strlen(tk->norm);
    if (!memo) memo = memo_holds(w->memo, m, tk->norm, n, h);
    if (memo && m->stem) {
        tk->stem = m->stem;          /* the same string, in the same arena */
        tk->stem_hash = m->stem_hash;
        return PX_OK;
    }
    px_status rc = stem_lookup(w, s, tk, n, h);
    if (rc == PX_OK && memo) {
        m->stem = tk->stem;
        m->stem_hash = tk->stem_hash;
    }
    return rc;
}

#define STEM_AHEAD 8   /* tokens */

px_status tx_stem(tx_work *w)
{
    tx_doc *d = w->d;
    tx_stemmer *st = stemmer_for(w->an, d->pub.lang);
    uint32_t stop = tx_stop_flag(d->pub.lang);
    for (size_t i = 0; i < d->pub.n_tokens; i++) {
        px_token *tk = &d->tokens[i];
        /* the cache is megabytes: a word some tokens ahead is on its way
         * while this one is looked up */
        if (st && i + STEM_AHEAD < d->pub.n_tokens && (tk[STEM_AHEAD].flags & PX_TOK_WORD))
            tx_stem_cache_prefetch(&st->cache, w->norm_hash[i + STEM_AHEAD]);
        tk->stem = tk->norm;
        if (st && (tk->flags & PX_TOK_WORD)) {
            px_status rc = stem_word(w, st, tk, i);
            if (rc != PX_OK) return rc;
        } else {
            tk->stem_hash = w->norm_hash[i];    /* the stem is the norm */
        }
        if (w->lex[i] & stop) tk->flags |= PX_TOK_STOP;
    }
    return PX_OK;
}
