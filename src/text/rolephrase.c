/*
 * rolephrase.c - noun phrases as speakers: "a spokesperson for the
 * ministry", "the decree", "one worker" (a role or document word, or a
 * determiner and a noun before a preposition), and the definite ones that
 * stand for someone named ("the senator", "the veteran defender", "the
 * 26-year-old singer", "the company", "the paper").  speaker.c asks these
 * for a speech verb's subject.
 */
#include <stdlib.h>
#include <string.h>

#include "speaker.h"

#define DESCRIBED_SCAN 600 /* tokens looked back at for "a nurse" before "the nurse" */
#define DESCRIBED_REACH 3  /* sentences back "the veteran coach" may reach */
#define MEDIA_REACH 6      /* sentences back "the paper" may reach */

/* Bytes [x, y) hold only characters of set. */
static bool gap_only(const char *t, uint32_t x, uint32_t y, const char *set)
{
    for (uint32_t i = x; i < y; i++)
        if (!strchr(set, t[i])) return false;
    return true;
}

/* "26" "year-old" at token i (the number and the word, hyphen between):
 * the age as a number token, else NULL. */
const char *tx_age_at(const actx *a, size_t i)
{
    if (i + 1 >= a->doc->n_tokens || !(tk(a, i)->flags & PX_TOK_NUM) ||
        !is(a, i + 1, "year-old") || tk(a, i + 1)->start != tk(a, i)->end + 1 ||
        a->t[tk(a, i)->end] != '-')
        return NULL;
    return tk(a, i)->norm;
}

/* Was person mention m given this age ("Ana Berg, 26," or a role "a
 * 26-year-old nurse")? */
static bool has_age(const actx *a, const px_mention *m, const char *age)
{
    size_t t = tx_tok_lower_bound(a->doc, m->end);
    if (t < a->doc->n_tokens && (tk(a, t)->flags & PX_TOK_NUM) &&
        strcmp(tk(a, t)->norm, age) == 0 &&
        gap_only(a->t, m->end, tk(a, t)->start, ", "))
        return true;
    const char *role = a->doc->entities[m->entity].role;
    size_t n = strlen(age);
    for (const char *p = role ? strstr(role, age) : NULL; p; p = strstr(p + 1, age))
        if (strncmp(p + n, "-year-old", 9) == 0) return true;
    return false;
}

/* Does the role hold a title or role word (so says who the person is)? */
static bool role_titled(const actx *a, const char *role)
{
    char w[32];
    for (const char *p = role; tx_next_word(&p, w, sizeof w);)
        if (tx_lex_word(a->w->an, w) & (LX_TITLE | LX_ROLE)) return true;
    return false;
}

/* Did the text bring in the head noun without a name before token b ("a
 * nurse at the clinic said ... the nurse said"), or any unnamed role a
 * few sentences back ("an insider told ... the source said")?  A word
 * right before a name ("forward Ana Berg") or inside an apposition is a
 * named one. */
static bool unnamed_before(const actx *a, size_t b, size_t head)
{
    for (size_t i = b; i > 0 && b - i < DESCRIBED_SCAN; i--) {
        size_t j = i - 1;
        if (tk(a, b)->sentence - tk(a, j)->sentence <= DESCRIBED_REACH &&
            (is(a, j, "a") || is(a, j, "an")) && a->w->appos_owner[j] < 0 &&
            !tx_in_quote(a, tk(a, j)->start))
            for (size_t k = j + 1; k < b && k <= j + 3; k++)
                if ((lx(a, k) & (LX_ROLE | LX_TITLE)) && lower(a, k) &&
                    !(k + 1 < a->doc->n_tokens && a->w->tok_mention[k + 1] >= 0))
                    return true;
        if (strcmp(tk(a, j)->norm, tk(a, head)->norm) != 0 ||
            a->w->appos_owner[j] >= 0 || tx_in_quote(a, tk(a, j)->start))
            continue;
        if (j + 1 < a->doc->n_tokens && a->w->tok_mention[j + 1] >= 0) continue;
        return true;
    }
    return false;
}

