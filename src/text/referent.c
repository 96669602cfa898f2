/*
 * referent.c - who a mention stands for: he/she, resolved to the latest
 * person named outside quotes whose gender does not clash (pronouns.c);
 * "the governor", resolved to the
 * latest person given that title, in full or short ("Gov."); and whether
 * a place in the text is inside a direct quote.  speaker.c asks these.
 */
#include <string.h>
#include <strings.h>

#include "speaker.h"

/* Is byte off inside a direct quote (marks included)? */
bool tx_in_quote(const actx *a, uint32_t off)
{
    size_t lo = 0, hi = a->w->nq;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (a->w->q[mid].open <= off) lo = mid + 1;
        else hi = mid;
    }
    if (lo == 0 || off >= a->w->q[lo - 1].close_end) return false;
    /* a split quote's attribution ('"A," X said, "B."') is outside it */
    const tx_quote *q = &a->w->q[lo - 1];
    return !(q->joined && off >= q->first_close_end && off < q->second_open);
}

bool tx_is_pronoun_at(const actx *a, uint32_t off)
{
    size_t t = tx_tok_lower_bound(a->doc, off);
    return t < a->doc->n_tokens && (lx(a, t) & LX_PRON);
}

bool tx_next_word(const char **p, char *w, size_t cap)
{
    const char *s = *p;
    while (s && (*s == ' ' || *s == ',' || *s == '.')) s++;
    if (!s || !*s) return false;
    size_t n = 0;
    for (; *s && *s != ' ' && *s != ',' && *s != '.'; s++)
        if (n + 1 < cap) w[n++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
    w[n] = '\0';
    *p = s;
    return true;
}

/* Does the text (a role, a name) hold word (case-folded ASCII, whole
 * word)? */
bool tx_words_have(const char *role, const char *word)
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

/* Is word the title or its short form ("gov" for "governor")? */
static bool title_is(const char *word, const char *title)
{
    static const char *const abbr[][2] = {{"gov", "governor"}, {"sen", "senator"},
        {"rep", "representative"}, {"gen", "general"}, {"prof", "professor"},
        {"capt", "captain"}, {"lt", "lieutenant"}, {"col", "colonel"},
        {"sgt", "sergeant"}, {"supt", "superintendent"}, {"insp", "inspector"},
        {"cllr", "councillor"}, {"justice", "judge"}};
    if (strcmp(word, title) == 0) return true;
    /* "superstar" is a star, "co-founder" a founder */
    size_t wl = strlen(word), tl = strlen(title);
    if (tl >= 4 && wl >= tl + 3 && strcmp(word + wl - tl, title) == 0 &&
        strcspn(word, "0123456789") >= wl - tl)      /* "44-year-old" is no "year-old" */
        return true;
    for (size_t i = 0; i < sizeof abbr / sizeof *abbr; i++)
        if (strcmp(word, abbr[i][0]) == 0 && strcmp(title, abbr[i][1]) == 0) return true;
    return false;
}

/* Does the role hold the title, in full or short ("Gov" for "the
 * governor")?  A word that is no title itself before one that is only
 * says what kind: "the team leader" is no "team". */
static bool role_has_title(const px_analyzer *an, const char *role, const char *title)
{
    char w[32], next[32];
    for (const char *p = role; tx_next_word(&p, w, sizeof w);) {
        if (!title_is(w, title)) continue;
        const char *q = p;
        if (!(tx_lex_word(an, w) & LX_TITLE) && tx_next_word(&q, next, sizeof next) &&
            (tx_lex_word(an, next) & (LX_TITLE | LX_ROLE)))
            continue;
        return true;
    }
    return false;
}

size_t tx_mentions_before(const px_textdoc *d, uint32_t off)
{
    size_t lo = 0, hi = d->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->mentions[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

uint32_t tx_sentences_between(const actx *a, uint32_t from, uint32_t to)
{
    const uint32_t *told = a->w->told;
    return told ? told[to] - told[from] : to - from;
}

/* Is token t in a byline ("By Felix Ambrose-Nakamura", "By Ana Lind,
 * Crime Reporter"): a paragraph of one short sentence opening with "By"?
 * The writer is "I", never whom a he/she or a role stands for. */
bool tx_in_byline(const actx *a, size_t t)
{
    const px_textdoc *d = a->doc;
    uint32_t s = tk(a, t)->sentence;
    const px_sentence *se = &d->sentences[s];
    return se->tok_end - se->tok_begin <= 10 && is(a, se->tok_begin, "by") &&
           (tk(a, se->tok_begin)->flags & PX_TOK_CAP) &&
           (s == 0 || d->sentences[s - 1].paragraph != se->paragraph) &&
           (s + 1 >= d->n_sentences || d->sentences[s + 1].paragraph != se->paragraph);
}

/* The latest mention before byte off, outside quotes (a name inside a
 * quote is talked about, not talking) and not a pronoun, of an entity of
 * the kind; with title, only a person given that title or role ("the
 * senator"); with pronoun, none whose title says another gender.  At most
 * `reach` sentences back.  -1 when there is none. */
int32_t tx_latest_mention(const actx *a, uint32_t off, px_entity_kind kind,
                              const char *title, const char *pronoun,
                              uint32_t reach)
{
    const px_textdoc *d = a->doc;
    size_t lo = tx_mentions_before(d, off);
    size_t t = tx_tok_lower_bound(d, off);
    uint32_t sent = t < d->n_tokens ? d->tokens[t].sentence : 0;
    for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
        const px_mention *mm = &d->mentions[m - 1];
        const px_entity *en = &d->entities[mm->entity];
        size_t mt = tx_tok_lower_bound(d, mm->start);
        if (mt < d->n_tokens && tx_sentences_between(a, d->tokens[mt].sentence, sent) > reach)
            break;
        if (en->kind != kind || tx_in_quote(a, mm->start) || tx_is_pronoun_at(a, mm->start))
            continue;
        if (kind == PX_ENT_PERSON && mt < d->n_tokens && tx_in_byline(a, mt)) continue;
        if (title && !(mt > 0 && title_is(tk(a, mt - 1)->norm, title)) &&
            !role_has_title(a->w->an, en->role, title))
            continue;
        if (pronoun && tx_gender_clash(a, mm->entity, mt > 0 ? tk(a, mt - 1)->norm : NULL,
                                       en->role, pronoun))
            continue;                    /* "Ms Lind", "her sister" are not "he" */
        return (int32_t)(m - 1);
    }
    return -1;
}

int32_t tx_antecedent(const actx *a, uint32_t off)
{
    size_t t = tx_tok_lower_bound(a->doc, off);
    /* worked out in reading order by pronouns.c */
    if (a->w->antecedent && t < a->doc->n_tokens && (lx(a, t) & LX_PRON) &&
        !tx_in_quote(a, off))
        return a->w->antecedent[t];
    const char *pron = t < a->doc->n_tokens ? tk(a, t)->norm : NULL;
    return tx_latest_mention(a, off, PX_ENT_PERSON, NULL, pron, 4);
}

/* Is word the head of an organisation's name: its last word, or the one
 * before "of" ("University of Haverleigh", not "University Lecturers'
 * Association")? */
static bool name_head_is(const char *name, const char *word)
{
    const char *of = strstr(name, " of ");
    const char *end = of ? of : name + strlen(name);
    const char *b = end;
    while (b > name && b[-1] != ' ') b--;
    size_t n = strlen(word);
    return (size_t)(end - b) == n && strncasecmp(b, word, n) == 0;
}

int32_t tx_org_named(const actx *a, uint32_t off, const char *word)
{
    const px_textdoc *d = a->doc;
    size_t lo = tx_mentions_before(d, off);
    int32_t any = -1;
    for (size_t m = lo; m > 0 && lo - m < MENTION_SCAN; m--) {
        const px_entity *en = &d->entities[d->mentions[m - 1].entity];
        if (en->kind != PX_ENT_ORG || !tx_words_have(en->name, word)) continue;
        /* "the university": the University of X before a union of
         * university lecturers named since */
        if (name_head_is(en->name, word)) return (int32_t)(m - 1);
        if (any < 0) any = (int32_t)(m - 1);
    }
    return any;
}

bool tx_from_entity(const actx *a, int32_t mention, spk *out)
{
    if (mention < 0) return false;
    if (tx_is_pronoun_at(a, a->doc->mentions[mention].start)) {
        int32_t m = tx_antecedent(a, a->doc->mentions[mention].start);
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

/* The words of a role past its determiner and a possessive ("The
 * hospital's head of care" -> "head of care"); NULL when it opens with
 * neither, as "a nurse" brought in as someone new does. */
static const char *definite_core(const char *r)
{
    char w[32];
    const char *p = r, *core = NULL;
    for (int i = 0; i < 2 && p && tx_next_word(&p, w, sizeof w); i++) {
        size_t n = strlen(w);
        bool poss = (n > 2 && w[n - 2] == '\'' && w[n - 1] == 's') ||
                    (n > 4 && strcmp(w + n - 4, "\xe2\x80\x99s") == 0);
        /* "his daughter" as "the daughter" */
        poss |= strcmp(w, "his") == 0 || strcmp(w, "her") == 0 || strcmp(w, "their") == 0 ||
                strcmp(w, "its") == 0;             /* "its chief executive" */
        if (strcmp(w, "the") != 0 && !poss) break;
        core = p;
    }
    while (core && *core == ' ') core++;
    return core && *core ? core : NULL;
}

/* Do two roles say the same words (ASCII case folded)? */
static bool same_words(const char *x, const char *y)
{
    for (; *x && *y; x++, y++)
        if ((*x | (*x >= 'A' && *x <= 'Z' ? 0x20 : 0)) !=
            (*y | (*y >= 'A' && *y <= 'Z' ? 0x20 : 0)))
            return false;
    return !*x && !*y;
}

/* "Teodor Ravel-Doyle was still changing the ending. 'I cut eleven
 * bars,' the choreographer told me": a role nobody in the text is given,
 * of one word the text has not used before, varies the name of the one
 * person named just before (in the quote's sentence or the one before,
 * same paragraph, outside quotes) who has no role of their own.  The
 * entity, or -1. */
static int32_t varied_name(const actx *a, const px_quote *q, const char *core)
{
    const px_textdoc *d = a->doc;
    /* a job's word, by its shape ("choreographer", "pianist", "librarian"),
     * not a relation ("sister") nor a thing ("report", "family") */
    if (!tx_agent_noun(core) || strchr(core, ' ') || tx_relative_role(core) ||
        q->sentence >= d->n_sentences)
        return -1;
    const px_sentence *qs = &d->sentences[q->sentence];
    for (size_t t = 0; t < qs->tok_begin; t++)
        if (strcasecmp(d->tokens[t].norm, core) == 0) return -1;
    const px_sentence *from = q->sentence > 0 && qs[-1].paragraph == qs->paragraph ? qs - 1 : qs;
    int32_t who = -1;
    for (size_t m = tx_mentions_before(d, from->start); m < d->n_mentions; m++) {
        const px_mention *mn = &d->mentions[m];
        if (mn->start >= qs->end) break;
        if (tx_in_quote(a, mn->start) || d->entities[mn->entity].kind != PX_ENT_PERSON)
            continue;
        if (who >= 0 && who != (int32_t)mn->entity) return -1;
        who = (int32_t)mn->entity;
    }
    return who >= 0 && !d->entities[who].role ? who : -1;
}

void tx_role_named(const actx *a)
{
    px_textdoc *d = a->doc;
    for (size_t i = 0; i < d->n_quotes; i++) {
        px_quote *q = &d->quotes[i];
        const char *core = q->speaker < 0 && q->speaker_role ? definite_core(q->speaker_role)
                                                             : NULL;
        if (!core) continue;
        size_t at = tx_mentions_before(d, q->start);
        size_t lo = at > MENTION_SCAN ? at - MENTION_SCAN : 0;
        size_t hi = at + MENTION_SCAN < d->n_mentions ? at + MENTION_SCAN : d->n_mentions;
        int32_t who = -1;
        for (size_t m = lo; m < hi; m++) {
            uint32_t e = d->mentions[m].entity;
            const px_entity *en = &d->entities[e];
            if (en->kind != PX_ENT_PERSON || !en->role || (int32_t)e == who) continue;
            /* "Chief Executive Ana Lind" has the role without "the" */
            const char *c = definite_core(en->role);
            if (!c) c = en->role;
            if (!same_words(c, core)) continue;
            if (who >= 0) { who = -2; break; }     /* two people so called */
            who = (int32_t)e;
        }
        if (who == -1) who = varied_name(a, q, core);
        if (who < 0) continue;
        q->speaker = who;
        q->speaker_name = d->entities[who].name;
    }
}

/* Does name (one word) equal the first or the last word of full? */
static bool name_part_of(const char *name, const char *full)
{
    size_t n = strlen(name);
    const char *sp = strchr(full, ' '), *last = strrchr(full, ' ');
    if (!sp || !last) return false;
    return ((size_t)(sp - full) == n && strncasecmp(full, name, n) == 0) ||
           (strlen(last + 1) == n && strcasecmp(last + 1, name) == 0);
}

void tx_fullest_names(tx_work *w)
{
    px_textdoc *d = &w->d->pub;
    for (size_t i = 0; i < d->n_quotes; i++) {
        px_quote *q = &d->quotes[i];
        if (q->speaker < 0 || (size_t)q->speaker >= d->n_entities) continue;
        const px_entity *en = &d->entities[q->speaker];
        /* (a place does not speak: one word taken for a place is a name) */
        if ((en->kind != PX_ENT_PERSON &&
             (en->kind != PX_ENT_PLACE || px_country_of(w->an, en->name))) ||
            !en->name || strchr(en->name, ' '))
            continue;
        int32_t full = -1;
        for (size_t e = 0; e < d->n_entities && full != -2; e++) {
            const px_entity *f = &d->entities[e];
            if ((int32_t)e == q->speaker || f->kind != PX_ENT_PERSON || !f->name ||
                !name_part_of(en->name, f->name))
                continue;
            full = full == -1 ? (int32_t)e : -2;        /* two such: say neither */
        }
        if (full < 0) continue;
        q->speaker = full;
        q->speaker_name = d->entities[full].name;
        if (!q->speaker_role && d->entities[full].role) q->speaker_role = d->entities[full].role;
    }
}
