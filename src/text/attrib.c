/*
 * attrib.c - who said a direct quote.
 *
 * A speaker is found from a speech verb (said, told, noted, added, ...)
 * next to the quote, in either order and on either side:
 *   X said, "..."   "...," X said   "...," said X, a researcher   "..." - X
 *   X added: "..."   according to X, "..."   X told Y that "..."
 *   X was blunt: "..."   in the words of X, "..."
 * (the subject itself is speaker.c's job).  Participles ("..., adding,
 * '...'") borrow the subject of the finite verb before them.  A quote with
 * no attribution continues the speaker of the quote before it when it
 * opens its line (the multi-paragraph convention) or follows it in the
 * same paragraph with nobody else named between; an answer to a question
 * goes to whom it was put (turns.c).  One to three quoted words are scare
 * quotes or titles unless clearly attributed, or a partial quote close
 * after a speech verb with a speaker (labels.c).  Windows are bounded
 * (WINDOW tokens, the neighbouring quotes), so each quote costs
 * O(WINDOW + log n) whatever the input.
 */
#include <stdlib.h>
#include <string.h>

#include "speaker.h"

#define WINDOW 40
#define PARTIAL_GAP 12   /* words from a speech verb to a partial quote */
#define VERB_TRIES 3     /* speech verbs of a sentence tried for a subject */
#define SUMMED_WORDS 4   /* words of a partial quote after "called it" */
#define NEXT_TITLE_WORDS 5 /* title words before a name opening the next sentence */
#define OPENER_WORDS 6   /* "Counsel for the family," before a name */
#define COLON_SUBJECT 5  /* words of a subject after "'...': " */
#define SINGLE_SPEECH_WORDS 6 /* words in single marks that are speech */
#define STAMP_BYTES 24   /* a time stamp before a quote heading its line */
#define LEAD_PHRASE_WORDS 10 /* an opening phrase before a sentence's subject */

/* The line's first token at or after byte lo (the search stops there, so
 * one huge line costs no more than the text between two quotes). */
static size_t line_start_tok(const actx *a, uint32_t off, uint32_t lo)
{
    uint32_t s = off;
    while (s > lo && a->t[s - 1] != '\n') s--;
    return tx_tok_lower_bound(a->doc, s);
}

/* The token after the line's end, or at byte hi when the line runs on. */
static size_t line_end_tok(const actx *a, uint32_t off, uint32_t hi)
{
    const char *nl = off < hi ? memchr(a->t + off, '\n', hi - off) : NULL;
    uint32_t e = nl ? (uint32_t)(nl - a->t) : hi;
    return tx_tok_lower_bound(a->doc, e);
}

/* Is an opening quote mark right after byte off (past blanks and , :)? */
static bool quote_follows(const actx *a, uint32_t off, uint32_t own)
{
    uint32_t i = off;
    while (i < a->doc->len && (a->t[i] == ' ' || a->t[i] == ',' || a->t[i] == ':'))
        i++;
    if (i >= a->doc->len || i == own) return false;
    return a->t[i] == '"' || (i + 2 < a->doc->len &&
                              (unsigned char)a->t[i] == 0xE2 &&
                              (unsigned char)a->t[i + 2] == 0x9C);
}

typedef struct attr {
    spk s;
    bool strong, verb_only;
    bool writer;         /* after(): "I ask", "we said": the writer's words */
    bool sums;           /* before(): the verb sums up ("called it") */
    size_t gap;          /* before(): words between the verb and the quote */
    size_t verb;         /* before(): the verb's token */
} attr;

/* The person a sentence ending at token last is about: a role after
 * his/her opening it, else whose the possessive is, else the last person
 * named in it. */
static bool colon_subject(const actx *a, size_t last, size_t lo, spk *out)
{
    size_t s0 = a->doc->sentences[tk(a, last)->sentence].tok_begin;
    if (s0 < lo) return false;
    if ((is(a, s0, "his") || is(a, s0, "her")) && s0 + 1 < last && lower(a, s0 + 1) &&
        (lx(a, s0 + 1) & (LX_TITLE | LX_ROLE)) && !(lx(a, s0 + 1) & (LX_ORG_CUE | LX_DOC)) &&
        tk(a, s0 + 1)->norm[strlen(tk(a, s0 + 1)->norm) - 1] != 's') {
        /* "His neighbour, who ..., was blunt:": the role speaks */
        const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, s0 + 1)->start,
                                            tk(a, s0 + 1)->end - tk(a, s0 + 1)->start);
        const char *role = px_arena_strndup(&a->doc->arena, a->t + tk(a, s0)->start,
                                            tk(a, s0 + 1)->end - tk(a, s0)->start);
        if (!name || !role) return false;
        *out = (spk){-1, name, role, true};
        return true;
    }
    if (is(a, s0, "his") || is(a, s0, "her")) {
        int32_t m = tx_latest_mention(a, tk(a, s0)->start, PX_ENT_PERSON, NULL,
                                   is(a, s0, "his") ? "he" : "she", 4);
        return m >= 0 && tx_from_entity(a, m, out);
    }
    for (size_t i = last + 1; i > s0; i--) {
        int32_t m = a->w->tok_mention[i - 1];
        if (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON)
            return tx_from_entity(a, m, out);
    }
    return false;
}

