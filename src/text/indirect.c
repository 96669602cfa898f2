/*
 * indirect.c - indirect speech: clauses reported as someone's words
 * without quote marks, one per sentence that holds no direct quote:
 *   according to X, CLAUSE        As X reported, CLAUSE
 *   CLAUSE, X said (on Monday).   CLAUSE, said X.   A, X said, B.
 *   X said (that) CLAUSE          X told Y (that) CLAUSE
 *   X quoted Y as saying (that) CLAUSE
 * A clause without "that" must hold a verb and not open with a
 * preposition ("noted the importance of", "warned against"); a verb
 * followed by a clause opens one rather than closing the one before.
 */
#include <stdlib.h>
#include <string.h>

#include "speaker.h"

#define SOURCE_WORDS 4   /* words of a source phrase after "according to" */
#define TOLD_WORDS 5     /* words of whom "told" names before the clause */
#define ATTRIB_WORDS 8   /* words from a clause's comma to its speech verb */
#define PLAIN_ATTRIB_WORDS 7
#define FRAME_WORDS 14   /* words of a framing phrase ending a clause */ /* the same without a name set off by commas */

/* Only blanks between tokens i-1 and i. */
static bool tight_words(const actx *a, size_t i)
{
    return tx_is_space_only(a->t, tk(a, i - 1)->end, tk(a, i)->start);
}

static bool has_verb(const actx *a, size_t b, size_t e);

/* "he could not remember it, on his second day in the witness box": a
 * last phrase set off by a comma that opens with a preposition and holds
 * no verb frames the report; the clause ends before it. */
static size_t framing_cut(const actx *a, size_t from, size_t to)
{
    static const char *const preps[] = {"on", "in", "at", "during", "after", "before"};
    size_t c = to;
    for (size_t i = to - 1; i > from + 3 && to - i < FRAME_WORDS; i--)
        if (tx_comma_before(a, i)) { c = i; break; }
    if (c == to || !lower(a, c) || has_verb(a, c, to)) return to;
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (is(a, c, preps[k])) return c;
    return to;
}

static px_status indirect_emit(actx *a, size_t from, size_t to, const spk *s,
                               size_t *cap)
{
    to = framing_cut(a, from, to);
    /* "declined to say whether ...": a question left open, no words */
    if (to <= from || to - from < 3 || is(a, from, "whether")) return PX_OK;
    uint32_t st = tk(a, from)->start, en = tk(a, to - 1)->end;
    if (en < a->doc->len && (a->t[en] == '%')) en++;
    tx_quote q = {.start = st, .end = en};
    q.text = px_arena_strndup(&a->doc->arena, a->t + st, en - st);
    if (!q.text) return px_fail(a->w->ctx, PX_NOMEM, "text: out of memory");
    return tx_emit_quote(a, &q, s, PX_QUOTE_INDIRECT, cap);
}

/* Words in [c, v), a name counting as one ("staff at the Seal Hospital"). */
static size_t words_between(const actx *a, size_t c, size_t v)
{
    size_t n = 0;
    for (size_t i = c; i < v; i++)
        n += i == c || a->w->tok_mention[i] < 0 || a->w->tok_mention[i] != a->w->tok_mention[i - 1];
    return n;
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
    return tx_emit_quote(a, &q, s, PX_QUOTE_INDIRECT, cap);
}

/* "X argued that ...": the verb is followed closely by "that". */
static bool follows_that(const actx *a, size_t v, size_t e)
{
    for (size_t j = v + 1; j < e && j < v + 4; j++) {
        if (tx_comma_before(a, j)) return false;   /* "The X, she said, was that" */
        if (is(a, j, "that")) return true;
    }
    return false;
}

/* Tokens after v up to a comma or the end e (counted up to 7). */
static size_t clause_tail(const actx *a, size_t v, size_t e)
{
    size_t j = v + 1;
    while (j < e && j < v + 8 && !tx_comma_before(a, j)) j++;   /* bounded */
    return j - v - 1;
}

/* A clause does not open with a preposition. */
static bool preposition(const actx *a, size_t i)
{
    static const char *const prep[] = {"against", "about", "of", "on", "in",
        "for", "with", "to", "at", "by", "from", "over", "into", "after",
        "before", "during", "without"};
    /* "about 120,000 customers", "over 300 staff": a number's adverb */
    if (i + 1 < a->doc->n_tokens && (tk(a, i + 1)->flags & PX_TOK_NUM) &&
        (is(a, i, "about") || is(a, i, "over")))
        return false;
    for (size_t k = 0; k < sizeof prep / sizeof *prep; k++)
        if (is(a, i, prep[k])) return true;
    return false;
}

/* A word opening a phrase that, without a verb, is no clause: a
 * preposition ("In a statement on Monday,"), a participle ("Asked about
 * the delay,") or a person's name with its appositions ("Ann Roe, 64, of
 * Mill Lane,"); a name after the comma makes the phrase its role (see
 * person_at). */
static bool phrase_opener(const actx *a, size_t b)
{
    const char *n = tk(a, b)->norm;
    size_t l = strlen(n);
    int32_t m = a->w->tok_mention[b];
    return preposition(a, b) ||
           (l > 4 && (strcmp(n + l - 2, "ed") == 0 || strcmp(n + l - 3, "ing") == 0)) ||
           (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
            !(lx(a, b) & LX_PRON));
}

/* "Asked whether the fine was enough,", "Speaking to reporters,": a
 * participle and a function word open an adverbial phrase, whatever
 * verbs it holds. */
static bool asked_phrase(const actx *a, size_t b)
{
    const char *n = tk(a, b)->norm;
    size_t l = strlen(n);
    return b + 1 < a->doc->n_tokens && (tk(a, b)->flags & PX_TOK_SENT_START) && l > 4 &&
           (strcmp(n + l - 2, "ed") == 0 || strcmp(n + l - 3, "ing") == 0) &&
           (tk(a, b + 1)->flags & PX_TOK_STOP);
}