/* "A government source told ... . '...,' the source added": the phrase
 * that brought in the same noun without a name, a few sentences back. */
static bool earlier_role(const actx *a, size_t b, size_t head, spk *out)
{
    uint32_t sent = tk(a, b)->sentence;
    for (size_t j = b; j > 0 && sent - tk(a, j - 1)->sentence <= DESCRIBED_REACH; j--) {
        size_t h = j - 1;
        if (strcmp(tk(a, h)->norm, tk(a, head)->norm) != 0 || !lower(a, h) ||
            a->w->appos_owner[h] >= 0 || tx_in_quote(a, tk(a, h)->start) ||
            (h + 1 < a->doc->n_tokens && a->w->tok_mention[h + 1] >= 0))
            continue;
        for (size_t d = h; d > 0 && h - d < 3; d--) {
            if (!is(a, d - 1, "a") && !is(a, d - 1, "an")) continue;
            const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, d - 1)->start,
                                                tk(a, h)->end - tk(a, d - 1)->start);
            if (!name) return false;
            *out = (spk){-1, name, name, true};
            return true;
        }
    }
    return false;
}

/* "the 26-year-old singer", "the veteran coach" when nobody was given the
 * title: with an age, the person given that age; else the person the text
 * is about - the latest first-named person of a sentence, a few sentences
 * back, when their own title does not say someone else - unless an
 * unnamed role came in before.  -1 when none. */
static int32_t described_person(const actx *a, size_t b, size_t head)
{
    const char *age = NULL;
    for (size_t i = b + 1; i < head && !age; i++) age = tx_age_at(a, i);
    const px_textdoc *d = a->doc;
    uint32_t off = tk(a, b)->start, sent = tk(a, b)->sentence;
    size_t lo = tx_mentions_before(d, off);
    if (age)
        for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
            const px_mention *mm = &d->mentions[m - 1];
            if (d->entities[mm->entity].kind == PX_ENT_PERSON && has_age(a, mm, age))
                return (int32_t)(m - 1);
        }
    if (unnamed_before(a, b, head)) return -1;
    for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
        const px_mention *mm = &d->mentions[m - 1];
        size_t mt = tx_tok_lower_bound(d, mm->start);
        uint32_t ms = tk(a, mt)->sentence;
        if (tx_sentences_between(a, ms, sent) > DESCRIBED_REACH) break;
        const px_entity *en = &d->entities[mm->entity];
        if (en->kind != PX_ENT_PERSON || tx_in_quote(a, mm->start) ||
            tx_is_pronoun_at(a, mm->start) || tx_in_byline(a, mt))
            continue;
        bool first = true;              /* the first person of its sentence */
        for (size_t k = m - 1; k > 0 && first; k--) {
            const px_mention *pm = &d->mentions[k - 1];
            size_t pt = tx_tok_lower_bound(d, pm->start);
            if (tk(a, pt)->sentence != ms) break;
            if (d->entities[pm->entity].kind == PX_ENT_PERSON) first = false;
        }
        /* the latest such person, unless a title says it is someone
         * else ("chef X" is not "the singer"; a nurse may be "the mother") */
        if (first) {
            bool other = (lx(a, head) & LX_TITLE) && role_titled(a, en->role);
            return other ? -1 : (int32_t)(m - 1);
        }
    }
    return -1;
}

/* A noun for one person ("singer", "mother", "witness"): a title, or a
 * role word that is neither an institution, a document, a plural nor a
 * group ("the team"). */
bool tx_person_noun(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if ((lx(a, i) & LX_TITLE) || (lower(a, i) && tx_occupation(n))) return true;
    static const char *const groups[] = {"people", "staff", "team", "crew", "panel", "jury",
                                         "family"};
    if (!(lx(a, i) & LX_ROLE) || (lx(a, i) & (LX_ORG_CUE | LX_DOC)) || l < 2 ||
        n[l - 1] == 's')
        return false;
    for (size_t k = 0; k < sizeof groups / sizeof *groups; k++)
        if (strcmp(n, groups[k]) == 0) return false;
    return true;
}

