/*
 * speaker.c - who a speech verb's subject is: the entity mention right
 * before the verb (skipping an apposition ", a researcher at Y,", an age,
 * a relative or participle clause, adverbs) or right after it in the
 * inverted order ("said Dr. X"); a pronoun or "the minister" (resolved in
 * referent.c); "the company", the latest organisation; else a plain noun
 * phrase with a role or document word ("a spokesperson for the ministry",
 * "the decree").  Look-backs are bounded (MENTION_SCAN mentions), so each
 * call costs O(1) in the text.
 */
#include <stdlib.h>
#include <string.h>

#include "speaker.h"

#define DESCRIBED_SCAN 600 /* tokens looked back at for "a nurse" before "the nurse" */
#define DEFINITE_WORDS 4   /* "the veteran left defender" at most */
#define ROLE_VERB_GAP 12   /* "A spokeswoman for the X council said" */
#define IT_REACH 2         /* sentences back "it said" may reach */
#define DESCRIBED_REACH 3  /* sentences back "the veteran coach" may reach */
#define MEDIA_REACH 6      /* sentences back "the paper" may reach */
#define QUOTED_WORDS 16    /* words from "quoted" to "as saying" */
#define OPENER_WORDS 6     /* "Outside court," before a sentence's subject */
/* words that head a speaker's noun phrase */
#define NP_NOUN (LX_ROLE | LX_DOC | LX_MEDIA_NOUN | LX_TITLE | LX_ORG_CUE)

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

/* ", speaking on condition of anonymity,", ", signed by 40 doctors,": a
 * participle opens a clause. */
static bool participle(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    return lower(a, i) && l > 4 &&
           (strcmp(n + l - 3, "ing") == 0 || strcmp(n + l - 2, "ed") == 0);
}

/* A comma between tokens i-1 and i. */
bool tx_comma_before(const actx *a, size_t i)
{
    for (uint32_t b = tk(a, i - 1)->end; b < tk(a, i)->start; b++)
        if (a->t[b] == ',') return true;
    return false;
}

/* Bytes [x, y) hold only characters of set. */
static bool gap_only(const char *t, uint32_t x, uint32_t y, const char *set)
{
    for (uint32_t i = x; i < y; i++)
        if (!strchr(set, t[i])) return false;
    return true;
}

/* "26" "year-old" at token i (the number and the word, hyphen between):
 * the age as a number token, else NULL. */
static const char *age_at(const actx *a, size_t i)
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
    for (const char *p = role; p && *p;) {
        size_t n = 0;
        while (*p && *p != ' ' && *p != ',') {
            if (n + 1 < sizeof w) w[n++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
            p++;
        }
        w[n] = '\0';
        if (n && (tx_lex_word(a->w->an, w) & (LX_TITLE | LX_ROLE))) return true;
        while (*p == ' ' || *p == ',') p++;
    }
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
    for (size_t i = b + 1; i < head && !age; i++) age = age_at(a, i);
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
        if (sent - ms > DESCRIBED_REACH) break;
        const px_entity *en = &d->entities[mm->entity];
        if (en->kind != PX_ENT_PERSON || tx_in_quote(a, mm->start) ||
            tx_is_pronoun_at(a, mm->start))
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
static bool person_noun(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if ((lx(a, i) & LX_TITLE) || (lower(a, i) && tx_occupation(n))) return true;
    static const char *const groups[] = {"people", "staff", "team", "crew", "panel"};
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

/* "the senator", "the town manager", "the 26-year-old singer" (a title or
 * role after "the" and lower-case modifiers): the latest person with it,
 * else, for a person's title, the person described (described_person);
 * "the company" (an organisation word): the latest organisation. */
static bool definite_ref(const actx *a, size_t b, size_t head, spk *out)
{
    if (head <= b || !is(a, b, "the")) return false;
    bool age = false;
    for (size_t i = b + 1; i < head; i++) {
        if (age_at(a, i)) age = true;
        if ((tk(a, i)->flags & PX_TOK_CAP) || (tk(a, i)->flags & PX_TOK_STOP) ||
            (lx(a, i) & (LX_SPEECH | LX_SPEECH_PART)))
            return false;
    }
    bool poss = false;                  /* "the school's head teacher" */
    for (size_t i = b + 1; i < head; i++) {
        const char *n = tk(a, i)->norm;
        size_t l = strlen(n);
        if (l > 2 && n[l - 2] == '\'' && n[l - 1] == 's') poss = true;
    }
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
            m = tx_latest_mention(a, tk(a, b)->start, PX_ENT_ORG, NULL, NULL,
                                  UINT32_MAX);
    } else {
        /* any noun the text gave a person as a title ("Defender Rory
         * Quill ... the veteran defender") */
        m = tx_latest_mention(a, tk(a, b)->start, PX_ENT_PERSON,
                              tk(a, head)->norm, NULL, UINT32_MAX);
        /* someone else's role, nobody given it yet: a new person */
        if (m < 0 && poss) return false;
        if (m < 0 && !age && person_noun(a, head) && earlier_role(a, b, head, out))
            return true;
        if (m < 0 && (person_noun(a, head) || age))
            m = described_person(a, b, head);
    }
    if (m < 0 || !tx_from_entity(a, m, out)) return false;
    if (!out->role && head > b + 1)       /* "26-year-old singer" */
        out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b + 1)->start,
                                     tk(a, head)->end - tk(a, b + 1)->start);
    return true;
}