/* A person's name at token c, before the verb v: "The union's leader,
 * Ken Ode, has said" - the phrase before the comma is the name's role. */
static bool person_at(const actx *a, size_t c, size_t v)
{
    int32_t m = a->w->tok_mention[c];
    return v > c && m >= 0 && !(lx(a, c) & LX_PRON) &&
           a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON;
}

/* Is token i one of the n words? */
static bool one_of(const actx *a, size_t i, const char *const *w, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (is(a, i, w[k])) return true;
    return false;
}

/* A finite auxiliary: a clause has begun ("says the crash is ... but
 * that ..." takes the clause at "the crash"). */
static bool auxiliary(const actx *a, size_t i)
{
    return tx_auxiliary_word(tk(a, i)->norm);
}

/* A participle that takes a clause without "that" ("claiming the
 * corner was wrong"); not "asking", "urging" (an object and "to"). */
static bool bare_participle(const actx *a, size_t i)
{
    static const char *const p[] = {"saying", "claiming", "insisting", "arguing",
                                    "warning", "adding", "stressing", "noting"};
    return one_of(a, i, p, sizeof p / sizeof *p);
}

/* A conjunction that opens a subordinate clause. */
static bool subordinator(const actx *a, size_t i)
{
    static const char *const sub[] = {"if", "unless", "because", "although",
                                      "though", "while", "whether", "once"};
    return one_of(a, i, sub, sizeof sub / sizeof *sub);
}

/* An -s form ("sings", "exists"), not a plural possessive or "-ss". */
static bool s_form(const char *n, size_t l)
{
    return l > 3 && n[l - 1] == 's' && n[l - 2] != 's' && n[l - 2] != '\'';
}

/* Does token i of the clause [b, e) look like a finite verb: an
 * auxiliary, a past tense, an -s form before "to" or an article ("plans
 * to drill"), after a determiner and a noun before a preposition, a
 * number or the clause's end ("the rota exists"), or after he/she/it ("he
 * sings every week")? */
static bool finite_at(const actx *a, size_t i, size_t b, size_t e)
{
    static const char *const past[] = {"made", "took", "gave", "went", "came",
        "saw", "found", "left", "lost", "won", "kept", "held", "met", "paid",
        "sent", "sold", "set", "put", "cut", "hit", "ran", "rose", "fell",
        "grew", "knew", "got", "began", "brought", "bought", "built", "led",
        "spent", "thought", "felt", "became", "meant", "stood", "caught", "fought",
        "taught", "sought", "wrote", "spoke", "broke", "chose", "drove", "flew", "drew",
        "threw", "wore", "heard", "understood", "slept", "fled", "dealt", "struck", "woke",
        "burst"};
    if (auxiliary(a, i)) return true;
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if (i > b && l > 3 && strcmp(n + l - 2, "ed") == 0 &&
        strcmp(n + l - 3, "eed") != 0)       /* not "need", "speed" */
        return true;
    /* "includes an exemption", "needs its own": an -s word before "to"
     * or a determiner */
    static const char *const det[] = {"to", "the", "a", "an", "its", "their", "his", "her",
                                      "our", "no", "every"};
    if (i > b && l > 3 && n[l - 1] == 's' && i + 1 < e && !tx_possessive(n) &&
        one_of(a, i + 1, det, sizeof det / sizeof *det))
        return true;
    /* "the noise starts at 5am" */
    if (i >= b + 2 && s_form(n, l) &&
        (is(a, i - 2, "the") || is(a, i - 2, "a") || is(a, i - 2, "an")) &&
        (i + 1 == e || (tk(a, i + 1)->flags & PX_TOK_NUM) ||
         (preposition(a, i + 1) && !is(a, i + 1, "of"))))
        return true;
    if (i > b && s_form(n, l) && lower(a, i) &&
        (is(a, i - 1, "he") || is(a, i - 1, "she") || is(a, i - 1, "it")))
        return true;
    /* "they speak", "the two of them speak": a plain verb after a plural
     * subject pronoun, or after "of them" ending a subject */
    if (i > b && lower(a, i) && (tk(a, i)->flags & PX_TOK_WORD) && !preposition(a, i) &&
        !(tk(a, i)->flags & PX_TOK_STOP) &&
        (is(a, i - 1, "they") || is(a, i - 1, "we") ||
         (i > b + 1 && is(a, i - 1, "them") && is(a, i - 2, "of"))))
        return true;
    for (size_t k = 0; k < sizeof past / sizeof *past; k++)
        if (strcmp(n, past[k]) == 0) return true;
    /* "the weekend cost an extra £300,000": "cost" is a verb before an
     * object ("noted the cost of repairs" holds none) */
    static const char *const obj[] = {"the", "a", "an", "him", "her", "them", "us", "more",
                                      "about", "nearly", "almost", "over", "just"};
    return i > b && (strcmp(n, "cost") == 0 || strcmp(n, "hurt") == 0) && i + 1 < e &&
           ((tk(a, i + 1)->flags & PX_TOK_NUM) || one_of(a, i + 1, obj, sizeof obj / sizeof *obj) ||
            (unsigned char)a->t[tk(a, i + 1)->start] == 0xC2 || a->t[tk(a, i + 1)->start] == '$');
}

/* Some token of [b, e) looks like a finite verb. */
static bool has_verb(const actx *a, size_t b, size_t e)
{
    for (size_t i = b; i < e && i < b + 30; i++)
        if (finite_at(a, i, b, e)) return true;
    return false;
}

/* Does the stretch [c, k) between two commas hold a finite verb, its
 * first word included ("..., closed it on Friday, ...")? */
