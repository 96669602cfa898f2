/*
 * pronouns.c - whom each he/she outside quotes stands for, worked out once
 * per document in reading order, and what the text says of each person's
 * gender so that "she" does not pick a man.
 *
 * A person's gender comes from a form of address before any of their
 * mentions ("Mr Renk", "Ms Lowe"), a word of their role ("her brother",
 * "spokeswoman"), or a he/she whose sentence and the one before name
 * nobody else.  A he/she stands for the latest person named a few
 * sentences back whose gender does not clash; when there is none, for
 * whom the previous same pronoun stood (a profile goes on saying "she" of
 * its subject long after her name).  One pass, each pronoun costing a
 * bounded look-back.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "speaker.h"

#define CHAIN_SENTENCES 10    /* sentences back the previous same pronoun may be */
#define RELATIVE_WORDS 8      /* words from "who" to a "her" in its clause */
#define SOLE_WINDOW 80        /* tokens back a he/she learns a gender from */
#define OBJECT_WORDS 4        /* words from a name to the "her" its verb takes */
#define ASKS_WORDS 8          /* words from a name to its "asks" (an apposition between) */

/* 1 when the word says a man, 2 a woman, 0 neither. */
static int word_gender(const char *w)
{
    static const char *const female[] = {"mrs", "ms", "miss", "dame", "lady",
        "queen", "princess", "madam", "mme", "mlle", "mother", "daughter",
        "sister", "wife", "widow", "grandmother", "granddaughter", "aunt",
        "niece", "girlfriend", "woman", "spokeswoman", "chairwoman",
        "businesswoman", "actress", "fiancée", "fiancee"};
    static const char *const male[] = {"mr", "sir", "lord", "king", "prince",
        "father", "son", "brother", "husband", "widower", "grandfather",
        "grandson", "uncle", "nephew", "boyfriend", "man", "spokesman",
        "chairman", "businessman", "fiancé", "fiance"};
    if (!w) return 0;
    for (size_t i = 0; i < sizeof female / sizeof *female; i++)
        if (strcmp(w, female[i]) == 0) return 2;
    for (size_t i = 0; i < sizeof male / sizeof *male; i++)
        if (strcmp(w, male[i]) == 0) return 1;
    return 0;
}

/* The gender the words of a role say ("her brother"), 0 when none or
 * both. */
static int text_gender(const char *text)
{
    char w[32];
    int g = 0;
    for (const char *p = text; tx_next_word(&p, w, sizeof w);) {
        int x = word_gender(w);
        if (x && g && x != g) return 0;
        if (x) g = x;
    }
    return g;
}

int tx_pronoun_gender(const char *pronoun)
{
    return strcmp(pronoun, "he") == 0 ? 1 : strcmp(pronoun, "she") == 0 ? 2 : 0;
}

bool tx_gender_clash(const actx *a, uint32_t ent, const char *title, const char *role,
                     const char *pronoun)
{
    int p = tx_pronoun_gender(pronoun);
    if (!p) return false;
    int g = word_gender(title);
    if (!g) g = text_gender(role);
    if (!g && a->w->gender) g = a->w->gender[ent];
    return g && g != p;
}

/* The first token of mention m when it names a person (not a he/she),
 * else SIZE_MAX. */
static size_t person_token(const actx *a, size_t m)
{
    const px_textdoc *d = a->doc;
    size_t mt = tx_tok_lower_bound(d, d->mentions[m].start);
    if (d->entities[d->mentions[m].entity].kind != PX_ENT_PERSON || mt >= d->n_tokens ||
        (lx(a, mt) & LX_PRON))
        return SIZE_MAX;
    return mt;
}