/* "In a joint communiqué published after the talks, the two sides
 * '...'": a sentence opening with "In" and a document, set off by a
 * comma, with no speech verb before the quote at token t: the document's
 * words. */
static bool document_opening(const actx *a, size_t t, size_t lo, spk *out)
{
    size_t s0 = a->doc->sentences[tk(a, t)->sentence].tok_begin;
    if (s0 < lo || s0 + 3 >= t || !is(a, s0, "in") || !tx_np_opener(a, s0 + 1)) return false;
    for (size_t d = s0 + 2; d < t && d <= s0 + 1 + DEFINITE_WORDS; d++) {
        if (tx_comma_before(a, d)) return false;
        if (!lower(a, d) || !(lx(a, d) & LX_DOC)) continue;
        for (size_t c = d + 1; c < t; c++)
            if (tx_comma_before(a, c)) return tx_np(a, s0 + 1, d + 1, out);
        return false;
    }
    return false;
}

/* "in Renk's words", "in his words", "in the pharmacist's words": whose
 * the possessive at token p is - a name, a he/she, or the latest person
 * given the role. */
static bool possessor_words(const actx *a, size_t p, spk *out)
{
    const char *n = tk(a, p)->norm;
    size_t l = strlen(n);
    if (!is(a, p - 1, "in") && !(p >= 2 && is(a, p - 2, "in"))) return false;
    if (is(a, p, "his") || is(a, p, "her"))
        return tx_from_entity(a, tx_latest_mention(a, tk(a, p)->start, PX_ENT_PERSON, NULL,
                                                   is(a, p, "his") ? "he" : "she", 4),
                              out);
    if (l < 3 || n[l - 2] != '\'' || n[l - 1] != 's' || l - 2 >= 32) return false;
    if (a->w->tok_mention[p] >= 0) return tx_from_entity(a, a->w->tok_mention[p], out);
    char role[32];
    memcpy(role, n, l - 2);
    role[l - 2] = '\0';
    return is(a, p - 1, "the") &&
           tx_from_entity(a, tx_latest_mention(a, tk(a, p)->start, PX_ENT_PERSON, role,
                                               NULL, UINT32_MAX), out);
}

/* "From Graham in Lowestock: '...'", "From @LegSlipLarry: '...'": a
 * live blog's reader mail or post, the sender named after "From" (up to
 * where they write from) opening the sentence the colon ends. */
static bool from_sender(const actx *a, size_t last, size_t lo, spk *out)
{
    size_t s0 = a->doc->sentences[tk(a, last)->sentence].tok_begin;
    if (s0 < lo || s0 + 1 > last || !is(a, s0, "from") || !(tk(a, s0)->flags & PX_TOK_CAP))
        return false;
    size_t e = s0 + 1;
    while (e <= last && e < s0 + 5 && !is(a, e, "in") && !tx_comma_before(a, e)) e++;
    if (e <= last && !is(a, e, "in")) return false;        /* "From the start, ..." */
    if (!(tk(a, s0 + 1)->flags & PX_TOK_CAP) && a->t[tk(a, s0 + 1)->start] != '@')
        return false;
    /* ("From Monday:", "From London:": a time or a place sends nothing) */
    int32_t m = a->w->tok_mention[s0 + 1];
    px_entity_kind kind = m >= 0 ? a->doc->entities[a->doc->mentions[m].entity].kind
                                 : PX_ENT_OTHER;
    if (kind == PX_ENT_PERSON) return tx_from_entity(a, m, out);
    if (kind != PX_ENT_OTHER || (lx(a, s0 + 1) & LX_TIME)) return false;
    uint32_t from = tk(a, s0)->end;
    while (a->t[from] == ' ') from++;
    const char *name = px_arena_strndup(&a->doc->arena, a->t + from, tk(a, e - 1)->end - from);
    *out = (spk){-1, name, NULL, name != NULL};
    return name != NULL;
}