static bool segment_has_verb(const actx *a, size_t c, size_t k)
{
    for (size_t i = c; i < k && i < c + 30; i++)
        if (finite_at(a, i, c - 1, k)) return true;
    return false;
}

/* "found", "finds", "show(s)", "showed": what a document reports, with
 * "that". */
static bool finding(const actx *a, size_t v)
{
    static const char *const w[] = {"found", "finds", "show", "shows", "showed", "shown"};
    return lower(a, v) && v + 1 < a->doc->n_tokens && is(a, v + 1, "that") &&
           one_of(a, v, w, sizeof w / sizeof *w);
}

/* Does the speaker's name end in a document word ("the report", "a study
 * published ...")? */
static bool document_word(const actx *a, spk s)
{
    char w[32];
    for (const char *p = s.name; tx_next_word(&p, w, sizeof w);)
        if (tx_lex_word(a->w->an, w) & LX_DOC) return true;
    return false;
}

/* Does a described speaker's name end in a word for those who look into
 * something ("Investigators", "the stewards", "researchers")?  What they
 * found is reported as a document's finding is. */
static bool examiner_word(spk s)
{
    static const char *const w[] = {"investigators", "inspectors", "stewards", "auditors",
        "researchers", "scientists", "examiners", "jury", "panel", "inquiry", "coroner",
        "investigator", "inspector", "auditor", "researcher", "judge", "judges"};
    char word[32], last[32] = "";
    for (const char *p = s.name; tx_next_word(&p, word, sizeof word);) memcpy(last, word, sizeof last);
    for (size_t i = 0; i < sizeof w / sizeof *w; i++)
        if (strcmp(last, w[i]) == 0) return true;
    return false;
}

/* ", but it warns that", "but argued that", "and said CLAUSE": a second
 * speech verb joined by "but"/"and" (after a comma when a pronoun or a
 * phrase of its own is its subject: ", and its chief executive told
 * analysts that"), taking "that" or a clause with a verb, in [c, e); its
 * token, else e.  *conj gets the conjunction's token, *clause where its
 * words begin; *question says ", and asked whether" or ", and urged
 * everyone to": the report ends and no statement follows. */
static size_t second_report(const actx *a, size_t c, size_t e, size_t *conj, size_t *clause,
                            bool *question)
{
    *question = false;
    for (size_t v = c + 3; v + 2 < e; v++) {
        if (!(lx(a, v) & LX_SPEECH) || !lower(a, v)) continue;
        bool pron = lx(a, v - 1) & LX_PRON || is(a, v - 1, "it") || is(a, v - 1, "they");
        size_t k = pron ? v - 2 : v - 1;
        /* "told analysts that": who was told, then "that" */
        size_t that = is(a, v + 1, "that") ? v + 1 : e;
        if (that == e && (is(a, v, "told") || is(a, v, "tells")))
            for (size_t j = v + 2; j < e && j <= v + 3; j++)
                if (is(a, j, "that")) { that = j; break; }
        if (!pron && !is(a, k, "but") && !is(a, k, "and") && that < e)
            for (size_t j = v - 1; j > c + 1 && v - j <= 4; j--)
                if ((is(a, j - 1, "and") || is(a, j - 1, "but")) && tx_comma_before(a, j - 1) &&
                    (tx_np_opener(a, j) || a->w->tok_mention[j] >= 0)) {
                    k = j - 1;
                    pron = true;          /* a subject of its own, as a pronoun */
                    break;
                }
        if (!is(a, k, "but") && !is(a, k, "and")) continue;
        /* ", and she urged everyone to carry a torch": an appeal, which
         * states nothing either */
        bool appeal = false;
        if ((is(a, v, "urged") || is(a, v, "urges") || is(a, v, "asked") || is(a, v, "asks")) &&
            that == e)
            for (size_t j = v + 2; j < e && j <= v + 8 && !appeal; j++)
                appeal = is(a, j, "to") && j + 1 < e && lower(a, j + 1) && !preposition(a, j + 1);
        if (tx_comma_before(a, k) &&
            (is(a, v + 1, "whether") || is(a, v + 1, "if") || appeal)) {
            *conj = k;
            *clause = v + 1;
            *question = true;
            return v;
        }
        if (pron ? !tx_comma_before(a, k) || that == e
                 : that == e && !((lx(a, v) & LX_SAY_BARE) && !preposition(a, v + 1) &&
                                  has_verb(a, v + 1, e)))
            continue;
        *conj = k;
        *clause = that < e ? that + 1 : v + 1;
        return v;
    }
    return e;
}

/* "..., the auction house said.", "..., the Kilbrannan lifeboat
 * station said.", "..., the Carrow Tribunal has ruled.": "the", then up to
 * four words in lower case or of one name, then the verb (after "has" or
 * "have") ending the sentence.  The phrase speaks; its words after "the"
 * name it. */
static bool closing_np(const actx *a, size_t c, size_t v, size_t e, spk *out)
{
    size_t end = v;
    if (end > c + 1 && (is(a, end - 1, "has") || is(a, end - 1, "have"))) end--;
    if (v + 1 != e || !is(a, c, "the") || end < c + 2 || end > c + 5) return false;
    int32_t m = -1;
    for (size_t i = c + 1; i < end; i++) {
        int32_t im = a->w->tok_mention[i];
        if (!(tk(a, i)->flags & PX_TOK_WORD) || (tk(a, i)->flags & PX_TOK_STOP) ||
            (lx(a, i) & (LX_SPEECH | LX_SPEECH_PART | LX_PRON)))
            return false;
        if (im >= 0 && m >= 0 && im != m) return false;     /* one name at most */
        if (im < 0 && !lower(a, i)) return false;
        if (im >= 0) m = im;
    }
    /* "the Carrow Tribunal": a name alone is that name */
    if (m >= 0 && a->w->tok_mention[end - 1] == m && a->w->tok_mention[c + 1] == m)
        return tx_from_entity(a, m, out);
    const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, c + 1)->start,
                                        tk(a, end - 1)->end - tk(a, c + 1)->start);
    const char *role = px_arena_strndup(&a->doc->arena, a->t + tk(a, c)->start,
                                        tk(a, end - 1)->end - tk(a, c)->start);
    if (!name || !role) return false;
    *out = (spk){-1, name, role, true};
    return true;
}