/* Forms of address and roles, over every mention of each person. */
static void given_genders(const actx *a, uint8_t *g)
{
    const px_textdoc *d = a->doc;
    uint8_t *conflict = calloc(d->n_entities + 1, 1);
    if (!conflict) return;                /* only costs the evidence */
    for (size_t m = 0; m < d->n_mentions; m++) {
        uint32_t e = d->mentions[m].entity;
        size_t mt = person_token(a, m);
        if (mt == SIZE_MAX || mt == 0) continue;
        int x = word_gender(tk(a, mt - 1)->norm);
        /* "Orsini-Kade herself said": the reflexive after the name */
        size_t after = mt;
        while (after < d->n_tokens && a->w->tok_mention[after] == (int32_t)m) after++;
        if (!x && after < d->n_tokens && !tx_comma_before(a, after))
            x = is(a, after, "herself") ? 2 : is(a, after, "himself") ? 1 : 0;
        if (x && g[e] && x != g[e]) conflict[e] = 1;
        if (x) g[e] = (uint8_t)x;
    }
    for (size_t e = 0; e < d->n_entities; e++) {
        if (conflict[e]) g[e] = 0;
        else if (!g[e]) g[e] = (uint8_t)text_gender(d->entities[e].role);
    }
    /* last, a first name's usual gender for a person of two names or
     * more that nothing in the text gave one ("Ana Brun") */
    for (size_t m = 0; m < d->n_mentions; m++) {
        uint32_t e = d->mentions[m].entity;
        size_t mt = person_token(a, m);
        if (mt == SIZE_MAX || g[e] || conflict[e] || mt + 1 >= d->n_tokens ||
            a->w->tok_mention[mt + 1] != (int32_t)m)
            continue;
        g[e] = (uint8_t)tx_given_name_gender(tk(a, mt)->norm);
    }
    free(conflict);
}

/* "her second year", "her own": "her" before a word of a noun phrase
 * is a possessive, which speaks of the person the sentence is about;
 * "asks her to", "told her." are objects, someone else. */
static bool possessive_her(const actx *a, size_t i)
{
    /* "X, who produced her albums,": a relative clause relates X to
     * someone else */
    for (size_t j = i; j > 0 && i - j < RELATIVE_WORDS && !tx_comma_before(a, j); j--)
        if (is(a, j - 1, "who") || is(a, j - 1, "whom") || is(a, j - 1, "whose")) return false;
    return i + 1 < a->doc->n_tokens && tk(a, i + 1)->sentence == tk(a, i)->sentence &&
           tx_is_space_only(a->t, tk(a, i)->end, tk(a, i + 1)->start) &&
           (tk(a, i + 1)->flags & PX_TOK_WORD) && !(lx(a, i + 1) & (LX_SPEECH | LX_ADVERB)) &&
           (!(tk(a, i + 1)->flags & PX_TOK_STOP) || is(a, i + 1, "own"));
}

/* The one person named outside quotes from the sentence before token p's
 * to p, or -1 (none, or several, or "him" before a "he": "X asks him to
 * repeat it. He does." speaks of someone else). */
static int32_t sole_person(const actx *a, size_t p)
{
    const px_textdoc *d = a->doc;
    uint32_t s = tk(a, p)->sentence, ps = s ? s - 1 : 0;
    /* the sentence before, past those wholly inside a quote */
    while (ps > 0 && a->w->told && a->w->told[ps] == a->w->told[ps - 1]) ps--;
    size_t t0 = d->sentences[ps].tok_begin;
    if (p > t0 + SOLE_WINDOW) t0 = p - SOLE_WINDOW;   /* bounded on huge sentences */
    uint32_t from = t0 < d->n_tokens ? tk(a, t0)->start : 0;
    bool he = is(a, p, "he");
    for (size_t i = t0; i < p; i++) {
        if (tx_in_quote(a, tk(a, i)->start)) continue;
        if (he ? is(a, i, "him") : is(a, i, "her") && !possessive_her(a, i))
            return -1;
        /* "X, whose son ..., said he": a relative of that gender is named
         * too, by a noun */
        if (i > t0 && word_gender(tk(a, i)->norm) == (he ? 1 : 2) &&
            (is(a, i - 1, "whose") || is(a, i - 1, "her") || is(a, i - 1, "his") ||
             is(a, i - 1, "their") || is(a, i - 1, "my") || is(a, i - 1, "our")))
            return -1;
    }
    int32_t who = -1;
    size_t lo = tx_mentions_before(d, tk(a, p)->start);
    for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
        const px_mention *mm = &d->mentions[m - 1];
        if (mm->start < from) break;
        if (d->entities[mm->entity].kind != PX_ENT_PERSON ||
            tx_is_pronoun_at(a, mm->start) || tx_in_quote(a, mm->start))
            continue;
        if (who >= 0 && (uint32_t)who != mm->entity) return -1;
        who = (int32_t)mm->entity;
    }
    return who;
}

