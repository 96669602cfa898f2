/*
 * speaker.c - who a speech verb's subject is: the entity mention right
 * before the verb (skipping an apposition ", a researcher at Y,", an age,
 * a relative or participle clause, adverbs) or right after it in the
 * inverted order ("said Dr. X"); a pronoun or "the minister" (resolved in
 * referent.c); else a noun phrase (rolephrase.c: "the company", "a
 * spokesperson for the ministry", "the decree").  Look-backs are bounded (MENTION_SCAN mentions), so each
 * call costs O(1) in the text.
 */
#include <stdlib.h>
#include <string.h>

#include "speaker.h"

#define ROLE_VERB_GAP 20   /* "A spokeswoman for the X council said" */
#define IT_REACH 2         /* sentences back "it said" may reach */
#define ROLE_SENTENCES 2   /* sentences back a role may speak again as he/she */
#define QUOTED_WORDS 16    /* words from "quoted" to "as saying" */
#define OPENER_WORDS 6     /* "Outside court," before a sentence's subject */
#define RELATIVE_WORDS 14  /* words of "who lives on Mill Road", "who waited 31
                              hours on a trolley in a hospital corridor" */
#define SUBJECT_WORDS 12   /* "the engineer in charge of repairs to the X tunnel" */
#define SHORT_SUBJECT 8    /* words of a subject holding a relative clause */
#define PARTICIPLE_REACH 8 /* words from ", saying" back to the person whose verb it follows */
#define TITLE_WORDS 12     /* words of a title set off after its noun */
#define NAMED_ROLE_WORDS 8 /* words of "a taxi driver from X" before ", who" */
#define REPORTER_SENTENCES 3 /* sentences back a reported clause may name a he/she */

/* Gap between tokens i and i+1 holds only blanks. */
static bool tight(const actx *a, size_t i)
{
    return tx_is_space_only(a->t, tk(a, i)->end, tk(a, i + 1)->start) &&
           !memchr(a->t + tk(a, i)->end, '\n', tk(a, i + 1)->start - tk(a, i)->end);
}

/* A dash (-, en or em) between token j - 1 and token j? */
static bool dash_before(const actx *a, size_t j)
{
    if (j == 0) return false;
    for (uint32_t g = tk(a, j - 1)->end; g < tk(a, j)->start; g++)
        if (tx_dash_at(a->t, g, tk(a, j)->start)) return true;
    return false;
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
    static const char *const irregular[] = {"seen", "given", "written", "taken",
        "shown", "known", "drawn", "chosen", "spoken", "made", "held", "sent",
        "kept", "brought", "built", "won", "lost"};   /* ", seen by this paper," */
    const char *n = tk(a, i)->norm;
    size_t l = strlen(n);
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof irregular / sizeof *irregular; k++)
        if (strcmp(n, irregular[k]) == 0) return true;
    return l > 4 && (strcmp(n + l - 3, "ing") == 0 || strcmp(n + l - 2, "ed") == 0);
}

/* A comma between tokens i-1 and i (none before the first token or past
 * the last). */
bool tx_comma_before(const actx *a, size_t i)
{
    if (i == 0 || i >= a->doc->n_tokens) return false;
    for (uint32_t b = tk(a, i - 1)->end; b < tk(a, i)->start; b++)
        if (a->t[b] == ',') return true;
    return false;
}


/* "who gave his name only as Mo", "who asked to be identified only as
 * Bea" (the clause [w, e]): the name it ends with. */
static bool name_given(const actx *a, size_t w, size_t e, spk *out)
{
    if (lower(a, e) || !is(a, e - 1, "as") || !(tk(a, e)->flags & PX_TOK_WORD)) return false;
    bool naming = false;
    for (size_t i = w + 1; i + 1 < e; i++)
        if (is(a, i, "name") || is(a, i, "identified") || is(a, i, "known")) naming = true;
    if (!naming) return false;
    /* the phrase before ", who" describes the person: "A taxi driver from
     * the town, who gave his name only as Mo," */
    size_t r = w - 1;
    while (r > 0 && w - r < NAMED_ROLE_WORDS && !tx_comma_before(a, r) &&
           !(tk(a, r)->flags & PX_TOK_SENT_START))
        r--;
    const char *role = px_arena_strndup(&a->doc->arena, a->t + tk(a, r)->start,
                                        tk(a, w - 1)->end - tk(a, r)->start);
    if (a->w->tok_mention[e] >= 0) {
        if (!tx_from_entity(a, a->w->tok_mention[e], out)) return false;
        if (!out->role) out->role = role;
        return true;
    }
    const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, e)->start,
                                        tk(a, e)->end - tk(a, e)->start);
    if (!name) return false;
    *out = (spk){-1, name, role, true};
    return true;
}

/* A preposition, which opens no subject. */
static bool prep_word(const actx *a, size_t i)
{
    static const char *const w[] = {"in", "on", "at", "to", "from", "by", "with",
                                    "for", "of", "after", "during", "into"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(a, i, w[k])) return true;
    return false;
}

/* A bracket closing right after token p ("X (Greens, Old Town) said"):
 * the first token inside it, when it opened a few words back after token
 * lo; else 0. */
static size_t bracket_open(const actx *a, size_t p, size_t lo)
{
    if (p + 1 >= a->doc->n_tokens || !memchr(a->t + tk(a, p)->end, ')',
                                             tk(a, p + 1)->start - tk(a, p)->end))
        return 0;
    for (size_t j = p; j > lo + 1 && p - j < BRACKET_WORDS; j--) {
        uint32_t g = tk(a, j - 1)->end, e = tk(a, j)->start;
        if (memchr(a->t + g, ')', e - g)) return 0;
        if (memchr(a->t + g, '(', e - g)) return j;
    }
    return 0;
}

/* Does the gap before token i hold a quote mark ('"', curly, « »)? */
static bool mark_before(const actx *a, size_t i)
{
    for (uint32_t b = tk(a, i - 1)->end; b < tk(a, i)->start; b++) {
        unsigned char c = (unsigned char)a->t[b];
        if (c == '"' || c == 0xAB || c == 0xBB ||
            (c == 0xE2 && b + 2 < tk(a, i)->start && (unsigned char)a->t[b + 2] >= 0x98 &&
             (unsigned char)a->t[b + 2] <= 0x9D))
            return true;
    }
    return false;
}

/* "The report, 'Birds on the Edge', found": a title in quote marks set
 * off by commas, ending at token p, names the noun before it; that noun's
 * token, else p. */
static size_t before_title(const actx *a, size_t p, size_t lo)
{
    if (p + 1 >= a->doc->n_tokens || !mark_before(a, p + 1)) return p;
    for (size_t j = p; j > lo + 1 && p - j < TITLE_WORDS; j--)
        if (tx_comma_before(a, j)) return mark_before(a, j) ? j - 1 : p;
    return p;
}

/* A word opening a phrase set off by commas between a subject and its
 * verb: a relative pronoun ("X, whose son ..., said"), a preposition
 * ("X, in her first season, said", "X, as chair of Y, said", "X, of
 * the group Y, said", "X, for his part, said") or a
 * quantifier ("Volunteers, many of them students, said"). */
/* Letters after a name: two to four capitals ("KC", "MP", "OBE"). */
static bool post_nominal_at(const actx *a, size_t i)
{
    const px_token *t = tk(a, i);
    size_t n = t->end - t->start;
    if (n < 2 || n > 4) return false;
    for (size_t k = 0; k < n; k++)
        if (a->t[t->start + k] < 'A' || a->t[t->start + k] > 'Z') return false;
    return true;
}