/* A noun that names a news outlet when it follows "the": "the paper",
 * "the broadcaster".  Not "the agency" or "the network": a ministry has
 * those too. */
static bool media_noun(const actx *a, size_t i)
{
    static const char *const nouns[] = {"paper", "newspaper", "broadcaster", "tabloid",
                                        "daily", "magazine", "outlet", "weekly"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (is(a, i, nouns[k])) return true;
    return false;
}

/* A word any organisation may go by ("the company"), not one kind of
 * institution ("the union", "the club"). */
static bool generic_org(const actx *a, size_t i)
{
    static const char *const any[] = {"company", "firm", "group", "corporation",
                                      "business", "organisation", "organization"};
    for (size_t k = 0; k < sizeof any / sizeof *any; k++)
        if (is(a, i, any[k])) return true;
    return false;
}

/* "the company": the latest organisation before byte off that may be a
 * business, past public bodies ("Harlan Falls Animal Hospital", "the
 * Feed Administration"); the latest organisation when all are. */
static int32_t latest_business(const actx *a, uint32_t off)
{
    static const char *const public_body[] = {"hospital", "university", "council",
        "ministry", "agency", "administration", "department", "police", "court", "school",
        "college", "union", "party", "association", "commission", "committee", "office",
        "authority", "government", "parliament", "institute", "federation", "trust",
        "project", "campaign", "coalition", "foundation", "society", "movement", "charity"};
    int32_t first = tx_latest_mention(a, off, PX_ENT_ORG, NULL, NULL, UINT32_MAX);
    for (int32_t m = first; m >= 0;
         m = tx_latest_mention(a, a->doc->mentions[m].start, PX_ENT_ORG, NULL, NULL, UINT32_MAX)) {
        const char *name = a->doc->entities[a->doc->mentions[m].entity].name;
        bool body = false;
        for (size_t k = 0; k < sizeof public_body / sizeof *public_body && !body; k++)
            body = tx_words_have(name, public_body[k]);
        if (!body) return m;
    }
    return first;
}

/* "the senator", "the town manager", "the 26-year-old singer" (a title or
 * role after "the" and lower-case modifiers): the latest person with it,
 * else, for a person's title, the person described (described_person);
 * "the company" (an organisation word): the latest organisation. */
static bool definite_ref(const actx *a, size_t b, size_t head, spk *out)
{
    if (head <= b || !is(a, b, "the")) return false;
    bool age = false;
    for (size_t i = b + 1; i < head; i++) {
        if (tx_age_at(a, i)) age = true;
        if ((tk(a, i)->flags & PX_TOK_CAP) || (tk(a, i)->flags & PX_TOK_STOP) ||
            (lx(a, i) & (LX_SPEECH | LX_SPEECH_PART)))
            return false;
    }
    bool poss = false;                  /* "the school's head teacher" */
    for (size_t i = b + 1; i < head; i++) poss |= tx_possessive(tk(a, i)->norm);
    int32_t m = -1;
    if (media_noun(a, head)) {
        /* "the paper reported": the outlet named last */
        m = tx_latest_mention(a, tk(a, b)->start, PX_ENT_MEDIA, NULL, NULL, MEDIA_REACH);
        if (m < 0) return false;
    } else if (head == b + 1 && (lx(a, head) & LX_ORG_CUE) &&
               !(lx(a, head) & (LX_TITLE | LX_ROLE))) {
        /* "the union": an organisation with the word in its name; "the
         * company", "the firm": the latest organisation */
        m = tx_org_named(a, tk(a, b)->start, tk(a, head)->norm);
        if (m < 0 && generic_org(a, head))
            m = latest_business(a, tk(a, b)->start);
    } else {
        /* any noun the text gave a person as a title ("Defender Rory
         * Quill ... the veteran defender") */
        m = tx_latest_mention(a, tk(a, b)->start, PX_ENT_PERSON,
                              tk(a, head)->norm, NULL, UINT32_MAX);
        /* "the chef" after "The chef, X, ..." and "his old head chef, Y":
         * the one the text calls that outright, not someone's relation */
        for (int32_t o = m; o >= 0 && tx_relative_role(a->doc->entities[a->doc->mentions[m].entity].role);) {
            o = tx_latest_mention(a, a->doc->mentions[o].start, PX_ENT_PERSON, tk(a, head)->norm,
                                  NULL, UINT32_MAX);
            if (o >= 0 && !tx_relative_role(a->doc->entities[a->doc->mentions[o].entity].role))
                m = o;
        }
        /* someone else's role, nobody given it yet: a new person */
        if (m < 0 && poss) return false;
        if (m < 0 && !age && tx_person_noun(a, head) && earlier_role(a, b, head, out))
            return true;
        if (m < 0 && (tx_person_noun(a, head) || age))
            m = described_person(a, b, head);
    }
    if (m < 0 || !tx_from_entity(a, m, out)) return false;
    if (!out->role)                       /* "singer", "26-year-old singer" */
        out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b + 1)->start,
                                     tk(a, head)->end - tk(a, b + 1)->start);
    return true;
}