/* Is "him" (for he) or "her" (for she), the object of a speech verb
 * ("asked her"), after mention m in its sentence, outside quotes, before
 * the he/she at token p? */
static bool object_after(const actx *a, int32_t m, size_t p)
{
    size_t mt = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
    bool he = is(a, p, "he");
    for (size_t i = mt + 1; i < p && i < mt + SOLE_WINDOW &&
                            tk(a, i)->sentence == tk(a, mt)->sentence; i++) {
        /* "X recalled that he had asked her": the asker is someone else */
        if ((lx(a, i) & LX_PRON) && is(a, i, he ? "she" : "he") &&
            !tx_in_quote(a, tk(a, i)->start))
            return false;
        if (!tx_in_quote(a, tk(a, i)->start) && speech_verb(a, i - 1) &&
            (he ? is(a, i, "him") : is(a, i, "her") && !possessive_her(a, i)))
            return true;
    }
    return false;
}

/* "Asked by Rudd whether ..., he said": mention m is the agent of the
 * participle opening the sentence of the he/she at token p, so it is
 * someone else. */
static bool asker(const actx *a, int32_t m, size_t p)
{
    size_t mt = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
    size_t by = mt >= 3 && (lx(a, mt - 1) & LX_TITLE) ? mt - 2 : mt - 1;  /* "by Mr X" */
    if (mt < 2 || mt >= p || tk(a, mt)->sentence != tk(a, p)->sentence || !is(a, by, "by"))
        return false;
    /* ("Under cross-examination by Mr X, he accepted": any opening
     * phrase, not only a participle's) */
    size_t s0 = a->doc->sentences[tk(a, p)->sentence].tok_begin;
    for (size_t j = s0 + 1; j <= mt; j++)      /* still inside the opening phrase */
        if (tx_comma_before(a, j)) return false;
    return true;
}

/* "Ana Vell of Brisk Research said ... . '...,' he said": a name right
 * after "of" or "at" and a person's name is where that person works,
 * whatever its kind came out as; the person, else m itself. */
static int32_t affiliated(const actx *a, int32_t m)
{
    size_t mt = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
    /* "X, a doctor at Y Hospital, said": a name inside a person's
     * apposition is where the person works */
    size_t pp = mt >= 2 && is(a, mt - 1, "the") ? mt - 2 : mt - 1;
    int32_t owner = mt > 0 && mt < a->doc->n_tokens ? a->w->appos_owner[mt] : -1;
    if (owner >= 0 && owner != m && lower(a, pp) &&
        ((lx(a, pp) & LX_LOC_PREP) || is(a, pp, "at") || is(a, pp, "of") ||
         is(a, pp, "for") || is(a, pp, "from")) &&
        a->doc->entities[a->doc->mentions[owner].entity].kind == PX_ENT_PERSON)
        return owner;
    /* "Lorna Abbatiello, Rosa's mother, spoke. ... she said": whose
     * relative the apposition makes her is not who she is */
    size_t last = mt;                       /* the mention's last token */
    while (last + 1 < a->doc->n_tokens && a->w->tok_mention[last + 1] == m) last++;
    if (owner >= 0 && owner != m && last < a->doc->n_tokens && tx_possessive(tk(a, last)->norm) &&
        a->doc->entities[a->doc->mentions[owner].entity].kind == PX_ENT_PERSON)
        return owner;
    /* "Ana Holt (Greens, Old Town) said": names in a bracket after a
     * person's name are where the person belongs */
    for (size_t j = mt; j >= 2 && j < a->doc->n_tokens && mt - j < BRACKET_WORDS; j--) {
        const char *g = a->t + tk(a, j - 1)->end;
        size_t n = tk(a, j)->start - tk(a, j - 1)->end;
        if (memchr(g, ')', n)) break;
        if (!memchr(g, '(', n)) continue;
        int32_t o = a->w->tok_mention[j - 1];
        if (o >= 0 && o != m && a->doc->entities[a->doc->mentions[o].entity].kind == PX_ENT_PERSON)
            return o;
        break;
    }
    /* "of the Fair Play Trust" as well */
    size_t of = mt >= 3 && is(a, mt - 1, "the") ? mt - 1 : mt;
    if (of < 2 || mt >= a->doc->n_tokens || !(is(a, of - 1, "of") || is(a, of - 1, "at")))
        return m;
    int32_t o = a->w->tok_mention[of - 2];
    return o >= 0 && o != m && !(lx(a, of - 2) & LX_PRON) &&
           a->doc->mentions[o].entity != a->doc->mentions[m].entity &&
           a->doc->entities[a->doc->mentions[o].entity].kind == PX_ENT_PERSON ? o : m;
}