static bool set_off_opener(const actx *a, size_t i)
{
    static const char *const w[] = {"who", "which", "whose", "in", "at", "on",
        "after", "despite", "during", "since", "like", "unlike", "as", "many",
        "some", "most", "both", "several", "all", "of", "from", "for", "present", "also",
        "where", "whom", "one", "among"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof w / sizeof *w; k++)
        if (is(a, i, w[k])) return true;
    return false;
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
            /* "added Brightwell's head of operations, Leon Achterberg",
             * "said Acme Group's chief executive, X": the possessive is on
             * the name's last word */
            size_t last = j;
            while (last + 1 < hi && a->w->tok_mention[last + 1] == a->w->tok_mention[j]) last++;
            if (tx_possessive(tk(a, last)->norm)) {
                for (size_t m = last + 1; m < hi && m < last + 10; m++)
                    if (a->w->tok_mention[m] >= 0 && tx_comma_before(a, m) &&
                        a->doc->entities[a->doc->mentions[a->w->tok_mention[m]].entity]
                                .kind == PX_ENT_PERSON) {
                        if (!tx_from_entity(a, a->w->tok_mention[m], out)) return false;
                        if (!out->role)
                            out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, j)->start,
                                                         tk(a, m - 1)->end - tk(a, j)->start);
                        return out->role != NULL;
                    }
                /* "said Brun's lawyer": nobody named after it, the one the
                 * name owns speaks, as in "Brun's lawyer said" */
                size_t r = last + 1;
                while (r < hi && r < last + 4 && lower(a, r) && a->w->tok_mention[r] < 0 &&
                       (tk(a, r)->flags & PX_TOK_WORD) && !(tk(a, r)->flags & PX_TOK_STOP) &&
                       tight(a, r - 1))
                    r++;
                if (r > last + 1 && (lx(a, r - 1) & (LX_ROLE | LX_TITLE)) &&
                    (r >= hi || !tight(a, r - 1) || a->w->tok_mention[r] < 0) &&
                    tx_np(a, last + 1, r, out)) {
                    out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, j)->start,
                                                 tk(a, r - 1)->end - tk(a, j)->start);
                    return out->role != NULL;
                }
            }
            /* "quoted the mayor of Brusca, Lucia Ferrante, as saying": a
             * place or body in a role, the person's name set off after */
            int32_t jm = a->w->tok_mention[j];
            if (a->doc->entities[a->doc->mentions[jm].entity].kind != PX_ENT_PERSON && j > k &&
                last + 1 < hi && tx_comma_before(a, last + 1) && a->w->tok_mention[last + 1] >= 0 &&
                a->doc->entities[a->doc->mentions[a->w->tok_mention[last + 1]].entity].kind ==
                    PX_ENT_PERSON) {
                if (!tx_from_entity(a, a->w->tok_mention[last + 1], out)) return false;
                if (!out->role)
                    out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, k)->start,
                                                 tk(a, last)->end - tk(a, k)->start);
                return out->role != NULL;
            }
            /* "said Local 418 President Dolores Fane", "said Acme Group
             * chief executive Ana Lind": a body's name, a number and a
             * title before a person's name are the person's role */
            if (a->doc->entities[a->doc->mentions[a->w->tok_mention[j]].entity].kind !=
                PX_ENT_PERSON)
                for (size_t m = last + 1; m < hi && m < last + 6 && tight(a, m - 1); m++) {
                    int32_t pm = a->w->tok_mention[m];
                    if (pm >= 0 && a->doc->entities[a->doc->mentions[pm].entity].kind ==
                                       PX_ENT_PERSON && m > last + 1 &&
                        (lx(a, m - 1) & LX_TITLE)) {
                        if (!tx_from_entity(a, pm, out)) return false;
                        if (!out->role)
                            out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, j)->start,
                                                         tk(a, m - 1)->end - tk(a, j)->start);
                        return out->role != NULL;
                    }
                    if (pm >= 0 || !((tk(a, m)->flags & PX_TOK_NUM) ||
                                     (lx(a, m) & (LX_TITLE | LX_TITLE_MOD))))
                        break;
                }
            if (!tx_from_entity(a, a->w->tok_mention[j], out)) return false;
            /* "said council leader Hanna Brek": the words before the name
             * are her role when the entity has none of its own */
            /* ... but not "according to a statement from the Harbour
             * Board": what comes from the body is no role of it */
            size_t f = j > k && is(a, j - 1, "the") ? j - 2 : j - 1;
            bool from = j >= k + 2 && (is(a, f, "from") || is(a, f, "by"));
            if (!out->role && j > k && !is(a, k, "the") && !from)
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, k)->start,
                                             tk(a, j - 1)->end - tk(a, k)->start);
            return true;
        }
        if (j + 1 < hi && !tight(a, j) && !title_dot(a, j) && !tx_age_at(a, j)) {
            /* "admitted the harbour master, Sam Fell"; "quoted one
             * passenger, retired teacher Ana Lind, as saying" */
            size_t n = j + 1;
            if (n + 2 < hi && tx_age_at(a, n)) n += 2;      /* "an evacuee, 80-year-old X," */
            while (n + 1 < hi && n < j + 4 && lower(a, n) && a->w->tok_mention[n] < 0 &&
                   (tk(a, n)->flags & PX_TOK_WORD) && !(tk(a, n)->flags & PX_TOK_STOP) &&
                   tight(a, n))
                n++;
            /* "said the society's secretary, Dr Ana Lind": a title the
             * name's mention leaves out */
            while (n + 1 < hi && n < j + 4 && a->w->tok_mention[n] < 0 &&
                   (lx(a, n) & LX_TITLE) && (tight(a, n) || title_dot(a, n)))
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
        if (!(lx(a, j) & (LX_TITLE | LX_TITLE_MOD)) && !tx_np_opener(a, j) &&
            !tx_age_at(a, j) &&                /* "admitted 19-year-old X" */
            /* "said the zoo's head of carnivores, X": "of" inside a role */
            !(is(a, j, "of") && j > k && lower(a, j - 1) && (lx(a, j - 1) & (LX_TITLE | LX_ROLE))) &&
            /* "according to a statement from the Harbour Board": who a
             * document comes from speaks */
            !((is(a, j, "from") || is(a, j, "by")) && j > k && lower(a, j - 1) &&
              (lx(a, j - 1) & LX_DOC)) &&
            ((tk(a, j)->flags & PX_TOK_STOP) || (lx(a, j) & LX_SPEECH) ||
             !(tk(a, j)->flags & PX_TOK_WORD)))
            break;
    }
    /* "said in a statement" is where, not who */
    if ((tk(a, k)->flags & PX_TOK_STOP) && !tx_np_opener(a, k)) return false;
    size_t e = k;
    while (e < hi && e < k + 10 && lower(a, e) && !(lx(a, e) & LX_SPEECH)) {
        e++;
        if (e < hi && !tight(a, e - 1)) break;
    }
    /* "denied the charge": a verb and its object; only a saying verb
     * puts an unnamed "the groom" after it */
    if (e == k + 2 && (is(a, k, "the") || tx_poss_det(a, k)) &&
        !(lx(a, k + 1) & NP_NOUN) && !inverts(a, v))
        return false;
    /* "said her scooter burst into flames": after "his/her/their" only a
     * word the lexicon has for people is who speaks, not a noun of that
     * shape ("scooter", "computer") */
    if (tx_poss_det(a, k)) {
        bool person = false;
        for (size_t h = k + 1; h < e && h <= k + DEFINITE_WORDS && !person &&
                               !(tk(a, h)->flags & PX_TOK_STOP); h++)
            person = (lx(a, h) & NP_NOUN) != 0;
        if (!person) return false;
    }
    return e > k && tx_np(a, k, e, out);
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

