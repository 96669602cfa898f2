/*
 * attrib.c - who said it: speakers of direct quotes, and indirect speech.
 *
 * A speaker is found from a speech verb (said, told, noted, added, ...)
 * next to the quote, in either order and on either side:
 *   X said, "..."   "...," X said   "...," said X, a researcher   "..." - X
 *   X added: "..."   according to X, "..."   X told Y that "..."
 * The subject of a verb is the entity mention right before it (skipping
 * an apposition ", a researcher at Y," and adverbs), or right after it in
 * the inverted order; failing that a pronoun (resolved by entities.c to
 * the most recent person) or a plain noun phrase with a role or document
 * word ("a spokesperson for the ministry", "the document").  Participles
 * ("..., adding, '...'") borrow the subject of the finite verb before them.
 * A quote with no attribution that opens its line continues the speaker of
 * the quote before it (the multi-paragraph convention).  One to three
 * quoted words without an adjacent attribution are scare quotes and
 * dropped.  Windows are bounded (WINDOW tokens), so each quote costs
 * O(WINDOW + log n) whatever the input.
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

#define WINDOW 40
#define PARTIAL_GAP 12   /* words from a speech verb to a partial quote */
#define MENTION_SCAN 512 /* mentions looked back at for a he/she or "the X" */

typedef struct spk {
    int32_t ent;
    const char *name, *role;
    bool found;
} spk;

typedef struct actx {
    tx_work *w;
    px_textdoc *doc;
    const char *t;
} actx;

static uint32_t lx(const actx *a, size_t i) { return a->w->lex[i]; }
static const px_token *tk(const actx *a, size_t i) { return &a->doc->tokens[i]; }
static bool is(const actx *a, size_t i, const char *w)
{
    return strcmp(tk(a, i)->norm, w) == 0;
}
static bool lower(const actx *a, size_t i)
{
    return !(tk(a, i)->flags & PX_TOK_CAP);
}
static bool verb(const actx *a, size_t i)
{
    if (is(a, i, "put") && i + 1 < a->doc->n_tokens && is(a, i + 1, "it"))
        return true;                     /* "as X put it, '...'" */
    return (lx(a, i) & (LX_SPEECH | LX_SPEECH_PART)) && lower(a, i);
}

/* Gap between tokens i and i+1 holds only blanks. */
static bool tight(const actx *a, size_t i)
{
    return tx_is_space_only(a->t, tk(a, i)->end, tk(a, i + 1)->start) &&
           !memchr(a->t + tk(a, i)->end, '\n', tk(a, i + 1)->start - tk(a, i)->end);
}

/* "Dr. Yolanda Price": only a full stop after a title between tokens i
 * and i+1. */
static bool title_dot(const actx *a, size_t i)
{
    uint32_t e = tk(a, i)->end;
    return (lx(a, i) & LX_TITLE) && a->t[e] == '.' &&
           tx_is_space_only(a->t, e + 1, tk(a, i + 1)->start);
}

/* ", speaking on condition of anonymity,": a participle opens a clause. */
static bool ing_word(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    return lower(a, i) && l > 4 && strcmp(n + l - 3, "ing") == 0;
}

/* A comma between tokens i-1 and i. */
static bool comma_before(const actx *a, size_t i)
{
    for (uint32_t b = tk(a, i - 1)->end; b < tk(a, i)->start; b++)
        if (a->t[b] == ',') return true;
    return false;
}

/* Is byte off inside a direct quote (marks included)? */
static bool in_quote(const actx *a, uint32_t off)
{
    size_t lo = 0, hi = a->w->nq;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->w->q[mid].open <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo > 0 && off < a->w->q[lo - 1].close_end;
}

static bool is_pronoun_at(const actx *a, uint32_t off)
{
    size_t t = tx_tok_lower_bound(a->doc, off);
    return t < a->doc->n_tokens && (lx(a, t) & LX_PRON);
}

/* Does the role text hold word (case-folded ASCII, whole word)? */
static bool role_has(const char *role, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = role; role && *p; p++) {
        if (p > role && p[-1] != ' ') continue;
        size_t i = 0;
        while (i < n && p[i] && (p[i] | 0x20) == word[i]) i++;
        if (i == n && (p[n] == '\0' || p[n] == ' ' || p[n] == ','))
            return true;
    }
    return false;
}

/* Does a title ("mrs", "sir") say the opposite gender of the pronoun? */
static bool gender_clash(const char *title, const char *pronoun)
{
    static const char *const female[] = {"mrs", "ms", "miss", "dame", "lady",
                                         "queen", "princess", "madam"};
    static const char *const male[] = {"mr", "sir", "lord", "king", "prince"};
    bool she = strcmp(pronoun, "she") == 0, he = strcmp(pronoun, "he") == 0;
    for (size_t i = 0; he && i < sizeof female / sizeof *female; i++)
        if (strcmp(title, female[i]) == 0) return true;
    for (size_t i = 0; she && i < sizeof male / sizeof *male; i++)
        if (strcmp(title, male[i]) == 0) return true;
    return false;
}