/* "X came to apprentice with a maker named Y. Y, he says, ...": a
 * person named after "with", "named", "by" or "for" is not whom the next
 * he/she is about when the sentence opens with another person the
 * pronoun fits; that one, else m. */
static int32_t subject_over_oblique(const actx *a, int32_t m, size_t p)
{
    static const char *const oblique[] = {"with", "named", "called", "by", "for", "from",
                                          "about", "against"};
    const px_textdoc *d = a->doc;
    size_t mt = tx_tok_lower_bound(d, d->mentions[m].start);
    if (mt == 0 || mt >= d->n_tokens) return m;
    size_t before = mt - 1;
    if (before > 0 && (is(a, before, "the") || (lx(a, before) & LX_TITLE))) before--;
    bool obl = false;
    for (size_t k = 0; k < sizeof oblique / sizeof *oblique; k++) obl |= is(a, before, oblique[k]);
    /* ... nor one named as the object of a verb ("Tomas Vell met Ana Brun
     * at the port. '...,' he said"): a past tense, not a verb of saying
     * (what is said of someone is about them) */
    static const char *const past[] = {"met", "saw", "beat", "hit", "left", "took", "gave",
                                       "sent", "brought", "found", "thanked", "hired",
                                       "married", "joined", "visited", "replaced", "defeated"};
    for (size_t k = 0; k < sizeof past / sizeof *past; k++) obl |= is(a, before, past[k]);
    if (!obl || !lower(a, before)) return m;
    const px_sentence *se = &d->sentences[tk(a, mt)->sentence];
    for (size_t j = se->tok_begin; j < mt && j < se->tok_begin + 3; j++) {
        int32_t s = a->w->tok_mention[j];
        if (s < 0 || s == m) continue;
        uint32_t e = d->mentions[s].entity;
        if (e == d->mentions[m].entity || d->entities[e].kind != PX_ENT_PERSON ||
            (lx(a, j) & LX_PRON))
            return m;
        const px_entity *en = &d->entities[e];
        if (tx_gender_clash(a, e, j > 0 ? tk(a, j - 1)->norm : NULL, en->role, tk(a, p)->norm))
            return m;
        return s;
    }
    /* "Under cross-examination by Mr X, he accepted ... . '...,' he said":
     * the he the sentence goes on with after its opening phrase, when it
     * stands for someone else (resolved before, in reading order) */
    if (!is(a, before, "by")) return m;
    size_t c = mt + 1;
    while (c < se->tok_end && c < d->n_tokens && !tx_comma_before(a, c)) c++;
    if (c < se->tok_end && c < p && (lx(a, c) & LX_PRON) && is(a, c, tk(a, p)->norm) &&
        a->w->antecedent[c] >= 0 && d->mentions[a->w->antecedent[c]].entity != d->mentions[m].entity)
        return a->w->antecedent[c];
    return m;
}