/* A word opening a phrase set off by commas between a subject and its
 * verb: a relative pronoun ("X, whose son ..., said") or a preposition
 * ("X, in her first season, said", "X, as chair of Y, said"). */
static bool set_off_opener(const actx *a, size_t i)
{
    static const char *const w[] = {"who", "which", "whose", "in", "at", "on",
        "after", "despite", "during", "since", "like", "unlike", "as"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(a, i, w[k])) return true;
    return false;
}

/* "her", "his", "their": a possessive opening a role phrase ("said her
 * neighbour Ana Lind"), as "the" does. */
static bool poss_det(const actx *a, size_t i)
{
    return is(a, i, "her") || is(a, i, "his") || is(a, i, "their") ||
           is(a, i, "its") || is(a, i, "our") || is(a, i, "my");
}

/* "the", "a", "an", "one", "another" or a possessive: a noun phrase
 * begins. */
static bool np_opener(const actx *a, size_t i)
{
    return is(a, i, "a") || is(a, i, "an") || is(a, i, "the") || is(a, i, "one") ||
           is(a, i, "another") || poss_det(a, i);
}

/* A lower-case word that may be one thing or person: not a plural, an
 * adverb or a participle. */
static bool singular_noun(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    return lower(a, i) && l > 2 && n[l - 1] != 's' && strcmp(n + l - 2, "ly") != 0 &&
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

/* A lower-case noun phrase [b, e) as a speaker when it names a role or a
 * document: name = up to its head noun, role = the whole phrase. */
static bool np(const actx *a, size_t b, size_t e, spk *out)
{
    /* "an entomologist who reviewed the paper": the relative clause
     * holds no head of the phrase */
    size_t rel = e;
    for (size_t i = b + 1; i < e && rel == e; i++)
        if (is(a, i, "who") || is(a, i, "which") || is(a, i, "that")) rel = i;
    size_t head = rel;
    for (size_t i = b; i < rel; i++)
        if (lx(a, i) & NP_NOUN) { head = i; break; }
    if (head == rel) {
        /* "the 23-year-old forward": an age makes its noun a person's */
        for (size_t i = b; i + 2 < rel; i++)
            if (age_at(a, i)) return definite_ref(a, b, rel - 1, out);
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
        if (he < b + 2 || he > b + 3 || !np_opener(a, b) ||
            (!indef && (he != b + 2 || !singular_noun(a, b + 1))))
            return false;
        for (size_t i = b + 1; i < he; i++)
            if ((tk(a, i)->flags & (PX_TOK_STOP | PX_TOK_CAP)) || !(tk(a, i)->flags & PX_TOK_WORD))
                return false;
        head = he - 1;
    }
    /* "police spokesperson": the head is the last of a run of role words */
    while (head + 1 < e && (lx(a, head + 1) & NP_NOUN) && lower(a, head + 1)) head++;
    if (definite_ref(a, b, head, out)) return true;
    px_arena *ar = &a->doc->arena;
    /* "her neighbour"; "another pal" is a pal */
    size_t nb = (poss_det(a, b) || is(a, b, "another")) && b < head ? b + 1 : b;
    const char *name = px_arena_strndup(ar, a->t + tk(a, nb)->start,
                                        tk(a, head)->end - tk(a, nb)->start);
    const char *role = px_arena_strndup(ar, a->t + tk(a, b)->start,
                                        tk(a, e - 1)->end - tk(a, b)->start);
    if (!name || !role) return false;
    *out = (spk){-1, name, role, true};
    return true;
}

/* A verb of saying that may come before its subject ('"...," said the
 * groom'), unlike "denied" or "confirmed", which take objects. */
static bool inverts(const actx *a, size_t v)
{
    static const char *const says[] = {"said", "says", "added", "adds", "asked",
        "asks", "replied", "replies", "explained", "explains", "continued",
        "laughed", "laughs", "joked", "jokes", "insisted", "insists"};
    for (size_t i = 0; i < sizeof says / sizeof *says; i++)
        if (is(a, v, says[i])) return true;
    return false;
}

bool tx_subject_after(const actx *a, size_t v, size_t hi, spk *out)
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
                    if (a->w->tok_mention[m] >= 0 && tx_comma_before(a, m) &&
                        a->doc->entities[a->doc->mentions[a->w->tok_mention[m]].entity]
                                .kind == PX_ENT_PERSON) {
                        if (!tx_from_entity(a, a->w->tok_mention[m], out)) return false;
                        if (!out->role)
                            out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, j)->start,
                                                         tk(a, m - 1)->end - tk(a, j)->start);
                        return out->role != NULL;
                    }
            if (!tx_from_entity(a, a->w->tok_mention[j], out)) return false;
            /* "said council leader Hanna Brek": the words before the name
             * are her role when the entity has none of its own */
            if (!out->role && j > k && !is(a, k, "the"))
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, k)->start,
                                             tk(a, j - 1)->end - tk(a, k)->start);
            return true;
        }
        if (j + 1 < hi && !tight(a, j) && !title_dot(a, j) && !age_at(a, j)) {
            /* "admitted the harbour master, Sam Fell"; "quoted one
             * passenger, retired teacher Ana Lind, as saying" */
            size_t n = j + 1;
            while (n + 1 < hi && n < j + 4 && lower(a, n) && a->w->tok_mention[n] < 0 &&
                   (tk(a, n)->flags & PX_TOK_WORD) && !(tk(a, n)->flags & PX_TOK_STOP) &&
                   tight(a, n))
                n++;
            int32_t m = a->w->tok_mention[n];
            if (m >= 0 && tx_comma_before(a, j + 1) &&
                a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON)
                return tx_from_entity(a, m, out);
            break;
        }
        /* capitalised words before the name belong to its title ("said
         * Chief Fire Officer Brona Tesk"); the window bounds the search */
        if (!lower(a, j)) continue;
        /* a role noun phrase may stand before the name; a function word
         * ("said that Russia ...", "said on Monday") ends the search */
        if (!(lx(a, j) & (LX_TITLE | LX_TITLE_MOD)) && !np_opener(a, j) &&
            !age_at(a, j) &&                /* "admitted 19-year-old X" */
            ((tk(a, j)->flags & PX_TOK_STOP) || (lx(a, j) & LX_SPEECH) ||
             !(tk(a, j)->flags & PX_TOK_WORD)))
            break;
    }
    /* "said in a statement" is where, not who */
    if ((tk(a, k)->flags & PX_TOK_STOP) && !np_opener(a, k)) return false;
    size_t e = k;
    while (e < hi && e < k + 10 && lower(a, e) && !(lx(a, e) & LX_SPEECH)) {
        e++;
        if (e < hi && !tight(a, e - 1)) break;
    }
    /* "denied the charge": a verb and its object; only a saying verb
     * puts an unnamed "the groom" after it */
    if (e == k + 2 && (is(a, k, "the") || poss_det(a, k)) &&
        !(lx(a, k + 1) & NP_NOUN) && !inverts(a, v))
        return false;
    return e > k && np(a, k, e, out);
}