/* "her", "his", "their": a possessive opening a role phrase ("said her
 * neighbour Ana Lind"), as "the" does. */
bool tx_poss_det(const actx *a, size_t i)
{
    return is(a, i, "her") || is(a, i, "his") || is(a, i, "their") ||
           is(a, i, "its") || is(a, i, "our") || is(a, i, "my");
}

/* "the", "a", "an", "one", "another" or a possessive: a noun phrase
 * begins. */
bool tx_quantifier(const actx *a, size_t i)
{
    static const char *const w[] = {"several", "many", "some", "most", "few", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(a, i, w[k])) return true;
    return false;
}

bool tx_np_opener(const actx *a, size_t i)
{
    return is(a, i, "a") || is(a, i, "an") || is(a, i, "the") || is(a, i, "one") ||
           is(a, i, "another") || tx_poss_det(a, i);
}

/* A lower-case word that may be one thing or person: not a plural, an
 * adverb or a participle. */
static bool singular_noun(const actx *a, size_t i)
{
    /* "the first reports of ...": an ordinal is no noun */
    static const char *const ordinals[] = {"first", "second", "third", "fourth", "fifth",
                                           "last", "next", "latest", "final"};
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    for (size_t k = 0; k < sizeof ordinals / sizeof *ordinals; k++)
        if (strcmp(n, ordinals[k]) == 0) return false;
    return lower(a, i) && l > 2 && n[l - 1] != 's' && !tx_ly_word(n, 3) &&
           strcmp(n + l - 2, "ed") != 0 && strcmp(n + l - 3, "ing") != 0;
}

/* A preposition or a participle ("at the pool", "published last
 * spring") after a noun: what follows modifies it. */
static bool np_tail(const actx *a, size_t i)
{
    static const char *const preps[] = {"at", "of", "for", "from", "in", "with", "on"};
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    for (size_t k = 0; k < sizeof preps / sizeof *preps; k++)
        if (strcmp(n, preps[k]) == 0) return true;
    return lower(a, i) && l > 4 && strcmp(n + l - 2, "ed") == 0;
}

/* A word that heads a speaker's phrase: a lexicon word, an agent noun by
 * its shape ("operator", "organiser", "ecologist"), or the plural of a
 * title or role word the lexicon has only in the singular ("volunteers",
 * "firemen"). */
/* Common words of an agent noun's shape that name no one: comparatives
 * ("reported fewer fights and better attendance") and things. */
