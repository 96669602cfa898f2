/*
 * entity_resolve.c - pass C of the entity finder: candidates become
 * entities and mentions.  A surname or first name alone joins the full
 * name met before (or anywhere, for a name first seen in full later); a
 * firm's first word joins the firm; a he/she joins the latest person; a
 * capitalised word that only ever opens sentences is dropped.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "entities_int.h"

static px_status add_entity(ent_state *s, const char *key, size_t kl, uint64_t kh,
                            const char *name, size_t nl, uint8_t kind,
                            uint8_t conf, int32_t *out)
{
    px_textdoc *doc = &s->w->d->pub;
    const tx_slot *hit = tx_map_get_hashed(&s->keys, key, kl, kh);
    if (hit) {
        *out = (int32_t)hit->val;
        if (conf > s->conf[hit->val]) {
            doc->entities[hit->val].kind = kind;
            s->conf[hit->val] = conf;
        }
        return PX_OK;
    }
    if (tx_doc_grow(&doc->arena, (void **)&doc->entities, &s->ent_cap,
                    doc->n_entities + 1, sizeof *doc->entities) ||
        tx_doc_grow(&doc->arena, (void **)&s->conf, &s->conf_cap,
                    doc->n_entities + 1, 1))
        return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
    px_entity *e = &doc->entities[doc->n_entities];
    e->name = px_arena_strndup(&doc->arena, name, nl);
    if (!e->name ||
        !tx_map_put_hashed(&s->keys, &s->scratch, key, kl, kh, (uint32_t)doc->n_entities,
                           false))
        return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
    e->kind = (px_entity_kind)kind;
    s->conf[doc->n_entities] = conf;
    *out = (int32_t)doc->n_entities++;
    return PX_OK;
}

static px_status add_mention(ent_state *s, const cand *c, int32_t ent)
{
    px_textdoc *doc = &s->w->d->pub;
    if (tx_doc_grow(&doc->arena, (void **)&doc->mentions, &s->men_cap,
                    doc->n_mentions + 1, sizeof *doc->mentions))
        return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
    int32_t mi = (int32_t)doc->n_mentions;
    doc->mentions[doc->n_mentions++] = (px_mention){c->bs, c->be, (uint32_t)ent};
    doc->entities[ent].count++;
    for (size_t i = c->t0; i < c->t1; i++) s->w->tok_mention[i] = mi;
    for (size_t i = c->ap0; i < c->ap1; i++) s->w->appos_owner[i] = mi;
    if (c->role_s < c->role_e) {
        px_entity *e = &doc->entities[ent];
        if (!e->role || c->appos) {
            e->role = px_arena_strndup(&doc->arena, s->t + c->role_s,
                                       c->role_e - c->role_s);
            if (!e->role) return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
        }
    }
    return PX_OK;
}

/* A plural of a role word ("Residents", "Critics"): people, never a
 * name. */
static bool plural_role(const ent_state *s, size_t i)
{
    const char *n = tk(s, i)->norm;
    size_t l = strlen(n);
    return (lx(s, i) & LX_ROLE) && l > 3 && n[l - 1] == 's' && n[l - 2] != 's';
}

/* Keys of a person's first and last name parts ("reyes-hart"), the
 * possessive cut; a length is 0 when the key is too long.  A name of
 * three parts or more ("Yann Le Goff", "Ana de la Vega") goes by all but
 * its first name too ("Le Goff said"): its last part is then that tail. */
static void part_keys(const ent_state *s, const cand *c, char *f, size_t *fl,
                      char *l, size_t *ll)
{
    size_t fe = c->t0 + 1, t1 = c->t1, ls;
    /* "Quince III" is Mr Quince: the surname is before the numeral */
    const px_token *last = tk(s, t1 - 1);
    if (t1 >= c->t0 + 3 && strspn(s->t + last->start, "IVX") >= last->end - last->start)
        t1--;
    ls = t1 - 1;
    while (fe < t1 && ent_hyphen_gap(s, fe - 1)) fe++;
    while (ls > c->t0 && ent_hyphen_gap(s, ls - 1)) ls--;
    *fl = ent_make_key(s, c->t0, fe, 0, f);
    *ll = ent_make_key(s, ls, t1, t1 == c->t1 ? tk(s, t1 - 1)->end - c->be : 0, l);
}