/* Is the he/she at token p the first word of a clause that a speech verb
 * of entity ent reports ("X says she is", "X said that he")? */
static bool reported_by(const actx *a, size_t p, uint32_t ent)
{
    size_t v = p >= 2 && is(a, p - 1, "that") ? p - 2 : p - 1;
    if (p == 0 || v >= p || !speech_verb(a, v) || tk(a, v)->sentence != tk(a, p)->sentence)
        return false;
    size_t s0 = a->doc->sentences[tk(a, v)->sentence].tok_begin;
    spk r;
    return v > s0 && tx_subject_before(a, v, s0, &r, 0) && r.ent == (int32_t)ent;
}

/* "X pressed her on ...", "X laughed and told him": a person opening a
 * sentence whose own verb, a few words on, takes "her" (or "him") is not
 * that woman (or man).  Weaker than what pass 0 learns from a he/she, so
 * it only fills genders still unknown, and evidence both ways gives none. */
static void object_genders(const actx *a, uint8_t *g)
{
    const px_textdoc *d = a->doc;
    uint8_t *seen = calloc(d->n_entities + 1, 1);
    if (!seen) return;                    /* only costs the evidence */
    for (size_t m = 0; m < d->n_mentions; m++) {
        uint32_t e = d->mentions[m].entity;
        size_t mt = person_token(a, m);
        if (mt == SIZE_MAX || g[e] || tx_in_quote(a, d->mentions[m].start) ||
            mt != d->sentences[tk(a, mt)->sentence].tok_begin)
            continue;
        size_t i = mt + 1, n = 0;
        while (i < d->n_tokens && a->w->tok_mention[i] == (int32_t)m) i++;
        /* past ", who ...," set off after the name */
        if (i + 1 < d->n_tokens && tx_comma_before(a, i) &&
            (is(a, i, "who") || is(a, i, "whose")))
            while (++i < d->n_tokens && !tx_comma_before(a, i) &&
                   tk(a, i)->sentence == tk(a, mt)->sentence) {}
        for (; i < d->n_tokens && n < OBJECT_WORDS && tk(a, i)->sentence == tk(a, mt)->sentence;
             i++, n++) {
            if ((n && tx_comma_before(a, i)) || is(a, i, "that") || is(a, i, "who") ||
                tx_in_quote(a, tk(a, i)->start) || a->w->tok_mention[i] >= 0)
                break;
            int x = is(a, i, "him") ? 2 : is(a, i, "her") && !possessive_her(a, i) ? 1 : 0;
            if (!x) continue;
            /* "X, standing beside him,": a preposition's object may be
             * anyone near; only a verb's object says who X is not */
            if (i > 0 && (lx(a, i - 1) & LX_LOC_PREP || is(a, i - 1, "beside") ||
                          is(a, i - 1, "with") || is(a, i - 1, "behind") ||
                          is(a, i - 1, "next") || is(a, i - 1, "to") || is(a, i - 1, "for") ||
                          is(a, i - 1, "at") || is(a, i - 1, "by")))
                break;
            seen[e] |= (uint8_t)x;
            break;
        }
    }
    for (size_t e = 0; e < d->n_entities; e++)
        if (!g[e] && (seen[e] == 1 || seen[e] == 2)) g[e] = seen[e];
    free(seen);
}

/* Is the he/she at p the paragraph's first word for a person: nobody
 * named and no he/she before it in the paragraph ("Born in 1929, the
 * daughter of a signalman, she left school")?  Not "She said" (a
 * relative may go on speaking). */