static bool not_agent(const char *n)
{
    static const char *const w[] = {"better", "greater", "higher", "larger", "longer",
        "smaller", "stronger", "bigger", "faster", "slower", "further", "farther", "cheaper",
        "deeper", "wider", "younger", "harder", "easier", "earlier", "clearer", "closer",
        "safer", "sooner", "number", "water", "order", "winter", "summer", "letter",
        "power", "center", "corner", "border", "weather", "answer", "dinner", "chapter",
        "quarter", "river", "danger", "offer", "cover", "butter", "shelter", "theatre",
        "theater", "error", "terror", "mirror", "colour", "color", "floor", "door", "honour",
        "honor", "factor", "sector", "interior", "exterior", "motor"};
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (strcmp(n, w[k]) == 0) return true;
    return false;
}

/* A plural shaped like a group of people: "operators", "evacuees",
 * "residents", "pianists" (opening a sentence too: "Evacuees at the
 * shelter said"). */
static bool people_plural(const actx *a, size_t i)
{
    static const char *const ends[] = {"ers", "ors", "ees", "ists", "ians", "ants", "ents"};
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if (l < 6 || (!lower(a, i) && !(tk(a, i)->flags & PX_TOK_SENT_START))) return false;
    if (l > 5 && strcmp(n + l - 5, "ments") == 0) return false;   /* "arrangements" */
    for (size_t k = 0; k < sizeof ends / sizeof *ends; k++) {
        size_t el = strlen(ends[k]);
        if (strcmp(n + l - el, ends[k]) == 0) return true;
    }
    return false;
}

static bool np_noun(const actx *a, size_t i)
{
    if (lx(a, i) & NP_NOUN) return true;
    if (people_plural(a, i)) return true;
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if (lower(a, i) && !(tk(a, i)->flags & PX_TOK_STOP) && !not_agent(n) &&
        !(lx(a, i) & LX_TITLE_MOD) &&              /* "former" is no agent */
        ((l >= 6 && (strcmp(n + l - 2, "er") == 0 || strcmp(n + l - 2, "or") == 0)) ||
         tx_occupation(n)))
        return true;
    char one[32];
    if (l < 4 || l >= sizeof one) return false;
    memcpy(one, n, l + 1);
    if (strcmp(n + l - 3, "men") == 0) one[l - 2] = 'a';         /* -men: -man */
    else if (n[l - 1] == 's' && n[l - 2] != 's') one[l - 1] = '\0';
    else return false;
    return (tx_lex_word(a->w->an, one) & (LX_TITLE | LX_ROLE)) != 0;
}

/* A word in "'s" or "’s". */
static bool possessive(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    return l > 2 && n[l - 1] == 's' && (n[l - 2] == '\'' ||
                                       (l > 4 && strcmp(n + l - 4, "\xe2\x80\x99s") == 0));
}

/* "at the time the government", "fourteen when a music teacher", "At
 * 04:13 the skipper": a determiner before the head that follows a word
 * or a figure other than a preposition starts a phrase of its own ("one
 * of the residents" stays whole). */
static size_t inner_opener(const actx *a, size_t b, size_t head)
{
    for (size_t i = head; i > b + 1; i--)
        if (tx_np_opener(a, i - 1) && !np_tail(a, i - 2) &&
            !(lx(a, i - 2) & LX_LOC_PREP) && !is(a, i - 2, "by") &&
            !is(a, i - 2, "to") && !is(a, i - 2, "and") && !is(a, i - 2, "or") &&
            (tk(a, i - 2)->flags & (PX_TOK_WORD | PX_TOK_NUM)))
            return i - 1;
    return b;
}

/* A lower-case noun phrase [b, e) as a speaker when it names a role or a
 * document: name = up to its head noun, role = the whole phrase. */