/* The report [c, e) by s; "A, and he estimated that B" are two. */
static px_status emit_reports(actx *a, size_t c, size_t e, size_t to, const spk *s, size_t *cap)
{
    size_t conj, c2;
    bool question;
    size_t v2 = second_report(a, c, e, &conj, &c2, &question);
    if (v2 >= e) return indirect_emit(a, c, to, s, cap);
    px_status rc = indirect_emit(a, c, conj, s, cap);
    if (question || rc != PX_OK) return rc;
    spk s2;
    if (conj + 1 == v2 || !tx_subject_before(a, v2, c, &s2, 0))
        s2 = *s;                                 /* "it", or the same subject */
    return indirect_emit(a, c2, e, &s2, cap);
}

/* "A, she says, in the months after ..." / "..., with the weight of the
 * rider" / "..., mostly at night": a phrase at r (before e) that the
 * clause goes on with, not one about the saying ("in a statement", "at a
 * briefing", "on Monday", "to reporters", "after the meeting"). */
static bool continuing_phrase(const actx *a, size_t r, size_t e)
{
    static const char *const about_saying[] = {"to", "after", "before", "during", "by",
                                               "from", "via"};
    static const char *const occasion[] = {"interview", "conference", "briefing", "speech",
        "hearing", "meeting", "post", "video", "podcast", "broadcast", "call", "email",
        "message", "session", "debate", "rally", "visit", "reporters", "journalists",
        "radio", "television", "tv", "yesterday", "today", "tonight", "week", "weekend",
        "morning", "evening", "afternoon"};
    bool opener = preposition(a, r) ? !one_of(a, r, about_saying, 7)
                                    : lower(a, r) && (tx_ly_word(tk(a, r)->norm, 4) ||
                                                      is(a, r, "mostly") || is(a, r, "largely"));
    if (!opener || r + 2 >= e) return false;
    for (size_t i = r; i < e && i < r + 5; i++)
        if ((lx(a, i) & (LX_TIME | LX_DOC)) ||
            one_of(a, i, occasion, sizeof occasion / sizeof *occasion) ||
            a->w->tok_mention[i] >= 0)
            return false;
    return true;
}

/* "an update due before launch would": after the preposition at token i
 * (before e), a noun or two and then an auxiliary - the clause's own
 * verb, past a phrase, not the verb of a clause the preposition opens. */
static bool modal_after_noun(const actx *a, size_t i, size_t e)
{
    for (size_t k = i + 1; k < e && k <= i + 3; k++) {
        if (auxiliary(a, k)) return k > i + 1;
        if (!lower(a, k) || (tk(a, k)->flags & PX_TOK_STOP)) return false;
    }
    return false;
}

/* The first word after c (before e) opening an adverbial of time or
 * reason ("wrote the novel during what ..."): a bare clause has its verb
 * before it. */
static size_t adverbial_at(const actx *a, size_t c, size_t e)
{
    static const char *const w[] = {"during", "after", "before", "since", "until",
                                    "while", "because", "when", "where"};
    for (size_t i = c + 1; i < e && i < c + 30; i++)   /* has_verb reads 30 */
        if (one_of(a, i, w, 5) ? !modal_after_noun(a, i, e) : one_of(a, i, w + 5, 4))
            return i;
    return e;
}

/* Does a colon follow the sentence's last token (before e)? */
static bool ends_in_colon(const actx *a, size_t e)
{
    uint32_t i = tk(a, e - 1)->end;
    while (i < a->doc->len && (a->t[i] == ' ' || a->t[i] == '\n')) i++;
    return i < a->doc->len && a->t[i] == ':';
}

/* A word that opens a clause's subject ("and the nets tear", "but it
 * rains"). */
static bool new_subject(const actx *a, size_t i)
{
    static const char *const w[] = {"the", "a", "an", "it", "he", "she", "they",
                                    "we", "i", "there", "this", "that"};
    return one_of(a, i, w, sizeof w / sizeof *w);
}

/* "according to the town hall": a short phrase of words after "according
 * to" names the source even when no entity or role word is in it. */
static bool source_phrase(const actx *a, size_t b, size_t e, spk *out)
{
    if (e <= b || e - b > SOURCE_WORDS) return false;
    for (size_t i = b; i < e; i++)
        if (!(tk(a, i)->flags & PX_TOK_WORD) || (i > b && !tight_words(a, i)))
            return false;
    const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                        tk(a, e - 1)->end - tk(a, b)->start);
    if (!name) return false;
    *out = (spk){-1, name, name, true};
    return true;
}

/* "according to the Assembly's research service": a possessive name
 * then words in lower case up to the comma; the thing possessed is the
 * source, named with its owner. */
static bool possessed_source(const actx *a, size_t b, size_t e, spk *out)
{
    for (size_t i = b; i + 1 < e; i++) {
        const char *n = tk(a, i)->norm;
        size_t l = strlen(n);
        if (lower(a, i) || l < 3 || n[l - 2] != '\'' || n[l - 1] != 's') continue;
        for (size_t j = i + 1; j < e; j++)
            if (!lower(a, j) || !(tk(a, j)->flags & PX_TOK_WORD) || !tight_words(a, j))
                return false;
        return source_phrase(a, i, e, out);
    }
    return false;
}

