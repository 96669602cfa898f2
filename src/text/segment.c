/*
 * segment.c - sentences and tokens of a document.
 *
 * Both come from ICU break iterators run over the UTF-8 text in place
 * (utext_openUTF8 gives byte offsets as native indexes, so nothing is
 * converted to UTF-16), or, for a plain paragraph (ASCII with the usual
 * dashes and curly quotes), from words_ascii.c and sentences_ascii.c,
 * which find the same breaks without ICU.  The text is cut into paragraphs at blank lines
 * first and each paragraph is segmented on its own, so a sentence never
 * spans a paragraph break.  ICU's sentence rules split after every
 * "period + space + capital"; we then repair the splits after titles
 * ("Dr."), initials ("J. K."), dotted acronyms ("U.S."), "No."/"Jan."
 * before numbers and day numbers before a month ("am 17. Juni").  Word tokens are ICU words and numbers, with a few
 * joins ICU does not do: "8%", "$5", "long-term", "U.S." keeps its dot.
 * Everything is one linear pass; arrays grow geometrically.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "date_words.h"
#include "text_int.h"

#define MAX_TOKENS (1u << 26)
#define TOKENS_GUESSED (1u << 16)  /* most tokens reserved before counting */

typedef struct span { uint32_t a, b; } span;

static bool grow(void **arr, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return true;
    size_t ncap = *cap ? *cap : 64;
    while (ncap < need) ncap *= 2;
    void *p = realloc(*arr, ncap * elem);
    if (!p) return false;
    *arr = p;
    *cap = ncap;
    return true;
}

/* Abbreviations after which a period does not end a sentence. */
static const char *const title_abbr[] = {
    "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt",
    "col", "capt", "sgt", "maj", "adm", "rev", "hon", "pres", "jr", "sr",
    "messrs", "mt", "ft", "vs", "cf", "approx", "dept", "univ", "est", "etc",
    "fig", "sec", "supt", "insp", "cmdr", "cpl", "pvt", "mme", "mlle",
};
/* ... only when a number follows ("No. 5", "Jan. 6") */
static const char *const num_abbr[] = {
    "no", "nos", "art", "vol", "p", "pp", "ch", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
};

static bool in_list(const char *const *list, size_t n, const char *w)
{
    for (size_t i = 0; i < n; i++)
        if (list[i][0] == w[0] && strcmp(list[i], w) == 0) return true;   /* no call for most */
    return false;
}

static bool is_ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* First word of the text at p, lower-cased, into buf. */
static void next_word(const char *t, size_t p, size_t end, char *buf, size_t cap)
{
    while (p < end && !is_ascii_alpha(t[p]) && !isdigit((unsigned char)t[p]) &&
           (unsigned char)t[p] < 0x80)
        p++;
    size_t k = 0;
    while (p < end && k + 1 < cap && (is_ascii_alpha(t[p]) || t[p] == '\'')) {
        buf[k++] = (char)tolower((unsigned char)t[p]);
        p++;
    }
    buf[k] = '\0';
}

/* Does the text before e (exclusive) end in a day number "17." followed
 * at next by a month name of any language ("17. Juni", "3. Jan.")? */
static bool day_before_month(const char *t, size_t ps, size_t e, size_t next, size_t pe)
{
    size_t k = e - 1;
    while (k > ps && e - k < 4 && isdigit((unsigned char)t[k - 1])) k--;
    if (k == e - 1 || e - k > 3 || (k > ps && (isalnum((unsigned char)t[k - 1]) || t[k - 1] == '.')))
        return false;
    while (next < pe && (t[next] == ' ' || t[next] == '\t')) next++;
    char w[32];
    size_t n = 0;
    /* the month word, ASCII letters lower-cased, other bytes as they are */
    while (next < pe && n + 1 < sizeof w && (isalpha((unsigned char)t[next]) || (unsigned char)t[next] >= 0x80))
        w[n++] = (char)tolower((unsigned char)t[next++]);
    w[n] = '\0';
    /* an abbreviation only with its dot: "3. Jan. 2024", not "3. Sie" */
    return n > 0 && tx_month_any(w, next < pe && t[next] == '.');
}

/* Does the sentence ending at e (exclusive, trimmed) end in an abbreviation
 * that should not break before the text starting at next? */