static bool opens_paragraph(const actx *a, size_t p)
{
    const px_textdoc *d = a->doc;
    uint32_t s = tk(a, p)->sentence, para = d->sentences[s].paragraph;
    if (s == 0 || d->sentences[s - 1].paragraph == para) return false;
    if (p + 1 < d->n_tokens && speech_verb(a, p + 1)) return false;
    for (size_t i = d->sentences[s].tok_begin; i < p; i++) {
        int32_t m = a->w->tok_mention[i];
        if ((lx(a, i) & LX_PRON) ||
            (m >= 0 && d->entities[d->mentions[m].entity].kind == PX_ENT_PERSON))
            return false;
    }
    return true;
}

bool tx_relative_role(const char *role)
{
    char w[16];
    const char *p = role;
    return role && tx_next_word(&p, w, sizeof w) &&
           (!strcmp(w, "her") || !strcmp(w, "his") || !strcmp(w, "their"));
}

/* "X asks whether the book is true. 'Only the parts that didn't
 * happen,' she says": a he/she right after a quote answering what
 * mention m asked in the sentence before is the other voice, not m. */
static bool answers_asker(const actx *a, int32_t m, size_t p)
{
    const px_textdoc *d = a->doc;
    uint32_t s = tk(a, p)->sentence;
    size_t s0 = d->sentences[s].tok_begin;
    if (s == 0 || p <= s0 || !tx_in_quote(a, tk(a, s0)->start)) return false;
    size_t mt = tx_tok_lower_bound(d, d->mentions[m].start);
    if (mt >= d->n_tokens || tk(a, mt)->sentence + 1 != s) return false;
    /* m the subject: "asks" after its name (and an apposition set off),
     * no one else between, not "was asked" */
    size_t i = mt;
    while (i < d->n_tokens && a->w->tok_mention[i] == m) i++;
    for (size_t n = 0; i < d->n_tokens && n < ASKS_WORDS && tk(a, i)->sentence == s - 1;
         i++, n++) {
        if (lower(a, i) && (is(a, i, "asks") || is(a, i, "asked")))
            /* not "was asked", nor "X, asked about it, smiled", nor a
             * request ("asked for a recount") */
            return !is(a, i - 1, "was") && !is(a, i - 1, "were") && !is(a, i - 1, "been") &&
                   !is(a, i - 1, "is") && !(is(a, i, "asked") && tx_comma_before(a, i)) &&
                   !(i + 1 < d->n_tokens && (is(a, i + 1, "for") || is(a, i + 1, "to")));
        if ((a->w->tok_mention[i] >= 0 && a->w->tok_mention[i] != m) || (lx(a, i) & LX_PRON))
            return false;
    }
    return false;
}

/* "Ana Holt ... has died. '...,' her daughter, Rosa Holt, said. She
 * found ...": a person named by a relation to her ("her daughter") is not
 * whom a he/she opening the next paragraph speaks of: the one the
 * relation is to is, the person named before the relative was first
 * (when the pronoun fits). m otherwise. */
static int32_t past_relative(const actx *a, int32_t m, size_t p)
{
    const px_textdoc *d = a->doc;
    uint32_t e = d->mentions[m].entity;
    if (!tx_relative_role(d->entities[e].role) || !opens_paragraph(a, p)) return m;
    size_t first = 0;
    while (first < d->n_mentions && d->mentions[first].entity != e) first++;
    int32_t f = tx_latest_mention(a, d->mentions[first].start, PX_ENT_PERSON, NULL,
                                  tk(a, p)->norm, PRONOUN_SENTENCES);
    return f >= 0 && d->mentions[f].entity != e ? f : m;
}

/* Does the word at token t name the person whose name holds word w: the
 * same word, or a short form of it ("Ernie", "Wilf" of "Ernest",
 * "Wilfred": three letters shared, at most two not)? */
static bool short_form(const char *t, size_t tn, const char *w, size_t wn)
{
    size_t k = 0;
    while (k < tn && k < wn && (t[k] | 0x20) == (w[k] | 0x20)) k++;
    if (k == tn && k == wn) return true;
    return k >= 3 && tn <= wn && tn - k <= 2;
}

/* "'Ernie used to say ...,' he says": a he/she attributing a quote that
 * names person e is not e, who would not speak of themselves so. */
