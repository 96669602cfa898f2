/*
 * entities.c - named entities of a document and their in-document
 * coreference.
 *
 * Three passes, all linear in the number of tokens:
 *  A. candidates: maximal runs of capitalised words inside a sentence,
 *     joined across "of"/"for"/... only inside organisation-like names, cut
 *     at possessives ("Hong Kong's") and adjectival hyphens ("U.S.-led").
 *     Headline-like sentences (mostly capitalised) only yield countries.
 *  B. classification (entity_kinds.c): title prefixes ("Russian President", "Professor")
 *     are split off as a role; then country names/demonyms (iso-codes),
 *     cue words (Ministry -> org, Times -> media, Peninsula -> place),
 *     context (", a researcher at X," apposition -> person with role;
 *     "X reported" -> media; "X said" -> person; "in X" -> place) and
 *     finally shape (2-4 capitalised words -> person).  Each decision has
 *     a confidence so weak guesses never override strong ones.
 *  C. resolution in text order (entity_resolve.c): a lone surname ("Liu", "Professor Park")
 *     joins the full name it matches (most recent first), he/she join the
 *     most recent person, single capitalised words at a sentence start are
 *     kept only when something else confirms them.
 */
#include <stdlib.h>
#include <string.h>

#include "entities_int.h"

/* "Will Garrity", "May Lind", "April Kerr": a capitalised modal or month
 * right before a capitalised word is a first name, unless a preposition,
 * a number or "last"/"next" before it makes it a date ("in May Smith"). */
static bool first_name_word(const ent_state *s, size_t i)
{
    static const char *const date_words[] = {"last", "next", "early", "late",
                                             "mid", "this", "every"};
    const char *w = tk(s, i)->norm;
    size_t wl = strlen(w);
    bool modal = strcmp(w, "will") == 0 || strcmp(w, "may") == 0;
    bool month = (lx(s, i) & LX_TIME) && !(wl > 3 && strcmp(w + wl - 3, "day") == 0);
    if ((!modal && !month) || all_caps(s, i) || i + 1 >= s->doc->n_tokens ||
        !ent_joined(s, i) || tk(s, i + 1)->sentence != tk(s, i)->sentence)
        return false;
    const px_token *n = tk(s, i + 1);
    if (!(n->flags & PX_TOK_WORD) || !(n->flags & PX_TOK_CAP) ||
        (n->flags & PX_TOK_STOP) || (lx(s, i + 1) & (LX_TIME | LX_TITLE)))
        return false;
    if (i > 0 && tk(s, i - 1)->sentence == tk(s, i)->sentence) {
        const px_token *p = tk(s, i - 1);
        if ((p->flags & (PX_TOK_STOP | PX_TOK_NUM)) || (lx(s, i - 1) & LX_LOC_PREP))
            return false;
        for (size_t d = 0; d < sizeof date_words / sizeof *date_words; d++)
            if (strcmp(p->norm, date_words[d]) == 0) return false;
    }
    return true;
}

/* A word that can be part of a name. */
static bool capw(const ent_state *s, size_t i)
{
    const px_token *k = tk(s, i);
    if (!(k->flags & PX_TOK_WORD) || !(k->flags & PX_TOK_CAP)) return false;
    if (lx(s, i) & LX_TIME) return first_name_word(s, i);
    if ((k->flags & PX_TOK_STOP) || (lx(s, i) & LX_STOP_EN))
        return all_caps(s, i) || first_name_word(s, i);
    if (lx(s, i) & LX_OPENER) return all_caps(s, i);
    /* "Thirteen said no.": a number word names nothing alone; it is part
     * of a name next to another capitalised word ("Two Rivers Council",
     * "Channel Six") */
    if (px_number_word(k->norm) > 0)
        return (i + 1 < s->doc->n_tokens && ent_joined(s, i) &&
                tk(s, i + 1)->sentence == k->sentence && (tk(s, i + 1)->flags & PX_TOK_CAP) &&
                (tk(s, i + 1)->flags & PX_TOK_WORD)) ||
               (i > 0 && ent_joined(s, i - 1) && tk(s, i - 1)->sentence == k->sentence &&
                (tk(s, i - 1)->flags & PX_TOK_CAP) && (tk(s, i - 1)->flags & PX_TOK_WORD));
    return k->end - k->start > 1 || s->t[k->start] != 'I';
}

static bool title_abbrev(const char *norm)
{
    static const char *const ab[] = {"mr", "mrs", "ms", "dr", "prof", "st",
                                     "gen", "sen", "rep", "gov", "lt", "col",
                                     "capt", "rev", "jr", "sr", "sgt", "cllr",
                                     "supt", "insp", "mme", "mlle"};
    for (size_t i = 0; i < sizeof ab / sizeof *ab; i++)
        if (strcmp(norm, ab[i]) == 0) return true;
    return norm[0] && !norm[1];             /* an initial */
}

/* "Mrs", "Sir", "Lord": a form of address that may stand before a title
 * ("Mr Justice Hale", "Lord Chief Justice"). */
static bool honorific(const char *norm)
{
    static const char *const h[] = {"mr", "mrs", "ms", "miss", "dr", "sir",
                                    "dame", "lord", "lady", "prof", "mme", "mlle", "herr", "frau",
                                    "ma\xc3\xaetre", "maitre"};
    for (size_t i = 0; i < sizeof h / sizeof *h; i++)
        if (strcmp(norm, h[i]) == 0) return true;
    return false;
}

/* Only blanks (no line break) between tokens a and b=a+1, or ". " after a
 * title abbreviation or initial. */
/* Letters after a name ("KC", "MP", "OBE"): two to four capitals, no
 * word that makes an organisation, outlet or place ("FC", "TV"). */
static bool post_nominal(const ent_state *s, size_t i)
{
    size_t n = tk(s, i)->end - tk(s, i)->start;
    /* "Quince III": a generation's numeral is part of the name */
    if (strspn(s->t + tk(s, i)->start, "IVX") >= n) return false;
    return n >= 2 && n <= 4 && all_caps(s, i) && (tk(s, i)->flags & PX_TOK_WORD) &&
           !(lx(s, i) & (LX_ORG_CUE | LX_MEDIA_CUE | LX_PLACE_CUE));
}

/* "Members" in "Council Members Ana Lind and ...": a title's plural. */
static bool plural_title(const ent_state *s, size_t k)
{
    const char *n = tk(s, k)->norm;
    size_t l = strlen(n);
    char one[32];
    if (l < 4 || l >= sizeof one || n[l - 1] != 's' || n[l - 2] == 's') return false;
    memcpy(one, n, l - 1);
    one[l - 1] = '\0';
    return (tx_lex_word(s->w->an, one) & LX_TITLE) != 0;
}

/* "Council Member Ana Lind", "Police Chief Tom Hale": the body a title
 * belongs to opens it, before the title and a name of two words. */
