/*
 * labels.c - quote marks that hold no one's words, or a label someone
 * gave: titles of works ("her new play, '...',"), names after a naming
 * word ("so-called"), words in title case; and the short labels that are
 * words after all ("described it as 'chaotic'", "felt 'humiliated'", '"A"
 * and "B"').  attrib.c asks these before it keeps a quote.
 */
#include <string.h>

#include "speaker.h"

bool tx_gap_is(const actx *a, uint32_t x, uint32_t y, const char *allowed)
{
    for (uint32_t i = x; i < y; i++) {
        unsigned char c = (unsigned char)a->t[i];
        if (c == ' ' || strchr(allowed, c)) continue;
        if (c == 0xE2 && tx_dash_at(a->t, i, y)) {
            i += 2;          /* em / en dash */
            continue;
        }
        return false;
    }
    return true;
}

/* A naming word right before the quote: what follows is a name or a
 * label, not someone's words.  *always: a word after which it is never
 * speech, even with a speaker beside it ("X, elected on the slogan '...',
 * said"); after "called" or "word" it may be ("called out: '...'"). */
bool tx_named_before(const actx *a, const tx_quote *q, bool *always)
{
    static const char *const naming[] = {"so-called", "dubbed", "termed", "titled",
        "entitled", "headlined", "headed", "motto", "slogan", "caption", "called",
        "named", "word", "phrase", "term"};
    const size_t n_always = 9;    /* "the caption: '...'" is someone's */
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    *always = false;
    if (t == 0) return false;
    /* "identified in the report only as 'Karim'", "known locally as": a
     * name given, not words */
    static const char *const as_verbs[] = {"identified", "known", "named", "listed",
                                           "registered", "referred"};
    for (size_t i = t - 1; t >= 2 && is(a, t - 1, "as") && i > 0 && t - i <= 6; i--)
        for (size_t k = 0; k < sizeof as_verbs / sizeof *as_verbs; k++)
            if (is(a, i - 1, as_verbs[k])) {
                *always = true;
                return true;
            }
    for (size_t i = 0; i < sizeof naming / sizeof *naming; i++)
        if (is(a, t - 1, naming[i])) {
            *always = i < n_always;
            return true;
        }
    return false;
}

/* A noun for a work with a title ("her new play, '...',") or for a
 * slogan ("its tagline, '...',"). */
static bool work_noun(const actx *a, size_t i)
{
    static const char *const works[] = {"book", "novel", "play", "film", "movie",
        "album", "song", "single", "show", "series", "paper", "report", "study",
        "article", "essay", "poem", "headline", "column", "exhibition",
        "documentary", "programme", "program", "podcast", "opera", "musical",
        "memoir", "episode", "painting", "track", "record", "slogan", "tagline",
        "motto", "catchphrase", "strapline"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof works / sizeof *works; k++)
        if (is(a, i, works[k])) return true;
    return false;
}

/* A title set off by commas or brackets: after a work's noun and a comma
 * ("the paper, '...', is"), or opening a bracket ("(‘...’, 3 May)"); a
 * comma or bracket closes it. */
bool tx_work_title(const actx *a, const tx_quote *q)
{
    uint32_t e = q->close_end;
    while (e < a->doc->len && a->t[e] == ' ') e++;
    if (e >= a->doc->len || (a->t[e] != ',' && a->t[e] != ')')) return false;
    uint32_t b = q->open;
    while (b > 0 && a->t[b - 1] == ' ') b--;
    if (b > 0 && a->t[b - 1] == '(') return true;
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    return b > 0 && a->t[b - 1] == ',' && t > 0 && tk(a, t - 1)->end == b - 1 &&
           work_noun(a, t - 1);
}

/* A linking verb right before the quote ("said she was left
 * 'humiliated'"): one word there is a reported feeling, not a label. */
bool tx_copula_before(const actx *a, const tx_quote *q)
{
    static const char *const link[] = {"was", "were", "is", "are", "felt",
        "feel", "feels", "left", "seemed", "seems", "looked", "been", "remains"};
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    if (t == 0 || !tx_gap_is(a, tk(a, t - 1)->end, q->open, "")) return false;
    for (size_t i = 0; i < sizeof link / sizeof *link; i++)
        if (is(a, t - 1, link[i])) return true;
    return false;
}

/* Right after "as", an object pronoun or a short object ("described it
 * as 'chaotic'", "called them 'cowards'", "called the plan 'a slow
 * disaster'"): after the verb v that sums up, the words are the speaker's
 * label for a thing named, not part of a noun phrase ("called the
 * closures part of a 'silent crisis'"); one opening with "the" is a
 * nickname ("calls it 'the bakery hour'"). */
bool tx_labelled(const actx *a, const tx_quote *q, size_t v)
{
    static const char *const w[] = {"as", "it", "them", "this", "him"};
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    size_t f = tx_tok_lower_bound(a->doc, q->start);
    if (t == 0 || !tx_gap_is(a, tk(a, t - 1)->end, q->open, "") || f >= a->doc->n_tokens ||
        is(a, f, "the"))
        return false;
    /* "called her 'a liar'", not "calls her 'lost years'" (her own) */
    if (is(a, t - 1, "her")) return is(a, f, "a") || is(a, f, "an");
    /* "denounced what she called a 'scandal'": the label is the words of
     * whoever "what" is followed by */
    for (size_t i = v; i > 0 && v - i < 3; i--)
        if (is(a, i - 1, "what")) return true;
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (is(a, t - 1, w[i])) return true;
    /* "saluted 'an exemplary judgment'": the verb's object is the quote */
    if (t - 1 == v && (is(a, f, "a") || is(a, f, "an"))) return true;
    /* "praised the 'patience and professionalism' of the officers" */
    if (t - 1 == v + 1 && tx_np_opener(a, v + 1)) return true;
    /* "the plan", "his rival's budget": a determiner and a word or two */
    if (v + 2 > t - 1 || t - 1 > v + 3 || !tx_np_opener(a, v + 1)) return false;
    for (size_t i = v + 2; i < t; i++)
        if ((tk(a, i)->flags & PX_TOK_STOP) || !lower(a, i)) return false;
    return true;
}