static attr before(const actx *a, const tx_quote *q, uint32_t lo_off)
{
    attr r = {{-1, NULL, NULL, false}, false, false, false, false, 0, 0};
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    size_t ls = line_start_tok(a, q->open, lo_off);
    /* "X explains it this way:" closing the paragraph before a quote that
     * opens the next one */
    bool colon_line = false;
    if (q->block_initial && ls > 0 && tk(a, ls - 1)->end >= lo_off) {
        uint32_t i = tk(a, ls - 1)->end;
        while (i < q->open && (a->t[i] == ' ' || a->t[i] == '\n')) i++;
        if (i < q->open && a->t[i] == ':' &&
            tx_is_space_only(a->t, i + 1, q->open)) {
            colon_line = true;
            ls = line_start_tok(a, tk(a, ls - 1)->start, lo_off);
        }
    }
    size_t lo0 = tx_tok_lower_bound(a->doc, lo_off);
    size_t lo = ls > lo0 ? ls : lo0;
    if (t > lo + WINDOW) lo = t - WINDOW;
    if (t <= lo) return r;
    size_t last = t - 1;
    size_t v = (size_t)-1;
    bool strong = tx_gap_is(a, tk(a, last)->end, q->open, colon_line ? ",:\n" : ",:");
    if (strong && verb(a, last)) v = last;
    else if (strong && is(a, last, "that")) {
        for (size_t j = last; j > lo && last - j < 12; j--)
            if (verb(a, j - 1)) { v = j - 1; break; }
    } else if (strong && a->w->tok_mention[last] >= 0) {
        size_t m = last;
        while (m > lo && a->w->tok_mention[m - 1] == a->w->tok_mention[last]) m--;
        /* "according to X, '...'", "in the words of X, '...'" */
        bool of_words = false;
        if (m > lo + 2) {
            size_t o = m - 1;            /* "of captain Joss Penhale" */
            if (lower(a, o) && !is(a, o, "of")) o--;
            of_words = o > lo && is(a, o, "of") && is(a, o - 1, "words");
        }
        if ((m >= lo + 2 && is(a, m - 1, "to") && is(a, m - 2, "according")) ||
            of_words) {
            r.strong = tx_from_entity(a, a->w->tok_mention[last], &r.s);
            return r;
        }
    } else if (strong && is(a, last, "words") && last > lo + 1 &&
               possessor_words(a, last - 1, &r.s)) {
        r.strong = true;                 /* "in the pharmacist's words, '...'" */
        return r;
    }
    if (v == (size_t)-1) {
        bool colon = strong && a->t[tk(a, last)->end] == ':';
        strong = false;
        uint32_t sent = tk(a, last)->sentence;
        for (size_t j = t; j > lo; j--) {
            if (tk(a, j - 1)->sentence != sent) break;
            /* "According to X, the depot holds '...'": the source the
             * sentence opens with gave the words */
            if (j + 1 < t && is(a, j - 1, "according") && is(a, j, "to")) {
                size_t src = is(a, j + 1, "the") ? j + 2 : j + 1;
                if (src < t && a->w->tok_mention[src] >= 0 &&
                    tx_from_entity(a, a->w->tok_mention[src], &r.s))
                    return r;
                /* "According to the family, ...": a role phrase up to the
                 * comma */
                size_t c = j + 1;
                while (c < t && c < j + 1 + DEFINITE_WORDS && !tx_comma_before(a, c)) c++;
                if (c < t && c > j + 1 && tx_comma_before(a, c) && tx_np(a, j + 1, c, &r.s))
                    return r;
            }
            /* "X called it '...'", "X denounced '...'": a verb that sums
             * up words stands for a speech verb before a partial quote */
            /* "mourners have been asked to wear '...'": a passive verb of
             * saying names no speaker */
            bool passive = j >= lo + 2 && (is(a, j - 2, "been") || is(a, j - 2, "being"));
            /* "the report found that the warning had been 'late'" */
            bool found = (is(a, j - 1, "found") || is(a, j - 1, "finds")) && is(a, j, "that");
            /* "most people never read the leaflet": a verb denied says
             * nothing */
            bool denied = j >= lo + 2 && (is(a, j - 2, "never") || is(a, j - 2, "not"));
            if (((verb(a, j - 1) || found) && !passive && !denied) ||
                (t - j < PARTIAL_GAP && tx_sums_up(a, j - 1))) {
                v = j - 1;
                break;
            }
        }
        /* "Ron Bale was blunt: '...'", "Her verdict: '...'": a colon and
         * no speech verb, the person the sentence is about */
        if (v == (size_t)-1 && colon && from_sender(a, last, lo, &r.s))
            r.strong = true;
        else if (v == (size_t)-1 && colon && colon_subject(a, last, lo, &r.s))
            r.strong = true;
        else if (v == (size_t)-1 && document_opening(a, t, lo, &r.s))
            r.strong = true;
        if (v == (size_t)-1) return r;
    }
    for (size_t tries = 0; tries < VERB_TRIES; tries++) {
        r.strong = strong;
        r.gap = t - v - 1;
        /* "said that A was 'x' and that B had been 'y'": the second clause
         * hangs on the verb as closely as the first */
        for (size_t j = t - 1; j > v + 1 && t - j <= PARTIAL_GAP; j--)
            if (is(a, j, "that") && (is(a, j - 1, "and") || is(a, j - 1, "but"))) {
                r.gap = t - j - 1;
                break;
            }
        r.verb = v;
        r.sums = !verb(a, v);
        if (tx_subject_before(a, v, lo, &r.s, 0)) return r;
        /* "X told the Evening Echo: '...'": who is told does not speak */
        bool told = is(a, v, "told") || is(a, v, "tells") || is(a, v, "tell");
        if (!told && !r.sums && tx_subject_after(a, v, t, &r.s)) return r;
        /* "X told Y that money announced in May '...'": a participle has
         * no subject of its own; an earlier speech verb of the sentence */
        size_t w = v;
        v = (size_t)-1;
        for (size_t j = w; j > lo && tk(a, j - 1)->sentence == tk(a, w)->sentence; j--)
            if (verb(a, j - 1)) { v = j - 1; break; }
        if (v == (size_t)-1) break;
        strong = false;
    }
    r.s = (spk){-1, NULL, NULL, false};
    r.verb_only = true;
    return r;
}

/* "has been called '...'", "was described as '...'": a passive verb that
 * sums words up earlier in the quote's sentence. */
static bool passive_label(const actx *a, const tx_quote *q)
{
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    if (t == 0 || t >= a->doc->n_tokens) return false;
    uint32_t sent = tk(a, t)->sentence;
    for (size_t j = t; j > 1 && t - j < PARTIAL_GAP && tk(a, j - 1)->sentence == sent; j--)
        if (tx_sums_up(a, j - 1))
            return is(a, j - 2, "been") || is(a, j - 2, "was") || is(a, j - 2, "were") ||
                   is(a, j - 2, "is") || is(a, j - 2, "are") || is(a, j - 2, "being");
    return false;
}