static bool body_title(const ent_state *s, size_t k)
{
    return (lx(s, k) & LX_ORG_CUE) && !(lx(s, k) & LX_TITLE) &&
           ((lx(s, k + 1) & LX_TITLE) || plural_title(s, k + 1));
}

/* How many tokens after a make a nickname in quotes before the surname
 * ('Walter "Buddy" Strand', 'Alan "Safe Hands" Brophy', 'Barry "the
 * Badger" Nolan'): up to three words, capitalised but for "the"; 0 when
 * there is none. */
static size_t nickname_len(const ent_state *s, size_t a, size_t e)
{
    static const char *const open[] = {" \"", " \xe2\x80\x9c", " '", " \xe2\x80\x98"};
    static const char *const close[] = {"\" ", "\xe2\x80\x9d ", "' ", "\xe2\x80\x99 "};
    uint32_t g0 = tk(s, a)->end, g1 = tk(s, a + 1)->start;
    for (size_t k = 0; k < sizeof open / sizeof *open; k++) {
        size_t lo = strlen(open[k]), lc = strlen(close[k]);
        if (g1 - g0 != lo || memcmp(s->t + g0, open[k], lo) != 0) continue;
        for (size_t n = 1; n <= 3 && a + n + 1 < e; n++) {
            size_t w = a + n;
            if (!(tk(s, w)->flags & PX_TOK_CAP) && !has_norm(s, w, "the")) return 0;
            uint32_t h0 = tk(s, w)->end, h1 = tk(s, w + 1)->start;
            if (h1 - h0 == lc && memcmp(s->t + h0, close[k], lc) == 0) return n;
            if (!tx_is_space_only(s->t, h0, h1)) return 0;
        }
        return 0;
    }
    return 0;
}

/* Token a is the Arabic article of a name, "al-" or "el-" in lower case
 * joined to the next word by a hyphen ("al-Rashid"). */
static bool al_hyphen(const ent_state *s, size_t a)
{
    return (has_norm(s, a, "al") || has_norm(s, a, "el")) &&
           !(tk(s, a)->flags & PX_TOK_CAP) && a + 1 < s->doc->n_tokens && ent_hyphen_gap(s, a);
}

bool ent_joined(const ent_state *s, size_t a)
{
    uint32_t e = tk(s, a)->end, n = tk(s, a + 1)->start;
    if (e < n && s->t[e] == '.' && title_abbrev(tk(s, a)->norm)) e++;
    if (e >= n) return e == n && tk(s, a)->end < n;
    for (uint32_t i = e; i < n; i++)
        if (s->t[i] != ' ') return false;
    return true;
}


/* Only a hyphen between tokens a and a+1 ("Reyes-Hart"). */
bool ent_hyphen_gap(const ent_state *s, size_t a)
{
    uint32_t e = tk(s, a)->end;
    return e + 1 == tk(s, a + 1)->start && s->t[e] == '-';
}

/* "Solomon Reyes-Hart": a double-barrelled name part, two capitalised
 * words joined by a hyphen, neither a country ("Franco-German" stays
 * apart). */
static bool name_hyphen(const ent_state *s, size_t a)
{
    return ent_hyphen_gap(s, a) && capw(s, a + 1) && !ent_country_of(s, a, a + 1, 0) &&
           !ent_country_of(s, a + 1, a + 2, 0);
}

/* Words of a name, a hyphenated part counting once. */
size_t ent_name_parts(const ent_state *s, size_t t0, size_t t1)
{
    size_t n = t1 > t0 ? 1 : 0;
    for (size_t i = t0; i + 1 < t1; i++)
        if (!ent_hyphen_gap(s, i)) n++;
    return n;
}

static size_t poss_len(const char *norm)
{
    /* irregular plurals own what they name ("People's Party", "Women's
     * Tennis Circuit", "Children's Hospital") */
    static const char *const plural[] = {"people's", "women's", "men's", "children's"};
    size_t n = strlen(norm);
    if (n <= 2 || norm[n - 2] != '\'' || norm[n - 1] != 's') return 0;
    for (size_t i = 0; i < sizeof plural / sizeof *plural; i++)
        if (strcmp(norm, plural[i]) == 0) return 0;
    return 2;
}

/* Bytes of "'s" (or "’s") at the end of the token's raw text. */
static uint32_t raw_poss_bytes(const ent_state *s, size_t i)
{
    const px_token *k = tk(s, i);
    if (!poss_len(k->norm)) return 0;
    return (k->end - k->start >= 4 &&
            (unsigned char)s->t[k->end - 4] == 0xE2) ? 4 : 2;
}

