/*
 * entity_kinds.c - pass B of the entity finder: what a name candidate is
 * (person, organisation, place, outlet, other) and how sure, from cue words
 * in it, the words around it (appositions, datelines, "X reported", "in
 * X", "a visit to X") and finally its shape.  Each decision carries a
 * confidence so that weak guesses never override strong ones.
 */
#include "entities_int.h"

/* "the drivers’ union": a curly apostrophe at byte b right after token
 * j's final s, before a word in lower case, belongs to the phrase. */
static bool plural_apostrophe(const ent_state *s, size_t j, uint32_t b)
{
    const px_token *k = tk(s, j), *n = tk(s, j + 1);
    return b == k->end && s->t[b - 1] == 's' && b + 3 < n->start &&
           (unsigned char)s->t[b + 1] == 0x80 && (unsigned char)s->t[b + 2] == 0x99 &&
           tx_is_space_only(s->t, b + 3, n->start) && !(n->flags & PX_TOK_CAP);
}

/* A lower-case noun for a firm or a public body: an organisation word
 * ("company", "agency") or what a business or regulator is called. */
static bool firm_noun(const ent_state *s, size_t i)
{
    static const char *const nouns[] = {"regulator", "watchdog", "lender", "insurer",
        "retailer", "carrier", "operator", "supermarket", "chain", "manufacturer",
        "maker", "giant", "charity", "broadcaster", "publisher", "airline", "startup"};
    if (tk(s, i)->flags & PX_TOK_CAP) return false;
    if (lx(s, i) & LX_ORG_CUE) return true;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (has_norm(s, i, nouns[k])) return true;
    return false;
}

/* Apposition after the name: ", a researcher at X," / ", director of Y". */