/* The agent after "by" at token b (before hi): a name, a role phrase up
 * to a comma or "and", or "another" for the noun of the "by one X"
 * before it in the sentence. */
static bool agent(const actx *a, size_t b, size_t hi, spk *out)
{
    if (b >= hi) return false;
    if (a->w->tok_mention[b] >= 0) return tx_from_entity(a, a->w->tok_mention[b], out);
    if (is(a, b, "another") || is(a, b, "others")) {
        uint32_t sent = tk(a, b)->sentence;
        for (size_t j = b; j > 2 && tk(a, j - 1)->sentence == sent; j--) {
            if (!is(a, j - 3, "by") || !(is(a, j - 2, "one") || is(a, j - 2, "a")))
                continue;
            const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, j - 1)->start,
                                                tk(a, j - 1)->end - tk(a, j - 1)->start);
            if (!name) return false;
            *out = (spk){-1, name, name, true};
            return true;
        }
        return false;
    }
    size_t e = b;
    while (e < hi && e < b + DEFINITE_WORDS && lower(a, e) && !is(a, e, "and") &&
           (e == b || !tx_comma_before(a, e)))
        e++;
    return e > b + 1 && tx_np(a, b, e, out);
}

/* Does the quote open its line, after a time stamp or a dash at most
 * ("18:04 - '...'")? */
static bool heads_line(const actx *a, const tx_quote *q)
{
    if (q->block_initial) return true;
    uint32_t i = q->open;
    while (i > 0 && a->t[i - 1] != '\n') {
        if (q->open - i > STAMP_BYTES) return false;
        unsigned char c = (unsigned char)a->t[i - 1];
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0xC3) return false;
        i--;
    }
    return true;
}

/* After the colon at token k (before hi): the subject of the clause, up
 * to a speech verb or a word after an auxiliary ("police have
 * repeated", "residents are angry"). */
static bool colon_clause(const actx *a, const tx_quote *q, size_t k, size_t hi, spk *out)
{
    if (!memchr(a->t + q->first_close_end, ':', tk(a, k)->start - q->first_close_end) ||
        !tx_gap_is(a, q->first_close_end, tk(a, k)->start, ":"))
        return false;
    for (size_t v = k + 1; v < hi && v <= k + COLON_SUBJECT; v++) {
        if (!lower(a, v) || !(tk(a, v)->flags & PX_TOK_WORD)) continue;
        bool aux = (lx(a, v - 1) & LX_ADVERB) && lower(a, v - 1) && v - 1 > k;
        if (verb(a, v) || (aux && !(lx(a, v) & LX_ADVERB)))
            return tx_subject_before(a, v, k, out, 0);
    }
    return false;
}

/* Do the (first part's) quoted words end a sentence (".", "?", "!")? */
static bool sentence_closed(const actx *a, const tx_quote *q)
{
    uint32_t e = q->second_open ? q->first_close_end : q->end;
    while (e > q->start && (a->t[e - 1] == ' ' || (unsigned char)a->t[e - 1] >= 0x80 ||
                            a->t[e - 1] == '"' || a->t[e - 1] == '\''))
        e--;
    return e > q->start && strchr(".?!", a->t[e - 1]);
}