/* A name of three parts or more goes by all but its first name
 * ("Ibarra de la Vega"), and with particles by what runs from the first
 * of them ("José Luis de la Fuente" as "de la Fuente"): which = 0, 1. */
static size_t tail_key(const ent_state *s, const cand *c, int which, char *key)
{
    size_t fe = c->t0 + 1;
    while (fe < c->t1 && ent_hyphen_gap(s, fe - 1)) fe++;
    if (which) {
        size_t p = fe;
        while (p + 1 < c->t1 && !((lx(s, p) & LX_CONNECT) && !(tk(s, p)->flags & PX_TOK_CAP)))
            p++;
        if (p == fe || p + 1 >= c->t1) return 0;   /* none, or the same tail */
        fe = p;
    }
    if (ent_name_parts(s, fe, c->t1) < 2) return 0;
    return ent_make_key(s, fe, c->t1, tk(s, c->t1 - 1)->end - c->be, key);
}

/* A candidate's key (ent_make_key of its tokens, the possessive cut) and
 * its hash, made once: both passes and the full name a surname points to
 * look it up in four maps or more. */
typedef struct cand_key {
    const char *key;          /* in the scratch arena; NULL: too long */
    uint32_t len;
    uint64_t hash;
    const char *shared;       /* "Derek" in "Derek and Ana Holt": "Derek Holt" */
} cand_key;

/* "Derek and Anneliese Hartmann-Bose": a first name alone, "and", then a
 * person's full name: the first name shares the surname.  The next
 * candidate, or NULL. */
static const cand *shared_surname(const ent_state *s, size_t i)
{
    const cand *c = &s->c[i], *n = i + 1 < s->nc ? &s->c[i + 1] : NULL;
    /* not a sentence's (a headline's) opening: "Corvane and Threlkeld
     * Mutual agree" are two firms */
    if (!n || c->pronoun || n->pronoun || c->t1 != c->t0 + 1 || n->t0 != c->t1 + 1 ||
        c->initial || (tk(s, c->t0)->flags & PX_TOK_SENT_START) ||
        !has_norm(s, c->t1, "and") || n->kind != PX_ENT_PERSON || c->country ||
        ent_name_parts(s, n->t0, n->t1) != 2 || c->kind == PX_ENT_PLACE || c->kind == PX_ENT_ORG ||
        !tx_is_space_only(s->t, c->be, tk(s, c->t1)->start))
        return NULL;
    return n;
}