/* "US-led": the part before the hyphen when the suffix is adjectival. */
static uint32_t hyph_cut(const ent_state *s, size_t i)
{
    const px_token *k = tk(s, i);
    const char *h = NULL;
    for (uint32_t j = k->start; j < k->end; j++)
        if (s->t[j] == '-') h = s->t + j;
    if (!h) return 0;
    char suf[32];
    size_t n = (size_t)(s->t + k->end - (h + 1));
    if (n == 0 || n >= sizeof suf) return 0;
    for (size_t j = 0; j < n; j++) {
        char c = h[1 + j];
        suf[j] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    suf[n] = '\0';
    if (!(tx_lex_word(s->w->an, suf) & LX_HYPH_ADJ)) return 0;
    return (uint32_t)(s->t + k->end - h);
}

/* Case-folded key of tokens [t0, t1), the last one cut by `cut` bytes of
 * its raw form (possessive, hyphen suffix). */
size_t ent_make_key(const ent_state *s, size_t t0, size_t t1, uint32_t cut,
                       char *buf)
{
    size_t k = 0;
    for (size_t i = t0; i < t1; i++) {
        const char *n = tk(s, i)->norm;
        size_t l = strlen(n);
        if (i + 1 == t1 && cut) {
            size_t pl = poss_len(n);
            if (pl) l -= pl;
            else if (l > cut) l -= cut;     /* hyphen suffix; ASCII here */
        }
        if (k + l + 2 >= MAX_KEY) return 0;
        if (k) buf[k++] = ent_hyphen_gap(s, i - 1) ? '-' : ' ';
        memcpy(buf + k, n, l);
        k += l;
    }
    buf[k] = '\0';
    return k;
}

const char *ent_country_of(const ent_state *s, size_t t0, size_t t1, uint32_t cut)
{
    char key[MAX_KEY];
    size_t n = ent_make_key(s, t0, t1, cut, key);
    return n ? tx_country_lookup(&s->w->an->countries, key, n) : NULL;
}

static px_status push(ent_state *s, const cand *c)
{
    if (s->nc == s->ccap) {
        size_t ncap = s->ccap ? s->ccap * 2 : 64;
        cand *p = realloc(s->c, ncap * sizeof *p);
        if (!p) return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
        s->c = p;
        s->ccap = ncap;
    }
    s->c[s->nc++] = *c;
    return PX_OK;
}


/* Lower-case titles right before the name: "spokesperson Ida Lund",
 * "Velandrian presidential aide Marek Dunne". */
static void pre_title(ent_state *s, cand *c, size_t sbeg)
{
    size_t k = c->t0;
    bool title = false;
    while (k > sbeg && (lx(s, k - 1) & (LX_TITLE | LX_TITLE_MOD)) &&
           !(tk(s, k - 1)->flags & PX_TOK_CAP) && ent_joined(s, k - 1) &&
           c->t0 - k < 4) {
        if (lx(s, k - 1) & LX_TITLE) title = true;
        k--;
    }
    if (!title) return;
    if (k > sbeg && ent_joined(s, k - 1) && ent_country_of(s, k - 1, k, 0)) k--;
    /* "Opposition leader Tomas Vell", "Chief executive Ana Brun",
     * "Green Party leader X": capitalised words right before the title
     * belong to it */
    for (size_t n = 0; n < 2 && k > sbeg && ent_joined(s, k - 1) &&
                       (tk(s, k - 1)->flags & PX_TOK_CAP) && (tk(s, k - 1)->flags & PX_TOK_WORD) &&
                       !(lx(s, k - 1) & (LX_STOP_EN | LX_TIME | LX_OPENER)) &&
                       !(tk(s, k - 1)->flags & PX_TOK_STOP);
         n++)
        k--;
    c->titled = true;
    if (!c->role_s) {
        c->role_s = tk(s, k)->start;
        c->role_e = tk(s, c->t0 - 1)->end;
    }
}


static bool written_lower(ent_state *s, size_t i);

/* "M. Gaspard Lemoyne": "M." before a first name and a surname is
 * "Monsieur" in a text that writes "Mme" or "Mlle" too; elsewhere it is
 * an initial ("M. Scott Avery"). */
static bool monsieur(const ent_state *s, size_t k, size_t j)
{
    if (j < k + 2 || strcmp(tk(s, k)->norm, "m") || s->t[tk(s, k)->end] != '.')
        return false;
    for (size_t m = 0; m < s->doc->n_tokens; m++)
        if ((tk(s, m)->flags & PX_TOK_CAP) &&
            (!strcmp(tk(s, m)->norm, "mme") || !strcmp(tk(s, m)->norm, "mlle")))
            return true;
    return false;
}

/* Do tokens [k, j] occur again, elsewhere in the text? */
static bool seen_elsewhere(const ent_state *s, size_t k, size_t j)
{
    size_t n = j - k + 1;
    for (size_t m = 0; m + n <= s->doc->n_tokens; m++) {
        if (m == k) continue;
        size_t i = 0;
        while (i < n && strcmp(tk(s, m + i)->norm, tk(s, k + i)->norm) == 0) i++;
        if (i == n) return true;
    }
    return false;
}

/* "Commuter", "Developer", "Linesman": an agent noun in -er/-or, or in
 * -man of eight letters or more.  Given names and surnames end so too
 * ("Walter", "Friedman"), so only when the text never uses the word capitalised
 * inside a sentence, and the name after it holds no cue word ("Water
 * Street Bridge", "Winter Olympic Games" stay whole) unless the text
 * names it again without the word ("Developer Ashgrove Homes ...
 * Ashgrove Homes said"). */
static bool agent_noun(ent_state *s, size_t k, size_t j)
{
    const char *w = tk(s, k)->norm;
    size_t n = strlen(w);
    bool man = n >= 8 && strcmp(w + n - 3, "man") == 0;
    if (n < 6 || lx(s, k) || (strcmp(w + n - 2, "er") && strcmp(w + n - 2, "or") && !man))
        return false;
    for (size_t m = k + 1; m <= j; m++)
        if ((lx(s, m) & (LX_ORG_CUE | LX_MEDIA_CUE | LX_PLACE_CUE | LX_EVENT_CUE)) &&
            !seen_elsewhere(s, k + 1, j))
            return false;
    for (size_t m = 1; m < s->doc->n_tokens; m++)
        if (m != k && strcmp(tk(s, m)->norm, w) == 0 &&
            (tk(s, m)->flags & PX_TOK_CAP) &&
            (tk(s, m - 1)->flags & PX_TOK_WORD) && ent_joined(s, m - 1))
            return false;
    return true;
}

/* A word opening a sentence before a name of two words that is an
 * occupation: an -ist ("Hydrologist Ines Moura") or a long -ian
 * ("Comedian Rita Banks"), or a word the text also writes in lower
 * case, alone or as a plural ("Defender Rory Quill ... the defender",
 * "Parent Tom Birch ... parents"). */
static bool job_word(ent_state *s, size_t k, size_t j)
{
    const char *w = tk(s, k)->norm;
    size_t n = strlen(w);
    if (lx(s, k) & LX_CONNECT) return false;   /* "Van der Hoek said" */
    if (tx_occupation(w) || written_lower(s, k) || agent_noun(s, k, j) ||
        (n >= 8 && strcmp(w + n - 3, "ian") == 0))
        return true;
    char pl[64];                          /* written_lower built s->lower */
    if (n + 1 >= sizeof pl) return false;
    memcpy(pl, w, n);
    pl[n] = 's';
    return tx_map_get(&s->lower, pl, n + 1) != NULL;
}

/* "Rival Ola Quist", "Reader Graham in Eastfield": a word for people
 * opening a sentence is what the name is, not part of it (short ones
 * are surnames too: Son, Fan). */
static bool people_word(const ent_state *s, size_t b, size_t k)
{
    for (size_t m = b; m < k; m++)          /* a live blog's "10:15" first */
        if (!(tk(s, m)->flags & PX_TOK_NUM)) return false;
    return (lx(s, k) & LX_ROLE) && !(lx(s, k) & (LX_TITLE | LX_CONNECT)) &&
           strlen(tk(s, k)->norm) >= 5;
}

/* "the Conservative Hugh Lancing-Marsh", "Democrat Tom Reed": a party's
 * word before a name of two words or more, none of them a body's ("the
 * Conservative Party", "Republican National Committee"), is what the
 * person stands for, not part of the name. */
static bool party_word(const ent_state *s, size_t k, size_t j)
{
    static const char *const party[] = {"conservative", "tory", "labour", "democrat",
        "republican", "liberal", "socialist", "nationalist"};
    bool is_party = false;
    for (size_t p = 0; p < sizeof party / sizeof *party; p++) is_party |= has_norm(s, k, party[p]);
    if (!is_party || j < k + 2) return false;
    for (size_t m = k + 1; m <= j; m++)
        if (lx(s, m) & (LX_ORG_CUE | LX_MEDIA_CUE | LX_PLACE_CUE | LX_TITLE | LX_TITLE_MOD))
            return false;
    return true;
}

/* Does the text write this word in lower case somewhere?  Then, in a
 * capitalised run, it is a common noun ("Fire", "Safety"), not a name. */
static bool written_lower(ent_state *s, size_t i)
{
    if (!s->lower_built) {
        s->lower_built = true;
        for (size_t k = 0; k < s->doc->n_tokens; k++) {
            const px_token *t = tk(s, k);
            if ((t->flags & PX_TOK_WORD) && !(t->flags & PX_TOK_CAP) &&
                !tx_map_put_hashed(&s->lower, NULL, t->norm, strlen(t->norm),
                                   s->w->norm_hash[k], 1, false))
                break;  /* out of memory: fewer words known, no harm */
        }
    }
    /* keys are the tokens' norms, which the document keeps */
    const char *w = tk(s, i)->norm;
    return tx_map_get_hashed(&s->lower, w, strlen(w), s->w->norm_hash[i]) != NULL;
}

/* "Patients' Association": a plural's apostrophe between token j and an
 * organisation word joins one name. */
/* Does a plural's apostrophe and a space follow token j ("Owners' ")? */
static bool plural_mark_gap(const ent_state *s, size_t j)
{
    const px_token *k = tk(s, j), *n = tk(s, j + 1);
    uint32_t g = k->end;
    if (s->t[k->end - 1] != 's' || g >= n->start) return false;
    if (s->t[g] == '\'') g++;
    else if (g + 2 < n->start && (unsigned char)s->t[g] == 0xE2 &&
             (unsigned char)s->t[g + 1] == 0x80 && (unsigned char)s->t[g + 2] == 0x99)
        g += 3;
    else
        return false;
    return g < n->start && tx_is_space_only(s->t, g, n->start);
}

static bool plural_poss_org(const ent_state *s, size_t j)
{
    const px_token *n = tk(s, j + 1);
    if (!plural_mark_gap(s, j) || !capw(s, j + 1)) return false;
    if (lx(s, j + 1) & LX_ORG_CUE) return true;
    /* "Farmers' Unions": the plural of an organisation word */
    char one[32];
    size_t l = strlen(n->norm);
    if (l < 4 || l >= sizeof one || n->norm[l - 1] != 's') return false;
    memcpy(one, n->norm, l - 1);
    one[l - 1] = '\0';
    return (tx_lex_word(s->w->an, one) & LX_ORG_CUE) != 0;
}

/* "Father-of-two", "Ten-year-old": a word before a name that says who
 * the person is, not part of the name. */
static bool age_word(const char *norm)
{
    return strstr(norm, "-of-") || strstr(norm, "-year-old");
}

/* Only "&" and blanks between tokens a and a+1: a firm's name ("Smith &
 * Lowe", "Parrow & Co"). */
static bool amp_gap(const ent_state *s, size_t a)
{
    uint32_t g = tk(s, a)->end, n = tk(s, a + 1)->start;
    bool amp = false;
    for (; g < n; g++) {
        if (s->t[g] == '&' && !amp) amp = true;
        else if (s->t[g] != ' ') return false;
    }
    return amp;
}

/* "and" at k inside one name: before a legal form ("Smith and Jones
 * Ltd"), or between common nouns of an organisation's name that ends in
 * an organisation word ("Brennmouth Fire and Rescue Service"); "Anna
 * Smith and Ben Jones" and "Ben Jones and Carrow Chemicals" stay apart.
 * The last token of the name, else 0. */
static size_t and_firm(ent_state *s, size_t k, size_t e, bool the, bool cue)
{
    static const char *const forms[] = {"ltd", "llp", "llc", "plc", "inc",
                                        "corp", "co", "gmbh", "ag", "sa"};
    if (k + 1 >= e || !has_norm(s, k, "and") || !ent_joined(s, k - 1) ||
        !ent_joined(s, k))
        return 0;
    size_t last_cue = 0, words = 0;
    for (size_t m = k + 1; m < e && m < k + 5 && capw(s, m); m++) {
        words++;
        for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
            if (has_norm(s, m, forms[i])) return m;
        if (lx(s, m) & LX_ORG_CUE) last_cue = m;
        if (m + 1 < e && plural_poss_org(s, m)) continue;   /* "Workers' Union" */
        if (m + 1 >= e || !ent_joined(s, m)) break;
    }
    if (last_cue && (the || written_lower(s, k - 1) || written_lower(s, k + 1)))
        return last_cue;
    /* "Dunmore and Ebb Valley Hospitals Trust": one word, "and", then an
     * organisation's name of three words or more */
    if (last_cue && last_cue >= k + 3 && last_cue == k + words &&
        (k < 2 || !capw(s, k - 2) || !ent_joined(s, k - 2)))
        return last_cue;
    /* "the Ministry of Roads and Rail": after "the" and an organisation
     * word, one more word ("the Ministry of Health and Ana Brun" are two) */
    if (the && cue && words == 1) return k + 1;
    /* "the Department of Forestry and Fire Protection": up to three words
     * after it when one of them the text writes in lower case too ("the
     * fire had burned"): common nouns of a name, not a person's */
    for (size_t m = k + 1; the && cue && words <= 3 && m <= k + words; m++)
        if (written_lower(s, m)) return k + words;
    return 0;
}

/* A lower-case word shaped like a job (tx_agent_noun). */
static bool person_shaped(ent_state *s, size_t k)
{
    return !(tk(s, k)->flags & (PX_TOK_CAP | PX_TOK_STOP)) && tx_agent_noun(tk(s, k)->norm);
}

/* A role before the name, set off by commas: "The city's chief engineer,
 * Omar Castellano, said", "His daughter, Ana Berg, said".  The phrase
 * opens the sentence or follows a comma, starts with a determiner or a
 * possessive, and holds a possessive or a title or role word ("The next
 * day, X said" has neither). */
/* "the playwright Ana Holt", "with fly-half Ossian Teague", "Met Office
 * forecaster Lena Szabo": a lower-case noun the lexicon may lack, right
 * before a name of two words, after a determiner, "with", "by" or a
 * capitalised word - a role.  Verbs ("said X", "met X") do not follow
 * those; words in -ed or -s are left out all the same. */
static void pre_noun(ent_state *s, cand *c, size_t sbeg)
{
    size_t r = c->t0;
    if (r < sbeg + 2 || ent_name_parts(s, c->t0, c->t1) < 2 || !ent_joined(s, r - 1))
        return;
    /* "One regular, pensioner Ana Holt,": a job word opening an apposition */
    bool set_off = s->t[tk(s, r - 2)->end] == ',' &&
                   ((lx(s, r - 1) & (LX_TITLE | LX_ROLE)) || person_shaped(s, r - 1));
    if (!ent_joined(s, r - 2) && !set_off) return;
    const px_token *n = tk(s, r - 1);
    size_t l = strlen(n->norm);
    if ((n->flags & (PX_TOK_CAP | PX_TOK_STOP)) || !(n->flags & PX_TOK_WORD) || l < 4 ||
        (lx(s, r - 1) & (LX_SPEECH | LX_SPEECH_PART | LX_ADVERB)) ||
        n->norm[l - 1] == 's' || tx_past_form(n->norm))
        return;
    const px_token *d = tk(s, r - 2);
    /* "Former world champion Ola Berg": one word in lower case between a
     * capitalised word and the noun */
    if (!set_off && !(d->flags & (PX_TOK_CAP | PX_TOK_STOP)) && (d->flags & PX_TOK_WORD) &&
        r >= sbeg + 3 && (tk(s, r - 3)->flags & PX_TOK_CAP) && ent_joined(s, r - 3) &&
        !(lx(s, r - 3) & LX_STOP_EN) && !(lx(s, r - 2) & (LX_SPEECH | LX_SPEECH_PART))) {
        c->role_s = tk(s, r - 3)->start;
        c->role_e = n->end;
        return;
    }
    if (!set_off && !(d->flags & PX_TOK_CAP) && !has_norm(s, r - 2, "the") && !has_norm(s, r - 2, "a") &&
        !has_norm(s, r - 2, "an") && !has_norm(s, r - 2, "with") &&
        !has_norm(s, r - 2, "by") && !has_norm(s, r - 2, "his") && !has_norm(s, r - 2, "her") &&
        !has_norm(s, r - 2, "their") && !has_norm(s, r - 2, "its"))
        return;
    /* "Harbour master", "Met Office forecaster": capitalised words
     * right before the noun belong to the role */
    size_t b = r - 1;
    while (!set_off && b > sbeg && b + 3 > r - 1 && (tk(s, b - 1)->flags & PX_TOK_CAP) &&
           ent_joined(s, b - 1) && !(lx(s, b - 1) & LX_STOP_EN))
        b--;
    c->role_s = tk(s, b)->start;
    c->role_e = n->end;
}

static void pre_apposition(ent_state *s, cand *c, size_t sbeg)
{
    static const char *const det[] = {"his", "her", "its", "their", "my",
                                       "our", "your", "the", "a", "an", "that",
                                       "this", "one", "another"};
    size_t t = c->t0;
    if (t > sbeg && ent_joined(s, t - 1) &&      /* "The prefect, M. X," */
        (honorific(tk(s, t - 1)->norm) || monsieur(s, t - 1, c->t1 - 1)))
        t--;
    else if (t > sbeg && c->role_s == tk(s, t - 1)->start)
        t--;                                 /* "The coroner, Judge X," */
    if (t < sbeg + 2 || c->be >= s->doc->len) return;
    uint32_t gap = tk(s, t - 1)->end, be = c->be;
    /* "the new coach, Ernesto Bertol (58), in ...": past an age in brackets */
    if (be + 4 < s->doc->len && s->t[be] == ' ' && s->t[be + 1] == '(') {
        uint32_t d = be + 2;
        while (d < s->doc->len && d < be + 6 && s->t[d] >= '0' && s->t[d] <= '9') d++;
        if (d > be + 2 && d < s->doc->len && s->t[d] == ')') be = d + 1;
    }
    /* "His barrister, Ian Morrow KC, said": past letters after the name */
    if (c->t1 < s->doc->n_tokens && post_nominal(s, c->t1) && ent_joined(s, c->t1 - 1))
        be = tk(s, c->t1)->end;
    /* "..., according to the returning officer, Ana Lind.": the name may
     * end the sentence */
    bool last = c->t1 >= s->doc->n_tokens ||
                tk(s, c->t1)->sentence != tk(s, c->t1 - 1)->sentence;
    if (s->t[gap] != ',' || (s->t[be] != ',' && !(last && s->t[be] == '.'))) return;
    bool role = false;
    for (size_t k = t - 1; k >= sbeg && t - k <= 8; k--) {
        if ((lx(s, k) & (LX_TITLE | LX_ROLE)) || person_shaped(s, k)) role = true;
        /* "according to the X,", "said the X,": a determiner after "to",
         * "by" or a speech verb opens the role too */
        bool after_verb = k > sbeg && (has_norm(s, k, "the") || poss_len(tk(s, k)->norm) ||
                                       has_norm(s, k, "his") || has_norm(s, k, "her")) &&
                          (has_norm(s, k - 1, "to") || has_norm(s, k - 1, "by") ||
                           ((lx(s, k - 1) & LX_SPEECH) && !(tk(s, k - 1)->flags & PX_TOK_CAP)));
        char before = k > sbeg ? s->t[tk(s, k - 1)->end] : ',';
        /* "presented yesterday the new coach of the national team, X,":
         * an article after a word in lower case opens the phrase too (not
         * after "of": the phrase goes on back) */
        bool article = k > sbeg && (has_norm(s, k, "the") || has_norm(s, k, "a") ||
                                    has_norm(s, k, "an")) &&
                       !(tk(s, k - 1)->flags & PX_TOK_CAP) && (tk(s, k - 1)->flags & PX_TOK_WORD) &&
                       !(lx(s, k - 1) & (LX_CONNECT | LX_LOC_PREP)) && !has_norm(s, k - 1, "on") &&
                       !has_norm(s, k - 1, "at") && !has_norm(s, k - 1, "by") &&
                       !has_norm(s, k - 1, "with") && !has_norm(s, k - 1, "from") &&
                       !has_norm(s, k - 1, "to") && before == ' ';
        bool start = k == sbeg || before == ',' || before == ';' || after_verb || article;
        if (!start) continue;
        /* "said the coxswain, Callum Moore": right after a speech verb a
         * short phrase set off before a name is the name's role, whatever
         * its noun */
        if (after_verb && t - k <= 3) role = true;
        /* possessives ("His wife", "The port's harbour master", "Calder
         * Water's managing director") say a role by themselves */
        bool poss = false, opener = false;
        for (size_t i = 0; i < sizeof det / sizeof *det && !opener; i++)
            if (has_norm(s, k, det[i])) opener = true, poss = i < 7;
        for (size_t m = k; m + 1 < t && t - m <= 4; m++)
            if (poss_len(tk(s, m)->norm) > 0) opener = poss = true;
        if (opener && (role || poss)) {
            /* "the wife of a marine engineer, Aled Brannagh,": the name
             * is the one the inner phrase brings in, not the wife */
            size_t r = k;
            for (size_t m = k + 1; m + 2 < t; m++)
                if (has_norm(s, m, "of") && (has_norm(s, m + 1, "a") || has_norm(s, m + 1, "an")))
                    r = m + 1;
            c->role_s = tk(s, r)->start;
            c->role_e = tk(s, t - 1)->end;
        }
        return;
    }
}

/* "Western media", "East Asian studies": region adjectives (after
 * compass words) before a word in lower case describe it; they name
 * nothing.  "the Arab League" runs on in capitals and stays a name. */
static bool region_adjective(const ent_state *s, size_t t0, size_t t1, size_t send)
{
    if (!(lx(s, t1 - 1) & LX_REGION_ADJ) || ent_country_of(s, t0, t1, 0)) return false;
    for (size_t i = t0; i + 1 < t1; i++)
        if (!(lx(s, i) & LX_COMPASS)) return false;
    return t1 < send && (tk(s, t1)->flags & PX_TOK_WORD) &&
           !(tk(s, t1)->flags & PX_TOK_CAP) && !(lx(s, t1) & (LX_SPEECH | LX_REPORT));
}

/* "St", "Saint" before a name: the name is a saint's, in a place's or
 * body's name. */
static bool saint(const ent_state *s, size_t i)
{
    return has_norm(s, i, "st") || has_norm(s, i, "saint") || has_norm(s, i, "ste");
}

/* Words after the possessive at j that end a place's or body's name
 * (1 to 3 capitalised words, the last a place or body noun, nothing
 * capitalised after them), or 0. */
static size_t possessive_name_len(const ent_state *s, size_t j, size_t e)
{
    uint32_t poss = raw_poss_bytes(s, j);
    size_t n = tk(s, j)->end - tk(s, j)->start - poss;
    if (ent_country_of(s, j, j + 1, poss)) return 0;
    if (tx_city(s->w->an, tk(s, j)->norm, n)) return 0;
    for (size_t m = 1; m <= 3 && j + m < e; m++) {
        if (!ent_joined(s, j + m - 1) || !capw(s, j + m)) return 0;
        if ((lx(s, j + m) & (LX_ORG_CUE | LX_PLACE_CUE)) &&
            (j + m + 1 >= e || !capw(s, j + m + 1) || !ent_joined(s, j + m)))
            return m;
    }
    return 0;
}

/* Does token i open a quotation ("evaluated, “Meaningful cooperation")?
 * Then its capital says no more than a sentence's first word does. */
static bool opens_quote(const ent_state *s, size_t i, size_t sbeg)
{
    if (i == sbeg) return false;
    uint32_t g = tk(s, i - 1)->end, t = tk(s, i)->start;
    if (t >= g + 3) {
        const unsigned char *q = (const unsigned char *)s->t + t - 3;
        if (q[0] == 0xE2 && q[1] == 0x80 && (q[2] == 0x9C || q[2] == 0x98 || q[2] == 0x9E))
            return true;                                   /* “ ‘ „ */
    }
    if (t >= g + 2 && tx_guillemet_opens(s->w, s->t, t - 2, t))
        return true;                                       /* « (or ») */
    return t >= g + 2 && s->t[t - 1] == '"' && (s->t[t - 2] == ' ' || s->t[t - 2] == '(');
}

/* Pass A+B over one sentence. */
static px_status sentence(ent_state *s, size_t si)
{
    const px_sentence *se = &s->doc->sentences[si];
    size_t b = se->tok_begin, e = se->tok_end;
    px_status rc = PX_OK;
    if (s->w->titlecase[si]) {
        for (size_t i = b; i < e; i++) {
            size_t n = (i + 1 < e && capw(s, i + 1) && ent_joined(s, i) &&
                        ent_country_of(s, i, i + 2, 0)) ? 2 : 1;
            if (!capw(s, i) || !ent_country_of(s, i, i + n, 0)) continue;
            cand c = {.t0 = (uint32_t)i, .t1 = (uint32_t)(i + n),
                      .bs = tk(s, i)->start, .be = tk(s, i + n - 1)->end};
            c.country = ent_country_of(s, i, i + n, 0);
            c.kind = PX_ENT_PLACE;
            c.conf = 2;
            if ((rc = push(s, &c)) != PX_OK) return rc;
            i += n - 1;
        }
        return PX_OK;
    }
    size_t appos_end = 0;
    for (size_t i = b; i < e; i++) {
        if (!capw(s, i)) continue;
        size_t tag = tx_party_tag(s->t, tk(s, i)->start, s->doc->len);
        if (tag) {                            /* "Sen. X, R-Kan., said" */
            while (i + 1 < e && tk(s, i + 1)->end <= tk(s, i)->start + tag) i++;
            continue;
        }
        /* "Library staff said": a body's noun opening a sentence before
         * a word for people in lower case is a common noun, capitalised
         * only where it stands */
        if (i == b && i + 1 < e && (lx(s, i) & (LX_ORG_CUE | LX_PLACE_CUE)) && !all_caps(s, i) &&
            ent_joined(s, i) && (tk(s, i + 1)->flags & PX_TOK_WORD) &&
            !(tk(s, i + 1)->flags & PX_TOK_CAP) && (lx(s, i + 1) & LX_ROLE))
            continue;
        size_t j = i;
        uint32_t cut = 0;
        bool cue = (lx(s, i) & (LX_ORG_CUE | LX_MEDIA_CUE | LX_PLACE_CUE)) != 0;
        /* ("the state Department of ...": past a word in lower case) */
        bool the = (i > b && has_norm(s, i - 1, "the")) ||
                   (i > b + 1 && has_norm(s, i - 2, "the") && !(tk(s, i - 1)->flags & PX_TOK_CAP) &&
                    (tk(s, i - 1)->flags & PX_TOK_WORD) && !(tk(s, i - 1)->flags & PX_TOK_STOP) &&
                    ent_joined(s, i - 2) && ent_joined(s, i - 1));
        bool anded = false;        /* joined by "and": one organisation */
        size_t nick = 0;           /* words of a nickname after the first name */
        for (;;) {
            /* "Drover's Road", "King's College Hospital", "St Wilfrid's
             * Primary School": a possessive of one word (a saint's name
             * after "St") then up to three words ending in a place's or
             * body's noun is one name; a country or city owns a body of
             * its own ("Norway's Supreme Court") */
            size_t owned = raw_poss_bytes(s, j) && (j == i || (j == i + 1 && saint(s, i)))
                               ? possessive_name_len(s, j, e) : 0;
            if (owned) {
                j += owned;
                cue = true;
                continue;
            }
            if ((cut = raw_poss_bytes(s, j)) || (cut = hyph_cut(s, j))) break;
            if (j + 1 < e && plural_poss_org(s, j)) {
                j++;                            /* "Patients' Association" */
                cue = true;
                continue;
            }
            /* "Nurses' and Midwives' Guild": two plurals own the name */
            if (j + 3 < e && has_norm(s, j + 1, "and") && capw(s, j + 2) &&
                plural_poss_org(s, j + 2) && plural_mark_gap(s, j)) {
                j += 2;
                continue;
            }
            if (j + 1 < e && amp_gap(s, j) && capw(s, j + 1)) {
                j++;                            /* "Greyling & Co" */
                cue = true;
                continue;
            }
            /* 'Walter "Buddy" Strand': a nickname in quotes between a
             * first name and a surname */
            size_t nk = j == i && j + 2 < e && !(lx(s, j) & (LX_TITLE | LX_TITLE_MOD))
                            ? nickname_len(s, j, e) : 0;
            if (nk && capw(s, j + nk + 1)) {
                j += nk + 1;
                nick = nk;
                continue;
            }
            if (j + 1 >= e || !(ent_joined(s, j) || name_hyphen(s, j))) break;
            if (capw(s, j + 1)) {
                j++;
                cue |= (lx(s, j) & (LX_ORG_CUE | LX_MEDIA_CUE | LX_PLACE_CUE)) != 0;
                continue;
            }
            size_t k = j + 1;
            /* "Smith and Jones Ltd" is one company, "Anna Smith and Ben
             * Jones" two people: "and" joins only before a legal form */
            size_t f = and_firm(s, k, e, the, cue);
            if (f) { j = f; cue = anded = true; continue; }
            /* "of"/"for" join inside organisation names only, particles
             * ("Pieter van Dam") inside any name */
            bool particle = !has_norm(s, k, "of") && !has_norm(s, k, "for") &&
                            strcmp(s->doc->lang, "de") != 0;  /* German nouns
                                                                 are capitalised */
            /* "Nadia al-Rashid": the article joined by a hyphen */
            if (particle && al_hyphen(s, k) && k + 1 < e && capw(s, k + 1)) {
                j = k + 1;
                continue;
            }
            /* "Pet Owners for Safe Food", "Parents for Clean Air": a
             * group's plural before "for" names a campaign */
            const char *pn = tk(s, k - 1)->norm;
            size_t pl = strlen(pn);
            bool group = has_norm(s, k, "for") && k > i + 1 && pl > 4 && pn[pl - 1] == 's' &&
                         pn[pl - 2] != 's' && pn[pl - 2] != '\'' && !poss_len(pn);
            if ((lx(s, k) & LX_CONNECT) && !(tk(s, k)->flags & PX_TOK_CAP) &&
                (cue || the || particle || group) && k + 1 < e && ent_joined(s, k)) {
                size_t m = k + 1;
                if (has_norm(s, m, "the") && m + 1 < e && ent_joined(s, m)) m++;
                /* "Pieter van der Hoek", "Ana de la Vega": two particles */
                else if (particle && (lx(s, m) & LX_CONNECT) &&
                         !(tk(s, m)->flags & PX_TOK_CAP) && m + 1 < e && ent_joined(s, m))
                    m++;
                if (capw(s, m)) {
                    j = m;
                    cue |= (lx(s, j) & (LX_ORG_CUE | LX_MEDIA_CUE)) != 0;
                    continue;
                }
            }
            break;
        }
        /* "Ingrid Sauvage KC", "Ana Ferris MP": a short word in capitals
         * after two words of a name is a post-nominal, not the name */
        bool postnominal = !cue && !cut && j >= i + 2 && post_nominal(s, j) &&
                           !all_caps(s, j - 1);
        if (postnominal) j--;
        /* split off a title prefix ("Russian President", "Professor") */
        size_t t0 = i, k = i;
        bool title = false;
        /* "fiancé Dean Sallow": after a title in lower case, two
         * capitalised words are the name */
        bool named = j == i + 1 && i > b && ent_joined(s, i - 1) &&
                     (lx(s, i - 1) & (LX_TITLE | LX_ROLE)) &&
                     !(tk(s, i - 1)->flags & PX_TOK_CAP);
        /* "General and Municipal Workers' Federation": a firm's name joined
         * by "and" keeps its first word */
        while (!named && !anded && k <= j && ((lx(s, k) & (LX_TITLE | LX_TITLE_MOD)) ||
                          (k == i && j >= k + 3 && body_title(s, k)) ||
                          (k > i && plural_title(s, k) && k + 2 <= j) ||
                          (k == i && monsieur(s, k, j)) ||
                          ent_country_of(s, k, k + 1, 0) ||
                          (k == b && j >= k + 2 && !nick && job_word(s, k, j)) ||
                          (k == i && j >= k + 1 && !nick && people_word(s, b, k)) ||
                          (k == i && party_word(s, k, j)) ||
                          (k == i && j >= k + 2 && age_word(tk(s, k)->norm)))) {
            /* "Owner Dean Fairley": after a title noun, a title word that
             * leaves one word of name is the first name ("Detective
             * Sergeant Ana Lind", "Chief Inspector Moss", "Mrs Justice
             * Hale" go on) */
            if (k > i && k + 1 == j && !(lx(s, k - 1) & LX_TITLE_MOD) &&
                !(lx(s, k) & LX_TITLE_MOD) && !ent_country_of(s, k - 1, k, 0) &&
                !honorific(tk(s, k - 1)->norm))
                break;
            if ((lx(s, k) & LX_TITLE) || plural_title(s, k) || (k == i && monsieur(s, k, j)) ||
                (k == b && j >= k + 2 && job_word(s, k, j)) ||
                (k == i && j >= k + 1 && people_word(s, b, k)) ||
                (k == i && party_word(s, k, j)) ||
                (k == i && age_word(tk(s, k)->norm)))   /* "Father-of-two" */
                title = true;
            k++;
        }
        /* "Minister of Agriculture Ruslan Temirov": a title's "of" phrase
         * runs up to the two words of the name */
        if (title && k + 3 <= j && (lx(s, k) & LX_CONNECT) &&
            !(tk(s, k)->flags & PX_TOK_CAP))
            k = j - 1;
        /* "The Leader of the Opposition, X,": a title and its "of" phrase
         * with no name after them is a bare title */
        else if (title && k <= j && (lx(s, k) & LX_CONNECT) && !(tk(s, k)->flags & PX_TOK_CAP))
            k = j + 1;
        /* "Chief of Detectives Ana Lind": the word after a capitalised
         * title's "of" closes the title when a name of two parts follows */
        size_t of = i > b && has_norm(s, i - 1, "the") ? i - 1 : i;
        if (!title && !cue && of >= b + 2 && has_norm(s, of - 1, "of") &&
            (lx(s, of - 2) & LX_TITLE) && (tk(s, of - 2)->flags & PX_TOK_CAP) &&
            j >= i + 2 && ent_name_parts(s, i + 1, j + 1) >= 2) {
            title = true;
            k = i + 1;
            i = of - 2;
        }
        /* a title may hold other capitalised words ("Chief Fire Officer
         * Tomas Reyk", "Harbour Master Ida Lund"): the last title word
         * before the name ends it, when a name of its own follows (two
         * words, or one after a title the prefix already began) */
        for (size_t m = j; !anded && m > k + 1 && m > i; m--) {
            if (!(lx(s, m - 1) & LX_TITLE)) continue;
            /* "Jerome 'Prince' Oduya-Strand": a nickname is no title */
            if (nick && m - 1 <= i + nick) break;
            if (j - (m - 1) >= 2 || (title && j - (m - 1) >= 1)) {
                title = true;
                k = m;
            }
            break;
        }
        cand c = {0};
        if (title) {
            for (size_t d = i; d < k && d <= j; d++) {
                const char *cc = ent_country_of(s, d, d + 1, 0);
                if (!cc) continue;
                cand p = {.t0 = (uint32_t)d, .t1 = (uint32_t)d + 1,
                          .bs = tk(s, d)->start, .be = tk(s, d)->end,
                          .country = cc, .kind = PX_ENT_PLACE, .conf = 2};
                if ((rc = push(s, &p)) != PX_OK) return rc;
            }
            if (k > j) { i = j; continue; }     /* a bare title */
            c.titled = true;
            /* a form of address alone ("Mme", "M.") is no role: one set
             * off before the name may follow ("The prefect, M. X,") */
            if (k > i + 1 || !(honorific(tk(s, i)->norm) || monsieur(s, i, j))) {
                c.role_s = tk(s, i)->start;
                c.role_e = tk(s, k - 1)->end;
            }
            t0 = k;
        }
        if (!title && region_adjective(s, t0, j + 1, e)) { i = j; continue; }
        if (t0 == i && t0 > b && al_hyphen(s, t0 - 1)) t0--;     /* "al-Rashid said" */
        c.t0 = (uint32_t)t0;
        c.t1 = (uint32_t)j + 1;
        c.bs = tk(s, t0)->start;
        c.be = tk(s, j)->end - cut;
        if (nick && t0 == i) {              /* the nickname and its marks */
            c.nick_s = tk(s, i)->end;
            c.nick_e = tk(s, i + nick + 1)->start - 1;
        }
        c.initial = t0 == b || opens_quote(s, t0, b);
        c.in_appos = t0 < appos_end;
        if (!c.titled) pre_title(s, &c, b);
        ent_classify(s, &c, b, e);
        /* a role set off before the name says more than a form of
         * address or one title word ("The coroner, Judge X,") */
        bool one_word = c.role_s && !memchr(s->t + c.role_s, ' ', c.role_e - c.role_s);
        if ((!c.role_s || one_word) && c.kind == PX_ENT_PERSON) pre_apposition(s, &c, b);
        if (!c.role_s && c.kind == PX_ENT_PERSON) pre_noun(s, &c, b);
        /* "Harriet Vance KC": letters after a name, else no role */
        if (!c.role_s && c.kind == PX_ENT_PERSON && postnominal) {
            c.role_s = tk(s, j + 1)->start;
            c.role_e = tk(s, j + 1)->end;
        }
        if (c.appos) appos_end = c.ap1;
        if ((rc = push(s, &c)) != PX_OK) return rc;
        i = postnominal ? j + 1 : j;
    }
    /* he / she */
    for (size_t i = b; i < e; i++) {
        if (!(lx(s, i) & LX_PRON)) continue;
        cand c = {.t0 = (uint32_t)i, .t1 = (uint32_t)i + 1,
                  .bs = tk(s, i)->start, .be = tk(s, i)->end, .pronoun = true};
        if ((rc = push(s, &c)) != PX_OK) return rc;
    }
    return PX_OK;
}

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return x->t0 < y->t0 ? -1 : x->t0 > y->t0;
}