static attr after(const actx *a, const tx_quote *q, uint32_t hi_off)
{
    attr r = {{-1, NULL, NULL, false}, false, false, false, false, 0, 0};
    size_t k = tx_tok_lower_bound(a->doc, q->first_close_end);
    size_t le = line_end_tok(a, q->first_close_end, hi_off);
    size_t hi0 = tx_tok_lower_bound(a->doc, hi_off);
    size_t hi = le < hi0 ? le : hi0;
    if (hi > k + WINDOW) hi = k + WINDOW;
    if (k >= hi) return r;
    bool adj = tx_gap_is(a, q->first_close_end, tk(a, k)->start, ",");
    /* '"... the winter." The release quoted X': a quote closing its
     * sentence, then a new one in capitals, is no attribution's neighbour */
    if (adj && !q->joined && sentence_closed(a, q) && !lower(a, k) && !is(a, k, "i"))
        adj = false;
    /* 'had been "correct" and that both teams had agreed': the sentence
     * goes on with a clause of its own, no attribution */
    if (adj && k + 1 < hi && (is(a, k, "and") || is(a, k, "but")) && is(a, k + 1, "that") &&
        tx_gap_is(a, q->first_close_end, tk(a, k)->start, ""))
        adj = false;
    /* '"..." - Council leader Dee Amos' (a dash, or a hyphen set off by
     * blanks): the person named next on the line */
    bool dash = false;
    for (uint32_t i = q->first_close_end; i < tk(a, k)->start; i++)
        if (((unsigned char)a->t[i] == 0xE2 && i + 2 < tk(a, k)->start &&
             (unsigned char)a->t[i + 2] >= 0x93 && (unsigned char)a->t[i + 2] <= 0x94) ||
            (a->t[i] == '-' && a->t[i + 1] == ' '))
            dash = true;
    if (dash && tx_gap_is(a, q->first_close_end, tk(a, k)->start, ",-")) {
        for (size_t j = k; j < hi && j < k + 1; j++) {   /* a name right after */
            int32_t m = a->w->tok_mention[j];
            if (m < 0) continue;
            if (a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON ||
                j + 1 >= hi || a->w->tok_mention[j + 1] < 0 ||
                a->w->tok_mention[j + 1] == m) {
                /* the first name, or a person after an organisation */
                size_t p = j;
                while (p + 1 < hi && a->w->tok_mention[p + 1] == m) p++;
                int32_t next = -1;
                for (size_t x = p + 1; x < hi && x < p + 4 && next < 0; x++)
                    if (a->w->tok_mention[x] >= 0 &&
                        a->doc->entities[a->doc->mentions[a->w->tok_mention[x]].entity]
                                .kind == PX_ENT_PERSON)
                        next = a->w->tok_mention[x];
                bool person = a->doc->entities[a->doc->mentions[m].entity].kind ==
                              PX_ENT_PERSON;
                r.strong = tx_from_entity(a, person || next < 0 ? m : next, &r.s);
                return r;
            }
        }
    }
    /* "'Stay off the road': police have repeated their warning": a quote
     * opening its paragraph, a colon, then a clause whose subject speaks */
    if (heads_line(a, q) && colon_clause(a, q, k, hi, &r.s)) {
        r.strong = true;
        return r;
    }
    /* '"The situation is serious." So says Ana Brun': the next sentence
     * opening "So says X" names who said it */
    if (!adj && k + 2 < hi && is(a, k, "so") && !lower(a, k) &&
        (is(a, k + 1, "says") || is(a, k + 1, "said")) && tx_subject_after(a, k + 1, hi, &r.s)) {
        r.strong = true;
        return r;
    }
    /* "has been called 'tedious' by one critic and 'brave' by another" */
    if (is(a, k, "by") && tx_gap_is(a, q->close_end, tk(a, k)->start, "") &&
        passive_label(a, q) && agent(a, k + 1, hi, &r.s)) {
        r.strong = true;
        return r;
    }
    /* '"...," according to Mia Tarrant' */
    size_t src = k + 2 < hi && is(a, k + 2, "the") ? k + 3 : k + 2;  /* "to the Treasury" */
    if (adj && src < hi && is(a, k, "according") && is(a, k + 1, "to") &&
        a->w->tok_mention[src] >= 0) {
        r.strong = tx_from_entity(a, a->w->tok_mention[src], &r.s);
        return r;
    }
    for (size_t v = k; v < hi; v++) {
        bool near = adj && v < k + 7 && tk(a, v)->sentence == tk(a, k)->sentence;
        if (!verb(a, v)) {
            if (!near && v >= k + 7 && a->w->tok_mention[v] < 0 &&
                tk(a, v)->sentence != tk(a, k)->sentence + 1 &&
                tk(a, v)->sentence != tk(a, k)->sentence)
                break;
            continue;
        }
        uint32_t vend = tk(a, v)->end;
        if (quote_follows(a, vend, q->second_open)) return r;
        spk s;
        size_t said;
        if (tx_quoted_as(a, v, hi, &s, &said)) {      /* '"...," X quoted Y as saying' */
            r.s = s;
            r.strong = near;
            return r;
        }
        bool got = v == k ? tx_subject_after(a, v, hi, &s)
                          : tx_subject_before(a, v, near ? k : (v > 4 ? v - 4 : 0),
                                           &s, 0);
        if (!got && v == k && (lx(a, v) & LX_SPEECH_PART)) {
            r.verb_only = near;
            return r;
        }
        if (!got) {
            /* '"...?" I ask.': the writer, whom no name stands for */
            r.writer = near && v > k && v == k + 1 && (is(a, k, "i") || is(a, k, "we"));
            if (near) { r.verb_only = true; return r; }
            continue;
        }
        /* '"...".' opening a paragraph, then 'X said he ...': a verb of
         * a new sentence that takes a clause reports words of its own */
        if (v != k && q->block_initial && (tk(a, k)->flags & PX_TOK_SENT_START) &&
            tx_opens_clause(a, v))
            continue;
        if (v != k && !near) {
            /* far: accept only "..., X said." right before the verb */
            if (!(v > k && (a->w->tok_mention[v - 1] >= 0 ||
                            a->w->appos_owner[v - 1] >= 0)))
                continue;
        }
        r.s = s;
        r.strong = near;
        return r;
    }
    return r;
}

/* A speech verb in the sentence at token s0 that opens a clause (not
 * "spoke to", "wrote on"): the sentence reports words of its own. */
static bool reports_clause(const actx *a, size_t s0)
{
    static const char *const preps[] = {"to", "at", "on", "in", "with", "from",
                                        "about", "by", "for", "after", "before"};
    uint32_t sent = tk(a, s0)->sentence;
    for (size_t v = s0; v + 1 < a->doc->n_tokens && tk(a, v + 1)->sentence == sent; v++) {
        if (!verb(a, v)) continue;
        bool prep = false;
        for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
            if (is(a, v + 1, preps[k])) prep = true;
        if (!prep) return true;
    }
    return false;
}

/* '"... long ago." Dr Ana Vell, the director, was speaking on Monday.': a
 * quote that closes a sentence, with no attribution of its own, followed
 * on its line by a sentence that opens with a person's name (after a few
 * words of title, no comma) and reports nothing else: that person. */