static bool named_in_quote(const actx *a, uint32_t e, size_t p)
{
    const px_textdoc *d = a->doc;
    const char *name = d->entities[e].name;
    if (!name) return false;
    uint32_t at = tk(a, p)->start;
    for (size_t i = 0; i < a->w->nq; i++) {
        const tx_quote *q = &a->w->q[i];
        /* the quote closing just before ('...,' he says) or opening just
         * after (he says: '...'), or split by it */
        bool before = q->close_end <= at && at - q->close_end <= 3 &&
                      !memchr(a->t + q->close_end, '\n', at - q->close_end);
        bool after = q->open >= tk(a, p)->end && q->open - tk(a, p)->end <= 16;
        bool split = q->joined && at >= q->first_close_end && at < q->second_open;
        if (!before && !after && !split) continue;
        for (size_t t = tx_tok_lower_bound(d, q->start); t < d->n_tokens && tk(a, t)->end <= q->end;
             t++) {
            if (!(tk(a, t)->flags & PX_TOK_CAP) || !(tk(a, t)->flags & PX_TOK_WORD) ||
                tk(a, t)->end - tk(a, t)->start < 3 || !tx_in_quote(a, tk(a, t)->start))
                continue;
            const char *tw = a->t + tk(a, t)->start;
            size_t tn = tk(a, t)->end - tk(a, t)->start;
            for (const char *w = name; *w;) {
                size_t wn = strcspn(w, " -");
                if (wn >= 3 && short_form(tw, tn, w, wn)) return true;
                w += wn;
                w += strspn(w, " -");
            }
        }
        return false;
    }
    return false;
}

/* Per sentence, how many sentences up to it are not wholly inside a
 * quote. */
static void count_told(const actx *a, uint32_t *told)
{
    const px_textdoc *d = a->doc;
    uint32_t n = 0;
    for (size_t s = 0; s < d->n_sentences; s++) {
        const px_sentence *se = &d->sentences[s];
        bool quoted = se->tok_end > se->tok_begin && se->tok_end <= d->n_tokens &&
                      tx_in_quote(a, tk(a, se->tok_begin)->start) &&
                      tx_in_quote(a, tk(a, se->tok_end - 1)->start);
        n += !quoted;
        told[s] = n;
    }
}