static void apposition(ent_state *s, cand *c, size_t send)
{
    size_t r = c->t1;
    if (r >= send) return;
    uint32_t e = c->be;
    while (e < tk(s, r)->start && s->t[e] == ' ') e++;
    if (e >= tk(s, r)->start || s->t[e] != ',') return;
    if (!tx_is_space_only(s->t, e + 1, tk(s, r)->start)) return;
    /* "Aled Price, 45, a sheep breeder": past the age */
    if ((tk(s, r)->flags & PX_TOK_NUM) && r + 2 < send &&
        s->t[tk(s, r)->end] == ',' &&
        tx_is_space_only(s->t, tk(s, r)->end + 1, tk(s, r + 1)->start))
        r++;
    /* "The Morning Star, usually a loyal supporter,": past an adverb */
    if (r + 2 < send && !(tk(s, r)->flags & PX_TOK_CAP) && tx_ly_word(tk(s, r)->norm, 5) &&
        (has_norm(s, r + 1, "a") || has_norm(s, r + 1, "an") || has_norm(s, r + 1, "the")))
        r++;
    /* "Dr Ana Holt, now at the University of Kessington,", "formerly of
     * Brisk Labs,": where someone works, set off, says who they are */
    static const char *const when[] = {"now", "formerly", "currently", "previously"};
    static const char *const where[] = {"at", "of", "with", "from"};
    bool w0 = false, w1 = false;
    for (size_t k = 0; k < sizeof when / sizeof *when; k++) w0 |= has_norm(s, r, when[k]);
    for (size_t k = 0; w0 && r + 2 < send && k < sizeof where / sizeof *where; k++)
        w1 |= has_norm(s, r + 1, where[k]);
    if (w1 && !(tk(s, r)->flags & PX_TOK_CAP)) {
        size_t j = r + 2;
        bool caps = false;
        for (; j < send && j < r + MAX_ROLE_TOKENS; j++) {
            caps |= (tk(s, j)->flags & PX_TOK_CAP) != 0;
            if (j + 1 < send && s->t[tk(s, j)->end] == ',') break;
        }
        if (!caps || j + 1 >= send || j >= r + MAX_ROLE_TOKENS) return;
        /* no role of its own: "Her former student, X, now at" keeps
         * the one before the name */
        c->ap0 = (uint32_t)r;
        c->ap1 = (uint32_t)j + 1;
        c->appos = true;
        return;
    }
    /* "Callum Reyes, now emeritus professor of plant ecology,": past
     * the adverb of when before a role */
    if (w0 && r + 2 < send && !(tk(s, r)->flags & PX_TOK_CAP) &&
        !(tk(s, r + 1)->flags & PX_TOK_CAP) &&
        (has_norm(s, r + 1, "a") || has_norm(s, r + 1, "an") || has_norm(s, r + 1, "the") ||
         (lx(s, r + 1) & (LX_ROLE | LX_TITLE | LX_TITLE_MOD)) || tx_occupation(tk(s, r + 1)->norm)))
        r++;
    uint32_t f = lx(s, r);
    /* "The councillor for Millbeck, Cllr Ana Holt,": a title and a name
     * set off name someone else, not a role of this name */
    if ((tk(s, r)->flags & PX_TOK_CAP) && (f & LX_TITLE) && r + 1 < send &&
        (tk(s, r + 1)->flags & PX_TOK_CAP) && !(lx(s, r + 1) & (LX_TITLE | LX_TITLE_MOD | LX_ROLE)))
        return;
    bool det = has_norm(s, r, "a") || has_norm(s, r, "an") ||
               has_norm(s, r, "the") || has_norm(s, r, "former");
    /* ", pharmacist,": an occupation the lexicon lacks, by its shape */
    bool shaped = !(tk(s, r)->flags & PX_TOK_CAP) && tx_occupation(tk(s, r)->norm);
    /* "Lorna Abbatiello, Rosa's mother,": a name's possessive before a
     * role word opens a role too */
    bool owner = (tk(s, r)->flags & PX_TOK_CAP) && tx_possessive(tk(s, r)->norm) &&
                 r + 1 < send && !(tk(s, r + 1)->flags & PX_TOK_CAP) &&
                 (lx(s, r + 1) & (LX_ROLE | LX_TITLE));
    /* "Euan Brook, regional organiser of the rail union Track,": a word
     * in lower case before a role word opens a role too */
    /* (not "Ann Lee, said staff" or "urged people": a verb, then a plural) */
    const char *n1 = r + 1 < send ? tk(s, r + 1)->norm : "";
    size_t l1 = strlen(n1);
    bool plural1 = l1 > 3 && n1[l1 - 1] == 's' && n1[l1 - 2] != 's';
    bool modified = !(tk(s, r)->flags & (PX_TOK_CAP | PX_TOK_STOP)) &&
                    (tk(s, r)->flags & PX_TOK_WORD) && !(f & (LX_SPEECH | LX_SPEECH_PART)) &&
                    r + 1 < send && !(tk(s, r + 1)->flags & PX_TOK_CAP) && !plural1 &&
                    ((lx(s, r + 1) & (LX_ROLE | LX_TITLE)) || tx_occupation(n1));
    if (!det && !shaped && !owner && !modified && !(f & (LX_ROLE | LX_TITLE | LX_TITLE_MOD)))
        return;
    bool roleword = false, closed = false, orgword = false;
    size_t j = r;
    for (; j < send && j < r + MAX_ROLE_TOKENS; j++) {
        if ((lx(s, j) & (LX_ROLE | LX_TITLE)) || (j == r && shaped)) roleword = true;
        if (j > r && firm_noun(s, j)) orgword = true;
        if (j > r && (has_norm(s, j, "who") || has_norm(s, j, "which") ||
                      has_norm(s, j, "that") ||      /* "the contest that pulls in viewers" */
                      ((lx(s, j) & (LX_SPEECH | LX_SPEECH_PART)) &&
                       !(tk(s, j)->flags & PX_TOK_CAP))))
            break;
        if (j + 1 < send) {
            /* a comma, parenthesis or semicolon after token j ends it */
            bool end = false;
            for (uint32_t b = tk(s, j)->end; b < tk(s, j + 1)->start; b++)
                if (s->t[b] == ',' || s->t[b] == ')' || s->t[b] == ';' ||
                    s->t[b] == '(' || s->t[b] == '"' ||
                    ((unsigned char)s->t[b] == 0xE2 && !plural_apostrophe(s, j, b)))
                    end = true;
            if (end) { j++; closed = true; break; }
        }
    }
    if ((has_norm(s, r, "a") || has_norm(s, r, "an")) && j >= r + 2)
        roleword = true;             /* ", a schoolmaster of politics at X" */
    /* ", the captain «remains an important player»,": a quote opens
     * inside, so the words are the clause's, not a role */
    for (uint32_t g = tk(s, r)->start; g < tk(s, j - 1)->end && g + 1 < s->doc->len; g++)
        if (tx_guillemet_opens(s->w, s->t, g, s->doc->len)) return;
    /* "..., president of X." ends there; not ", the council never gave
     * permission for it to stay." (a clause runs on) */
    if (j == send) {
        closed = true;
        for (size_t k = r + 1; k < j; k++)
            if (!(tk(s, k)->flags & PX_TOK_CAP) &&
                (tx_auxiliary_word(tk(s, k)->norm) || has_norm(s, k, "never") ||
                 has_norm(s, k, "not")))
                closed = false;
    }
    /* "In a letter to X, a university spokesperson said": a phrase that
     * runs into a speech verb is its subject, not about X */
    if (!closed && j < send && j > r && (lx(s, j) & LX_SPEECH) &&
        !(tk(s, j)->flags & PX_TOK_CAP))
        return;
    /* "Quillpay, the payments company used by ...,": a firm described */
    if (!roleword && orgword && det && closed) {
        c->org_appos = true;
        roleword = true;
    }
    if (!roleword || j <= r || (!det && !closed)) return;
    /* "Brennmouth, a city of 410,000 people": a place described, not a
     * person; the head is the first lower-case noun after the article */
    size_t h = det ? r + 1 : r;
    while (h < j && (lx(s, h) & (LX_TITLE_MOD | LX_ADVERB)) && !(lx(s, h) & LX_PLACE_CUE)) h++;
    if (h < j && (lx(s, h) & LX_PLACE_CUE) && !(tk(s, h)->flags & PX_TOK_CAP)) {
        c->place_appos = true;
        return;
    }
    c->role_s = tk(s, r)->start;
    c->role_e = tk(s, j - 1)->end;
    c->ap0 = (uint32_t)r;
    c->ap1 = (uint32_t)j;
    c->appos = true;
}