static bool named_next(const actx *a, const tx_quote *q, spk *out)
{
    uint32_t e = q->end;
    while (e > q->start && a->t[e - 1] == ' ') e--;
    if (e == q->start || !strchr(".?!", a->t[e - 1])) return false;
    size_t k = tx_tok_lower_bound(a->doc, q->close_end);
    if (k >= a->doc->n_tokens || !(tk(a, k)->flags & PX_TOK_SENT_START) ||
        !tx_gap_is(a, q->close_end, tk(a, k)->start, ""))
        return false;
    for (size_t j = k; j < a->doc->n_tokens && j < k + NEXT_TITLE_WORDS; j++) {
        if (j > k && tx_comma_before(a, j)) return false;
        int32_t m = a->w->tok_mention[j];
        if (m >= 0) {
            if (a->doc->entities[a->doc->mentions[m].entity].kind != PX_ENT_PERSON ||
                (lx(a, j) & LX_PRON) || reports_clause(a, k))
                return false;
            return tx_from_entity(a, m, out);
        }
        if ((tk(a, j)->flags & PX_TOK_STOP) || verb(a, j) ||
            !(tk(a, j)->flags & PX_TOK_WORD))
            return false;
    }
    return false;
}

/* "Counsel for the family, Ana Lowe, rises.": a sentence from token b
 * (before t) opening with a phrase that names no one, then a person's
 * name set off by commas: that person. */
static bool role_then_name(const actx *a, size_t b, size_t t, spk *out)
{
    if (a->w->tok_mention[b] >= 0) return false;
    for (size_t j = b + 1; j < t && j <= b + OPENER_WORDS; j++) {
        if (verb(a, j) || a->w->tok_mention[j - 1] >= 0) return false;
        if (!tx_comma_before(a, j)) continue;
        int32_t m = a->w->tok_mention[j];
        size_t e = j;
        while (e + 1 < t && a->w->tok_mention[e + 1] == m) e++;
        if (e + 2 < t && !lower(a, e + 1) && !tx_comma_before(a, e + 1))
            e++;                         /* letters after the name ("KC") */
        return m >= 0 && e + 1 < t && tx_comma_before(a, e + 1) &&
               a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
               !(lx(a, j) & LX_PRON) && tx_from_entity(a, m, out);
    }
    return false;
}

/* 'Captain Ola Strand has sailed the route for 30 years.\n\n"The sea
 * was ...' or 'Ben Ray was less impressed. "It is ...': a quote opening
 * its paragraph or a sentence with no attribution, after a sentence whose
 * subject is a person (named, or he/she): that person. */
static bool lead_subject(const actx *a, const tx_quote *q, spk *out)
{
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    if (t == 0 || t >= a->doc->n_tokens ||
        !(q->block_initial || (tk(a, t)->flags & PX_TOK_SENT_START)))
        return false;
    uint32_t ps = tk(a, t - 1)->sentence;
    size_t b = a->doc->sentences[ps].tok_begin;
    if (tx_in_quote(a, tk(a, b)->start) || tx_in_quote(a, tk(a, t - 1)->start))
        return false;
    if (role_then_name(a, b, t, out)) return true;
    /* "On when it ended, Ashworth was blunt.": past an opening phrase
     * set off by a comma */
    if (tk(a, b)->flags & PX_TOK_STOP)
        for (size_t j = b + 1; j < t && j <= b + LEAD_PHRASE_WORDS; j++)
            if (tx_comma_before(a, j)) { b = j; break; }
    for (size_t j = b; j < t && j < b + NEXT_TITLE_WORDS; j++) {
        if (lx(a, j) & LX_PRON) {
            int32_t m = tx_latest_mention(a, tk(a, j)->start, PX_ENT_PERSON, NULL,
                                          tk(a, j)->norm, 4);
            return j == b && m >= 0 && tx_from_entity(a, m, out);
        }
        int32_t m = a->w->tok_mention[j];
        if (m >= 0)
            return a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
                   tx_from_entity(a, m, out);
        if ((tk(a, j)->flags & PX_TOK_STOP) || verb(a, j) || (j > b && tx_comma_before(a, j)))
            return false;
    }
    return false;
}

/* Is a person other than ent named in [from, to) ("Varga said ... "A".
 * Meanwhile, Oduya called it "B"": B is not Varga's)? */
static bool other_person(const actx *a, uint32_t from, uint32_t to, int32_t ent)
{
    for (size_t i = tx_tok_lower_bound(a->doc, from);
         i < a->doc->n_tokens && tk(a, i)->start < to; i++) {
        int32_t m = a->w->tok_mention[i];
        if (m < 0 || (lx(a, i) & LX_PRON)) continue;
        uint32_t e = a->doc->mentions[m].entity;
        if (a->doc->entities[e].kind == PX_ENT_PERSON && (int32_t)e != ent) return true;
    }
    return false;
}