/* The latest mention before byte off, outside quotes (a name inside a
 * quote is talked about, not talking) and not a pronoun, of an entity of
 * the kind; with title, only a person given that title or role ("the
 * senator"); with pronoun, none whose title says another gender.  At most
 * `reach` sentences back.  -1 when there is none. */
static int32_t latest_mention(const actx *a, uint32_t off, px_entity_kind kind,
                              const char *title, const char *pronoun,
                              uint32_t reach)
{
    const px_textdoc *d = a->doc;
    size_t lo = 0, hi = d->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->mentions[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    size_t t = tx_tok_lower_bound(d, off);
    uint32_t sent = t < d->n_tokens ? d->tokens[t].sentence : 0;
    for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
        const px_mention *mm = &d->mentions[m - 1];
        const px_entity *en = &d->entities[mm->entity];
        size_t mt = tx_tok_lower_bound(d, mm->start);
        if (mt < d->n_tokens && sent - d->tokens[mt].sentence > reach) break;
        if (en->kind != kind || in_quote(a, mm->start) || is_pronoun_at(a, mm->start))
            continue;
        if (title && !(mt > 0 && strcmp(tk(a, mt - 1)->norm, title) == 0) &&
            !role_has(en->role, title))
            continue;
        if (pronoun && mt > 0 && gender_clash(tk(a, mt - 1)->norm, pronoun))
            continue;                    /* "Ms Lind" is not "he" */
        return (int32_t)(m - 1);
    }
    return -1;
}

/* he/she: the latest person named, a few sentences back at most. */
static int32_t antecedent(const actx *a, uint32_t off)
{
    size_t t = tx_tok_lower_bound(a->doc, off);
    const char *pron = t < a->doc->n_tokens ? tk(a, t)->norm : NULL;
    return latest_mention(a, off, PX_ENT_PERSON, NULL, pron, 4);
}

static bool from_entity(const actx *a, int32_t mention, spk *out)
{
    if (mention < 0) return false;
    if (is_pronoun_at(a, a->doc->mentions[mention].start)) {
        int32_t m = antecedent(a, a->doc->mentions[mention].start);
        if (m >= 0) mention = m;
    }
    uint32_t e = a->doc->mentions[mention].entity;
    const px_entity *en = &a->doc->entities[e];
    if (en->kind == PX_ENT_PLACE && en->count > 0) {
        /* "Russia said" speaks for its government: keep it, but only as a
         * last resort - persons and orgs win when both are near */
    }
    *out = (spk){(int32_t)e, en->name, en->role, true};
    return true;
}

/* A lower-case noun phrase [b, e) as a speaker when it names a role or a
 * document: name = up to its head noun, role = the whole phrase. */
/* "the senator" (a title or role after "the"): the latest person with it;
 * "the company" (an organisation word): the latest organisation. */
static bool definite_ref(const actx *a, size_t b, size_t head, spk *out)
{
    if (head != b + 1 || !is(a, b, "the")) return false;
    int32_t m = -1;
    if (lx(a, head) & (LX_TITLE | LX_ROLE))
        m = latest_mention(a, tk(a, b)->start, PX_ENT_PERSON, tk(a, head)->norm,
                           NULL, UINT32_MAX);
    else if (lx(a, head) & LX_ORG_CUE)
        m = latest_mention(a, tk(a, b)->start, PX_ENT_ORG, NULL, NULL, UINT32_MAX);
    return m >= 0 && from_entity(a, m, out);
}

static bool np(const actx *a, size_t b, size_t e, spk *out)
{
    size_t head = e;
    const uint32_t noun = LX_ROLE | LX_DOC | LX_MEDIA_NOUN | LX_TITLE | LX_ORG_CUE;
    for (size_t i = b; i < e; i++)
        if (lx(a, i) & noun) { head = i; break; }
    if (head == e) return e == b + 2 && definite_ref(a, b, b + 1, out);
    /* "police spokesperson": the head is the last of a run of role words */
    while (head + 1 < e && (lx(a, head + 1) & noun) && lower(a, head + 1)) head++;
    if (definite_ref(a, b, head, out)) return true;
    px_arena *ar = &a->doc->arena;
    const char *name = px_arena_strndup(ar, a->t + tk(a, b)->start,
                                        tk(a, head)->end - tk(a, b)->start);
    const char *role = px_arena_strndup(ar, a->t + tk(a, b)->start,
                                        tk(a, e - 1)->end - tk(a, b)->start);
    if (!name || !role) return false;
    *out = (spk){-1, name, role, true};
    return true;
}