px_status ent_resolve(ent_state *s)
{
    px_status rc = PX_OK;
    char key[MAX_KEY];
    cand_key *ck = s->nc ? px_arena_alloc(&s->scratch, s->nc * sizeof *ck) : NULL;
    if (s->nc && !ck) return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
    for (size_t i = 0; i < s->nc; i++) {
        const cand *c = &s->c[i];
        if (c->pronoun) continue;
        uint32_t cut = tk(s, c->t1 - 1)->end - c->be;
        size_t kl = 0;
        if (c->nick_e > c->nick_s) {
            /* 'Gary "Tank" Hughes' is Gary Hughes, named so elsewhere */
            size_t n0 = c->t0, n1;
            while (n0 < c->t1 && tk(s, n0)->start < c->nick_s) n0++;
            n1 = n0;
            while (n1 < c->t1 && tk(s, n1)->start < c->nick_e) n1++;
            char rest[MAX_KEY];
            size_t a = n0 > c->t0 ? ent_make_key(s, c->t0, n0, 0, key) : 0;
            size_t b = a && n1 < c->t1 ? ent_make_key(s, n1, c->t1, cut, rest) : 0;
            if (b && a + 1 + b < MAX_KEY) {
                key[a] = ' ';
                memcpy(key + a + 1, rest, b + 1);
                kl = a + 1 + b;
            }
        }
        if (!kl) kl = ent_make_key(s, c->t0, c->t1, cut, key);
        if (!kl) continue;
        ck[i].shared = NULL;
        const cand *n = shared_surname(s, i);
        if (n) {
            char f[MAX_KEY], l[MAX_KEY];
            size_t fl, ll;
            part_keys(s, n, f, &fl, l, &ll);
            size_t ls = tx_tok_lower_bound(s->doc, n->be) - 1;   /* the surname's first token */
            while (ls > n->t0 + 1 && ent_hyphen_gap(s, ls - 1)) ls--;
            if (ll && kl + 1 + ll < MAX_KEY) {
                key[kl] = ' ';
                memcpy(key + kl + 1, l, ll + 1);
                kl += 1 + ll;
                size_t nl = c->be - c->bs, sl = n->be - tk(s, ls)->start;
                char *name = px_arena_alloc(&s->scratch, nl + sl + 2);
                if (!name) return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
                memcpy(name, s->t + c->bs, nl);
                name[nl] = ' ';
                memcpy(name + nl + 1, s->t + tk(s, ls)->start, sl);
                name[nl + 1 + sl] = '\0';
                ck[i].shared = name;
            }
        }
        if (!(ck[i].key = px_arena_strndup(&s->scratch, key, kl)))
            return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
        ck[i].len = (uint32_t)kl;
        ck[i].hash = px_hash64(key, kl);
    }
    /* pre-pass: full person names by surname, keys seen mid-sentence */
    for (size_t i = 0; i < s->nc && rc == PX_OK; i++) {
        cand *c = &s->c[i];
        if (c->pronoun || !ck[i].key) continue;
        uint32_t cut = tk(s, c->t1 - 1)->end - c->be;
        if (!c->initial &&
            !tx_map_put_hashed(&s->nonstart, &s->scratch, ck[i].key, ck[i].len, ck[i].hash, 1,
                               false))
            rc = PX_NOMEM;
        /* "Corvane Group ... Corvane, which employs": a firm's first word
         * (double-barrelled too: "Hallam-Pryce Pharmaceuticals") before
         * its cue word goes by itself */
        if (c->kind == PX_ENT_ORG && c->t1 >= c->t0 + 2 && !cut &&
            ent_name_parts(s, c->t0, c->t1) == 2 && (lx(s, c->t1 - 1) & LX_ORG_CUE) &&
            !(lx(s, c->t0) & LX_ORG_CUE)) {
            size_t fl = ent_make_key(s, c->t0, c->t1 - 1, 0, key);
            if (fl && !tx_map_get(&s->surname_any, key, fl) &&
                !tx_map_put(&s->surname_any, &s->scratch, key, fl, (uint32_t)i, false))
                rc = PX_NOMEM;
        }
        /* "Kane 'The Hammer' Brackley-Moss ... Hammer later posted": the
         * nickname's last word goes by itself */
        if (c->kind == PX_ENT_PERSON && c->nick_e > c->nick_s) {
            size_t n1 = c->t0;
            while (n1 < c->t1 && tk(s, n1)->start < c->nick_e) n1++;
            if (n1 > c->t0 + 1 && n1 < c->t1) {
                size_t fl = ent_make_key(s, n1 - 1, n1, 0, key);
                if (fl && !tx_map_get(&s->surname_any, key, fl) &&
                    !tx_map_put(&s->surname_any, &s->scratch, key, fl, (uint32_t)i, false))
                    rc = PX_NOMEM;
            }
        }
        /* "Derek and Ana Holt ... Derek said": the first name alone
         * goes to the name it shares a surname with */
        if (ck[i].shared) {
            char f[MAX_KEY];
            size_t fl = ent_make_key(s, c->t0, c->t1, 0, f);
            if (fl && !tx_map_get(&s->surname_any, f, fl) &&
                !tx_map_put(&s->surname_any, &s->scratch, f, fl, (uint32_t)i, false))
                rc = PX_NOMEM;
        }
        /* "the broadcaster Ines Paley ... Paley said": a person, should
         * the surname speak alone (see below) */
        if ((c->kind == PX_ENT_PERSON || (c->kind == PX_ENT_MEDIA && c->noun_cued)) &&
            ent_name_parts(s, c->t0, c->t1) >= 2) {
            char f[MAX_KEY], l[MAX_KEY];
            size_t fl, ll;
            part_keys(s, c, f, &fl, l, &ll);
            if (fl && !tx_map_get(&s->surname_any, f, fl) &&
                !tx_map_put(&s->surname_any, &s->scratch, f, fl, (uint32_t)i, false))
                rc = PX_NOMEM;
            if (ll && !tx_map_get(&s->surname_any, l, ll) &&
                !tx_map_put(&s->surname_any, &s->scratch, l, ll, (uint32_t)i, false))
                rc = PX_NOMEM;
            for (int which = 0; which < 2; which++)
                if ((ll = tail_key(s, c, which, l)) && !tx_map_get(&s->surname_any, l, ll) &&
                    !tx_map_put(&s->surname_any, &s->scratch, l, ll, (uint32_t)i, false))
                    rc = PX_NOMEM;
        }
    }
    if (rc != PX_OK) return px_fail(s->w->ctx, rc, "text: out of memory");
    const px_textdoc *doc = s->doc;
    int32_t last_person = -1;
    uint32_t last_person_sent = 0;
    for (size_t i = 0; i < s->nc; i++) {
        cand *c = &s->c[i];
        uint32_t sent = tk(s, c->t0)->sentence;
        if (c->pronoun) {
            if (last_person < 0 || sent - last_person_sent > PRONOUN_REACH)
                continue;
            if ((rc = add_mention(s, c, last_person)) != PX_OK) return rc;
            continue;
        }
        if (!ck[i].key) continue;
        const char *k0 = ck[i].key;
        size_t kl = ck[i].len;
        uint64_t kh = ck[i].hash;
        int32_t ent = -1;
        size_t nparts = ent_name_parts(s, c->t0, c->t1);
        /* "according to Lind", "told Lind" guess an outlet (conf 1); a
         * person's surname met in full says otherwise */
        /* "Le Goff" after "Yann Le Goff": the tail of a longer name */
        const tx_slot *recent = NULL, *any = NULL;
        bool looked = nparts >= 2 && c->kind != PX_ENT_PLACE && !c->country;
        if (looked) {
            recent = tx_map_get_hashed(&s->surname_recent, k0, kl, kh);
            any = recent ? NULL : tx_map_get_hashed(&s->surname_any, k0, kl, kh);
        }
        bool tail = looked && (recent || any);
        if ((tail || (nparts == 1 && (c->conf < 2 || c->titled || c->appos))) &&
            c->kind != PX_ENT_PLACE && (c->kind != PX_ENT_MEDIA || c->conf < 2)) {
            const tx_slot *r = looked ? recent : tx_map_get_hashed(&s->surname_recent, k0, kl, kh);
            if (r) ent = (int32_t)r->val;
            else if ((r = looked ? any : tx_map_get_hashed(&s->surname_any, k0, kl, kh))) {
                const cand *f = &s->c[r->val];
                const cand_key *fk = &ck[r->val];
                const char *fname = fk->shared ? fk->shared : s->t + f->bs;
                size_t fnl = fk->shared ? strlen(fk->shared) : f->be - f->bs;
                char fplain[MAX_KEY];   /* a nickname left out, as below */
                if (!fk->shared && f->nick_e > f->nick_s && fnl < MAX_KEY) {
                    size_t na = f->nick_s - f->bs, nz = f->nick_e - f->bs;
                    memcpy(fplain, fname, na);
                    memcpy(fplain + na, fname + nz, fnl - nz);
                    fname = fplain;
                    fnl -= nz - na;
                }
                if (fk->key && (rc = add_entity(s, fk->key, fk->len, fk->hash, fname, fnl,
                                                fk->shared ? PX_ENT_PERSON : f->kind, f->conf,
                                                &ent)) != PX_OK)
                    return rc;
                if (fk->key && f->kind != PX_ENT_PERSON && c->kind == PX_ENT_PERSON)
                    s->w->d->pub.entities[ent].kind = PX_ENT_PERSON;
            }
        }
        if (ent < 0) {
            /* "Moscow will continue to support ...": a city nothing else
             * placed, nor made a person with a first name or a title */
            if (!c->country && c->kind != PX_ENT_PLACE && c->conf < 2 && !c->titled &&
                !c->appos && nparts <= 3 && tx_city_hashed(s->w->an, k0, kl, kh)) {
                c->kind = PX_ENT_PLACE;
                c->conf = 2;
            }
            /* a double-barrelled name ("Lancing-Marsh, who ...,") is
             * no word that happens to open a sentence */
            if (c->initial && nparts == 1 && c->t1 == c->t0 + 1 && c->conf < 2 &&
                !c->verb_person && c->kind != PX_ENT_PERSON &&   /* "Farida, 52, said" */
                !ent_acronym(s, c) && !tx_map_get_hashed(&s->nonstart, k0, kl, kh))
                continue;                       /* "Meanwhile", "However" */
            if (c->initial && nparts == 1 && c->conf < 2 && plural_role(s, c->t0))
                continue;                       /* "Residents say" */
            const char *name = c->country ? c->country : ck[i].shared ? ck[i].shared : s->t + c->bs;
            size_t nl = c->country ? strlen(c->country) : ck[i].shared ? strlen(ck[i].shared)
                                                                         : c->be - c->bs;
            if (ck[i].shared) c->kind = PX_ENT_PERSON;
            if (c->country) {
                size_t cl = 0;
                for (; c->country[cl] && cl + 1 < MAX_KEY; cl++) {
                    char ch = c->country[cl];
                    key[cl] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                }
                k0 = key;
                kl = cl;
                kh = px_hash64(key, kl);
            }
            /* 'Walter "Buddy" Strand' is known as Walter Strand */
            char plain[MAX_KEY];
            if (c->nick_e > c->nick_s && nl < MAX_KEY) {
                size_t a = c->nick_s - c->bs, z = c->nick_e - c->bs;
                memcpy(plain, name, a);
                memcpy(plain + a, name + z, nl - z);
                name = plain;
                nl -= z - a;
            }
            if ((rc = add_entity(s, k0, kl, kh, name, nl, c->kind, c->conf,
                                 &ent)) != PX_OK)
                return rc;
        }
        if ((rc = add_mention(s, c, ent)) != PX_OK) return rc;
        if (doc->entities[ent].kind == PX_ENT_PERSON) {
            last_person = ent;
            last_person_sent = sent;
            if (nparts >= 2) {
                char f[MAX_KEY], l[MAX_KEY];
                size_t fl, ll;
                part_keys(s, c, f, &fl, l, &ll);
                /* a surname two people share ("Ana Berg ... her son, Tom
                 * Berg") stays with the one named first: news writes the
                 * other one's name in full */
                const tx_slot *had = ll ? tx_map_get(&s->surname_recent, l, ll) : NULL;
                bool shared = had && had->val != (uint32_t)ent &&
                              doc->entities[had->val].kind == PX_ENT_PERSON;
                if ((fl && !tx_map_put(&s->surname_recent, &s->scratch, f, fl,
                                       (uint32_t)ent, false)) ||
                    (ll && !shared && !tx_map_put(&s->surname_recent, &s->scratch, l, ll,
                                                  (uint32_t)ent, false)))
                    return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
                for (int which = 0; which < 2; which++)
                    if ((ll = tail_key(s, c, which, l)) &&
                        !tx_map_put(&s->surname_recent, &s->scratch, l, ll, (uint32_t)ent, false))
                        return px_fail(s->w->ctx, PX_NOMEM, "text: out of memory");
            }
        }
    }
    return PX_OK;
}

bool px_person_surname(const px_textdoc *doc, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < doc->n_entities; i++) {
        const px_entity *p = &doc->entities[i];
        if (p->kind != PX_ENT_PERSON || !p->name) continue;
        size_t m = strlen(p->name);
        if (m > n + 1 && p->name[m - n - 1] == ' ' && strcasecmp(p->name + m - n, name) == 0)
            return true;
    }
    return false;
}