/* A word shaped like someone's occupation: a compound in -man or
 * -woman ("postman"), or an agent noun in -er/-or of six letters or more
 * ("walker", "surveyor"). */
static bool agent_shaped(const char *n)
{
    size_t l = strlen(n);
    return (l > 4 && strcmp(n + l - 3, "man") == 0) || tx_occupation(n) ||
           (l >= 6 && (strcmp(n + l - 2, "er") == 0 || strcmp(n + l - 2, "or") == 0));
}

/* "Her neighbour, the owner of the shop, is a fan. '...,' he says": with
 * nobody named for a he/she, a role for one person opening the sentence
 * (determiner or possessive, one or two words, then a comma or a verb)
 * is who speaks. */
static bool subject_role(const actx *a, size_t s0, size_t p, spk *out)
{
    if (!tx_np_opener(a, s0) || is(a, s0, "one")) return false;
    size_t e = s0 + 1;
    while (e < p && e < s0 + 3 && lower(a, e) && (tk(a, e)->flags & PX_TOK_WORD) &&
           !tx_comma_before(a, e) && !verb(a, e) && !(lx(a, e) & LX_ADVERB))
        e++;
    if (e >= p || e == s0 + 1 || !lower(a, e - 1)) return false;
    if (!tx_comma_before(a, e) && !(lx(a, e) & LX_ADVERB)) return false;
    /* "The dog walker, a retired postman,": an apposition with a role
     * says a noun the lexicon lacks is a person */
    bool person = tx_person_noun(a, e - 1);
    if (!person && (is(a, e, "a") || is(a, e, "an")))
        for (size_t k = e + 1; k < p && k < e + 4 && lower(a, k) && !person; k++)
            person = tx_person_noun(a, k) || agent_shaped(tk(a, k)->norm);
    spk r;
    if (!person || !tx_np(a, s0, e, &r) || r.ent >= 0) return false;
    *out = r;
    return true;
}

/* A verb that characterises what someone said ("called it", "described
 * as", "liked to call it", "referred to"), in lower case. */
bool tx_sums_up(const actx *a, size_t i)
{
    static const char *const verbs[] = {"called", "calls", "described",
        "describes", "denounced", "denounces", "branded", "brands", "hailed",
        "hails", "dismissed", "dismisses", "accused", "accuses", "saluted", "salutes",
        "praised", "praises", "condemned", "condemns", "welcomed", "welcomes"};
    if (!lower(a, i)) return false;
    for (size_t k = 0; k < sizeof verbs / sizeof *verbs; k++)
        if (is(a, i, verbs[k])) return true;
    /* "X referred to 'the policy of ...'": the words are X's */
    if ((is(a, i, "referred") || is(a, i, "refers")) && i + 1 < a->doc->n_tokens &&
        is(a, i + 1, "to"))
        return true;
    /* the bare form after "to" or a subject pronoun ("liked to call it",
     * "they call it"); after "a" or "the" it is a noun ("on a call") */
    return (is(a, i, "call") || is(a, i, "describe")) && i > 0 &&
           (is(a, i - 1, "to") || is(a, i - 1, "they") || is(a, i - 1, "we") ||
            is(a, i - 1, "i") || is(a, i - 1, "you"));
}

/* "Vale's head coach", "Acme's spokesman": a capitalised possessive
 * before a role word in lower case opens a role phrase, as "the" does. */
static bool owner_of_role(const actx *a, size_t i)
{
    return !lower(a, i) && tx_possessive(tk(a, i)->norm) &&
           i + 1 < a->doc->n_tokens && lower(a, i + 1) &&
           (lx(a, i + 1) & (LX_TITLE | LX_TITLE_MOD | LX_ROLE));
}

/* "A woman who lives on Mill Road, ..., said": a person's noun and a
 * relative clause without a comma, ending at token p (the name of a place
 * in it is not who speaks); the noun phrase before "who". */
static bool relative_subject(const actx *a, size_t p, size_t lo, spk *out)
{
    for (size_t w = p; w > lo + 1 && p - w < RELATIVE_WORDS; w--) {
        if (tx_comma_before(a, w)) return false;
        if (!is(a, w, "who")) continue;
        size_t n = w - 1, b = n;
        if (!lower(a, n) || !tx_person_noun(a, n)) return false;
        while (b > lo && n - b < DEFINITE_WORDS && lower(a, b - 1) && !tx_np_opener(a, b)) b--;
        if (b > lo && tx_np_opener(a, b - 1) && !tx_np_opener(a, b)) b--;
        /* "The family of a woman who ... say": the phrase "of" hangs
         * from is who speaks */
        if (b > lo + 2 && is(a, b - 1, "of") && lower(a, b - 2) &&
            (lx(a, b - 2) & NP_NOUN) && tx_np_opener(a, b - 3))
            return tx_np(a, b - 3, b - 1, out);
        return tx_np_opener(a, b) && tx_np(a, b, w, out);
    }
    return false;
}

/* Does sentence s name a person or say he/she outside quotes (but the
 * pronoun pron, which goes on speaking of the same one; "" for none)? */
static bool names_someone(const actx *a, uint32_t s, const char *pron)
{
    const px_sentence *se = &a->doc->sentences[s];
    for (size_t i = se->tok_begin; i < se->tok_end && i < a->doc->n_tokens; i++) {
        int32_t m = a->w->tok_mention[i];
        if (((lx(a, i) & LX_PRON && !is(a, i, pron)) ||
             (m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON)) &&
            !tx_in_quote(a, tk(a, i)->start))
            return true;
    }
    return false;
}

/* "A spokeswoman for X said ... . 'We are ready,' she said": a he/she at
 * token p whose sentence, or one of the two before, opens with an unnamed role
 * speaking, and no person named after that role (m, the antecedent
 * found by name): the role speaks again. */
static bool role_antecedent(const actx *a, size_t p, int32_t m, spk *out, int depth)
{
    uint32_t sp = tk(a, p)->sentence;
    /* a name out of reach, which the he/she only took from the one before
     * it, gives way to a role opening this sentence or the one before */
    if (m >= 0) {
        size_t mt = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
        if (mt < a->doc->n_tokens &&
            tx_sentences_between(a, tk(a, mt)->sentence, sp) > PRONOUN_SENTENCES)
            m = -1;
    }
    uint32_t prev = sp;          /* the sentence after s, past quoted ones */
    for (uint32_t s = sp + 1; s-- > 0 && tx_sentences_between(a, s, sp) <= ROLE_SENTENCES;) {
        uint32_t back = tx_sentences_between(a, s, sp);
        /* sentences wholly inside a quote do not count */
        if (s < sp && s > 0 && back == tx_sentences_between(a, s - 1, sp)) continue;
        size_t s0 = a->doc->sentences[s].tok_begin;
        /* two back only past a sentence naming nobody ("I asked which
         * market. He said ..."), not one saying he/she of someone else */
        if (back == 2 && names_someone(a, prev, tk(a, p)->norm)) break;
        prev = s;
        /* "Outside court, the victim's mother said": past an opening
         * phrase set off by a comma */
        for (size_t j = s0 + 1; j < p && j < s0 + OPENER_WORDS && !tx_np_opener(a, s0); j++)
            if (tx_comma_before(a, j)) s0 = j;
        /* the sentence right before opening with a role ("The dog walker,
         * a retired postman, stayed. He said ..."), when the name the
         * he/she found is older */
        /* "'... The data say otherwise,' she said": words inside the
         * quote are the speaker's, no role opening a sentence */
        if (s0 < p && tx_in_quote(a, tk(a, s0)->start)) continue;
        bool older = m >= 0 && back == 1 &&
                     a->doc->mentions[m].start < a->doc->sentences[s].start &&
                     !names_someone(a, s, "");    /* "Her mother, she says, ..." */
        if (s0 < p && (m < 0 || older) && subject_role(a, s0, p, out)) return true;
        if (s0 >= p || !(is(a, s0, "a") || is(a, s0, "an") || is(a, s0, "the") ||
                         is(a, s0, "one") || is(a, s0, "another") || owner_of_role(a, s0)))
            continue;
        /* the first verb whose subject is found ("A woman who ..., who
         * asked not to be named, said": "asked" has none of its own) */
        for (size_t v = s0 + 1; v < p && v < s0 + ROLE_VERB_GAP && tk(a, v)->sentence == s;
             v++) {
            if (!verb(a, v) && !tx_sums_up(a, v)) continue;
            if (m >= 0 && a->doc->mentions[m].start >= tk(a, v)->end) return false;
            /* "A teenager asks her for advice. '...,' she tells him": the
             * role's verb takes the her, who is someone else */
            if (v + 1 < p && ((is(a, p, "she") && is(a, v + 1, "her")) ||
                              (is(a, p, "he") && is(a, v + 1, "him"))))
                return false;
            spk r;
            if (!tx_subject_before(a, v, s0, &r, depth + 1)) continue;
            if (r.ent >= 0) break;
            *out = r;
            return true;
        }
    }
    return false;
}