static bool subject_after(const actx *a, size_t v, size_t hi, spk *out)
{
    size_t k = v + 1;
    if (k >= hi || !tight(a, v)) return false;
    for (size_t j = k; j < hi && j < k + 6; j++) {
        if (a->w->tok_mention[j] >= 0) {
            /* "added Brightwell's head of operations, Leon Achterberg" */
            const char *nm = tk(a, j)->norm;
            size_t nl = strlen(nm);
            if (nl > 2 && nm[nl - 2] == '\'' && nm[nl - 1] == 's')
                for (size_t m = j + 1; m < hi && m < j + 10; m++)
                    if (a->w->tok_mention[m] >= 0 && comma_before(a, m) &&
                        a->doc->entities[a->doc->mentions[a->w->tok_mention[m]].entity]
                                .kind == PX_ENT_PERSON) {
                        if (!from_entity(a, a->w->tok_mention[m], out)) return false;
                        if (!out->role)
                            out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, j)->start,
                                                         tk(a, m - 1)->end - tk(a, j)->start);
                        return out->role != NULL;
                    }
            if (!from_entity(a, a->w->tok_mention[j], out)) return false;
            /* "said council leader Hanna Brek": the words before the name
             * are her role when the entity has none of its own */
            if (!out->role && j > k && !is(a, k, "the"))
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, k)->start,
                                             tk(a, j - 1)->end - tk(a, k)->start);
            return true;
        }
        if (j + 1 < hi && !tight(a, j) && !title_dot(a, j)) {
            /* "admitted the harbour master, Sam Fell" */
            int32_t m = a->w->tok_mention[j + 1];
            if (m >= 0 && comma_before(a, j + 1) &&
                a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON)
                return from_entity(a, m, out);
            break;
        }
        /* capitalised words before the name belong to its title ("said
         * Chief Fire Officer Brona Tesk"); the window bounds the search */
        if (!lower(a, j)) continue;
        /* a role noun phrase may stand before the name; a function word
         * ("said that Russia ...", "said on Monday") ends the search */
        if (!(lx(a, j) & (LX_TITLE | LX_TITLE_MOD)) && !is(a, j, "a") &&
            !is(a, j, "an") && !is(a, j, "the") &&
            ((tk(a, j)->flags & PX_TOK_STOP) || (lx(a, j) & LX_SPEECH) ||
             !(tk(a, j)->flags & PX_TOK_WORD)))
            break;
    }
    size_t e = k;
    while (e < hi && e < k + 10 && lower(a, e) && !(lx(a, e) & LX_SPEECH)) {
        e++;
        if (e < hi && !tight(a, e - 1)) break;
    }
    return e > k && np(a, k, e, out);
}