/* Does a clause of its own follow speech verb v ("said he thought",
 * "said that")? */
bool tx_opens_clause(const actx *a, size_t v)
{
    static const char *const openers[] = {"that", "he", "she", "they", "it",
                                          "we", "i", "there"};
    if (v + 1 >= a->doc->n_tokens || tk(a, v + 1)->sentence != tk(a, v)->sentence)
        return false;
    for (size_t i = 0; i < sizeof openers / sizeof *openers; i++)
        if (is(a, v + 1, openers[i])) return true;
    return false;
}

bool tx_quoted_as(const actx *a, size_t v, size_t hi, spk *out, size_t *said)
{
    if (!(lx(a, v) & LX_REPORT) || !lower(a, v) || is(a, v, "reported") ||
        is(a, v, "reports"))
        return false;
    for (size_t j = v + 2; j + 1 < hi && j < v + QUOTED_WORDS; j++) {
        if (!is(a, j, "as") || !is(a, j + 1, "saying")) continue;
        *said = j + 1;
        return tx_subject_after(a, v, j, out);
    }
    return false;
}

/* "Her neighbour, the owner of the shop, is a fan. '...,' he says": with
 * nobody named for a he/she, a role for one person opening the sentence
 * (determiner or possessive, one or two words, then a comma or a verb)
 * is who speaks. */