bool tx_np(const actx *a, size_t b, size_t e, spk *out)
{
    /* "posted a series of messages in a group": a verb and its object
     * are no phrase for a person ("retired teacher" is) */
    if (b + 1 < e && lower(a, b) && tx_past_form(tk(a, b)->norm) && tx_np_opener(a, b + 1))
        return false;

    /* "an entomologist who reviewed the paper": the relative clause
     * holds no head of the phrase */
    size_t rel = e;
    for (size_t i = b + 1; i < e && rel == e; i++)
        if (is(a, i, "who") || is(a, i, "which") || is(a, i, "that")) rel = i;
    size_t head = rel;
    /* a word of a name of two words or more ("A Channel Six insider")
     * heads nothing */
    for (size_t i = b; i < rel; i++) {
        int32_t m = a->w->tok_mention[i];
        bool in_name = !lower(a, i) && m >= 0 &&
                       ((i > 0 && a->w->tok_mention[i - 1] == m) ||
                        (i + 1 < a->doc->n_tokens && a->w->tok_mention[i + 1] == m));
        if (np_noun(a, i) && !in_name) { head = i; break; }
    }
    if (head == rel) {
        /* "the 23-year-old forward": an age makes its noun a person's */
        for (size_t i = b; i + 2 < rel; i++)
            if (tx_age_at(a, i)) return definite_ref(a, b, rel - 1, out);
        if (rel >= b + 2 && rel <= b + DEFINITE_WORDS && definite_ref(a, b, rel - 1, out))
            return true;
        /* "one worker", "a lifeguard at the pool", "a guide published
         * last spring": a determiner and a noun or two, before a
         * preposition or a participle, name a speaker the lexicon has no
         * word for; after "the" or "her" one singular noun ("the groom") */
        size_t he = rel;
        for (size_t i = b + 2; i < rel && he == rel; i++)
            if (np_tail(a, i)) he = i;
        bool indef = is(a, b, "one") || is(a, b, "a") || is(a, b, "an") ||
                     is(a, b, "another");
        /* "several buyers", "two engineers": a quantifier and a plural */
        bool group = tx_quantifier(a, b) && he <= b + 3 &&
                     tk(a, he - 1)->norm[strlen(tk(a, he - 1)->norm) - 1] == 's';
        if (he < b + 2 || he > b + 3 || (!tx_np_opener(a, b) && !group) ||
            (!indef && !group && (he != b + 2 || !singular_noun(a, b + 1))))
            return false;
        for (size_t i = b + 1; i < he; i++)
            if ((tk(a, i)->flags & (PX_TOK_STOP | PX_TOK_CAP)) || !(tk(a, i)->flags & PX_TOK_WORD))
                return false;
        head = he - 1;
    }
    /* "police spokesperson": the head is the last of a run of role words,
     * past a possessive ("the council leader's spokesperson") */
    for (;;) {
        if (head + 1 < e && np_noun(a, head + 1) && lower(a, head + 1)) head++;
        else if (head + 2 < e && lower(a, head + 1) && possessive(a, head + 1) &&
                 np_noun(a, head + 2) && lower(a, head + 2))
            head += 2;
        /* "the Chief Constable": a title of capitalised words */
        else if (head + 1 < e && !lower(a, head) && !lower(a, head + 1) &&
                 (lx(a, head + 1) & LX_TITLE) && a->w->tok_mention[head + 1] < 0)
            head++;
        /* "a Government whip": a capitalised institution's word modifies
         * the lower-case noun after it, whatever the noun */
        else if (head + 1 < e && !lower(a, head) && lower(a, head + 1) &&
                 (tk(a, head + 1)->flags & PX_TOK_WORD) &&
                 !(tk(a, head + 1)->flags & PX_TOK_STOP) && !np_tail(a, head + 1) &&
                 !(lx(a, head + 1) & (LX_ADVERB | LX_SPEECH | LX_SPEECH_PART | LX_GESTURE)) &&
                 tx_is_space_only(a->t, tk(a, head)->end, tk(a, head + 1)->start))
            head++;
        else
            break;
    }
    /* "a person familiar with the negotiations", "sources close to the
     * star": an unnamed source is what it knows, not "a person" */
    size_t known = head;
    if (head + 3 < e && lower(a, head) &&
        ((is(a, head + 1, "familiar") && is(a, head + 2, "with")) ||
         (is(a, head + 1, "close") && is(a, head + 2, "to"))) &&
        (is(a, head, "person") || is(a, head, "people") || is(a, head, "source") ||
         is(a, head, "sources"))) {
        known = head + 3;
        while (known + 1 < e && known < head + 7 && (tk(a, known + 1)->flags & PX_TOK_WORD) &&
               !(lower(a, known + 1) && (lx(a, known + 1) & LX_SPEECH)) &&
               !is(a, known + 1, "who") && !is(a, known + 1, "which") &&
               !is(a, known + 1, "that") &&
               tx_is_space_only(a->t, tk(a, known)->end, tk(a, known + 1)->start))
            known++;
    }
    b = inner_opener(a, b, head);
    /* "(added) that most people never read": a clause's "that" opens no
     * phrase for a person ("At that point the owner" starts at "the") */
    if (is(a, b, "that") || is(a, b, "whether") || is(a, b, "if")) return false;
    if (known == head && definite_ref(a, b, head, out)) return true;
    head = known;
    px_arena *ar = &a->doc->arena;
    /* "her neighbour"; "another pal" is a pal; "the council's own
     * assessment" is the assessment (a person keeps whose: "the
     * victim's mother") */
    size_t nb = (tx_poss_det(a, b) || is(a, b, "another")) && b < head ? b + 1 : b;
    for (size_t i = nb; i < head && (lx(a, head) & LX_DOC); i++) {
        if (tx_possessive(tk(a, i)->norm))
            nb = i + 1 < head && is(a, i + 1, "own") ? i + 2 : i + 1;
    }
    const char *name = px_arena_strndup(ar, a->t + tk(a, nb)->start,
                                        tk(a, head)->end - tk(a, nb)->start);
    /* "a study published on [Tuesday]": a role stops before a word of
     * its own it cannot end with */
    size_t re = e;
    while (re > head + 1 && (tk(a, re - 1)->flags & PX_TOK_STOP) && lower(a, re - 1)) re--;
    const char *role = px_arena_strndup(ar, a->t + tk(a, b)->start,
                                        tk(a, re - 1)->end - tk(a, b)->start);
    if (!name || !role) return false;
    *out = (spk){-1, name, role, true};
    return true;
}