px_status tx_emit_quote(actx *a, const tx_quote *q, const spk *s,
                      px_quote_kind kind, size_t *cap)
{
    px_textdoc *doc = a->doc;
    if (tx_doc_grow(&doc->arena, (void **)&doc->quotes, cap, doc->n_quotes + 1,
                    sizeof *doc->quotes))
        return px_fail(a->w->ctx, PX_NOMEM, "text: out of memory");
    size_t t = tx_tok_lower_bound(doc, q->start);
    uint32_t sent = t < doc->n_tokens ? doc->tokens[t].sentence
                                      : (doc->n_sentences ? (uint32_t)doc->n_sentences - 1 : 0);
    doc->quotes[doc->n_quotes++] = (px_quote){
        q->start, q->end, q->text, s && s->found ? s->ent : -1,
        s && s->found ? s->name : NULL, s && s->found ? s->role : NULL, kind,
        sent, -1};
    if (kind == PX_QUOTE_DIRECT)
        for (size_t i = t; i < doc->n_tokens && doc->tokens[i].start < q->end; i++)
            doc->tokens[i].flags |= PX_TOK_QUOTED;
    return PX_OK;
}

/* "on her behalf", "on behalf of X", "on X's behalf" in tokens from v
 * up to the byte `to`: whose words they are. */
static void behalf(const actx *a, size_t v, uint32_t to, spk *out)
{
    for (size_t j = v; j + 2 < a->doc->n_tokens && tk(a, j + 2)->end <= to; j++) {
        if (!is(a, j, "on")) continue;
        int32_t m = -1;
        if (is(a, j + 1, "behalf") && is(a, j + 2, "of") && j + 3 < a->doc->n_tokens)
            m = a->w->tok_mention[j + 3];
        else if (is(a, j + 2, "behalf") && (is(a, j + 1, "her") || is(a, j + 1, "his"))) {
            /* the latest he/she before, but not the one who reads it */
            const char *pron = is(a, j + 1, "her") ? "she" : "he";
            m = tx_latest_mention(a, tk(a, j + 1)->start, PX_ENT_PERSON, NULL, pron,
                                  PRONOUN_SENTENCES);
            while (m >= 0 && out->found && out->ent >= 0 &&
                   a->doc->mentions[m].entity == (uint32_t)out->ent)
                m = tx_latest_mention(a, a->doc->mentions[m].start, PX_ENT_PERSON, NULL, pron,
                                      PRONOUN_SENTENCES);
        } else if (is(a, j + 2, "behalf"))
            m = a->w->tok_mention[j + 1];
        spk o;
        if (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
            tx_from_entity(a, m, &o))
            *out = o;
        return;
    }
}