static bool subject_before(const actx *a, size_t v, size_t lo, spk *out,
                           int depth)
{
    if (depth > 3) return false;
    if (lx(a, v) & LX_SPEECH_PART) {
        /* "..., adding," / "quoted X, saying," */
        for (size_t j = v; j > lo; j--) {
            size_t f = j - 1;
            if (!(lx(a, f) & LX_SPEECH) || !lower(a, f)) continue;
            if ((lx(a, f) & LX_REPORT) && (is(a, f, "quoted") || is(a, f, "cited")))
                return subject_after(a, f, v, out) ||
                       subject_before(a, f, lo, out, depth + 1);
            return subject_before(a, f, lo, out, depth + 1);
        }
        /* "She opens by saying ...": the sentence's subject */
        size_t s0 = a->doc->sentences[tk(a, v)->sentence].tok_begin;
        int32_t m = s0 >= lo && s0 < v ? a->w->tok_mention[s0] : -1;
        return m >= 0 &&
               a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
               from_entity(a, m, out);
    }
    size_t k = v;
    while (k > lo && (lx(a, k - 1) & LX_ADVERB) && lower(a, k - 1)) k--;
    if (k <= lo) return false;
    size_t p = k - 1;
    /* "X, 58, said" and "X, who ..., told": the subject is before the
     * comma */
    bool clause = false;
    if (p > lo && (tk(a, p)->flags & PX_TOK_NUM) && comma_before(a, p)) p--;
    else if (comma_before(a, k))
        for (size_t j = p; j > lo && p - j < 15; j--)
            if ((is(a, j, "who") || is(a, j, "which") || ing_word(a, j)) &&
                comma_before(a, j)) {
                p = j - 1;
                clause = true;
                break;
            }
    if (a->w->appos_owner[p] >= 0) return from_entity(a, a->w->appos_owner[p], out);
    if (a->w->tok_mention[p] >= 0) {
        size_t m = p;
        while (m > lo && a->w->tok_mention[m - 1] == a->w->tok_mention[p]) m--;
        /* "Harold Lim of Maplewood University said": the person before
         * the prepositional phrase speaks */
        size_t prep = m > lo + 1 && is(a, m - 1, "the") ? m - 2 : m - 1;
        if (m > lo + 1 && prep > lo && lower(a, prep) &&
            (is(a, prep, "of") || is(a, prep, "at") || is(a, prep, "from")) &&
            a->w->tok_mention[prep - 1] >= 0 &&
            a->doc->entities[a->doc->mentions[a->w->tok_mention[prep - 1]].entity]
                    .kind == PX_ENT_PERSON)
            return from_entity(a, a->w->tok_mention[prep - 1], out);
        if (m > lo + 1 && lower(a, m - 1) && (is(a, m - 1, "for") ||
            is(a, m - 1, "of") || is(a, m - 1, "in") || is(a, m - 1, "at") ||
            (is(a, m - 1, "the") && m > lo + 2 && lower(a, m - 2) &&
             (is(a, m - 2, "for") || is(a, m - 2, "of") ||
              is(a, m - 2, "at") || is(a, m - 2, "in"))))) {
            /* the mention sits in a prepositional phrase; the speaker is
             * the noun phrase it modifies, when that names a role */
            size_t b = m - 1;
            while (b > lo && m - b < 10 && (lower(a, b - 1) ||
                   a->w->tok_mention[b - 1] >= 0 ||
                   (tk(a, b - 1)->flags & PX_TOK_SENT_START)) && tight(a, b - 1) &&
                   !(lx(a, b - 1) & (LX_SPEECH | LX_SPEECH_PART)))
                b--;
            if (np(a, b, m - 1, out)) {
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                             tk(a, p)->end - tk(a, b)->start);
                return out->role != NULL;
            }
        }
        const px_entity *en = &a->doc->entities[a->doc->mentions[a->w->tok_mention[p]].entity];
        if (en->kind == PX_ENT_PLACE && m > lo &&
            ((lx(a, m - 1) & LX_LOC_PREP) || is(a, m - 1, "from")))
            return false;                /* "landlords in Westbury say" */
        return from_entity(a, a->w->tok_mention[p], out);
    }
    if (lx(a, p) & LX_PRON) {
        int32_t m = antecedent(a, tk(a, p)->start);
        return m >= 0 && from_entity(a, m, out);
    }
    if (is(a, p, "and")) {
        /* "X said ... and added", else "X leaned back and said": the
         * latest person of the sentence */
        uint32_t sent = tk(a, p)->sentence;
        for (size_t j = p; j > lo && tk(a, j - 1)->sentence == sent; j--)
            if ((lx(a, j - 1) & LX_SPEECH) && lower(a, j - 1))
                return subject_before(a, j - 1, lo, out, depth + 1);
        for (size_t j = p; j > lo && tk(a, j - 1)->sentence == sent; j--) {
            int32_t m = a->w->tok_mention[j - 1];
            if (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind ==
                              PX_ENT_PERSON)
                return from_entity(a, m, out);
        }
        return false;
    }
    if (!clause && !tight(a, p)) return false;
    size_t b = p + 1;
    while (b > lo && p + 1 - b < 8) {
        size_t c = b - 1;
        bool demonym = a->w->tok_mention[c] >= 0 &&
                       a->doc->entities[a->doc->mentions[a->w->tok_mention[c]]
                                            .entity].kind == PX_ENT_PLACE;
        bool opener = (tk(a, c)->flags & PX_TOK_SENT_START) &&
                      a->w->tok_mention[c] < 0;  /* "Opposition councillors" */
        if (!lower(a, c) && !demonym && !opener) break;
        if (lx(a, c) & (LX_SPEECH | LX_SPEECH_PART)) break;
        if (c != p && !tight(a, c)) break;
        b = c;
    }
    return b <= p && np(a, b, p + 1, out);
}

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

static bool gap_is(const actx *a, uint32_t x, uint32_t y, const char *allowed)
{
    for (uint32_t i = x; i < y; i++) {
        unsigned char c = (unsigned char)a->t[i];
        if (c == ' ' || strchr(allowed, c)) continue;
        if (c == 0xE2 && i + 2 < y && (unsigned char)a->t[i + 1] == 0x80 &&
            ((unsigned char)a->t[i + 2] == 0x94 || (unsigned char)a->t[i + 2] == 0x93)) {
            i += 2;          /* em / en dash */
            continue;
        }
        return false;
    }
    return true;
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
    size_t gap;          /* before(): words between the verb and the quote */
} attr;