static bool keeps_going(const char *t, size_t ps, size_t e, size_t next,
                        size_t pe)
{
    if (e <= ps || t[e - 1] != '.') return false;
    if (day_before_month(t, ps, e, next, pe)) return true;
    size_t ws = e - 1;
    while (ws > ps && (is_ascii_alpha(t[ws - 1]) || t[ws - 1] == '.') &&
           e - ws < 16)
        ws--;
    if (ws > ps && ((unsigned char)t[ws - 1] >= 0x80 ||
                    isdigit((unsigned char)t[ws - 1])))
        return false;
    size_t wl = e - 1 - ws;
    if (wl == 0 || wl > 12) return false;
    char w[16];
    size_t k = 0;
    bool dotted = false;
    for (size_t i = ws; i < e - 1; i++) {
        if (t[i] == '.') dotted = true;
        w[k++] = (char)tolower((unsigned char)t[i]);
    }
    w[k] = '\0';
    size_t q = next;
    while (q < pe && (t[q] == ' ' || t[q] == '\t' || t[q] == '\n')) q++;
    if (wl == 1 && t[ws] >= 'A' && t[ws] <= 'Z') return true;   /* initial */
    if (in_list(title_abbr, sizeof title_abbr / sizeof *title_abbr, w))
        return true;
    if (in_list(num_abbr, sizeof num_abbr / sizeof *num_abbr, w))
        return q < pe && isdigit((unsigned char)t[q]);
    if (dotted) {
        /* "U.S. The ..." ends a sentence; "U.S. Army" does not */
        char nw[32];
        next_word(t, q, pe, nw, sizeof nw);
        return !(q < pe && isupper((unsigned char)t[q]) &&
                 px_is_stopword("en", nw));
    }
    return false;
}

/* ASCII first bytes, most tokens, are answered without ICU: the only
 * ASCII letters of Lu, Ll and Nd are A-Z, a-z and 0-9, none is Lt. */
static bool is_upper_start(const char *s, size_t n)
{
    if (n && (unsigned char)s[0] < 0x80) return s[0] >= 'A' && s[0] <= 'Z';
    size_t adv;
    uint32_t cp = px_utf8_decode(s, n, &adv);
    return u_isupper((UChar32)cp) || u_istitle((UChar32)cp);
}

static bool lower_or_digit_start(const char *s, size_t n)
{
    if (n && (unsigned char)s[0] < 0x80)
        return (s[0] >= 'a' && s[0] <= 'z') || (s[0] >= '0' && s[0] <= '9');
    size_t adv;
    uint32_t cp = px_utf8_decode(s, n, &adv);
    return u_islower((UChar32)cp) || u_isdigit((UChar32)cp);
}

/* Append the word or number [s, e) of paragraph [ps, pe), with the joins
 * ICU does not do. */
static px_status add_token(tx_work *w, size_t ps, size_t pe, uint32_t s, uint32_t e, bool num)
{
    tx_doc *d = w->d;
    const char *t = d->pub.text;
    px_token *prev = d->pub.n_tokens ? &d->tokens[d->pub.n_tokens - 1] : NULL;
    if (prev && prev->start >= ps && (prev->flags & PX_TOK_WORD) &&
        prev->end + 1 == s && t[prev->end] == '-' &&
        lower_or_digit_start(t + s, pe - s)) {
        prev->end = e;                  /* long-term, U.S.-led, Jong-un */
        return PX_OK;
    }
    if (num) {
        if (s > ps && strchr("$", t[s - 1])) s--;
        else if (s >= ps + 2 && (unsigned char)t[s - 2] == 0xC2 &&
                 ((unsigned char)t[s - 1] == 0xA3 ||
                  (unsigned char)t[s - 1] == 0xA5))
            s -= 2;                     /* £ ¥ */
        else if (s >= ps + 3 && memcmp(t + s - 3, "\xE2\x82\xAC", 3) == 0)
            s -= 3;                     /* € */
        if (e < pe && t[e] == '%') e++;
    } else if (e < pe && t[e] == '.' && e >= s + 3 && t[e - 2] == '.' &&
               is_ascii_alpha(t[e - 1])) {
        e++;                            /* "U.S" + ".", not "8.20am" + "." */
    }
    if (d->pub.n_tokens >= MAX_TOKENS)
        return px_fail(w->ctx, PX_LIMIT, "text: more than %u tokens",
                       MAX_TOKENS);
    if (!grow((void **)&d->tokens, &d->tok_cap, d->pub.n_tokens + 1,
              sizeof *d->tokens))
        return px_fail(w->ctx, PX_NOMEM, "text: out of memory (tokens)");
    px_token *tk = &d->tokens[d->pub.n_tokens++];
    memset(tk, 0, sizeof *tk);
    tk->start = s;
    tk->end = e;
    tk->flags = num ? PX_TOK_NUM : PX_TOK_WORD;
    if (!num && is_upper_start(t + s, e - s)) tk->flags |= PX_TOK_CAP;
    return PX_OK;
}