/* Function words title case leaves in lower case. */
static bool title_small_word(const char *norm)
{
    static const char *const small[] = {"a", "an", "the", "and", "but", "or", "nor", "for",
                                        "of", "at", "by", "in", "on", "to", "up", "as",
                                        "vs", "via", "from", "with", "into", "over", "off"};
    for (size_t i = 0; i < sizeof small / sizeof *small; i++)
        if (strcmp(norm, small[i]) == 0) return true;
    return false;
}

/* A sentence that reads like a headline: most words capitalised, and no
 * function word in lower case that title case would capitalise ("Eric
 * Dale, 88, was at the Old Corn Exchange" is a sentence full of names). */
static void mark_titlecase(tx_work *w)
{
    const px_textdoc *doc = &w->d->pub;
    for (size_t si = 0; si < doc->n_sentences; si++) {
        size_t words = 0, caps = 0, b = doc->sentences[si].tok_begin,
               e = doc->sentences[si].tok_end;
        for (size_t i = b; i < e; i++) {
            const px_token *k = &doc->tokens[i];
            if (!(k->flags & PX_TOK_WORD) || (k->flags & PX_TOK_STOP)) continue;
            words++;
            if (k->flags & PX_TOK_CAP) caps++;
        }
        bool title = words >= 4 && caps * 10 >= words * 9;
        /* the function words are read only when the capitals say headline */
        for (size_t i = b; title && i < e; i++) {
            const px_token *k = &doc->tokens[i];
            if ((k->flags & PX_TOK_WORD) && (k->flags & PX_TOK_STOP) &&
                !(k->flags & PX_TOK_CAP) && !title_small_word(k->norm))
                title = false;
        }
        w->titlecase[si] = title;
    }
}