/* The person a sentence ending at token last is about: a possessive
 * his/her opening it, else the last person named in it. */
static bool colon_subject(const actx *a, size_t last, size_t lo, spk *out)
{
    size_t s0 = a->doc->sentences[tk(a, last)->sentence].tok_begin;
    if (s0 < lo) return false;
    if (is(a, s0, "his") || is(a, s0, "her")) {
        int32_t m = latest_mention(a, tk(a, s0)->start, PX_ENT_PERSON, NULL,
                                   is(a, s0, "his") ? "he" : "she", 4);
        return m >= 0 && from_entity(a, m, out);
    }
    for (size_t i = last + 1; i > s0; i--) {
        int32_t m = a->w->tok_mention[i - 1];
        if (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON)
            return from_entity(a, m, out);
    }
    return false;
}

static attr before(const actx *a, const tx_quote *q, uint32_t lo_off)
{
    attr r = {{-1, NULL, NULL, false}, false, false, 0};
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
    bool strong = gap_is(a, tk(a, last)->end, q->open, colon_line ? ",:\n" : ",:");
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
            r.strong = from_entity(a, a->w->tok_mention[last], &r.s);
            return r;
        }
    }
    if (v == (size_t)-1) {
        bool colon = strong && a->t[tk(a, last)->end] == ':';
        strong = false;
        uint32_t sent = tk(a, last)->sentence;
        for (size_t j = t; j > lo; j--) {
            if (tk(a, j - 1)->sentence != sent) break;
            if (verb(a, j - 1)) { v = j - 1; break; }
        }
        /* "Ron Bale was blunt: '...'", "Her verdict: '...'": a colon and
         * no speech verb, the person the sentence is about */
        if (v == (size_t)-1 && colon && colon_subject(a, last, lo, &r.s))
            r.strong = true;
        if (v == (size_t)-1) return r;
    }
    r.strong = strong;
    r.gap = t - v - 1;
    if (subject_before(a, v, lo, &r.s, 0)) return r;
    /* "X told the Evening Echo: '...'": who is told does not speak */
    bool told = is(a, v, "told") || is(a, v, "tells") || is(a, v, "tell");
    if (!told && subject_after(a, v, t, &r.s)) return r;
    r.verb_only = true;
    return r;
}

static attr after(const actx *a, const tx_quote *q, uint32_t hi_off)
{
    attr r = {{-1, NULL, NULL, false}, false, false, 0};
    size_t k = tx_tok_lower_bound(a->doc, q->first_close_end);
    size_t le = line_end_tok(a, q->first_close_end, hi_off);
    size_t hi0 = tx_tok_lower_bound(a->doc, hi_off);
    size_t hi = le < hi0 ? le : hi0;
    if (hi > k + WINDOW) hi = k + WINDOW;
    if (k >= hi) return r;
    bool adj = gap_is(a, q->first_close_end, tk(a, k)->start, ",");
    /* '"..." - Council leader Dee Amos' (a dash, or a hyphen set off by
     * blanks): the person named next on the line */
    bool dash = false;
    for (uint32_t i = q->first_close_end; i < tk(a, k)->start; i++)
        if (((unsigned char)a->t[i] == 0xE2 && i + 2 < tk(a, k)->start &&
             (unsigned char)a->t[i + 2] >= 0x93 && (unsigned char)a->t[i + 2] <= 0x94) ||
            (a->t[i] == '-' && a->t[i + 1] == ' '))
            dash = true;
    if (dash && gap_is(a, q->first_close_end, tk(a, k)->start, ",-")) {
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
                r.strong = from_entity(a, person || next < 0 ? m : next, &r.s);
                return r;
            }
        }
    }
    /* '"...," according to Mia Tarrant' */
    if (adj && k + 2 < hi && is(a, k, "according") && is(a, k + 1, "to") &&
        a->w->tok_mention[k + 2] >= 0) {
        r.strong = from_entity(a, a->w->tok_mention[k + 2], &r.s);
        return r;
    }
    for (size_t v = k; v < hi; v++) {
        bool near = adj && v < k + 7;
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
        bool got = v == k ? subject_after(a, v, hi, &s)
                          : subject_before(a, v, near ? k : (v > 4 ? v - 4 : 0),
                                           &s, 0);
        if (!got && v == k && (lx(a, v) & LX_SPEECH_PART)) {
            r.verb_only = near;
            return r;
        }
        if (!got) {
            if (near) { r.verb_only = true; return r; }
            continue;
        }
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

/* A naming word right before the quote: what follows is a name or a
 * label, not someone's words. */
static bool named_before(const actx *a, const tx_quote *q)
{
    static const char *const naming[] = {"called", "so-called", "dubbed",
        "named", "termed", "titled", "entitled", "motto", "slogan",
        "caption", "word", "phrase", "term"};
    size_t t = tx_tok_lower_bound(a->doc, q->open);
    if (t == 0) return false;
    for (size_t i = 0; i < sizeof naming / sizeof *naming; i++)
        if (is(a, t - 1, naming[i])) return true;
    return false;
}

/* Is a person other than ent named in [from, to) ("Putin said ... "A".
 * Meanwhile, Kim called it "B"": B is not Putin's)? */
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

/* Every content word capitalised: a name or title ("Allergen
 * Information"), not words someone said. */
static bool title_case(const actx *a, const tx_quote *q)
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

static px_status emit(actx *a, const tx_quote *q, const spk *s,
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
        sent};
    if (kind == PX_QUOTE_DIRECT)
        for (size_t i = t; i < doc->n_tokens && doc->tokens[i].start < q->end; i++)
            doc->tokens[i].flags |= PX_TOK_QUOTED;
    return PX_OK;
}