/* What only an organisation has, after its possessive ("Calder Water's
 * managing director", "Acme's shareholders"). */
static bool org_owned(const ent_state *s, size_t i, size_t send)
{
    static const char *const owned[] = {"ceo", "chairman", "chairwoman",
        "board", "staff", "employees", "workforce", "shareholders",
        "customers", "headquarters", "subsidiary"};
    if (i >= send || (tk(s, i)->flags & PX_TOK_CAP)) return false;
    for (size_t k = 0; k < sizeof owned / sizeof *owned; k++)
        if (has_norm(s, i, owned[k])) return true;
    return i + 1 < send && ((has_norm(s, i, "chief") && has_norm(s, i + 1, "executive")) ||
                            (has_norm(s, i, "managing") && has_norm(s, i + 1, "director")));
}

/* Does an organisation named before token i hold token i's word ("the
 * board" after "the Safety Board")? */
static bool org_named_before(const ent_state *s, size_t i)
{
    for (size_t k = s->nc; k > 0; k--) {
        const cand *o = &s->c[k - 1];
        if (o->t0 >= i || o->kind != PX_ENT_ORG) continue;
        for (size_t j = o->t0; j < o->t1; j++)
            if (strcmp(tk(s, j)->norm, tk(s, i)->norm) == 0) return true;
    }
    return false;
}

/* "A spokeswoman for one line, Blue Meridian, said": a name set off
 * after a spokesperson's "for (the) NOUN" is the organisation. */
static bool spoken_for(const ent_state *s, const cand *c, size_t sbeg)
{
    static const char *const speakers[] = {"spokesperson", "spokesman",
        "spokeswoman", "spokespeople", "representative"};
    size_t t = c->t0;
    if (t < sbeg + 3 || s->t[tk(s, t - 1)->end] != ',') return false;
    for (size_t f = t - 1; f > sbeg && t - f <= 4; f--) {
        if (!has_norm(s, f, "for") && !has_norm(s, f, "of")) continue;
        /* "A spokeswoman for the board, Ana Lind,": "the board" is an
         * organisation named before, so the name is the spokeswoman's */
        if (t == f + 3 && has_norm(s, f + 1, "the") && org_named_before(s, t - 1))
            return false;
        /* "a spokeswoman for the Qarveshi government, Leyla Sadr,": a
         * phrase with a name in it has named the organisation already */
        for (size_t g = f + 2; g < t; g++)
            if (tk(s, g)->flags & PX_TOK_CAP) return false;
        /* "The spokesperson of the voivode, Krzysztof Ambroziak,": the
         * one spokesperson, named; "a spokeswoman for X, Y," one of many,
         * for the body named */
        if (f >= sbeg + 2 && has_norm(s, f - 2, "the")) return false;
        for (size_t k = 0; k < sizeof speakers / sizeof *speakers; k++)
            if (has_norm(s, f - 1, speakers[k])) return true;
        return false;
    }
    return false;
}

/* "members of the Friends of X", "staff at Y": what has members or staff
 * is an organisation. */
static bool members_of(const ent_state *s, const cand *c, size_t sbeg)
{
    size_t p = c->t0;
    if (p > sbeg && has_norm(s, p - 1, "the")) p--;
    return p >= sbeg + 2 && (has_norm(s, p - 1, "of") || has_norm(s, p - 1, "at")) &&
           !(tk(s, p - 2)->flags & PX_TOK_CAP) && tx_members_word(tk(s, p - 2)->norm);
}