/* Only "and" or "or" between two quotes ('"A" and "B"'). */
bool tx_coordinated(const actx *a, uint32_t from, uint32_t to)
{
    size_t t = tx_tok_lower_bound(a->doc, from);
    return t + 1 < a->doc->n_tokens && tk(a, t + 1)->start >= to &&
           (is(a, t, "and") || is(a, t, "or")) &&
           tx_gap_is(a, from, tk(a, t)->start, "") && tx_gap_is(a, tk(a, t)->end, to, "");
}

/* "to", "from" or "into": words of a change between two labels. */
static bool change_word(const actx *a, size_t i)
{
    return is(a, i, "to") || is(a, i, "from") || is(a, i, "into");
}

/* Only one change word between byte from and byte to (two quotes), and
 * a change word right before the first: 'cut it to "sell" from "hold"'. */
static bool change_between(const actx *a, const tx_quote *x, const tx_quote *y)
{
    size_t t = tx_tok_lower_bound(a->doc, x->close_end);
    size_t f = tx_tok_lower_bound(a->doc, x->open);
    return f > 0 && t + 1 < a->doc->n_tokens && tk(a, t + 1)->start >= y->open &&
           change_word(a, t) && change_word(a, f - 1) && x->words <= 2 && y->words <= 2 &&
           tx_gap_is(a, x->close_end, tk(a, t)->start, "") &&
           tx_gap_is(a, tk(a, t)->end, y->open, "") &&
           tx_gap_is(a, tk(a, f - 1)->end, x->open, "");
}

bool tx_change_labels(const actx *a, const tx_quote *q, const tx_quote *prev,
                      const tx_quote *next)
{
    return (next && change_between(a, q, next)) || (prev && change_between(a, prev, q));
}

/* Every content word capitalised: a name or title ("Allergen
 * Information"), not words someone said. */
bool tx_title_case(const actx *a, const tx_quote *q)
{
    size_t n = 0;
    for (size_t i = tx_tok_lower_bound(a->doc, q->start);
         i < a->doc->n_tokens && tk(a, i)->start < q->end; i++) {
        if (!(tk(a, i)->flags & PX_TOK_WORD) || (tk(a, i)->flags & PX_TOK_STOP))
            continue;
        if (lower(a, i)) return false;
        n++;
    }
    return n > 0;
}

/* A title's words: two capitalised words or more, every other one a
 * small word titles keep in lower case, no full stop, "!" or "?"
 * ("Paper Crown", "Salt in the Wound"; not "Salaries are not.", "Go on,
 * Pebble!"). */
bool tx_title_words(const actx *a, const tx_quote *q)
{
    for (uint32_t b = q->start; b < q->end; b++)
        if (a->t[b] == '.' || a->t[b] == '!' || a->t[b] == '?') return false;
    size_t caps = 0;
    for (size_t i = tx_tok_lower_bound(a->doc, q->start);
         i < a->doc->n_tokens && tk(a, i)->start < q->end; i++) {
        if (!(tk(a, i)->flags & PX_TOK_WORD)) continue;
        if (!lower(a, i)) { caps++; continue; }
        if (!tx_title_minor(tk(a, i)->norm)) return false;
    }
    return caps >= 2;
}

/* A noun for something that carries words for all to read. */
static bool display_noun(const actx *a, size_t i)
{
    static const char *const nouns[] = {"placard", "placards", "banner", "banners",
        "sign", "signs", "poster", "posters", "t-shirt", "t-shirts", "badge", "badges",
        "sticker", "stickers", "graffiti", "billboard", "billboards"};
    if (!lower(a, i) && !(tk(a, i)->flags & PX_TOK_SENT_START)) return false;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (is(a, i, nouns[k])) return true;
    return false;
}

bool tx_displayed(const actx *a, const tx_quote *q)
{
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    if (t == 0 || !tx_gap_is(a, tk(a, t - 1)->end, q->open, ",:")) return false;
    size_t v = t - 1;
    if (is(a, v, "chanted") || is(a, v, "chanting") || is(a, v, "chant") || is(a, v, "chants"))
        return true;
    /* "her own placard: '...'" */
    if (display_noun(a, v)) return memchr(a->t + tk(a, v)->end, ':', q->open - tk(a, v)->end);
    /* "Placards read '...'", "signs reading '...'" */
    return v > 0 && display_noun(a, v - 1) &&
           (is(a, v, "read") || is(a, v, "reading") || is(a, v, "reads") || is(a, v, "saying") ||
            is(a, v, "said") || is(a, v, "says"));
}

bool tx_word_meant(const actx *a, const tx_quote *q)
{
    size_t k = tx_tok_lower_bound(a->doc, q->close_end);
    return k < a->doc->n_tokens && tx_gap_is(a, q->close_end, tk(a, k)->start, "") &&
           (is(a, k, "means") || is(a, k, "meant") || is(a, k, "mean"));
}