/* A person named by name outside quotes in bytes [from, to). */
static bool named_between(const actx *a, uint32_t from, uint32_t to)
{
    const px_textdoc *d = a->doc;
    for (size_t m = tx_mentions_before(d, from); m < d->n_mentions; m++) {
        const px_mention *mm = &d->mentions[m];
        if (mm->start >= to) break;
        if (d->entities[mm->entity].kind == PX_ENT_PERSON &&
            !tx_is_pronoun_at(a, mm->start) && !tx_in_quote(a, mm->start))
            return true;
    }
    return false;
}

/* "Prosecutor Ana Holt told the court Penn had lied. '...,' she said": a
 * he/she at token p whose antecedent m was named inside the clause that
 * a sentence shortly before (naming nobody since) reports stands for who reported it, when that is a
 * person whose gender does not clash. */
static bool reporter(const actx *a, size_t p, int32_t m, spk *out, int depth)
{
    if (m < 0) return false;
    uint32_t sp = tk(a, p)->sentence;
    size_t mt = tx_tok_lower_bound(a->doc, a->doc->mentions[m].start);
    if (sp == 0 || mt >= a->doc->n_tokens || tk(a, mt)->sentence >= sp ||
        tk(a, mt)->sentence + REPORTER_SENTENCES < sp ||
        named_between(a, a->doc->mentions[m].start + 1, tk(a, p)->start))
        return false;
    const px_sentence *se = &a->doc->sentences[tk(a, mt)->sentence];
    for (size_t v = se->tok_begin + 1; v < mt; v++) {
        if (!speech_verb(a, v) || tx_in_quote(a, tk(a, v)->start)) continue;
        spk r;
        if (!tx_subject_before(a, v, se->tok_begin, &r, depth + 1) || r.ent < 0 ||
            r.ent == (int32_t)a->doc->mentions[m].entity ||
            a->doc->entities[r.ent].kind != PX_ENT_PERSON ||
            tx_gender_clash(a, (uint32_t)r.ent, NULL, a->doc->entities[r.ent].role,
                            tk(a, p)->norm))
            return false;
        *out = r;
        return true;
    }
    return false;
}

/* "The report, ..., tested water. It found that ...": for an "it" at
 * token p, a document the sentence before or its own opened with ("the
 * report", "a study"). */
static bool document_before(const actx *a, size_t p, spk *out)
{
    uint32_t sp = tk(a, p)->sentence;
    for (uint32_t s = sp + 1; s-- > 0 && sp - s <= 1;) {
        size_t s0 = a->doc->sentences[s].tok_begin;
        if (s0 + 1 < p && tx_np_opener(a, s0) && lower(a, s0 + 1) &&
            (lx(a, s0 + 1) & LX_DOC))
            return tx_np(a, s0, s0 + 2, out);
    }
    return false;
}

static bool modal(const actx *a, size_t i)
{
    static const char *const m[] = {"would", "will", "could", "can", "may", "might",
                                    "should", "must", "did", "does", "do"};
    for (size_t k = 0; k < sizeof m / sizeof *m; k++)
        if (is(a, i, m[k])) return true;
    return false;
}

/* What a phrase [j, p] set off by a comma after a body's noun or name
 * is: APPOS_SKIP for its apposition ("The Transit union, Local 418,
 * said", "The union, the city's biggest, said"), APPOS_NAMES when it
 * gives the body's name, which speaks ("The regional wine council, the
 * Interprofession des Vins, says": *out set), else APPOS_NONE. */
enum { APPOS_NONE, APPOS_SKIP, APPOS_NAMES };
static int body_apposition(const actx *a, size_t j, size_t p, size_t lo, spk *out)
{
    const px_textdoc *d = a->doc;
    int32_t before = a->w->tok_mention[j - 1];
    if (!tx_comma_before(a, j) || j <= lo + 1 || p - j >= 6 ||
        !(is(a, j, "the") || ((tk(a, j)->flags & PX_TOK_CAP) && a->w->tok_mention[j] >= 0)) ||
        !((lower(a, j - 1) && (lx(a, j - 1) & LX_ORG_CUE)) ||
          (before >= 0 && d->entities[d->mentions[before].entity].kind == PX_ENT_ORG)))
        return APPOS_NONE;
    /* not "A spokeswoman for the agency, Ana Lind, said": no person or
     * verb in the phrase, no role before the comma */
    for (size_t t = j; t <= p; t++) {
        int32_t tm = a->w->tok_mention[t];
        if ((lower(a, t) && (lx(a, t) & (LX_SPEECH | LX_PRON))) ||
            (tm >= 0 && d->entities[d->mentions[tm].entity].kind == PX_ENT_PERSON))
            return APPOS_NONE;
    }
    for (size_t t = j - 1; t > lo && j - t <= 6; t--) {
        if ((lx(a, t - 1) & (LX_ROLE | LX_TITLE)) && lower(a, t - 1) &&
            !(lx(a, t - 1) & LX_ORG_CUE))
            return APPOS_NONE;
        if (tx_comma_before(a, t - 1)) break;
    }
    for (size_t t = j; t <= p && before < 0; t++) {
        int32_t tm = a->w->tok_mention[t];
        px_entity_kind kind = tm >= 0 ? d->entities[d->mentions[tm].entity].kind : PX_ENT_OTHER;
        if (kind == PX_ENT_ORG || kind == PX_ENT_MEDIA ||
            (tm >= 0 && kind != PX_ENT_PLACE && t == j + 1 && is(a, j, "the")))
            return tx_from_entity(a, tm, out) ? APPOS_NAMES : APPOS_NONE;
    }
    return APPOS_SKIP;
}

/* "one of them said", "another of those people": one of the group the
 * latest quote before it gave to people described, not named ("two of
 * the people said"); without one, the words themselves. */