/* "BRENNMOUTH, March 3 (Wire) -", "PORT ALBANY — The ...": a dateline,
 * the place in capitals opening a paragraph before a date or a dash. */
static bool dateline(const ent_state *s, const cand *c, size_t send)
{
    if (!c->initial || (c->bs > 0 && s->t[c->bs - 1] != '\n')) return false;
    for (size_t i = c->t0; i < c->t1; i++)
        if (!all_caps(s, i)) return false;
    uint32_t g = c->be;
    while (g < s->doc->len && s->t[g] == ' ') g++;
    if (g >= s->doc->len) return false;
    /* "NEW CALDERTON (Meridian Wire) —": past the agency in brackets */
    if (s->t[g] == '(') {
        const char *close = memchr(s->t + g, ')', s->doc->len - g < 80 ? s->doc->len - g : 80);
        if (!close || memchr(s->t + g, '\n', (size_t)(close - (s->t + g)))) return false;
        g = (uint32_t)(close - s->t) + 1;
        while (g < s->doc->len && s->t[g] == ' ') g++;
        if (g >= s->doc->len) return false;
        goto dash;
    }
    if (s->t[g] != ',') goto dash;
    /* "BRENNMOUTH, Velandria, March 11": past a region or country */
    size_t k = c->t1;
    while (k < send && k < c->t1 + 3 && (tk(s, k)->flags & PX_TOK_CAP) && !(lx(s, k) & LX_TIME))
        k++;
    if (k > c->t1 && (k >= send || s->t[tk(s, k - 1)->end] != ',')) return false;
    return k < send && (lx(s, k) & LX_TIME);
dash:
    return tx_dash_at(s->t, g, s->doc->len) != 0;
}

/* A lower-case noun for a settlement, an area or a place of worship
 * ("city", "district", "the church of San Lio"): a name beside it is a
 * place.  Narrower than LX_PLACE_CUE, whose "point", "drive" or "road"
 * follow other names too. */
static bool settlement(const ent_state *s, size_t i)
{
    static const char *const nouns[] = {"city", "town", "village", "port", "capital",
        "district", "region", "province", "county", "borough", "suburb", "municipality",
        "neighbourhood", "neighborhood", "prefecture", "oblast", "island", "coast",
        "church", "cathedral", "chapel", "abbey", "basilica", "mosque", "temple",
        "monastery", "shrine", "parish"};
    if (tk(s, i)->flags & PX_TOK_CAP) return false;
    for (size_t k = 0; k < sizeof nouns / sizeof *nouns; k++)
        if (has_norm(s, i, nouns[k])) return true;
    return false;
}

static bool travel_word(const ent_state *s, size_t i)
{
    static const char *const words[] = {"visit", "visits", "trip", "trips", "journey",
        "flight", "flights", "flew", "travelled", "traveled", "travel", "travels",
        "returned", "return", "moved", "relocated", "fled", "deported", "extradited"};
    if (tk(s, i)->flags & PX_TOK_CAP) return false;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (has_norm(s, i, words[k])) return true;
    return false;
}

/* "BRENNMOUTH, Velandria, March 11": the region between a dateline's
 * place in capitals, opening the paragraph, and its date. */
static bool dateline_region(const ent_state *s, const cand *c, size_t sbeg, size_t send)
{
    if (c->t0 == sbeg || c->t1 >= send || !(lx(s, c->t1) & LX_TIME)) return false;
    if (s->t[c->be] != ',' || s->t[tk(s, c->t0 - 1)->end] != ',') return false;
    size_t p = c->t0;
    while (p > sbeg && all_caps(s, p - 1)) p--;
    if (p == c->t0 || p != sbeg) return false;
    return tk(s, p)->start == 0 || s->t[tk(s, p)->start - 1] == '\n';
}

/* ", 76," right after the name: an age. */
static bool aged(const ent_state *s, const cand *c, size_t send)
{
    size_t r = c->t1;
    return r + 1 < send && (tk(s, r)->flags & PX_TOK_NUM) && s->t[c->be] == ',' &&
           s->t[tk(s, r)->end] == ',' && tk(s, r)->end - tk(s, r)->start <= 3;
}

/* "the Brennmouth-based charity", "a Velandria-born singer": a name
 * before "-based" or "-born" is where something is or someone was born. */
static bool place_hyphen(const ent_state *s, const cand *c)
{
    if (c->be >= tk(s, c->t1 - 1)->end || s->t[c->be] != '-') return false;
    const char *h = strrchr(tk(s, c->t1 - 1)->norm, '-');
    return h && (strcmp(h, "-based") == 0 || strcmp(h, "-born") == 0);
}