/* Slots a kept map may hold (24 bytes each): one long document must not
 * make every later one clear its room. */
#define KEEP_SLOTS 1024

void tx_ent_keep_free(tx_ent_keep *k)
{
    free(k->c);
    tx_map_free(&k->keys);
    tx_map_free(&k->nonstart);
    tx_map_free(&k->surname_any);
    tx_map_free(&k->surname_recent);
    tx_map_free(&k->lower);
    px_arena_free(&k->scratch);
    memset(k, 0, sizeof *k);
}

/* The state's maps and buffers back to the analyzer, emptied: keys in the
 * lower map point into this document. */
static void keep_for_next(tx_ent_keep *k, ent_state *s)
{
    tx_map_clear(&s->keys, KEEP_SLOTS);
    tx_map_clear(&s->nonstart, KEEP_SLOTS);
    tx_map_clear(&s->surname_any, KEEP_SLOTS);
    tx_map_clear(&s->surname_recent, KEEP_SLOTS);
    tx_map_clear(&s->lower, KEEP_SLOTS);
    px_arena_reset(&s->scratch);
    if (s->ccap > KEEP_SLOTS) {
        free(s->c);
        s->c = NULL;
        s->ccap = 0;
    }
    *k = (tx_ent_keep){s->keys, s->nonstart, s->surname_any, s->surname_recent, s->lower,
                       s->scratch, s->c, s->ccap};
}

px_status tx_entities(tx_work *w)
{
    tx_ent_keep *k = &w->an->ent;
    ent_state s = {.w = w, .doc = &w->d->pub, .t = w->d->pub.text, .c = k->c, .ccap = k->ccap,
                   .keys = k->keys, .nonstart = k->nonstart, .surname_any = k->surname_any,
                   .surname_recent = k->surname_recent, .lower = k->lower,
                   .scratch = k->scratch};
    mark_titlecase(w);
    px_status rc = PX_OK;
    for (size_t si = 0; si < s.doc->n_sentences && rc == PX_OK; si++)
        rc = sentence(&s, si);
    if (rc == PX_OK) {
        /* pronouns were appended per sentence after the names */
        if (s.nc) qsort(s.c, s.nc, sizeof *s.c, cmp_cand);
        rc = ent_resolve(&s);
    }
    keep_for_next(k, &s);
    return rc;
}