px_status tx_attribute(tx_work *w)
{
    actx a = {w, &w->d->pub, w->d->pub.text};
    size_t cap = 0;
    size_t *raw_of = malloc((w->nq + 1) * sizeof *raw_of);  /* doc quote -> w->q */
    if (!raw_of) return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    int32_t prev = -1;               /* last accepted, index into doc quotes */
    size_t prev_raw = (size_t)-1;    /* its index in w->q */
    uint32_t prev_close = 0;
    spk answerer = {-1, NULL, NULL, false};   /* who answers the writer */
    uint32_t slogan_end = 0;         /* after the last slogan left out */
    size_t singles = 0;
    for (size_t i = 0; i < w->nq; i++) singles += w->q[i].single;
    bool singles_primary = singles >= 2 && singles == w->nq;
    for (size_t i = 0; i < w->nq; i++) {
        const tx_quote *q = &w->q[i];
        uint32_t lo = i ? w->q[i - 1].close_end : 0;
        /* '"in principle" means "..."': words quoted as words bound nothing */
        if (i && tx_word_meant(&a, &w->q[i - 1])) lo = i > 1 ? w->q[i - 2].close_end : 0;
        uint32_t hi = i + 1 < w->nq ? w->q[i + 1].open : (uint32_t)a.doc->len;
        attr b = before(&a, q, lo), f = after(&a, q, hi);
        bool comma = q->comma_end;
        const attr *pick = NULL;
        if (comma && f.strong && f.s.found) pick = &f;
        else if (b.strong && b.s.found) pick = &b;
        else if (f.strong && f.s.found) pick = &f;
        else if (b.s.found) pick = &b;
        else if (f.s.found) pick = &f;
        bool strong = (pick && pick->strong) || (!pick && f.writer);
        spk s = pick ? pick->s : (spk){-1, NULL, NULL, false};
        /* "her solicitor read a statement on her behalf: '...'": the words
         * are hers */
        if (pick == &b && b.verb != (size_t)-1) behalf(&a, b.verb + 1, q->open, &s);
        bool open = !pick && !f.writer;   /* nobody named yet, and not the writer */
        if (open && named_next(&a, q, &s)) strong = true;
        /* 'called it "A" and "B"': B goes with A */
        if (open && !s.found && prev >= 0 && prev_raw + 1 == i &&
            a.doc->quotes[prev].speaker_name && tx_coordinated(&a, prev_close, q->open)) {
            const px_quote *pq = &a.doc->quotes[prev];
            s = (spk){pq->speaker, pq->speaker_name, pq->speaker_role, true};
            strong = true;
        }
        bool same_line = prev >= 0 &&
                         !memchr(a.t + prev_close, '\n', q->open - prev_close);
        if (!strong && pick && same_line && a.doc->quotes[prev].speaker_name &&
            s.name && strcmp(s.name, a.doc->quotes[prev].speaker_name) == 0)
            strong = true;       /* 'A,' X said. 'B.': B is X's as well */
        /* Q&A in prose: a quote answering the writer's bare question, with
         * nobody else named before it in its paragraph, is the answerer's */
        uint32_t para;
        bool answer = tx_writer_asked(&a, q->open, &para);
        if (open && !s.found && answer && answerer.found &&
            !other_person(&a, para, q->open, answerer.ent)) {
            s = answerer;
            strong = true;
        }
        if (open && !s.found && prev >= 0 && !same_line &&
            tx_turn(&a, q, &w->q[prev_raw], &a.doc->quotes[prev],
                    prev > 0 ? &a.doc->quotes[prev - 1] : NULL, &s))
            strong = true;               /* an answer, or the next question */
        /* a quote opening its paragraph with none, after a paragraph
         * without quotes naming one person: that person, not the voice
         * before */
        if (open && !s.found && q->block_initial && !b.verb_only && !f.verb_only &&
            tx_paragraph_person(&a, q, lo, &s))
            strong = false;
        if (open && !s.found && prev >= 0 && a.doc->quotes[prev].speaker_name) {
            /* "..., adding, '...'", a quote with no attribution after
             * another in the same paragraph, or a line-opening quote with
             * none: the speaker goes on */
            if ((same_line && !other_person(&a, prev_close, q->open,
                                            a.doc->quotes[prev].speaker)) ||
                (q->block_initial && !b.verb_only && !f.verb_only)) {
                const px_quote *pq = &a.doc->quotes[prev];
                s = (spk){pq->speaker, pq->speaker_name, pq->speaker_role, true};
                strong = same_line || b.verb_only || f.verb_only;
            }
        }
        if (open && !s.found && lead_subject(&a, q, &s)) strong = false;
        /* one to three words: scare quotes or titles, unless a speaker
         * stands before them in their sentence ("said it was 'a paper
         * exercise'") and no naming word does ("the so-called 'reform'") */
        /* 'Alan "Safe Hands" Brophy': a nickname inside a name */
        size_t qt = tx_tok_lower_bound(a.doc, q->open);
        int32_t qm = qt < a.doc->n_tokens ? w->tok_mention[qt] : -1;
        if (qm >= 0 && a.doc->mentions[qm].start < q->open &&
            a.doc->mentions[qm].end > q->close_end)
            continue;
        bool always = false;
        bool named = tx_named_before(&a, q, &always);
        /* "a device it called 'the last screen you will ever buy'": after
         * "called" with its subject found, a phrase of words is the
         * subject's */
        if (named && !always && pick == &b && b.sums && q->words >= SUMMED_WORDS) named = false;
        if ((!strong && (named || tx_work_title(&a, q))) || always) continue;
        if (!s.found && tx_title_case(&a, q)) continue;      /* a title, nobody's words */
        /* "her memoir, 'Paper Crown'", 'the slogan "No Rain Without Us"':
         * a few words all in capitals are a name or a title, whoever is
         * near */
        if (q->words >= 2 && q->words <= 6 && tx_title_words(&a, q)) continue;
        if (tx_word_meant(&a, q)) continue;
        /* slogans, and a quote joined to one by "and" ('read "A" and "B"') */
        if (tx_displayed(&a, q) || (slogan_end && tx_coordinated(&a, slogan_end, q->open))) {
            slogan_end = q->close_end;
            continue;
        }
        /* "sang 'Abide With Me'": what is sung in capitals is a song's title */
        if (pick == &b && (is(&a, b.verb, "sang") || is(&a, b.verb, "sings")) &&
            tx_title_case(&a, q))
            continue;
        if (tx_change_labels(&a, q, i ? &w->q[i - 1] : NULL, i + 1 < w->nq ? &w->q[i + 1] : NULL))
            continue;
        /* a label after "called it" is short ("a silent crisis") */
        bool partial = pick == &b && b.gap <= PARTIAL_GAP &&
                       q->words >= (b.sums ? (tx_labelled(&a, q, b.verb) ? 1 : SUMMED_WORDS)
                                           : tx_copula_before(&a, q) ? 1 : 2) &&
                       !tx_title_case(&a, q);
        /* single marks hold speech when attributed, or when a sentence's
         * worth of words follows a sentence about the speaker */
        bool speech = s.found && q->words >= SINGLE_SPEECH_WORDS;
        /* "said the decision was 'final'": one word after a linking verb */
        bool felt = partial && s.found && tx_copula_before(&a, q);
        /* ... or when they are the text's quote marks: a text with no
         * double marks at all quotes in single ones (British copy, a
         * memoir's dialogue), and they are as good as double ones */
        if (q->single && ((q->words < 2 && !felt) ||
                          (!singles_primary && !strong && !partial && !speech)))
            continue;
        /* '"I was wrong," he says.': an attribution right after a comma
         * makes speech of a short quote, whoever "he" turns out to be */
        if (q->words <= 3 && !strong && !partial && !(comma && f.verb_only)) continue;
        px_status rc = tx_emit_quote(&a, q, &s, PX_QUOTE_DIRECT, &cap);
        if (rc != PX_OK) {
            free(raw_of);
            return rc;
        }
        if (answer && s.found && (strong || !answerer.found)) answerer = s;
        prev = (int32_t)a.doc->n_quotes - 1;
        raw_of[prev] = i;
        prev_close = q->close_end;
        prev_raw = i;
    }
    tx_named_after(&a, raw_of);
    free(raw_of);
    w->qcap = cap;                   /* tx_indirect appends */
    return PX_OK;
}