static bool group_member(const actx *a, size_t b, spk *out)
{
    bool alone = is(a, b, "another") && b + 1 < a->doc->n_tokens &&
                 speech_verb(a, b + 1) && (tk(a, b)->flags & PX_TOK_SENT_START);
    if (!alone && (!(is(a, b, "one") || is(a, b, "another") || is(a, b, "both") ||
                     tx_quantifier(a, b)) ||
                   !is(a, b + 1, "of") || !(is(a, b + 2, "them") || is(a, b + 2, "those"))))
        return false;
    const px_textdoc *d = a->doc;
    /* "Contestants on the show had been told ..., one of them said": the
     * group named before it in the sentence */
    if (!alone && tx_group_before(a, b, out)) return true;
    const px_quote *best = NULL;
    for (size_t i = 0; i < d->n_quotes; i++) {
        const px_quote *q = &d->quotes[i];
        if (q->end <= tk(a, b)->start && q->speaker < 0 && q->speaker_name &&
            (!best || q->end > best->end))
            best = q;
    }
    if (best) {
        *out = (spk){-1, best->speaker_name, best->speaker_role, true};
        return true;
    }
    if (alone) return false;
    const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                        tk(a, b + 2)->end - tk(a, b)->start);
    *out = (spk){-1, name, name, name != NULL};
    return name != NULL;
}