px_status tx_pronouns(tx_work *w)
{
    actx a = {w, &w->d->pub, w->d->pub.text};
    const px_textdoc *d = a.doc;
    w->gender = calloc(d->n_entities + 1, 1);
    w->antecedent = malloc((d->n_tokens + 1) * sizeof *w->antecedent);
    uint32_t *told = malloc((d->n_sentences + 1) * sizeof *told);
    if (!w->gender || !w->antecedent || !told) {
        free(told);
        return px_fail(w->ctx, PX_NOMEM, "text: out of memory");
    }
    count_told(&a, told);
    w->told = told;
    for (size_t i = 0; i <= d->n_tokens; i++) w->antecedent[i] = -1;
    given_genders(&a, w->gender);
    /* twice: the first reading learns the genders the whole text gives
     * ("Holroyd ... She told the court" after an earlier "he" of
     * someone else), the second resolves with all of them */
    for (int pass = 0; pass < 2; pass++) {
        if (pass == 1) object_genders(&a, w->gender);
        int32_t last[3] = {-1, -1, -1};   /* per gender: the latest link */
        uint32_t last_sent[3] = {0, 0, 0};
        /* per gender: a relative past_relative passed over, for whom,
         * and where; later he/she whose latest name is still the
         * relative's, named before that, speak of the same one */
        int32_t over_from[3] = {-1, -1, -1}, over_to[3] = {-1, -1, -1};
        uint32_t over_at[3] = {0, 0, 0};
        for (size_t i = 0; i < d->n_tokens; i++) {
            int p = (lx(&a, i) & LX_PRON) ? tx_pronoun_gender(tk(&a, i)->norm) : 0;
            if (!p || tx_in_quote(&a, tk(&a, i)->start)) continue;
            uint32_t sent = tk(&a, i)->sentence;
            bool chained = last[p] >= 0 &&
                           tx_sentences_between(&a, last_sent[p], sent) <= CHAIN_SENTENCES;
            int32_t m = tx_latest_mention(&a, tk(&a, i)->start, PX_ENT_PERSON, NULL,
                                          tk(&a, i)->norm, PRONOUN_SENTENCES);
            if (m >= 0 && asker(&a, m, i))
                m = tx_latest_mention(&a, d->mentions[m].start, PX_ENT_PERSON, NULL,
                                      tk(&a, i)->norm, PRONOUN_SENTENCES);
            if (m >= 0) m = affiliated(&a, m);
            /* "Aumann, he says, hardly spoke to him": the name the set-off
             * attribution interrupts is whom he speaks of */
            /* ... and so is it for a he/she later on */
            size_t me = m >= 0 ? tx_tok_lower_bound(d, d->mentions[m].end) : 0;
            bool interrupted = m >= 0 && me + 2 < d->n_tokens && me <= i &&
                               a.w->tok_mention[me - 1] == m && tx_comma_before(&a, me) &&
                               (lx(&a, me) & LX_PRON) && speech_verb(&a, me + 1) &&
                               tx_comma_before(&a, me + 2);
            if (interrupted) {
                uint32_t named = d->mentions[m].entity;
                while (m >= 0 && d->mentions[m].entity == named)
                    m = tx_latest_mention(&a, d->mentions[m].start, PX_ENT_PERSON, NULL,
                                          tk(&a, i)->norm, PRONOUN_SENTENCES);
            }
            if (m >= 0) m = subject_over_oblique(&a, m, i);
            if (m >= 0 && answers_asker(&a, m, i)) {
                uint32_t asking = d->mentions[m].entity;
                while (m >= 0 && d->mentions[m].entity == asking)
                    m = tx_latest_mention(&a, d->mentions[m].start, PX_ENT_PERSON, NULL,
                                          tk(&a, i)->norm, PRONOUN_SENTENCES);
            }
            if (m >= 0 && over_from[p] == (int32_t)d->mentions[m].entity &&
                d->mentions[m].start < over_at[p]) {
                m = over_to[p];
            } else if (m >= 0) {
                int32_t f = past_relative(&a, m, i);
                if (f != m) {
                    over_from[p] = (int32_t)d->mentions[m].entity;
                    over_to[p] = f;
                    over_at[p] = tk(&a, i)->start;
                }
                m = f;
            }
            /* "X asked her whether ... '...,' she said": the object
             * pronoun after X's name is someone else, whom the she is */
            if (m >= 0 && object_after(&a, m, i))
                m = tx_latest_mention(&a, d->mentions[m].start, PX_ENT_PERSON, NULL,
                                      tk(&a, i)->norm, PRONOUN_SENTENCES);
            /* "X says she is ...", the she having stood for Y just before:
             * Y, whom X speaks of */
            if (m >= 0 && chained && d->mentions[last[p]].entity != d->mentions[m].entity &&
                reported_by(&a, i, d->mentions[m].entity))
                m = last[p];
            else if (m >= 0) {
                uint32_t e = d->mentions[m].entity;
                if (pass == 0 && !w->gender[e] && sole_person(&a, i) == (int32_t)e)
                    w->gender[e] = (uint8_t)p;
            } else if (chained) {
                m = last[p];
            }
            if (m >= 0 && named_in_quote(&a, d->mentions[m].entity, i)) {
                uint32_t named = d->mentions[m].entity;
                int32_t o = m;
                while (o >= 0 && d->mentions[o].entity == named)
                    o = tx_latest_mention(&a, d->mentions[o].start, PX_ENT_PERSON, NULL,
                                          tk(&a, i)->norm, PRONOUN_SENTENCES);
                if (o >= 0) m = o;
            }
            w->antecedent[i] = m;
            if (m >= 0) {
                last[p] = m;
                last_sent[p] = sent;
            }
        }
    }
    return PX_OK;
}