/* The singular of the last plural naming people in tokens [from, to)
 * ("Fans", "contestants": "fan", "contestant"). */
static bool last_group(const actx *a, size_t from, size_t to, spk *out)
{
    for (size_t i = to; i > from; i--) {
        const char *n = tk(a, i - 1)->norm;
        size_t l = strlen(n);
        char one[32];
        /* "Fans quickly took sides. One wrote:" (a plural opening its
         * sentence, of four letters too) */
        bool low = lower(a, i - 1) || (tk(a, i - 1)->flags & PX_TOK_SENT_START);
        if (!low || l < 4 || l >= sizeof one || n[l - 1] != 's' || n[l - 2] == 's' ||
            tx_in_quote(a, tk(a, i - 1)->start))
            continue;
        memcpy(one, n, l - 1);
        one[l - 1] = '\0';
        if (!(tx_lex_word(a->w->an, one) & (LX_TITLE | LX_ROLE)) && !tx_occupation(one) &&
            !(l - 1 >= 6 && (strcmp(one + l - 3, "er") == 0 || strcmp(one + l - 3, "or") == 0)) &&
            !people_plural(a, i - 1))
            continue;
        const char *name = px_arena_strndup(&a->doc->arena, one, l - 1);
        if (!name) return false;
        *out = (spk){-1, name, name, true};
        return true;
    }
    return false;
}

bool tx_one_of(const actx *a, size_t p, spk *out)
{
    uint32_t sent = tk(a, p)->sentence;
    if (!is(a, p, "one") || sent == 0 || !(tk(a, p)->flags & PX_TOK_SENT_START)) return false;
    const px_sentence *se = &a->doc->sentences[sent - 1];
    return last_group(a, se->tok_begin, se->tok_end, out);
}

bool tx_group_before(const actx *a, size_t p, spk *out)
{
    size_t s0 = a->doc->sentences[tk(a, p)->sentence].tok_begin;
    return p > s0 && last_group(a, s0, p, out);
}