bool tx_subject_before(const actx *a, size_t v, size_t lo, spk *out,
                           int depth)
{
    if (depth > 3) return false;
    if (lx(a, v) & LX_SPEECH_PART) {
        /* "..., adding," / "quoted X, saying," */
        for (size_t j = v; j > lo; j--) {
            size_t f = j - 1;
            if (!(lx(a, f) & (LX_SPEECH | LX_REPORT)) || !lower(a, f)) continue;
            /* "quoted a minister as saying": who is quoted, up to "as" */
            size_t hi = v > f + 2 && is(a, v - 1, "as") ? v - 1 : v;
            if ((lx(a, f) & LX_REPORT) && (is(a, f, "quoted") || is(a, f, "cited") ||
                                           is(a, f, "quotes") || is(a, f, "cites")))
                return tx_subject_after(a, f, hi, out) ||
                       tx_subject_before(a, f, lo, out, depth + 1);
            return tx_subject_before(a, f, lo, out, depth + 1);
        }
        /* "She opens by saying ...": the sentence's subject; "Coach X
         * was furious, claiming ...": a person named in its first words */
        size_t s0 = a->doc->sentences[tk(a, v)->sentence].tok_begin;
        int32_t m = -1;
        /* "HARBOURTON (Wire) — Acme Group cut ..., saying": past a dateline */
        int32_t d0 = s0 < v ? a->w->tok_mention[s0] : -1;
        if (d0 >= 0 && a->doc->entities[a->doc->mentions[d0].entity].kind == PX_ENT_PLACE) {
            size_t j = s0;
            while (j < v && j < s0 + 8 && !dash_before(a, j)) j++;
            if (j < v && j < s0 + 8) s0 = j;
        }
        bool role_np = false;           /* "The mayor, X, resigned, saying" */
        for (size_t j = s0; s0 >= lo && j < v && j < s0 + 4; j++) {
            if (j > s0 && tx_comma_before(a, j) && role_np && a->w->tok_mention[j] >= 0 &&
                a->doc->entities[a->doc->mentions[a->w->tok_mention[j]].entity].kind ==
                    PX_ENT_PERSON) {
                m = a->w->tok_mention[j];
                break;
            }
            if (j > s0 && (tx_comma_before(a, j) || (lx(a, j) & (LX_ADVERB | LX_SPEECH))))
                break;
            role_np |= lower(a, j) && (lx(a, j) & (LX_TITLE | LX_ROLE));
            m = a->w->tok_mention[j];
            size_t end = j;
            while (m >= 0 && end + 1 < v && a->w->tok_mention[end + 1] == m) end++;
            /* "Quarry boss Ana Holt": a name before a role word is whose
             * the role is, not who */
            bool owner = m >= 0 && end + 1 < v && lower(a, end + 1) &&
                         (lx(a, end + 1) & (LX_TITLE | LX_ROLE));
            /* "Acme Group cut its forecast, saying": a firm opening the
             * sentence speaks as a person does */
            px_entity_kind kind = m >= 0 ? a->doc->entities[a->doc->mentions[m].entity].kind
                                         : PX_ENT_OTHER;
            /* "The National Weather Office has issued ..., saying" too */
            bool opens = j == s0 || (j == s0 + 1 && is(a, s0, "the"));
            if (m >= 0 && !owner &&
                (kind == PX_ENT_PERSON ||
                 (opens && (kind == PX_ENT_ORG || kind == PX_ENT_MEDIA))))
                break;
            m = -1;
        }
        /* "Asked whether ..., Mr X declined to comment, saying only that":
         * the person whose verb the participle follows, after an opening
         * phrase */
        for (size_t j = v; m < 0 && j > s0 && j > lo && v - j < PARTICIPLE_REACH; j--) {
            int32_t pm = a->w->tok_mention[j - 1];
            if (pm < 0 || (lx(a, j - 1) & LX_PRON)) continue;
            if (a->doc->entities[a->doc->mentions[pm].entity].kind != PX_ENT_PERSON) break;
            if (j < v && lower(a, j) && !(tk(a, j)->flags & PX_TOK_STOP) && !tx_comma_before(a, j) &&
                tx_comma_before(a, v))
                m = pm;
            break;
        }
        return m >= 0 && tx_from_entity(a, m, out);
    }
    size_t k = v;
    /* "would say only": past adverbs and modals ("did not say" reports
     * nothing: "not" stops it) */
    /* ("The Herald first reported": an order word right before it) */
    while (k > lo && lower(a, k - 1) &&
           ((lx(a, k - 1) & LX_ADVERB) || modal(a, k - 1) ||
            (k == v && (is(a, k - 1, "first") || is(a, k - 1, "initially") ||
                        is(a, k - 1, "originally") || is(a, k - 1, "exclusively")))))
        k--;
    if (k <= lo) return false;
    size_t p = k - 1;
    /* "Cllr Ana Holt (Greens, Old Town) said": past the bracket */
    size_t open = bracket_open(a, p, lo);
    if (open) p = open - 1;
    /* "used to say", "wrote to us to say": an infinitive's subject is the
     * one of the word before "to", when that is a verb with a subject */
    /* ("messaged us to say": past the one told) */
    if (is(a, p, "to") && p > lo + 1 && lower(a, p - 2) &&
        (is(a, p - 1, "us") || is(a, p - 1, "me") || is(a, p - 1, "him") || is(a, p - 1, "her") ||
         is(a, p - 1, "them")))
        return tx_subject_before(a, p - 2, lo, out, depth + 1);
    /* ("went on to say": past the particle) */
    if (is(a, p, "to") && p > lo + 1 && is(a, p - 1, "on") && lower(a, p - 2))
        return tx_subject_before(a, p - 2, lo, out, depth + 1);
    if (is(a, p, "to")) return p > lo && tx_subject_before(a, p - 1, lo, out, depth + 1);
    /* "a note on his desk from his predecessor, Dame Celia Harcourt, that
     * read": a document from someone says that person's words */
    if ((is(a, p, "that") || is(a, p, "which")) && p > lo + 2) {
        bool doc = false;
        for (size_t j = p; j > lo + 1 && p - j < 14; j--) {
            if (!is(a, j - 1, "from")) continue;
            for (size_t d = j - 1; d > lo && j - 1 - d < 5 && !doc; d--)
                doc = lower(a, d - 1) && ((lx(a, d - 1) & LX_DOC) || is(a, d - 1, "note") ||
                                          is(a, d - 1, "message") || is(a, d - 1, "card"));
            for (size_t m = j; doc && m < p; m++) {
                int32_t mm = a->w->tok_mention[m];
                if (mm >= 0 && a->doc->entities[a->doc->mentions[mm].entity].kind ==
                                   PX_ENT_PERSON)
                    return tx_from_entity(a, mm, out);
            }
            break;
        }
    }
    /* "a device it called '...'", "it said": an organisation's it, the
     * latest organisation or outlet named near */
    if (is(a, p, "it") && lower(a, p)) {
        int32_t o = tx_latest_mention(a, tk(a, p)->start, PX_ENT_ORG, NULL, NULL, 2);
        int32_t md = tx_latest_mention(a, tk(a, p)->start, PX_ENT_MEDIA, NULL, NULL, 2);
        if (md > o) o = md;
        return o >= 0 && tx_from_entity(a, o, out);
    }
    /* "Kessling stood and said only": the subject of the verb "and" joins */
    if (is(a, p, "and") && p > lo + 2 && lower(a, p - 1) && !tx_comma_before(a, p) &&
        (a->w->tok_mention[p - 2] >= 0 || (lx(a, p - 2) & LX_PRON)) &&
        (tk(a, p - 1)->flags & PX_TOK_WORD) && !(tk(a, p - 1)->flags & PX_TOK_STOP) &&
        a->w->tok_mention[p - 1] < 0 && !(lx(a, p - 1) & (LX_ROLE | LX_TITLE | NP_NOUN)))
        return tx_subject_before(a, p - 1, lo, out, depth + 1);
    /* "X completed a move to Sporting Y - and insisted ...": after a dash
     * "and" goes back to the person the sentence opens with */
    bool dash = false;
    for (uint32_t g = tk(a, p > 0 ? p - 1 : p)->end; p > lo + 1 && g < tk(a, p)->start; g++)
        dash |= tx_dash_at(a->t, g, tk(a, p)->start) != 0;
    if (dash && is(a, p, "and")) {
        size_t s0 = a->doc->sentences[tk(a, p)->sentence].tok_begin;
        for (size_t j = s0 > lo ? s0 : lo; j < p && j < s0 + 4; j++) {
            int32_t mm = a->w->tok_mention[j];
            if (mm >= 0 && a->doc->entities[a->doc->mentions[mm].entity].kind == PX_ENT_PERSON)
                return tx_from_entity(a, mm, out);
        }
    }
    /* "Hallam Pharmaceuticals declined to comment on the figures but said
     * ...": "but" joins a verb to the one of the name the sentence opens
     * with, when that name is its subject (a verb in lower case follows
     * it) */
    if (is(a, p, "but") && !tx_comma_before(a, p) && p > lo + 2) {
        size_t s0 = a->doc->sentences[tk(a, p)->sentence].tok_begin;
        size_t j = s0 > lo ? s0 : lo;
        if (j < p && is(a, j, "the")) j++;
        int32_t mm = j < p ? a->w->tok_mention[j] : -1;
        size_t after = j;
        while (mm >= 0 && after < p && a->w->tok_mention[after] == mm) after++;
        if (mm >= 0 && after + 1 < p && lower(a, after) && !tx_comma_before(a, after) &&
            !is(a, after, "of") && !(lx(a, j) & LX_PRON) && !tx_in_quote(a, tk(a, j)->start)) {
            px_entity_kind kind = a->doc->entities[a->doc->mentions[mm].entity].kind;
            if (kind == PX_ENT_PERSON || kind == PX_ENT_ORG || kind == PX_ENT_MEDIA)
                return tx_from_entity(a, mm, out);
        }
    }
    /* "X, 58, said" and "X, who ..., told": the subject is before the
     * comma */
    bool clause = false;
    size_t appos_end = 0;    /* "Another caller, a teacher, said": its end */
    /* "X, a company with sites in Y, said": only when no name or
     * apposition of a person ends the phrase ("a senior, Luis Ortega,") */
    bool bare = a->w->appos_owner[p] < 0 &&
                (a->w->tok_mention[p] < 0 ||   /* "a nurse in Leeds" ends in a place */
                 a->doc->entities[a->doc->mentions[a->w->tok_mention[p]].entity].kind ==
                     PX_ENT_PLACE);
    if (tx_comma_before(a, k))
        for (size_t j = p; j > lo && p - j < 25 && tk(a, j)->sentence == tk(a, p)->sentence;
             j--) {
            /* ("Queueing ..., retired teacher Ana Holt, 71, says": a
             * participle before a person's name is the name's adjective,
             * not a phrase set off) */
            bool named_in = false;
            bool adj = j + 1 <= p && !(tk(a, j + 1)->flags & (PX_TOK_STOP | PX_TOK_QUOTED)) &&
                       lower(a, j + 1);                  /* not "sitting with" */
            for (size_t t = j + 1; t <= p && t <= j + 3 && adj && participle(a, j) && !named_in; t++)
                named_in = a->w->tok_mention[t] >= 0 &&
                           a->doc->entities[a->doc->mentions[a->w->tok_mention[t]].entity].kind ==
                               PX_ENT_PERSON;
            /* ("An elderly man by the door, his arm in a sling, said": a
             * his/her phrase with a preposition or participle and no role
             * word is set off; "X, her campaign manager, said" is not) */
            bool absolute = false;
            if ((is(a, j, "his") || is(a, j, "her") || is(a, j, "their")) && lower(a, j) &&
                a->w->tok_mention[j] < 0) {
                bool prep = false, role_word = false;
                for (size_t t = j + 1; t <= p && t < j + 8; t++) {
                    prep |= (lx(a, t) & LX_LOC_PREP) || is(a, t, "on") || is(a, t, "at") ||
                            is(a, t, "with") || participle(a, t);
                    role_word |= (lx(a, t) & (LX_ROLE | LX_TITLE)) || a->w->tok_mention[t] >= 0;
                }
                absolute = prep && !role_word;
            }
            if ((set_off_opener(a, j) || absolute || (participle(a, j) && !named_in) ||
                 (bare && (is(a, j, "a") || is(a, j, "an")))) &&
                tx_comma_before(a, j)) {
                if (is(a, j, "who") && name_given(a, j, p, out)) return true;
                /* "the union, whose president, Ana Holt, said": the name
                 * set off after the role speaks */
                int32_t pm = a->w->tok_mention[p];
                if (is(a, j, "whose") && pm >= 0 &&
                    a->doc->entities[a->doc->mentions[pm].entity].kind == PX_ENT_PERSON) {
                    size_t m0 = tx_tok_lower_bound(a->doc, a->doc->mentions[pm].start);
                    if (m0 > j + 1 && tx_comma_before(a, m0)) return tx_from_entity(a, pm, out);
                }
                /* "One, a takeaway worker on a break, told": the number
                 * stands for the person the apposition describes */
                if (bare && (is(a, j, "a") || is(a, j, "an"))) appos_end = p;
                if (j >= lo + 2 && (is(a, j - 1, "one") || is(a, j - 1, "another")) &&
                    (is(a, j, "a") || is(a, j, "an")) &&
                    (j - 1 == lo || tx_comma_before(a, j - 1) ||
                     (tk(a, j - 1)->flags & PX_TOK_SENT_START)) &&
                    tx_np(a, j, p + 1, out))
                    return true;
                p = j - 1;
                clause = true;
                break;
            }
            int ba = body_apposition(a, j, p, lo, out);
            if (ba == APPOS_NAMES) return true;
            if (ba == APPOS_SKIP) {
                p = j - 1;
                clause = true;
                break;
            }
            /* "Her coach, she later recalled, had told her": an
             * attribution set off inside the clause stands for nobody */
            if ((lx(a, j) & LX_PRON) && tx_comma_before(a, j) && j + 1 <= p &&
                speech_verb(a, p) && j > lo + 1) {
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
    if (!clause && tx_comma_before(a, k)) {
        size_t pt = before_title(a, p, lo);
        clause = pt != p;
        p = pt;
    }
    if (p > lo && (tk(a, p)->flags & PX_TOK_NUM) && tx_comma_before(a, p)) p--;
    /* "Harriet Vance KC said": past letters after a person's name */
    if (p > lo && post_nominal_at(a, p) && a->w->tok_mention[p] < 0 &&
        a->w->tok_mention[p - 1] >= 0 && !tx_comma_before(a, p) &&
        a->doc->entities[a->doc->mentions[a->w->tok_mention[p - 1]].entity].kind == PX_ENT_PERSON)
        p--;
    /* "Sen. X, R-Kan., said": past the party and state */
    if (p > lo + 1 && tx_party_tag(a->t, tk(a, p - 1)->start, a->doc->len) &&
        tx_comma_before(a, p - 1))
        p -= 2;
    /* "Dana Fell, who said she ...": the relative pronoun stands for the
     * person set off before it */
    if (p > lo && is(a, p, "who") && tx_comma_before(a, p)) {
        int32_t m = a->w->appos_owner[p - 1] >= 0 ? a->w->appos_owner[p - 1]
                                                   : a->w->tok_mention[p - 1];
        return m >= 0 && a->doc->entities[a->doc->mentions[m].entity].kind == PX_ENT_PERSON &&
               tx_from_entity(a, m, out);
    }
    if (a->w->appos_owner[p] >= 0) return tx_from_entity(a, a->w->appos_owner[p], out);
    if (tx_one_of(a, p, out)) return true;
    if ((lx(a, p) & LX_PRON) &&
        role_antecedent(a, p, tx_antecedent(a, tk(a, p)->start), out, depth))
        return true;
    if ((lx(a, p) & LX_PRON) && reporter(a, p, tx_antecedent(a, tk(a, p)->start), out, depth))
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
        /* ("a student travelling home to X", "a student from X": a place
         * after "to" or "from" too) */
        bool place = a->doc->entities[a->doc->mentions[a->w->tok_mention[p]].entity].kind ==
                     PX_ENT_PLACE;
        if (m > lo + 1 && lower(a, m - 1) && (is(a, m - 1, "for") ||
            is(a, m - 1, "of") || is(a, m - 1, "in") || is(a, m - 1, "at") ||
            (place && (is(a, m - 1, "to") || is(a, m - 1, "from"))) ||
            (is(a, m - 1, "the") && m > lo + 2 && lower(a, m - 2) &&
             (is(a, m - 2, "for") || is(a, m - 2, "of") ||
              is(a, m - 2, "at") || is(a, m - 2, "in"))))) {
            /* the mention sits in a prepositional phrase; the speaker is
             * the noun phrase it modifies, when that names a role */
            size_t b = m - 1;
            while (b > lo && m - b < 10 && (lower(a, b - 1) ||
                   a->w->tok_mention[b - 1] >= 0 ||
                   (tk(a, b - 1)->flags & PX_TOK_SENT_START)) && tight(a, b - 1) &&
                   (!(lx(a, b - 1) & (LX_SPEECH | LX_SPEECH_PART)) ||
                    /* "a critic writing in the X" */
                    ((lx(a, b - 1) & LX_SPEECH_PART) && b >= 2 && (lx(a, b - 2) & NP_NOUN))))
                b--;
            /* "members of the Friends of X", "staff at Y": the
             * organisation's people speak for it */
            int32_t om = a->w->tok_mention[p];
            bool org = a->doc->entities[a->doc->mentions[om].entity].kind == PX_ENT_ORG;
            if (org && b + 1 < m && (lower(a, b) || (tk(a, b)->flags & PX_TOK_SENT_START)) &&
                tx_members_word(tk(a, b)->norm) && tx_from_entity(a, om, out)) {
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                             tk(a, p)->end - tk(a, b)->start);
                return out->role != NULL;
            }
            if (tx_np(a, b, m - 1, out)) {
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                             tk(a, p)->end - tk(a, b)->start);
                return out->role != NULL;
            }
        }
        const px_entity *en = &a->doc->entities[a->doc->mentions[a->w->tok_mention[p]].entity];
        /* "A spokesperson for the landlord, Kelby Estates, said", "for
         * one line, X,": a name set off after "for/of the NOUN" names
         * that noun; the role phrase before the preposition speaks */
        size_t pp = m >= lo + 3 ? m - 2 : lo;    /* "for the bus company, X," */
        while (pp > lo && m - pp < 5 && lower(a, pp) && !is(a, pp, "for") && !is(a, pp, "of") &&
               (tk(a, pp)->flags & PX_TOK_WORD) && tight(a, pp))
            pp--;
        if (en->kind == PX_ENT_ORG && m >= lo + 3 && tx_comma_before(a, m) &&
            lower(a, m - 1) && (tk(a, m - 1)->flags & PX_TOK_WORD) && pp > lo &&
            (is(a, pp, "for") || is(a, pp, "of"))) {
            size_t b = pp;
            while (b > lo && pp - b < 6 && tight(a, b - 1) &&
                   (lower(a, b - 1) || (tk(a, b - 1)->flags & PX_TOK_SENT_START)) &&
                   !(lx(a, b - 1) & (LX_SPEECH | LX_SPEECH_PART)))
                b--;
            if (b < pp && tx_np_opener(a, b) && tx_np(a, b, pp, out)) {
                out->role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                             tk(a, m - 1)->end - tk(a, b)->start);
                return out->role != NULL;
            }
        }
        if (en->kind == PX_ENT_PLACE && relative_subject(a, p, lo, out)) return true;
        if (en->kind == PX_ENT_PLACE && m > lo &&
            ((lx(a, m - 1) & LX_LOC_PREP) || is(a, m - 1, "from"))) {
            /* "Rohan in Ashby texts": the person before where they live;
             * "landlords in Westbury say": nobody named */
            int32_t pm = m > lo + 1 ? a->w->tok_mention[m - 2] : -1;
            return pm >= 0 && a->doc->entities[a->doc->mentions[pm].entity].kind ==
                                  PX_ENT_PERSON && tx_from_entity(a, pm, out);
        }
        return tx_from_entity(a, a->w->tok_mention[p], out);
    }
    if (lx(a, p) & LX_PRON) {
        int32_t m = tx_antecedent(a, tk(a, p)->start);
        return m >= 0 && tx_from_entity(a, m, out);
    }
    if (is(a, p, "it") && tight(a, p)) {
        /* "it said": a document the sentence (or the one before) opens
         * with, else an organisation, else an outlet */
        if (document_before(a, p, out)) return true;
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
        size_t s0 = a->doc->sentences[sent].tok_begin, e;
        /* "In a statement, the operator thanked them and said" */
        for (size_t j = s0 + 1; j < p && j < s0 + OPENER_WORDS; j++)
            if (tx_comma_before(a, j)) { s0 = j; break; }
        e = s0;
        while (e < p && e < s0 + DEFINITE_WORDS && !participle(a, e) &&
               !(lx(a, e) & (LX_SPEECH | LX_ADVERB)) && (tk(a, e)->flags & PX_TOK_WORD))
            e++;
        return s0 >= lo && e > s0 && e < p && participle(a, e) && tx_np(a, s0, e, out);
    }
    /* "Others said they would stay", "Some said ...": a quantifier alone
     * (tx_quantifier), "others" or "both" opening the sentence speaks for
     * the group */
    bool opens = p == lo || (tk(a, p)->flags & PX_TOK_SENT_START) || tx_comma_before(a, p);
    /* "Another said ...": one more of whom the quote before described */
    if (opens && p + 1 == k && group_member(a, p, out)) return true;
    if (opens && p + 1 == k && (tx_quantifier(a, p) || is(a, p, "others") || is(a, p, "both"))) {
        const char *name = px_arena_strndup(&a->doc->arena, a->t + tk(a, p)->start,
                                            tk(a, p)->end - tk(a, p)->start);
        *out = (spk){-1, name, name, name != NULL};
        return name != NULL;
    }
    if (!clause && !tight(a, p)) return false;
    if (relative_subject(a, p, lo, out)) return true;
    size_t b = p + 1;
    bool relative_in = false;
    while (b > lo && p + 1 - b < SUBJECT_WORDS) {
        size_t c = b - 1;
        bool demonym = a->w->tok_mention[c] >= 0 &&
                       a->doc->entities[a->doc->mentions[a->w->tok_mention[c]]
                                            .entity].kind == PX_ENT_PLACE;
        bool opener = (tk(a, c)->flags & PX_TOK_SENT_START) &&
                      a->w->tok_mention[c] < 0 &&  /* "Opposition councillors" */
                      (tx_np_opener(a, c) || tx_quantifier(a, c) ||
                       !(tk(a, c)->flags & PX_TOK_STOP)); /* not "As" */
        /* "a Brightwell spokesperson", "the Amalgamated Transit union": a
         * name between article and noun */
        size_t ms = c;
        while (ms > lo && a->w->tok_mention[c] >= 0 &&
               a->w->tok_mention[ms - 1] == a->w->tok_mention[c])
            ms--;
        bool named = ms > lo && c < p && tight(a, ms - 1) &&
                     (is(a, ms - 1, "a") || is(a, ms - 1, "an") || is(a, ms - 1, "the"));
        /* "the MP", "the Minister": a title written in capitals */
        bool title = c > lo && (lx(a, c) & LX_TITLE) && is(a, c - 1, "the") &&
                     tight(a, c - 1) && a->w->tok_mention[c] < 0;
        /* ... or in two ("the Prime Minister", "the Chief Constable") */
        title |= (c == p || c + 1 == p) && p >= lo + 2 && (lx(a, p) & LX_TITLE) &&
                 !lower(a, p - 1) && is(a, p - 2, "the") && tight(a, p - 2) &&
                 a->w->tok_mention[p - 1] < 0 && a->w->tok_mention[p] < 0;
        if (!lower(a, c) && !demonym && !opener && !named && !title) break;
        /* a speech verb ends the phrase, unless a relative clause holds
         * it ("an expert who read the study said") */
        bool relative = c > lo && (is(a, c - 1, "who") || is(a, c - 1, "that"));
        if ((lx(a, c) & (LX_SPEECH | LX_SPEECH_PART)) && !relative) break;
        if (c != p && !tight(a, c) && !tx_age_at(a, c)) break;
        /* from eight words on only a chain of prepositional phrases ("in
         * charge of repairs to the X tunnel"), not a relative clause */
        relative_in = relative_in || is(a, c, "who") || is(a, c, "that");
        if (p + 1 - c >= SHORT_SUBJECT && relative_in) break;
        b = c;
    }
    /* '"...", and a guide published last spring called it': the phrase
     * starts after the conjunction, and after an adverb ("Even the
     * council's own assessment admits") */
    while (b < p && (is(a, b, "and") || is(a, b, "but") || (lx(a, b) & LX_ADVERB))) b++;
    /* "A minute later the mate shouted": a time phrase before the
     * subject, without its comma */
    for (size_t t = b + 1; t < p && t <= b + 3; t++)
        if (is(a, t, "later") || is(a, t, "earlier") || is(a, t, "ago")) {
            b = t + 1;
            break;
        }
    /* "X, whose annual report warns": the report is X's */
    if (b <= p && is(a, b, "whose") && b > lo && tx_comma_before(a, b))
        return tx_from_entity(a, a->w->tok_mention[b - 1], out);
    /* "said in a statement read out": a phrase opening with a preposition
     * is where, not who */
    if (b + 2 == p && group_member(a, b, out)) return true;
    if (b > p || prep_word(a, b) || !tx_np(a, b, p + 1, out)) return false;
    if (appos_end > p && out->ent < 0) {     /* the apposition says the role too */
        const char *role = px_arena_strndup(&a->doc->arena, a->t + tk(a, b)->start,
                                            tk(a, appos_end)->end - tk(a, b)->start);
        if (role) out->role = role;
    }
    return true;
}