/* "according to her": the person she is, a few sentences back. */
static bool object_pronoun(const actx *a, size_t b, size_t e, spk *out)
{
    if (e != b + 1 || (!is(a, b, "her") && !is(a, b, "him"))) return false;
    int32_t m = tx_latest_mention(a, tk(a, b)->start, PX_ENT_PERSON, NULL,
                                  is(a, b, "her") ? "she" : "he", 4);
    return tx_from_entity(a, m, out);
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
        if (tx_comma_before(a, v)) return false;
        /* "As the Rundschau learned from circles in the office, ...":
         * what was learned from someone, theirs */
        bool learned = lower(a, v) && (is(a, v, "learned") || is(a, v, "learnt") ||
                                       is(a, v, "heard"));
        if ((!(lx(a, v) & LX_SPEECH) || !lower(a, v)) && !learned) continue;
        size_t c = v + 1;
        while (c < e && c < v + (learned ? 9 : 4) && !tx_comma_before(a, c)) c++;
        if (c >= e || !tx_comma_before(a, c)) return false;
        bool from = learned && is(a, v + 1, "from") && v + 2 < c;
        if (from) {
            int32_t m = a->w->tok_mention[v + 2];
            from = m >= 0 ? tx_from_entity(a, m, s)
                          : tx_np(a, v + 2, c, s);
        }
        if (!from && !tx_subject_before(a, v, b, s, 0)) return false;
        *rc = indirect_emit(a, c, e, s, cap);
        return true;
    }
    return false;
}

/* "X quoted Y as saying (that) CLAUSE" in sentence [b, e): Y speaks. */
static bool quoted_as(actx *a, size_t b, size_t e, spk *s, px_status *rc,
                      size_t *cap)
{
    size_t said;
    for (size_t v = b + 1; v + 3 < e; v++) {
        if (!tx_quoted_as(a, v, e, s, &said)) continue;
        size_t c = said + 1 < e && is(a, said + 1, "that") ? said + 2 : said + 1;
        *rc = indirect_emit(a, c, e, s, cap);
        return true;
    }
    /* "He was quoted by the paper as saying ...": the subject speaks */
    for (size_t v = b + 1; v + 3 < e; v++) {
        if (!is(a, v, "quoted") || !(is(a, v - 1, "was") || is(a, v - 1, "were") ||
                                     is(a, v - 1, "is") || is(a, v - 1, "been")))
            continue;
        for (size_t j = v + 1; j + 2 < e && j < v + 10; j++) {
            if (!is(a, j, "as") || !is(a, j + 1, "saying")) continue;
            if (!tx_subject_before(a, v, b, s, 0)) return false;
            size_t c = is(a, j + 2, "that") ? j + 3 : j + 2;
            *rc = indirect_emit(a, c, e, s, cap);
            return true;
        }
        return false;
    }
    return false;
}

/* "..., the country's minister, Ana Brun, said": tokens [c, v) are a
 * lower-case phrase and a person's name set off by commas. */
static bool named_after_role(const actx *a, size_t c, size_t v, spk *out)
{
    int32_t m = a->w->tok_mention[v - 1];
    if (m < 0 || !lower(a, c) || a->doc->entities[a->doc->mentions[m].entity].kind !=
                                     PX_ENT_PERSON)
        return false;
    size_t m0 = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
    return m0 > c + 1 && tx_comma_before(a, m0) && !has_verb(a, c, m0) &&
           tx_from_entity(a, m, out);
}

/* "the dividend would stay, a promise that lifted the shares": a noun
 * phrase set off after the clause that sums it up and goes on with
 * "that"/"which" is the writer's, not the speaker's; where it starts. */
static size_t summing_phrase(const actx *a, size_t c, size_t e)
{
    for (size_t i = c + 3; i + 2 < e; i++) {
        if (!tx_comma_before(a, i) || !(is(a, i, "a") || is(a, i, "an"))) continue;
        for (size_t j = i + 2; j < e && j < i + 4; j++)
            if (is(a, j, "that") || is(a, j, "which")) return i;
    }
    return e;
}

/* "according to X," at token k (before e): the source and, in *end,
 * the token after its comma, where the clause goes on; false when the
 * words after "according to" name no source. */