static bool subject_role(const actx *a, size_t s0, size_t p, spk *out)
{
    if (!np_opener(a, s0) || is(a, s0, "one")) return false;
    size_t e = s0 + 1;
    while (e < p && e < s0 + 3 && lower(a, e) && (tk(a, e)->flags & PX_TOK_WORD) &&
           !tx_comma_before(a, e) && !verb(a, e) && !(lx(a, e) & LX_ADVERB))
        e++;
    if (e >= p || e == s0 + 1 || !person_noun(a, e - 1) || !lower(a, e - 1))
        return false;
    if (!tx_comma_before(a, e) && !(lx(a, e) & LX_ADVERB)) return false;
    spk r;
    if (!np(a, s0, e, &r) || r.ent >= 0) return false;
    *out = r;
    return true;
}

/* A verb that characterises what someone said ("called it", "described
 * as"), in lower case. */
bool tx_sums_up(const actx *a, size_t i)
{
    static const char *const verbs[] = {"called", "calls", "described",
        "describes", "denounced", "denounces", "branded", "brands", "hailed",
        "hails", "dismissed", "dismisses"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (is(a, i, verbs[k])) return true;
    return false;
}

/* "Vale's head coach", "Acme's spokesman": a capitalised possessive
 * before a role word in lower case opens a role phrase, as "the" does. */
static bool owner_of_role(const actx *a, size_t i)
{
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    return !lower(a, i) && l > 2 && n[l - 2] == '\'' && n[l - 1] == 's' &&
           i + 1 < a->doc->n_tokens && lower(a, i + 1) &&
           (lx(a, i + 1) & (LX_TITLE | LX_TITLE_MOD | LX_ROLE));
}

/* "A spokeswoman for X said ... . 'We are ready,' she said": a he/she at
 * token p whose sentence, or the one before, opens with an unnamed role
 * speaking, and no person named after that role (m, the antecedent
 * found by name): the role speaks again. */
static bool role_antecedent(const actx *a, size_t p, int32_t m, spk *out, int depth)
{
    uint32_t sp = tk(a, p)->sentence;
    for (uint32_t s = sp + 1; s-- > 0 && sp - s <= 1;) {
        size_t s0 = a->doc->sentences[s].tok_begin;
        /* "Outside court, the victim's mother said": past an opening
         * phrase set off by a comma */
        for (size_t j = s0 + 1; j < p && j < s0 + OPENER_WORDS && !np_opener(a, s0); j++)
            if (tx_comma_before(a, j)) s0 = j;
        if (s0 < p && m < 0 && subject_role(a, s0, p, out)) return true;
        if (s0 >= p || !(is(a, s0, "a") || is(a, s0, "an") || is(a, s0, "the") ||
                         owner_of_role(a, s0)))
            continue;
        size_t v = s0 + 1;
        while (v < p && v < s0 + ROLE_VERB_GAP && tk(a, v)->sentence == s && !verb(a, v) &&
               !tx_sums_up(a, v))
            v++;
        if (v >= p || tk(a, v)->sentence != s || !(verb(a, v) || tx_sums_up(a, v))) continue;
        if (m >= 0 && a->doc->mentions[m].start >= tk(a, v)->end) return false;
        spk r;
        if (!tx_subject_before(a, v, s0, &r, depth + 1) || r.ent >= 0) continue;
        *out = r;
        return true;
    }
    return false;
}

bool tx_subject_before(const actx *a, size_t v, size_t lo, spk *out,
                           int depth)
{
    if (depth > 3) return false;
    if (lx(a, v) & LX_SPEECH_PART) {
        /* "..., adding," / "quoted X, saying," */
        for (size_t j = v; j > lo; j--) {
            size_t f = j - 1;
            if (!(lx(a, f) & LX_SPEECH) || !lower(a, f)) continue;
            /* "quoted a minister as saying": who is quoted, up to "as" */
            size_t hi = v > f + 2 && is(a, v - 1, "as") ? v - 1 : v;
            if ((lx(a, f) & LX_REPORT) && (is(a, f, "quoted") || is(a, f, "cited")))
                return tx_subject_after(a, f, hi, out) ||
                       tx_subject_before(a, f, lo, out, depth + 1);
            return tx_subject_before(a, f, lo, out, depth + 1);
        }
        /* "She opens by saying ...": the sentence's subject; "Coach X
         * was furious, claiming ...": a person named in its first words */
        size_t s0 = a->doc->sentences[tk(a, v)->sentence].tok_begin;
        int32_t m = -1;
        for (size_t j = s0; s0 >= lo && j < v && j < s0 + 4; j++) {
            if (j > s0 && (tx_comma_before(a, j) || (lx(a, j) & (LX_ADVERB | LX_SPEECH))))
                break;
            m = a->w->tok_mention[j];
            if (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON)
                break;
            m = -1;
        }
        return m >= 0 &&
               a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
               tx_from_entity(a, m, out);
    }
    size_t k = v;
    while (k > lo && (lx(a, k - 1) & LX_ADVERB) && lower(a, k - 1)) k--;
    if (k <= lo) return false;
    size_t p = k - 1;
    /* "X, 58, said" and "X, who ..., told": the subject is before the
     * comma */
    bool clause = false;
    /* "X, a company with sites in Y, said": only when no name or
     * apposition of a person ends the phrase ("a senior, Luis Ortega,") */
    bool bare = a->w->appos_owner[p] < 0 && a->w->tok_mention[p] < 0;
    if (tx_comma_before(a, k))
        for (size_t j = p; j > lo && p - j < 15; j--) {
            if ((set_off_opener(a, j) || participle(a, j) ||
                 (bare && (is(a, j, "a") || is(a, j, "an")))) &&
                tx_comma_before(a, j)) {
                p = j - 1;
                clause = true;
                break;
            }
            /* "X, a modeller at Y who was not involved, said": a relative
             * clause closing an apposition */
            if ((is(a, j, "who") || is(a, j, "which")) && a->w->appos_owner[j - 1] >= 0) {
                p = j - 1;
                clause = true;
                break;
            }
        }
    if (p > lo && (tk(a, p)->flags & PX_TOK_NUM) && tx_comma_before(a, p)) p--;
    if (a->w->appos_owner[p] >= 0) return tx_from_entity(a, a->w->appos_owner[p], out);
    if ((lx(a, p) & LX_PRON) &&
        role_antecedent(a, p, tx_antecedent(a, tk(a, p)->start), out, depth))
        return true;
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
            return tx_from_entity(a, a->w->tok_mention[prep - 1], out);
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
        /* "A spokesperson for the landlord, Kelby Estates, said": a firm
         * set off after "for/of the NOUN" names that noun; the role
         * phrase before the preposition speaks */
        size_t pp = m >= lo + 3 && is(a, m - 2, "the") ? m - 3 : m - 2;
        if (en->kind == PX_ENT_ORG && m >= lo + 3 && tx_comma_before(a, m) &&
            lower(a, m - 1) && (tk(a, m - 1)->flags & PX_TOK_WORD) && pp > lo &&
            (is(a, pp, "for") || is(a, pp, "of"))) {
            size_t b = pp;
            while (b > lo && pp - b < 6 && tight(a, b - 1) &&
                   (lower(a, b - 1) || (tk(a, b - 1)->flags & PX_TOK_SENT_START)) &&
                   !(lx(a, b - 1) & (LX_SPEECH | LX_SPEECH_PART)))
                b--;
            if (b < pp && np_opener(a, b) && np(a, b, pp, out)) {
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                             tk(a, m - 1)->end - tk(a, b)->start);
                return out->role != NULL;
            }
        }
        if (en->kind == PX_ENT_PLACE && m > lo &&
            ((lx(a, m - 1) & LX_LOC_PREP) || is(a, m - 1, "from")))
            return false;                /* "landlords in Westbury say" */
        return tx_from_entity(a, a->w->tok_mention[p], out);
    }
    if (lx(a, p) & LX_PRON) {
        int32_t m = tx_antecedent(a, tk(a, p)->start);
        return m >= 0 && tx_from_entity(a, m, out);
    }
    if (is(a, p, "it") && tight(a, p)) {
        /* "it said": an organisation speaks, else an outlet */
        int32_t m = tx_latest_mention(a, tk(a, p)->start, PX_ENT_ORG, NULL, NULL,
                                      IT_REACH);
        if (m < 0)
            m = tx_latest_mention(a, tk(a, p)->start, PX_ENT_MEDIA, NULL, NULL,
                                  IT_REACH);
        return m >= 0 && tx_from_entity(a, m, out);
    }
    if (is(a, p, "and") || is(a, p, "but")) {
        /* "X said ... and added", else "X leaned back and said": the
         * latest person of the sentence; else "Unions welcomed it but
         * said": the phrase opening the sentence */
        uint32_t sent = tk(a, p)->sentence;
        for (size_t j = p; j > lo && tk(a, j - 1)->sentence == sent; j--)
            if ((lx(a, j - 1) & LX_SPEECH) && lower(a, j - 1))
                return tx_subject_before(a, j - 1, lo, out, depth + 1);
        for (size_t j = p; j > lo && tk(a, j - 1)->sentence == sent; j--) {
            int32_t m = a->w->tok_mention[j - 1];
            if (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind ==
                              PX_ENT_PERSON)
                return tx_from_entity(a, m, out);
        }
        size_t s0 = a->doc->sentences[sent].tok_begin, e = s0;
        while (e < p && e < s0 + DEFINITE_WORDS && !participle(a, e) &&
               !(lx(a, e) & (LX_SPEECH | LX_ADVERB)) && (tk(a, e)->flags & PX_TOK_WORD))
            e++;
        return s0 >= lo && e > s0 && e < p && participle(a, e) && np(a, s0, e, out);
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
        /* "a Brightwell spokesperson": a name between article and noun */
        bool named = c > lo && c < p && tight(a, c - 1) &&
                     (is(a, c - 1, "a") || is(a, c - 1, "an") || is(a, c - 1, "the"));
        /* "the MP", "the Minister": a title written in capitals */
        bool title = c > lo && (lx(a, c) & LX_TITLE) && is(a, c - 1, "the") &&
                     tight(a, c - 1) && a->w->tok_mention[c] < 0;
        if (!lower(a, c) && !demonym && !opener && !named && !title) break;
        /* a speech verb ends the phrase, unless a relative clause holds
         * it ("an expert who read the study said") */
        bool relative = c > lo && (is(a, c - 1, "who") || is(a, c - 1, "that"));
        if ((lx(a, c) & (LX_SPEECH | LX_SPEECH_PART)) && !relative) break;
        if (c != p && !tight(a, c) && !age_at(a, c)) break;
        b = c;
    }
    /* '"...", and a guide published last spring called it': the phrase
     * starts after the conjunction */
    while (b < p && (is(a, b, "and") || is(a, b, "but"))) b++;
    return b <= p && np(a, b, p + 1, out);
}