/* "The novelist is on her knees ... 'Give me ten minutes,' she says.
 * // Marguerite Oyelowo-Sand has published eleven novels": a feature that
 * opens on a person described by "the" before anyone is named names them
 * in the next paragraph's first words; every quote given that
 * description is theirs. */
static void named_next_paragraph(const actx *a)
{
    px_textdoc *d = a->doc;
    const char *role = NULL;
    int32_t ent = -1;
    for (size_t i = 0; i < d->n_quotes; i++) {
        px_quote *q = &d->quotes[i];
        const char *n = q->speaker_name;
        if (q->speaker >= 0 || !n || strncasecmp(n, "the ", 4) != 0) continue;
        /* (the quote's words given to a he/she: "'...,' she says") */
        size_t after = tx_tok_lower_bound(d, q->end);
        bool pron = q->kind == PX_QUOTE_DIRECT && after < d->n_tokens &&
                    (lx(a, after) & LX_PRON) && tk(a, after)->start <= q->end + 6;
        if (role) {
            if (strcasecmp(n, role) == 0) {
                q->speaker = ent;
                q->speaker_name = d->entities[ent].name;
                q->speaker_role = role;
            }
            continue;
        }
        /* nobody named before the quote's paragraph, the byline apart */
        uint32_t para = d->sentences[q->sentence].paragraph;
        bool named = false;
        for (size_t k = 0; k < d->n_mentions && !named; k++) {
            const px_mention *mm = &d->mentions[k];
            size_t mt = tx_tok_lower_bound(d, mm->start);
            if (mt >= d->n_tokens || d->sentences[tk(a, mt)->sentence].paragraph >= para) break;
            named = d->entities[mm->entity].kind == PX_ENT_PERSON && !tx_in_byline(a, mt) &&
                    !tx_is_pronoun_at(a, mm->start);
        }
        if (named || !pron) return;
        /* the next paragraph opens with a person met there first */
        uint32_t s = q->sentence;
        while (s < d->n_sentences && d->sentences[s].paragraph == para) s++;
        if (s >= d->n_sentences) return;
        size_t t0 = d->sentences[s].tok_begin;
        int32_t m = t0 < d->n_tokens ? a->w->tok_mention[t0] : -1;
        if (m < 0 || d->mentions[m].start != tk(a, t0)->start ||
            d->entities[d->mentions[m].entity].kind != PX_ENT_PERSON ||
            !strchr(d->entities[d->mentions[m].entity].name, ' '))
            return;
        for (int32_t k = 0; k < m; k++)
            if (d->mentions[k].entity == d->mentions[m].entity) return;
        ent = (int32_t)d->mentions[m].entity;
        role = n;
        q->speaker = ent;
        q->speaker_name = d->entities[ent].name;
        q->speaker_role = role;
    }
}

/* "A former manager at the plant says she was ordered ... . Sara Hale,
 * who worked there for nine years, told ...": a speaker given only as "a"
 * or "an" role phrase, named in the next sentence, which opens with a
 * person met there for the first time and a relative clause about them or
 * their age ("Ana Holt, 52, of Y, denies"). */
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
        /* "X, 52, of Y, denies ...": an age set off after the name */
        size_t r = e + 1 < d->n_tokens && (tk(a, e + 1)->flags & PX_TOK_NUM) &&
                   tx_comma_before(a, e + 1) ? e + 2 : e + 1;
        if (!first || r >= d->n_tokens || !tx_comma_before(a, r) ||
            !(is(a, r, "who") || r == e + 2))
            continue;
        q->speaker = (int32_t)ent;
        q->speaker_name = d->entities[ent].name;
        if (d->entities[ent].role) q->speaker_role = d->entities[ent].role;
    }
    named_next_paragraph(a);
}