/* Append the tokens of paragraph [ps, pe); ut is NULL for plain text. */
static px_status tokens_of(tx_work *w, UText *ut, size_t ps, size_t pe)
{
    const char *t = w->d->pub.text + ps;
    px_status rc = PX_OK;
    if (!ut) {
        size_t at = 0, s, e;
        bool num;
        while (rc == PX_OK && tx_ascii_next_word(t, pe - ps, &at, &s, &e, &num))
            rc = add_token(w, ps, pe, (uint32_t)(ps + s), (uint32_t)(ps + e), num);
        return rc;
    }
    UErrorCode st = U_ZERO_ERROR;
    ubrk_setUText(w->an->wbrk, ut, &st);
    if (U_FAILURE(st))
        return px_fail(w->ctx, PX_INVALID, "text: word breaks: %s",
                       u_errorName(st));
    int32_t a = ubrk_first(w->an->wbrk);
    for (int32_t b = ubrk_next(w->an->wbrk); b != UBRK_DONE && rc == PX_OK;
         a = b, b = ubrk_next(w->an->wbrk)) {
        int32_t status = ubrk_getRuleStatus(w->an->wbrk);
        if (status < UBRK_WORD_NONE_LIMIT) continue;
        rc = add_token(w, ps, pe, (uint32_t)(ps + (size_t)a), (uint32_t)(ps + (size_t)b),
                       status < UBRK_WORD_NUMBER_LIMIT);
    }
    return rc;
}

/* ICU's sentences of paragraph [ps, pe) into *raw, *nraw of them (ut
 * NULL: plain text, without ICU). */
static px_status raw_sentences(tx_work *w, UText *ut, size_t ps, size_t pe, span **raw,
                               size_t *raw_cap, size_t *nraw)
{
    const char *t = w->d->pub.text + ps;
    size_t n = pe - ps;
    UErrorCode st = U_ZERO_ERROR;
    *nraw = 0;
    if (ut) {
        ubrk_setUText(w->an->sbrk, ut, &st);
        if (U_FAILURE(st))
            return px_fail(w->ctx, PX_INVALID, "text: sentence breaks: %s", u_errorName(st));
    }
    size_t a = ut ? (size_t)ubrk_first(w->an->sbrk) : 0;
    for (;;) {
        int32_t b = ut ? ubrk_next(w->an->sbrk)
                  : a < n ? (int32_t)tx_ascii_sentence_end(t, n, a) : UBRK_DONE;
        if (b == UBRK_DONE) return PX_OK;
        if (!grow((void **)raw, raw_cap, *nraw + 1, sizeof **raw))
            return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
        (*raw)[(*nraw)++] = (span){(uint32_t)(ps + a), (uint32_t)(ps + (size_t)b)};
        a = (size_t)b;
    }
}

/* Sentences of paragraph [ps, pe) with abbreviation repair; ut is NULL
 * for plain text. */
static px_status sentences_of(tx_work *w, UText *ut, size_t ps, size_t pe,
                              uint32_t para, span **raw, size_t *raw_cap)
{
    tx_doc *d = w->d;
    const char *t = d->pub.text;
    size_t nraw;
    px_status rc = raw_sentences(w, ut, ps, pe, raw, raw_cap, &nraw);
    if (rc != PX_OK) return rc;
    for (size_t i = 0; i < nraw; i++) {
        uint32_t s = (*raw)[i].a, e = (*raw)[i].b;
        for (;;) {
            uint32_t te = e;
            while (te > s && isspace((unsigned char)t[te - 1])) te--;
            if (i + 1 < nraw &&
                memchr(t + te, '\n', e - te) == NULL &&
                keeps_going(t, s, te, e, pe)) {
                e = (*raw)[++i].b;
                continue;
            }
            break;
        }
        while (s < e && isspace((unsigned char)t[s])) s++;
        while (e > s && isspace((unsigned char)t[e - 1])) e--;
        if (e == s) continue;
        if (!grow((void **)&d->sentences, &d->sent_cap,
                  d->pub.n_sentences + 1, sizeof *d->sentences))
            return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
        d->sentences[d->pub.n_sentences++] =
            (px_sentence){s, e, 0, 0, para};
    }
    return PX_OK;
}