/* The classes of a name's last word, past a possessive: "Velmar Bank's
 * losses" ends in an organisation's cue word all the same. */
static uint32_t last_word_classes(const ent_state *s, const cand *c)
{
    uint32_t f = lx(s, c->t1 - 1);
    const char *n = tk(s, c->t1 - 1)->norm;
    size_t l = strlen(n);
    char stem[64];
    if (f || l < 3 || l >= sizeof stem || n[l - 2] != '\'' || n[l - 1] != 's') return f;
    memcpy(stem, n, l - 2);
    stem[l - 2] = '\0';
    return tx_lex_word(s->w->an, stem);
}

/* Lower-case particles inside a name ("José Luis de la Fuente"): they
 * do not make a name longer than a person's. */
static size_t particles(const ent_state *s, const cand *c)
{
    size_t n = 0;
    for (size_t i = c->t0 + 1; i + 1 < c->t1; i++)
        n += (lx(s, i) & LX_CONNECT) && !(tk(s, i)->flags & PX_TOK_CAP);
    return n;
}

/* Is the name inside quote marks on its line that hold a title in
 * capitals ('leaflets headed "Moor Than a Protest Vote"', 'the novel
 * "Winter in the Harbour Town"')?  Then it is part of the title. */
static bool in_title_quote(const ent_state *s, const cand *c, size_t sbeg, size_t send)
{
    const unsigned char *u = (const unsigned char *)s->t;
    uint32_t open = 0, close = 0;
    for (uint32_t i = c->bs; i > 0 && c->bs - i < 120;) {
        i--;
        if (u[i] == '\n') return false;
        if (u[i] == '"') {                     /* an opening mark follows a blank */
            if (i > 0 && u[i - 1] != ' ' && u[i - 1] != '\n' && u[i - 1] != '(') return false;
            open = i + 1;
            break;
        }
        if (i >= 2 && u[i - 2] == 0xE2 && u[i - 1] == 0x80 && (u[i] == 0x9C || u[i] == 0x9D)) {
            if (u[i] == 0x9D) return false;    /* a closing mark first: outside */
            open = i + 1;
            break;
        }
    }
    if (!open) return false;
    for (uint32_t i = c->be; i < s->doc->len && i - c->be < 120; i++) {
        if (u[i] == '\n') return false;
        if (u[i] == '"' || (i + 2 < s->doc->len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
                            u[i + 2] == 0x9D)) {
            close = i;
            break;
        }
    }
    if (!close) return false;
    size_t caps = 0, words = 0;
    size_t i = c->t0;
    while (i > sbeg && tk(s, i - 1)->start >= open) i--;
    for (; i < send && tk(s, i)->end <= close; i++) {
        if (!(tk(s, i)->flags & PX_TOK_WORD)) continue;
        words++;
        if (tk(s, i)->flags & PX_TOK_CAP) { caps++; continue; }
        if (!tx_title_minor(tk(s, i)->norm)) return false;
    }
    /* more words than the name: a title, not a name quoted alone */
    return words > (size_t)(c->t1 - c->t0) && caps >= 2;
}