static bool according_source(actx *a, size_t k, size_t e, spk *s, size_t *end)
{
    tx_work *w = a->w;
    size_t c = k + 2;
    if (!is(a, k + 1, "to")) return false;
    while (c < e && c < k + 12 && !tx_comma_before(a, c)) c++;
    if (c >= e || c >= k + 12) return false;
    /* "according to the Velmoran farm ministry": a name before a noun in
     * lower case only modifies it; the phrase is the source */
    bool named = false;
    for (size_t i = k + 2; i + 1 < c; i++) named |= w->tok_mention[i] >= 0;
    bool modified = named && c > k + 3 && lower(a, c - 1) && (lx(a, c - 1) & NP_NOUN) &&
                    w->tok_mention[c - 1] < 0;
    if (!object_pronoun(a, k + 2, c, s) && !possessed_source(a, k + 2, c, s) &&
        !(modified && source_phrase(a, k + 2, c, s)) && !tx_subject_after(a, k + 1, c, s) &&
        !source_phrase(a, k + 2, c, s))
        return false;
    /* "According to the parish clerk, Lorna Hale, the council ...": the
     * source's name set off, then the clause */
    int32_t nm = w->tok_mention[c];
    size_t ne = c;
    while (nm >= 0 && ne < e && w->tok_mention[ne] == nm) ne++;
    if (nm >= 0 && w->tok_mention[c - 1] < 0 && ne + 1 < e && tx_comma_before(a, ne) &&
        a->doc->entities[a->doc->mentions[nm].entity].kind == PX_ENT_PERSON) {
        const char *role = s->ent < 0 && s->role ? s->role : s->ent < 0 ? s->name : NULL;
        if (!role)
            role = px_arena_strndup(&a->doc->arena, a->t + tk(a, k + 2)->start,
                                    tk(a, c - 1)->end - tk(a, k + 2)->start);
        if (tx_from_entity(a, nm, s) && !s->role) s->role = role;
        c = ne;
    }
    *end = c;
    return true;
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
        /* every sentence the quote covers, the middle ones of a long
         * quote too */
        if (t0 < doc->n_tokens && t1 > t0 && t1 - 1 < doc->n_tokens)
            memset(busy + doc->tokens[t0].sentence, 1,
                   doc->tokens[t1 - 1].sentence - doc->tokens[t0].sentence + 1);
        else if (t0 < doc->n_tokens)
            busy[doc->tokens[t0].sentence] = 1;
    }
    px_status rc = PX_OK;
    for (size_t si = 0; si < doc->n_sentences && rc == PX_OK; si++) {
        const px_sentence *se = &doc->sentences[si];
        size_t b = se->tok_begin, e = se->tok_end;
        if (busy[si] || w->titlecase[si] || e - b < 5) continue;
        spk s;
        /* according to X, CLAUSE */
        size_t c0;
        if (is(&a, b, "according") && according_source(&a, b, e, &s, &c0)) {
            rc = emit_reports(&a, c0, e, e, &s, &cap);
            continue;
        }
        /* As X reported (earlier), CLAUSE */
        if (is(&a, b, "as") && as_reported(&a, b, e, &s, &rc, &cap)) continue;
        if (quoted_as(&a, b, e, &s, &rc, &cap)) continue;
        /* CLAUSE, X said ... / CLAUSE, according to X; not a question
         * ("Why rents rise, according to ..."), nor a sentence ending in a
         * colon ("At the ceremony, she told the crowd:" introduces words) */
        /* ("When asked, X replied that ...": "when" and a participle
         * open no question) */
        bool question = wh_word(&a, b);
        bool when_asked = is(&a, b, "when") && b + 2 < e && tx_comma_before(&a, b + 2) &&
                          (lx(&a, b + 1) & (LX_SPEECH | LX_SPEECH_PART));
        bool done = (question && !when_asked) || ends_in_colon(&a, e);
        /* "Contestants, he says, get ...": a one-word subject, a noun */
        const char *n0 = tk(&a, b)->norm;
        bool noun0 = !(tk(&a, b)->flags & PX_TOK_STOP) && !(lx(&a, b) & LX_ADVERB) &&
                     (tk(&a, b)->flags & PX_TOK_WORD) && !tx_ly_word(n0, 3);
        for (size_t c = noun0 ? b + 1 : b + 2; c < e && !done && !question; c++) {
            if (!tx_comma_before(&a, c)) continue;
            /* "The ground, according to the clerk, Ann Lee, had been
             * watered": the source set off inside the clause */
            size_t r0;
            if (c + 1 < e && is(&a, c, "according") && !has_verb(&a, b, c) &&
                according_source(&a, c, e, &s, &r0) && r0 + 1 < e && tx_comma_before(&a, r0) &&
                has_verb(&a, r0, e)) {
                rc = indirect_emit2(&a, b, c, r0, e, &s, &cap);
                done = true;
                break;
            }
            if (c + 1 < e && is(&a, c, "according") && is(&a, c + 1, "to") &&
                (tx_subject_after(&a, c + 1, e, &s) || source_phrase(&a, c + 2, e, &s))) {
                rc = indirect_emit(&a, b, c, &s, &cap);
                done = true;
                break;
            }
            if (w->appos_owner[c - 1] >= 0) continue;  /* "X, a role, said" */
            /* "X had one question, and she asked it six times": a clause
             * joined after the comma, no attribution */
            if (is(&a, c, "and") || is(&a, c, "but")) continue;
            /* "Its director, Helen Aboagye-Rusk, said ...": a role, then a
             * name set off, is who speaks, no clause reported */
            int32_t pm = w->tok_mention[c - 1];
            if (pm >= 0 && doc->entities[doc->mentions[pm].entity].kind == PX_ENT_PERSON) {
                size_t ms = c - 1;
                while (ms > b && w->tok_mention[ms - 1] == pm) ms--;
                if (ms > b && tx_comma_before(&a, ms) && !has_verb(&a, b, ms)) continue;
            }
            for (size_t v = c; v < e && v < c + ATTRIB_WORDS; v++) {
                /* "The firm, which ..., closed it, Reuters reported": a
                 * stretch with a verb of its own is the clause going on,
                 * not the attribution ("the minister, Ana Lind, said" is) */
                if (v > c && tx_comma_before(&a, v) && segment_has_verb(&a, c, v)) break;
                /* "CLAUSE, an accident report has found.": a finding
                 * closing the sentence, a document's or an examiner's */
                /* (not a headline's "X, study finds": a headline is no
                 * report of the text's) */
                bool found_end = v > c && v + 1 == e && lower(&a, v) &&
                                 (is(&a, v, "found") || is(&a, v, "finds")) &&
                                 a.doc->sentences[si].paragraph > 0;
                if (!speech_verb(&a, v) && !found_end) continue;
                if (v > c && tx_comma_before(&a, v)) {
                    /* "CLAUSE, the country's minister, Ana Brun, said" */
                    if (c - b >= 4 && has_verb(&a, b, c) && !has_verb(&a, v + 1, e) &&
                        named_after_role(&a, c, v, &s)) {
                        rc = indirect_emit(&a, b, c, &s, &cap);
                        done = true;
                    }
                    break;
                }
                if (words_between(&a, c, v) >= PLAIN_ATTRIB_WORDS) break;
                /* "walked out on Monday, stranding 1,200 passengers, the
                 * operator said": a comma inside the stretch puts the
                 * attribution after it */
                bool inner = false;
                for (size_t k = c + 1; k < v && !inner; k++) inner = tx_comma_before(&a, k);
                if (inner) break;
                if ((v == c && is(&a, v, "told")) || follows_that(&a, v, e)) break;
                /* "..., remembers a teenager who wrote to him": a relative
                 * clause's verb attributes nothing */
                if (v > c && (is(&a, v - 1, "who") || is(&a, v - 1, "which"))) break;
                /* "X, says he is ..." and "X said he did ...": the verb
                 * opens the clause, it does not close one ("X said in an
                 * article for ...": a phrase after it does not) */
                /* ("reported Wednesday in the journal X": past a day) */
                size_t after = v + 1 + (v + 2 < e && (lx(&a, v + 1) & LX_TIME) &&
                                        preposition(&a, v + 2));
                if (v == c ? has_verb(&a, v + 1, v + 1 + clause_tail(&a, v, e))
                           : (clause_tail(&a, v, e) > 5 && !preposition(&a, after)) ||
                                 (tx_opens_clause(&a, v) && has_verb(&a, v + 2, e)))
                    break;
                /* "In a joint statement released after the talks, the two
                 * governments said the crossings ... would reopen": a
                 * phrase opening with a preposition is no clause when the
                 * verb's own clause, with its auxiliary, follows */
                bool aux_after = false;
                for (size_t k = v + 2; k < e && !aux_after; k++) aux_after = auxiliary(&a, k);
                if (preposition(&a, b) && aux_after && !tx_comma_before(&a, v + 1)) break;
                /* "X, whose daughter died in 2019, read a statement": the
                 * name and what is set off after it are the verb's subject,
                 * no clause reported ("read" before its subject is rare) */
                if (v == c && (is(&a, v, "read") || is(&a, v, "reads"))) break;
                /* "..., as many residents had asked": what was asked for,
                 * not who said the clause */
                if (v > c && is(&a, c, "as") &&
                    (is(&a, v, "asked") || is(&a, v, "requested") || is(&a, v, "demanded") ||
                     is(&a, v, "urged")))
                    break;
                /* "Its director, X, urged people to call only ...": an
                 * appeal to do something, not an attribution before its
                 * subject */
                bool appeal = false;
                for (size_t t = v + 1; v == c && t + 1 < e && t <= v + 4 && !appeal; t++)
                    appeal = is(&a, t, "to") && lower(&a, t + 1) &&
                             !(tk(&a, t + 1)->flags & PX_TOK_STOP) && !tx_comma_before(&a, t);
                if (appeal) break;
                /* "X, who sat in the gallery, wept as the statement was
                 * read": a passive verb attributes nothing, but for "the
                 * court was told" (someone told it) */
                if (v > c && !is(&a, v, "told") &&
                    (is(&a, v - 1, "was") || is(&a, v - 1, "were") || is(&a, v - 1, "is") ||
                     is(&a, v - 1, "are") || is(&a, v - 1, "been") || is(&a, v - 1, "be")))
                    break;
                bool got = v == c ? tx_subject_after(&a, v, e, &s)
                                  : tx_subject_before(&a, v, c, &s, 0);
                /* "CLAUSE, the auction house said.": a definite phrase
                 * closing the sentence before its verb is who says it,
                 * whatever its noun */
                if (!got && v > c && c - b >= 4 && has_verb(&a, b, c)) got = closing_np(&a, c, v, e, &s);
                if (got && found_end)
                    got = (s.ent >= 0 && a.doc->entities[s.ent].kind == PX_ENT_ORG) ||
                          (s.ent < 0 && (document_word(&a, s) || examiner_word(s)));
                if (!got) break;
                /* "The plan, officials said, would save ...": the clause
                 * goes on after the attribution */
                size_t r = v + 1;
                while (r < e && r < v + 4 && !tx_comma_before(&a, r)) r++;
                /* "The boats need nets, he points out, and the nets
                 * tear": a clause joined after the attribution */
                bool joined = r + 1 < e && tx_comma_before(&a, r) &&
                              (is(&a, r, "and") || is(&a, r, "but")) &&
                              (new_subject(&a, r + 1) || has_verb(&a, r + 1, e));
                /* "A, he said, when B", "A, the agency said, after B",
                 * "Children in X, she said, already have ...": a
                 * subordinate clause, or the verb the part before lacks,
                 * goes on with the report */
                joined |= r + 1 < e && tx_comma_before(&a, r) && has_verb(&a, r, e) &&
                          (subordinator(&a, r) || is(&a, r, "when") || is(&a, r, "after") ||
                           is(&a, r, "before") || is(&a, r, "until") || !has_verb(&a, b, c));
                joined |= r + 1 < e && tx_comma_before(&a, r) && has_verb(&a, b, c) &&
                          continuing_phrase(&a, r, e);
                if (r + 1 < e && tx_comma_before(&a, r) && (c - b < 4 || joined))
                    rc = indirect_emit2(&a, b, c, r, e, &s, &cap);
                else if (c - b >= 4 && !asked_phrase(&a, b) &&
                         !((phrase_opener(&a, b) || person_at(&a, c, v)) && !has_verb(&a, b, c)))
                    rc = indirect_emit(&a, b, c, &s, &cap);
                else
                    break;        /* "In a statement on Monday, X said ...":
                                     a phrase without a verb is no clause */
                done = true;
                break;
            }
        }
        if (done) continue;
        /* "X was furious, claiming the corner was wrong": a participle
         * after a comma, then a clause with a verb */
        for (size_t v = b + 3; v + 3 < e && !done; v++) {
            if (!(lx(&a, v) & LX_SPEECH_PART) || !lower(&a, v) ||
                !tx_comma_before(&a, v) || !bare_participle(&a, v))
                continue;
            size_t n = is(&a, v + 1, "only") ? v + 2 : v + 1;  /* "saying only that" */
            size_t c = is(&a, n, "that") ? n + 1 : n;
            if (preposition(&a, c) || !has_verb(&a, c, e) ||
                !tx_subject_before(&a, v, b, &s, 0))
                break;
            rc = emit_reports(&a, c, e, e, &s, &cap);
            done = true;
        }
        if (done) continue;
        /* X said (that) CLAUSE / X told Y that CLAUSE */
        for (size_t v = b + 1; v + 3 < e; v++) {
            bool finds = finding(&a, v);     /* "the report found that" */
            /* "X put it to her that ...": a question put is reported */
            bool put = is(&a, v, "put") && is(&a, v + 1, "it") && is(&a, v + 2, "to");
            /* "posted that": words put online ("posted a photo" are none);
             * "states that" (the noun "member states" takes no "that") */
            put |= (is(&a, v, "posted") || is(&a, v, "states")) && is(&a, v + 1, "that");
            /* "The authors note that": the verb, not "a note that read" */
            put |= is(&a, v, "note") && is(&a, v + 1, "that") && v > b &&
                   !tx_np_opener(&a, v - 1) && !tx_quantifier(&a, v - 1) && !is(&a, v - 1, "one");
            if ((!(lx(&a, v) & LX_SPEECH) || !lower(&a, v) ||
                 (lx(&a, v) & LX_REPORT && !is(&a, v, "reported"))) && !finds && !put)
                continue;
            size_t c = v + 1, that = e;
            /* a finite or subordinate clause has begun before a "that"
             * ("said the firm faced a fine if inspectors found that") */
            for (size_t j = v + 1; j < e && j < v + 14 && !auxiliary(&a, j) &&
                                   !subordinator(&a, j); j++) {
                if (is(&a, j, "that")) { that = j; break; }
                /* "said the plan ignored the farms that ...": a relative
                 * "that" after the clause's own verb */
                /* ... after a pronoun subject too ("said she shared that
                 * worry": "that" is the worry's) */
                size_t sb = is(&a, v + 1, "she") || is(&a, v + 1, "he") ||
                            is(&a, v + 1, "they") || is(&a, v + 1, "we") ||
                            is(&a, v + 1, "it") || is(&a, v + 1, "i") ? v + 1 : v + 2;
                if (j > sb && !preposition(&a, v + 1) && !is(&a, v, "told") &&
                    finite_at(&a, j, sb, e) && !tx_comma_before(&a, j))
                    break;
            }
            /* "say that is not enough": "that" right before an auxiliary
             * is the clause's subject */
            if (that < e) c = that + 1 < e && auxiliary(&a, that + 1) ? that : that + 1;
            else if (finds || !(lx(&a, v) & LX_SAY_BARE) || tx_comma_before(&a, c) ||
                     preposition(&a, c))
                continue;                /* "warned against a decline" */
            else if (is(&a, v, "told") || is(&a, v, "tells")) {
                /* "told the Gazette they ...": the clause follows who
                 * was told; "told the club's website he ...": at the
                 * he/she a few words on */
                size_t pr = c;
                while (pr < e && pr < c + TOLD_WORDS && !(lx(&a, pr) & LX_PRON) &&
                       !is(&a, pr, "they") && !is(&a, pr, "we") && !tx_comma_before(&a, pr))
                    pr++;
                if (pr > c + 1 && pr < e && pr < c + TOLD_WORDS && !tx_comma_before(&a, pr))
                    c = pr - 1;
                else if (is(&a, c, "the") && c + 1 < e) c++;
                int32_t m = w->tok_mention[c];
                while (m >= 0 && c < e && w->tok_mention[c] == m) c++;
                if (m < 0) c++;      /* "told reporters", "told him" */
                if (c < e && preposition(&a, c)) continue;   /* "told him to" */
            }
            /* without "that" the words must hold a verb: "noted the
             * progress" reports no statement */
            if (that == e && !has_verb(&a, c, adverbial_at(&a, c, e))) continue;
            if (!tx_subject_before(&a, v, b, &s, 0)) continue;
            /* "A report published by X found that": the report, which
             * the sentence opens with, found it */
            /* ... as does a body ("The Audit Office found that") */
            bool body = s.ent >= 0 && a.doc->entities[s.ent].kind == PX_ENT_ORG;
            if (finds && !body && !(s.ent < 0 && (document_word(&a, s) || examiner_word(s))) &&
                !(tx_np_opener(&a, b) && lower(&a, b + 1) && (lx(&a, b + 1) & LX_DOC) &&
                  b + 2 <= v && tx_np(&a, b, b + 2, &s)))
                continue;
            /* "X, who said last year that A, resigned on Monday": a report
             * in a relative clause ends where the clause does, at the
             * comma before the main verb */
            size_t to = summing_phrase(&a, c, e);
            for (size_t w0 = v; w0 > b + 1 && v - w0 < 12; w0--) {
                if (!is(&a, w0 - 1, "who") || !tx_comma_before(&a, w0 - 1)) continue;
                for (size_t r = c + 2; r + 1 < to; r++)
                    if (tx_comma_before(&a, r) && lower(&a, r) && finite_at(&a, r, r - 1, e) &&
                        !is(&a, r, "and") && !is(&a, r, "but")) {
                        to = r;
                        break;
                    }
                break;
            }
            /* "X concludes that A, but it warns that B": two reports */
            rc = emit_reports(&a, c, e, to, &s, &cap);
            break;
        }
    }
    free(busy);
    if (rc == PX_OK) {
        tx_named_later(&a);
        tx_role_named(&a);
    }
    return rc;
}