px_status tx_attribute(tx_work *w)
{
    actx a = {w, &w->d->pub, w->d->pub.text};
    size_t cap = 0;
    int32_t prev = -1;               /* last accepted, index into doc quotes */
    uint32_t prev_close = 0;
    for (size_t i = 0; i < w->nq; i++) {
        const tx_quote *q = &w->q[i];
        uint32_t lo = i ? w->q[i - 1].close_end : 0;
        uint32_t hi = i + 1 < w->nq ? w->q[i + 1].open : (uint32_t)a.doc->len;
        attr b = before(&a, q, lo), f = after(&a, q, hi);
        bool comma = q->comma_end;
        const attr *pick = NULL;
        if (comma && f.strong && f.s.found) pick = &f;
        else if (b.strong && b.s.found) pick = &b;
        else if (f.strong && f.s.found) pick = &f;
        else if (b.s.found) pick = &b;
        else if (f.s.found) pick = &f;
        bool strong = pick && pick->strong;
        spk s = pick ? pick->s : (spk){-1, NULL, NULL, false};
        bool same_line = prev >= 0 &&
                         !memchr(a.t + prev_close, '\n', q->open - prev_close);
        if (!strong && pick && same_line && a.doc->quotes[prev].speaker_name &&
            s.name && strcmp(s.name, a.doc->quotes[prev].speaker_name) == 0)
            strong = true;       /* 'A,' X said. 'B.': B is X's as well */
        if (!pick && prev >= 0 && a.doc->quotes[prev].speaker_name) {
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
        /* one to three words: scare quotes or titles, unless a speaker
         * stands before them in their sentence ("said it was 'a paper
         * exercise'") and no naming word does ("the so-called 'reform'") */
        if (!strong && named_before(&a, q)) continue;
        bool partial = pick == &b && b.gap <= PARTIAL_GAP && q->words >= 2 &&
                       !title_case(&a, q);
        if (q->single && (q->words < 2 || (!strong && !partial))) continue;
        if (q->words <= 3 && !strong && !partial) continue;
        px_status rc = emit(&a, q, &s, PX_QUOTE_DIRECT, &cap);
        if (rc != PX_OK) return rc;
        prev = (int32_t)a.doc->n_quotes - 1;
        prev_close = q->close_end;
    }
    a.doc->n_quotes = a.doc->n_quotes;
    w->qcap = cap;                   /* tx_indirect appends */
    return PX_OK;
}

/* ------------------------------------------------------ indirect speech */

static px_status indirect_emit(actx *a, size_t from, size_t to, const spk *s,
                               size_t *cap)
{
    if (to <= from || to - from < 4) return PX_OK;
    uint32_t st = tk(a, from)->start, en = tk(a, to - 1)->end;
    if (en < a->doc->len && (a->t[en] == '%')) en++;
    tx_quote q = {.start = st, .end = en};
    q.text = px_arena_strndup(&a->doc->arena, a->t + st, en - st);
    if (!q.text) return px_fail(a->w->ctx, PX_NOMEM, "text: out of memory");
    return emit(a, &q, s, PX_QUOTE_INDIRECT, cap);
}

/* A clause interrupted by its attribution: [b, c) and [r, e), one span. */
static px_status indirect_emit2(actx *a, size_t b, size_t c, size_t r, size_t e,
                                const spk *s, size_t *cap)
{
    uint32_t st = tk(a, b)->start, en = tk(a, e - 1)->end;
    px_buf buf = PX_BUF_INIT;
    px_buf_append(&buf, a->t + st, tk(a, c - 1)->end - st);
    px_buf_putc(&buf, ' ');
    px_buf_append(&buf, a->t + tk(a, r)->start, en - tk(a, r)->start);
    tx_quote q = {.start = st, .end = en};
    q.text = buf.failed ? NULL : px_arena_strndup(&a->doc->arena, buf.data, buf.len);
    px_buf_free(&buf);
    if (!q.text) return px_fail(a->w->ctx, PX_NOMEM, "text: out of memory");
    return emit(a, &q, s, PX_QUOTE_INDIRECT, cap);
}

/* "X argued that ...": the verb is followed closely by "that". */
static bool follows_that(const actx *a, size_t v, size_t e)
{
    for (size_t j = v + 1; j < e && j < v + 4; j++)
        if (is(a, j, "that")) return true;
    return false;
}

/* Tokens after v up to a comma or the end e (counted up to 7). */
static size_t clause_tail(const actx *a, size_t v, size_t e)
{
    size_t j = v + 1;
    while (j < e && j < v + 8 && !comma_before(a, j)) j++;   /* bounded */
    return j - v - 1;
}

/* A clause does not open with a preposition. */
static bool preposition(const actx *a, size_t i)
{
    static const char *const prep[] = {"against", "about", "of", "on", "in",
        "for", "with", "to", "at", "by", "from", "over", "into", "after",
        "before", "during", "without"};
    for (size_t k = 0; k < sizeof prep / sizeof *prep; k++)
        if (is(a, i, prep[k])) return true;
    return false;
}

/* A finite auxiliary: a clause has begun ("says the crash is ... but
 * that ..." takes the clause at "the crash"). */
static bool auxiliary(const actx *a, size_t i)
{
    static const char *const aux[] = {"is", "was", "are", "were", "will",
        "would", "could", "can", "has", "had", "have", "should", "may",
        "might", "must", "did", "does", "do", "been"};
    for (size_t k = 0; k < sizeof aux / sizeof *aux; k++)
        if (is(a, i, aux[k])) return true;
    return false;
}

/* Some token of [b, e) looks like a finite verb: an auxiliary, a past
 * tense, or an -s form before "to" or an article ("plans to drill"). */
static bool has_verb(const actx *a, size_t b, size_t e)
{
    static const char *const past[] = {"made", "took", "gave", "went", "came",
        "saw", "found", "left", "lost", "won", "kept", "held", "met", "paid",
        "sent", "sold", "set", "put", "cut", "hit", "ran", "rose", "fell",
        "grew", "knew", "got", "began", "brought", "bought", "built", "led",
        "spent", "thought", "felt", "became", "meant", "stood"};
    for (size_t i = b; i < e && i < b + 30; i++) {
        if (auxiliary(a, i)) return true;
        const char *n = tk(a, i)->norm;
        size_t l = strlen(n);
        if (i > b && l > 3 && strcmp(n + l - 2, "ed") == 0 &&
            strcmp(n + l - 3, "eed") != 0)       /* not "need", "speed" */
            return true;
        if (i > b && l > 3 && n[l - 1] == 's' && i + 1 < e &&
            (is(a, i + 1, "to") || is(a, i + 1, "the") || is(a, i + 1, "a")))
            return true;
        for (size_t k = 0; k < sizeof past / sizeof *past; k++)
            if (strcmp(n, past[k]) == 0) return true;
    }
    return false;
}

static bool wh_word(const actx *a, size_t i)
{
    static const char *const wh[] = {"why", "how", "what", "when", "where",
                                     "whether", "who", "which"};
    for (size_t k = 0; k < sizeof wh / sizeof *wh; k++)
        if (is(a, i, wh[k])) return true;
    return false;
}

/* "As the newspaper X reported earlier, CLAUSE" in sentence [b, e). */
static bool as_reported(actx *a, size_t b, size_t e, spk *s, px_status *rc,
                        size_t *cap)
{
    for (size_t v = b + 2; v < e && v < b + 10; v++) {
        if (comma_before(a, v)) return false;
        if (!(lx(a, v) & LX_SPEECH) || !lower(a, v)) continue;
        size_t c = v + 1;
        while (c < e && c < v + 4 && !comma_before(a, c)) c++;
        if (c >= e || !comma_before(a, c) || !subject_before(a, v, b, s, 0))
            return false;
        *rc = indirect_emit(a, c, e, s, cap);
        return true;
    }
    return false;
}

px_status tx_indirect(tx_work *w)
{
    actx a = {w, &w->d->pub, w->d->pub.text};
    px_textdoc *doc = a.doc;
    size_t cap = w->qcap;
    size_t ndirect = doc->n_quotes;
    uint8_t *busy = calloc(doc->n_sentences + 1, 1);
    if (!busy) return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    for (size_t i = 0; i < ndirect; i++) {
        size_t t0 = tx_tok_lower_bound(doc, doc->quotes[i].start);
        size_t t1 = tx_tok_lower_bound(doc, doc->quotes[i].end);
        if (t0 < doc->n_tokens) busy[doc->tokens[t0].sentence] = 1;
        if (t1 > 0 && t1 - 1 < doc->n_tokens) busy[doc->tokens[t1 - 1].sentence] = 1;
    }
    px_status rc = PX_OK;
    for (size_t si = 0; si < doc->n_sentences && rc == PX_OK; si++) {
        const px_sentence *se = &doc->sentences[si];
        size_t b = se->tok_begin, e = se->tok_end;
        if (busy[si] || w->titlecase[si] || e - b < 6) continue;
        spk s;
        /* according to X, CLAUSE */
        if (is(&a, b, "according") && is(&a, b + 1, "to")) {
            size_t c = b + 2;
            while (c < e && c < b + 12 && !comma_before(&a, c)) c++;
            if (c < e && c < b + 12 && subject_after(&a, b + 1, c, &s)) {
                rc = indirect_emit(&a, c, e, &s, &cap);
                continue;
            }
        }
        /* As X reported (earlier), CLAUSE */
        if (is(&a, b, "as") && as_reported(&a, b, e, &s, &rc, &cap)) continue;
        /* CLAUSE, X said ... / CLAUSE, according to X; not a question
         * ("Why rents rise, according to ...") */
        bool done = wh_word(&a, b);
        for (size_t c = b + 2; c < e && !done; c++) {
            if (!comma_before(&a, c)) continue;
            if (c + 1 < e && is(&a, c, "according") && is(&a, c + 1, "to") &&
                subject_after(&a, c + 1, e, &s)) {
                rc = indirect_emit(&a, b, c, &s, &cap);
                done = true;
                break;
            }
            if (w->appos_owner[c - 1] >= 0) continue;  /* "X, a role, said" */
            for (size_t v = c; v < e && v < c + 6; v++) {
                if (!(lx(&a, v) & LX_SPEECH) || !lower(&a, v)) continue;
                if (v > c && comma_before(&a, v)) break;
                if ((v == c && is(&a, v, "told")) || follows_that(&a, v, e)) break;
                /* "X, says he is ..." and "X said he did ...": the verb
                 * opens the clause, it does not close one */
                if (v == c ? v + 2 < e && (lx(&a, v + 1) & LX_PRON)
                           : clause_tail(&a, v, e) > 5)
                    break;
                bool got = v == c ? subject_after(&a, v, e, &s)
                                  : subject_before(&a, v, c, &s, 0);
                if (got) {
                    /* "The plan, officials said, would save ...": the
                     * clause goes on after the attribution */
                    size_t r = v + 1;
                    while (r < e && r < v + 4 && !comma_before(&a, r)) r++;
                    if (r + 1 < e && comma_before(&a, r) && c - b < 4)
                        rc = indirect_emit2(&a, b, c, r, e, &s, &cap);
                    else
                        rc = indirect_emit(&a, b, c, &s, &cap);
                    done = true;
                }
                break;
            }
        }
        if (done) continue;
        /* X said (that) CLAUSE / X told Y that CLAUSE */
        for (size_t v = b + 1; v + 4 < e; v++) {
            if (!(lx(&a, v) & LX_SPEECH) || !lower(&a, v) ||
                (lx(&a, v) & LX_REPORT && !is(&a, v, "reported")))
                continue;
            size_t c = v + 1, that = e;
            for (size_t j = v + 1; j < e && j < v + 14 && !auxiliary(&a, j); j++)
                if (is(&a, j, "that")) { that = j; break; }
            if (that < e) c = that + 1;
            else if (!(lx(&a, v) & LX_SAY_BARE) || comma_before(&a, c) ||
                     preposition(&a, c))
                continue;                /* "warned against a decline" */
            else if (is(&a, v, "told") || is(&a, v, "tells")) {
                /* "told the Gazette they ...": the clause follows who
                 * was told */
                if (is(&a, c, "the") && c + 1 < e) c++;
                int32_t m = w->tok_mention[c];
                while (m >= 0 && c < e && w->tok_mention[c] == m) c++;
                if (m < 0) c++;      /* "told reporters", "told him" */
                if (c < e && preposition(&a, c)) continue;   /* "told him to" */
            }
            /* without "that" the words must hold a verb: "noted the
             * progress" reports no statement */
            if (that == e && !has_verb(&a, c, e)) continue;
            if (!subject_before(&a, v, b, &s, 0)) continue;
            rc = indirect_emit(&a, c, e, &s, &cap);
            break;
        }
    }
    free(busy);
    return rc;
}