/* Pass B for one candidate. */
void ent_classify(ent_state *s, cand *c, size_t sbeg, size_t send)
{
    size_t n = ent_name_parts(s, c->t0, c->t1);
    uint32_t cut = c->be < tk(s, c->t1 - 1)->end ? tk(s, c->t1 - 1)->end - c->be
                                                 : 0;
    c->country = ent_country_of(s, c->t0, c->t1, cut);
    bool the = c->t0 > sbeg && has_norm(s, c->t0 - 1, "the");
    uint32_t prev = c->t0 > sbeg ? lx(s, c->t0 - 1) : 0;
    uint32_t next = c->t1 < send ? lx(s, c->t1) : 0;
    bool next_lower = c->t1 < send && !(tk(s, c->t1)->flags & PX_TOK_CAP);
    bool prev_lower = c->t0 > sbeg && !(tk(s, c->t0 - 1)->flags & PX_TOK_CAP);
    uint32_t last = last_word_classes(s, c), any = last;
    for (size_t i = c->t0; i < c->t1; i++)   /* not a nickname's ("Tank") */
        if (c->nick_e <= c->nick_s || tk(s, i)->start < c->nick_s || tk(s, i)->start > c->nick_e)
            any |= lx(s, i);
    bool agency_last = has_norm(s, c->t1 - 1, "agency") && n >= 2 &&
                       (lx(s, c->t1 - 2) & LX_MEDIA_CUE);

    c->kind = PX_ENT_OTHER;
    c->conf = 0;
    if (in_title_quote(s, c, sbeg, send)) { c->conf = 2; return; }
    /* "In Kestrava, a spokeswoman ...": a name set off after a
     * sentence's opening "In" or "Across" is where, not who */
    bool fronted_place = c->t0 == sbeg + 1 && (prev & LX_LOC_PREP) && n <= 3 &&
                         !c->titled && c->be < s->doc->len && s->t[c->be] == ',';
    if (c->country || fronted_place || dateline(s, c, send) ||
        dateline_region(s, c, sbeg, send) || place_hyphen(s, c)) {
        c->kind = PX_ENT_PLACE; c->conf = 2; return;
    }
    /* "Lake Orran", "Port Ellery", "Mount Kell": a place word opening a
     * name of two words or more names a place (no one is called Port),
     * unless a word of the name says a body ("Port Ellery Transit
     * Authority") */
    static const char *const place_first[] = {"lake", "port", "mount", "mt", "fort",
                                              "cape", "isle", "loch"};
    for (size_t k = 0; n >= 2 && !c->titled && !(any & LX_ORG_CUE) &&
                       k < sizeof place_first / sizeof *place_first; k++)
        if (has_norm(s, c->t0, place_first[k])) {
            c->kind = PX_ENT_PLACE; c->conf = 2; return;
        }
    /* "Mrs Lane", "Britt Lane, 76,": a surname like a street is a
     * person's when a form of address or an age says so */
    /* ("Malcolm Adebayo-Firth": a place word ending a double-barrelled
     * name is a surname's half) */
    size_t lt = c->t1 - 1;
    uint32_t ls = tk(s, lt)->start;
    bool barrelled = lt > c->t0 && ls >= 2 && s->t[ls - 1] == '-' && s->t[ls - 2] != ' ' &&
                     (tk(s, lt)->flags & PX_TOK_CAP);
    if ((last & LX_PLACE_CUE) && !barrelled && !(any & LX_ORG_CUE) && !c->titled &&
        !aged(s, c, send)) {
        c->kind = PX_ENT_PLACE; c->conf = 2; return;
    }
    if ((n >= 2 && (any & LX_MEDIA_CUE) && !(any & LX_PLACE_CUE)) ||
        agency_last || (next_lower && (next & LX_MEDIA_NOUN) && ent_joined(s, c->t1 - 1)) ||
        (prev_lower && (prev & LX_MEDIA_NOUN) && ent_joined(s, c->t0 - 1))) {
        c->noun_cued = !(any & LX_MEDIA_CUE) && !agency_last;
        c->kind = PX_ENT_MEDIA; c->conf = 2; return;
    }
    if (any & LX_ORG_CUE) {
        /* "The X Board, the industry regulator, said": the phrase set
         * off is the organisation's own, the verb after it its verb */
        cand t = *c;
        apposition(s, &t, send);
        if (t.org_appos) *c = t;
        c->kind = PX_ENT_ORG; c->conf = 2; return;
    }
    if ((last & LX_EVENT_CUE) && n >= 2) { c->conf = 2; return; }
    /* "Rail operator X", "the insurer X": what a business is called
     * right before ("the group X" may still be people) */
    if (c->t0 > sbeg && firm_noun(s, c->t0 - 1) && !(lx(s, c->t0 - 1) & LX_ORG_CUE) &&
        tx_is_space_only(s->t, tk(s, c->t0 - 1)->end, c->bs)) {
        c->kind = PX_ENT_ORG; c->conf = 2; return;
    }
    if (cut && org_owned(s, c->t1, send)) { c->kind = PX_ENT_ORG; c->conf = 2; return; }
    if (spoken_for(s, c, sbeg) || members_of(s, c, sbeg)) {
        c->kind = PX_ENT_ORG; c->conf = 2; return;
    }
    apposition(s, c, send);
    if (c->org_appos) { c->kind = PX_ENT_ORG; c->conf = 2; return; }
    /* "X, a port city", "the Saltmarsh district", "the city of X" (place
     * nouns in lower case around the name) */
    bool place_noun_after = next_lower && n <= 2 && settlement(s, c->t1);
    bool place_of = c->t0 >= sbeg + 2 && has_norm(s, c->t0 - 1, "of") &&
                    !(tk(s, c->t0 - 2)->flags & PX_TOK_CAP) && settlement(s, c->t0 - 2);
    /* "her home borough, Ashby Vale": set off after a place noun */
    place_of |= c->t0 >= sbeg + 1 && settlement(s, c->t0 - 1) &&
                s->t[tk(s, c->t0 - 1)->end] == ',';
    if (c->place_appos || ((place_noun_after || place_of) && !c->titled)) {
        c->kind = PX_ENT_PLACE; c->conf = 2; return;
    }
    /* "Ana Holt, 52, of Edgeley,": where someone of that age lives */
    /* ... or given no age ("a son, Teodor, of Ardmore;") */
    if (c->t0 >= sbeg + 3 && has_norm(s, c->t0 - 1, "of") &&
        (tk(s, c->t0 - 2)->flags & (PX_TOK_NUM | PX_TOK_CAP)) &&
        s->t[tk(s, c->t0 - 2)->end] == ',' && !c->titled &&
        ((tk(s, c->t0 - 2)->flags & PX_TOK_CAP) || s->t[tk(s, c->t0 - 3)->end] == ',')) {
        c->kind = PX_ENT_PLACE; c->conf = 2; return;
    }
    /* "The Morning Star, a loyal supporter,": no one's name takes "the" */
    if (c->appos && the && !c->titled && n >= 2) { c->kind = PX_ENT_ORG; c->conf = 1; }
    else if (c->titled || c->appos) { c->kind = PX_ENT_PERSON; c->conf = 2; }
    /* "said Oona, 34,": a name given an age is a person's (a surname
     * still joins the full name: conf 1) */
    else if (aged(s, c, send)) { c->kind = PX_ENT_PERSON; c->conf = 1; }
    else if (n == 1 && ent_acronym(s, c)) { c->kind = PX_ENT_ORG; c->conf = 1; }
    else if (the) { c->conf = 0; }
    else if (n >= 2 && n - particles(s, c) <= 4) { c->kind = PX_ENT_PERSON; c->conf = 0; }
    /* context: the verb after, the preposition before */
    size_t v = c->t1;
    while (v < send && v < c->t1 + 3 && (lx(s, v) & LX_ADVERB)) v++;
    if (c->appos) v = c->ap1;
    /* "farms above Hollin Bridge, says", "between Marrowby Central and
     * ...": where, not who (an organisation after "at" is no he/she
     * either) */
    static const char *const where[] = {"at", "above", "below", "beneath", "around",
                                        "between", "beyond", "within"};
    bool where_prep = false;
    for (size_t k = 0; c->t0 > sbeg && k < sizeof where / sizeof *where; k++)
        where_prep |= has_norm(s, c->t0 - 1, where[k]);
    /* "four years at Le Goujon Bleu": three words after "at" too */
    bool locp = c->conf == 0 && (n <= 2 || (n == 3 && where_prep)) &&
                ((prev & LX_LOC_PREP) || where_prep) && prev_lower;
    /* "Clay Huffman, a Republican from Arizona, said": the verb is the
     * owner's, not the apposition's */
    /* "X, who represents the Northside, said": a verb past a comma is
     * someone else's when "the" comes before the name ("who gave his
     * name only as Des, said" is Des's own) */
    bool set_off = the && v < send && v == c->t1 &&
                   memchr(s->t + c->be, ',', tk(s, v)->start - c->be);
    if (v < send && !(tk(s, v)->flags & PX_TOK_CAP) && c->conf < 2 && !locp &&
        !c->in_appos && !set_off) {
        /* "X reported" is an outlet; "X was quoted as saying" a person */
        bool passive = v > c->t1 && (has_norm(s, v - 1, "was") ||
                                     has_norm(s, v - 1, "is") ||
                                     has_norm(s, v - 1, "were") ||
                                     has_norm(s, v - 1, "been"));
        if ((lx(s, v) & LX_REPORT) && !passive) { c->kind = PX_ENT_MEDIA; c->conf = 1; }
        /* "The Carrow Bridge Herbarium said": no one's name takes "the" */
        else if ((lx(s, v) & LX_SPEECH) && the && n >= 2) { c->kind = PX_ENT_ORG; c->conf = 1; }
        else if ((lx(s, v) & LX_SPEECH) && !has_norm(s, v, "read") &&
                 !(n == 1 && ent_acronym(s, c))) {          /* "NATO said" */
            c->kind = PX_ENT_PERSON; c->conf = 1; c->verb_person = true;
        }
    }
    /* "Lancing-Marsh, who had represented ...": "who" is said of people
     * ("which" of the rest); not of a place after "in" ("a harbourmaster
     * in Brackmouth, who had known ...": the harbourmaster) */
    if (c->conf == 0 && !the && !locp && c->t1 + 1 < send && has_norm(s, c->t1, "who") &&
        c->be < s->doc->len && s->t[c->be] == ',') {
        c->kind = PX_ENT_PERSON;
        c->conf = 1;
    }
    /* "Strand's wife, Maj, was": a lone name set off by commas after a
     * role noun */
    /* ... or before where they live ("Another listener, Rohan in Ashby,") */
    bool lives = c->t1 + 1 < send && (has_norm(s, c->t1, "in") || has_norm(s, c->t1, "from")) &&
                 (tk(s, c->t1 + 1)->flags & PX_TOK_CAP);
    if (c->conf == 0 && n == 1 && c->t0 > sbeg && c->t1 < send &&
        (lx(s, c->t0 - 1) & (LX_ROLE | LX_TITLE)) &&
        !(tk(s, c->t0 - 1)->flags & PX_TOK_CAP) && s->t[tk(s, c->t0 - 1)->end] == ',' &&
        (s->t[c->be] == ',' || lives)) {
        c->kind = PX_ENT_PERSON;
        c->conf = 1;
    }
    if (c->conf < 2 && n == 1 && c->t0 >= sbeg + 1) {
        size_t p = c->t0 - 1;
        if (p > sbeg && has_norm(s, p, "the")) p--;
        if (has_norm(s, p, "told") ||
            (p > sbeg && has_norm(s, p, "to") && has_norm(s, p - 1, "according")))
            if (c->kind != PX_ENT_PERSON || c->conf == 0) {
                c->kind = PX_ENT_MEDIA; c->conf = 1;
            }
    }
    /* "was quoted by Diario Valdoriano as saying": who quotes is an
     * outlet */
    if (c->conf < 2 && c->t0 >= sbeg + 2 && has_norm(s, c->t0 - 1, "by") &&
        has_norm(s, c->t0 - 2, "quoted") && !c->titled) {
        c->kind = PX_ENT_MEDIA; c->conf = 1;
    }
    /* "the chief executive of X has admitted": the verb is the title's;
     * what a title is "of" is an organisation or a place */
    if (c->conf < 2 && !c->titled && n <= 3 && c->t0 >= sbeg + 2 &&
        has_norm(s, c->t0 - 1, "of") && (lx(s, c->t0 - 2) & LX_TITLE) &&
        !(tk(s, c->t0 - 2)->flags & PX_TOK_CAP) && !c->appos) {
        c->kind = PX_ENT_ORG; c->conf = 1;
    }
    /* "who has run Brackwater Marine since 2019", "founded X": what a
     * person runs, owns or founded is a business */
    static const char *const runs[] = {"run", "runs", "ran", "founded", "co-founded",
        "owns", "owned", "manages", "managed", "chairs", "chaired", "heads", "headed"};
    for (size_t k = 0; c->conf < 2 && !c->titled && n <= 4 && c->t0 >= sbeg + 1 && prev_lower &&
                       k < sizeof runs / sizeof *runs; k++)
        if (has_norm(s, c->t0 - 1, runs[k])) {
            c->kind = PX_ENT_ORG; c->conf = 1;
            break;
        }
    /* "Marsh Lantern is owned by ...": what is owned or bred is no person
     * (a horse, a firm, a boat), so no he or she */
    if (c->conf < 2 && !c->titled && c->t1 + 2 < send &&
        (has_norm(s, c->t1, "is") || has_norm(s, c->t1, "was")) &&
        (has_norm(s, c->t1 + 1, "owned") || has_norm(s, c->t1 + 1, "bred")) &&
        has_norm(s, c->t1 + 2, "by")) {
        c->kind = PX_ENT_OTHER; c->conf = 1;
    }
    if (locp && c->conf == 0) {
        c->kind = PX_ENT_PLACE; c->conf = 1;
    }
    /* "a visit to X", "flew to X": where one travels is a place ("to"
     * alone is not: "said to X", "wrote to X") */
    if (c->conf == 0 && n <= 2 && c->t0 >= sbeg + 2 && has_norm(s, c->t0 - 1, "to") &&
        travel_word(s, c->t0 - 2)) {
        c->kind = PX_ENT_PLACE; c->conf = 1;
    }
    /* "commutes from Penwyn to Cardeth": the two ends of a way, in
     * capitals, are places (not "from Ana to Ben": a first name's gender
     * says a person) */
    bool from_to = c->t0 >= sbeg + 3 && has_norm(s, c->t0 - 1, "to") &&
                   (tk(s, c->t0 - 2)->flags & PX_TOK_CAP) && has_norm(s, c->t0 - 3, "from");
    from_to |= c->t0 >= sbeg + 1 && has_norm(s, c->t0 - 1, "from") && c->t1 + 1 < send &&
               has_norm(s, c->t1, "to") && (tk(s, c->t1 + 1)->flags & PX_TOK_CAP);
    if (c->conf <= 1 && !c->titled && n == 1 && from_to && !tx_given_name_gender(tk(s, c->t0)->norm)) {
        c->kind = PX_ENT_PLACE; c->conf = 1;
    }
}