/* "A former manager at the plant says she was ordered ... . Sara Hale,
 * who worked there for nine years, told ...": a speaker given only as "a"
 * or "an" role phrase, named in the next sentence, which opens with a
 * person met there for the first time and a relative clause about them. */
void tx_named_later(const actx *a)
{
    px_textdoc *d = a->doc;
    for (size_t i = 0; i < d->n_quotes; i++) {
        px_quote *q = &d->quotes[i];
        const char *n = q->speaker_name;
        if (q->speaker >= 0 || !n || !((n[0] | 0x20) == 'a' &&
            (n[1] == ' ' || ((n[1] | 0x20) == 'n' && n[2] == ' '))))
            continue;
        uint32_t s = q->sentence + 1;
        if (s >= d->n_sentences) continue;
        size_t t0 = d->sentences[s].tok_begin, e = t0;
        if (t0 >= d->sentences[s].tok_end || t0 >= d->n_tokens) continue;  /* no words */
        int32_t m = a->w->tok_mention[t0];
        if (m < 0 || d->mentions[m].start != tk(a, t0)->start) continue;
        uint32_t ent = d->mentions[m].entity;
        bool first = d->entities[ent].kind == PX_ENT_PERSON;
        for (int32_t k = 0; k < m && first; k++)
            if (d->mentions[k].entity == ent) first = false;
        while (e + 1 < d->n_tokens && a->w->tok_mention[e + 1] == m) e++;
        if (!first || e + 1 >= d->n_tokens || !is(a, e + 1, "who") ||
            !tx_comma_before(a, e + 1))
            continue;
        q->speaker = (int32_t)ent;
        q->speaker_name = d->entities[ent].name;
        if (d->entities[ent].role) q->speaker_role = d->entities[ent].role;
    }
}