/* Give each token of the paragraph its sentence; tokens outside every
 * sentence (cannot happen with trimmed space only) join the previous. */
static void assign(tx_doc *d, size_t tok0, size_t sent0)
{
    size_t si = sent0;
    for (size_t i = tok0; i < d->pub.n_tokens; i++) {
        px_token *tk = &d->tokens[i];
        while (si + 1 < d->pub.n_sentences &&
               tk->start >= d->sentences[si + 1].start)
            si++;
        if (si >= d->pub.n_sentences) break;
        tk->sentence = (uint32_t)si;
    }
    for (size_t s = sent0; s < d->pub.n_sentences; s++)
        d->sentences[s].tok_begin = d->sentences[s].tok_end = (uint32_t)tok0;
    for (size_t i = tok0; i < d->pub.n_tokens; i++) {
        px_sentence *s = &d->sentences[d->tokens[i].sentence];
        if (s->tok_end == s->tok_begin) {
            s->tok_begin = (uint32_t)i;
            d->tokens[i].flags |= PX_TOK_SENT_START;
        }
        s->tok_end = (uint32_t)i + 1;
    }
    /* empty sentences (only punctuation) keep an empty range at the right
     * place so ranges stay ordered */
    uint32_t last = (uint32_t)tok0;
    for (size_t s = sent0; s < d->pub.n_sentences; s++) {
        px_sentence *x = &d->sentences[s];
        if (x->tok_end == x->tok_begin) x->tok_begin = x->tok_end = last;
        else last = x->tok_end;
    }
}

px_status tx_segment(tx_work *w)
{
    tx_doc *d = w->d;
    const char *t = d->pub.text;
    size_t len = d->pub.len;
    span *raw = NULL;
    size_t raw_cap = 0;
    UText uts = UTEXT_INITIALIZER;
    px_status rc = PX_OK;
    uint32_t para = 0;
    size_t p = 0;
    /* room for the tokens of ordinary prose (a word and a space are six
     * bytes or more) at once: growing from 64 took four reallocations of
     * an article-sized block.  Bounded: a long text without words must not
     * reserve eight times its size. */
    size_t guess = len / 5 + 16;
    if (!grow((void **)&d->tokens, &d->tok_cap, guess < TOKENS_GUESSED ? guess : TOKENS_GUESSED,
              sizeof *d->tokens))
        return px_fail(w->ctx, PX_NOMEM, "text: out of memory (tokens)");
    while (p < len && rc == PX_OK) {
        /* paragraph: up to a line that holds only white space */
        size_t ps = p, pe = p, next = len;
        const char *nl;
        for (size_t q = p; q < len && (nl = memchr(t + q, '\n', len - q)) != NULL;) {
            q = (size_t)(nl - t);
            size_t r = q + 1;
            while (r < len && (t[r] == ' ' || t[r] == '\t')) r++;
            if (r < len && t[r] == '\n') {
                pe = q;
                next = r + 1;
                break;
            }
            q = r;
        }
        if (next == len) pe = len;
        p = next;
        while (ps < pe && isspace((unsigned char)t[ps])) ps++;
        if (ps >= pe) continue;
        /* plain text is segmented without ICU (words_ascii.c,
         * sentences_ascii.c): ut stays NULL */
        UErrorCode st = U_ZERO_ERROR;
        UText *ut = tx_ascii_plain(t + ps, pe - ps) ? NULL
                  : utext_openUTF8(&uts, t + ps, (int64_t)(pe - ps), &st);
        if (U_FAILURE(st)) {
            rc = px_fail(w->ctx, PX_INVALID, "text: %s", u_errorName(st));
            break;
        }
        size_t tok0 = d->pub.n_tokens, sent0 = d->pub.n_sentences;
        rc = sentences_of(w, ut, ps, pe, para, &raw, &raw_cap);
        if (rc == PX_OK) rc = tokens_of(w, ut, ps, pe);
        if (rc == PX_OK && d->pub.n_sentences > sent0) assign(d, tok0, sent0);
        para++;
    }
    utext_close(&uts);
    free(raw);
    d->pub.tokens = d->tokens;
    d->pub.sentences = d->sentences;
    return rc;
}
