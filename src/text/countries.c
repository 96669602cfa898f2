/*
 * countries.c - country names, common aliases and demonyms, all mapped to
 * one canonical name per country.
 *
 * Names come from the Debian iso-codes ISO 3166-1 JSON (name, common_name,
 * official_name), read once per analyzer.  ISO's sorting forms ("Korea,
 * Republic of") are useless for running text, so the common name wins as the
 * canonical one.  Demonyms are derived by English suffix rules ("-a" ->
 * "-an", consonant -> "-ian"); wrong derivations ("Germanian") are harmless
 * because they never occur in text, and the irregular table below is added
 * first so it wins over any derived collision.  Without the JSON file the
 * built-in tables still cover the common cases.
 */
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "text_int.h"

#ifndef PX_ISO_CODES_DIR
#define PX_ISO_CODES_DIR "/usr/share/iso-codes/json"
#endif

/* alias -> canonical (the canonical form must be a name that the iso file
 * or this table itself provides) */
static const char *const aliases[][2] = {
    {"US", "United States"}, {"U.S.", "United States"},
    {"USA", "United States"}, {"U.S.A.", "United States"},
    {"America", "United States"}, {"United States of America", "United States"},
    {"UK", "United Kingdom"}, {"U.K.", "United Kingdom"},
    {"Britain", "United Kingdom"}, {"Great Britain", "United Kingdom"},
    {"England", "United Kingdom"}, {"Scotland", "United Kingdom"},
    {"Wales", "United Kingdom"},
    {"Russia", "Russia"}, {"Russian Federation", "Russia"},
    {"North Korea", "North Korea"}, {"DPRK", "North Korea"},
    {"South Korea", "South Korea"}, {"ROK", "South Korea"},
    {"Republic of Korea", "South Korea"},
    {"Vietnam", "Vietnam"}, {"Iran", "Iran"}, {"Syria", "Syria"},
    {"Laos", "Laos"}, {"Taiwan", "Taiwan"}, {"Turkey", "Türkiye"},
    {"Czech Republic", "Czechia"}, {"Ivory Coast", "Côte d'Ivoire"},
    {"Vatican", "Vatican"}, {"Burma", "Myanmar"},
    {"Holland", "Netherlands"}, {"The Netherlands", "Netherlands"},
    {"Macedonia", "North Macedonia"}, {"Swaziland", "Eswatini"},
    {"PRC", "China"}, {"Mainland China", "China"}, {"Palestine", "Palestine"},
    {"Moldova", "Moldova"}, {"Bolivia", "Bolivia"}, {"Venezuela", "Venezuela"},
    {"Tanzania", "Tanzania"}, {"Congo", "Congo"}, {"DR Congo", "DR Congo"},
    {"UAE", "United Arab Emirates"}, {"Micronesia", "Micronesia"},
};

/* demonym/adjective -> canonical, for forms the suffix rules miss */
static const char *const demonyms[][2] = {
    {"American", "United States"}, {"Americans", "United States"},
    {"Chinese", "China"}, {"Japanese", "Japan"}, {"Vietnamese", "Vietnam"},
    {"British", "United Kingdom"}, {"English", "United Kingdom"},
    {"Scottish", "United Kingdom"}, {"Welsh", "United Kingdom"},
    {"French", "France"}, {"German", "Germany"}, {"Germans", "Germany"},
    {"Dutch", "Netherlands"}, {"Spanish", "Spain"}, {"Swiss", "Switzerland"},
    {"Greek", "Greece"}, {"Turkish", "Türkiye"}, {"Polish", "Poland"},
    {"Swedish", "Sweden"}, {"Danish", "Denmark"}, {"Finnish", "Finland"},
    {"Irish", "Ireland"}, {"Israeli", "Israel"}, {"Iraqi", "Iraq"},
    {"Pakistani", "Pakistan"}, {"Afghan", "Afghanistan"},
    {"Saudi", "Saudi Arabia"}, {"Thai", "Thailand"},
    {"Filipino", "Philippines"}, {"Philippine", "Philippines"},
    {"Portuguese", "Portugal"}, {"Taiwanese", "Taiwan"},
    {"Lebanese", "Lebanon"}, {"Sudanese", "Sudan"}, {"Nepalese", "Nepal"},
    {"Nepali", "Nepal"}, {"Argentine", "Argentina"}, {"Peruvian", "Peru"},
    {"Chilean", "Chile"}, {"Emirati", "United Arab Emirates"},
    {"Qatari", "Qatar"}, {"Kuwaiti", "Kuwait"}, {"Yemeni", "Yemen"},
    {"Omani", "Oman"}, {"Bahraini", "Bahrain"},
    {"Bangladeshi", "Bangladesh"}, {"Kazakh", "Kazakhstan"},
    {"Uzbek", "Uzbekistan"}, {"Tajik", "Tajikistan"}, {"Kyrgyz", "Kyrgyzstan"},
    {"Turkmen", "Turkmenistan"}, {"Azerbaijani", "Azerbaijan"},
    {"Somali", "Somalia"}, {"Czech", "Czechia"}, {"Slovak", "Slovakia"},
    {"Norwegian", "Norway"}, {"Belgian", "Belgium"}, {"Italian", "Italy"},
    {"Ukrainian", "Ukraine"}, {"Ukrainians", "Ukraine"},
    {"Hungarian", "Hungary"}, {"Mexican", "Mexico"},
    {"Egyptian", "Egypt"}, {"Moroccan", "Morocco"}, {"Brazilian", "Brazil"},
    {"Iranian", "Iran"}, {"Israelis", "Israel"}, {"Kiwi", "New Zealand"},
    {"New Zealander", "New Zealand"}, {"Luxembourgish", "Luxembourg"},
    {"Malagasy", "Madagascar"}, {"Maltese", "Malta"},
    {"Singaporean", "Singapore"}, {"Sri Lankan", "Sri Lanka"},
    {"Burmese", "Myanmar"}, {"Laotian", "Laos"}, {"Lao", "Laos"},
    {"Cambodian", "Cambodia"}, {"Khmer", "Cambodia"},
    {"Congolese", "Congo"}, {"Senegalese", "Senegal"},
    {"Ivorian", "Côte d'Ivoire"}, {"Icelandic", "Iceland"},
    {"Soviet", "Russia"}, {"Palestinian", "Palestine"},
    {"Palestinians", "Palestine"}, {"Cypriot", "Cyprus"},
};

json_t *tx_iso_codes_load(const char *standard, json_t **list)
{
    char path[256];
    json_error_t err;
    snprintf(path, sizeof path, "%s/iso_%s.json", PX_ISO_CODES_DIR, standard);
    json_t *root = json_load_file(path, 0, &err);
    *list = root ? json_object_get(root, standard) : NULL;
    if (!json_is_array(*list)) *list = NULL;
    return root;
}

static size_t fold_ascii(char *out, size_t cap, const char *s, size_t n)
{
    /* Country keys are compared case-folded; ASCII folding is enough for
     * the lookup keys the entity step builds from NFKC-casefolded tokens,
     * and non-ASCII bytes pass through (they are already lower case in
     * the names that have them, except the first letter, see below). */
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        out[k++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[k] = '\0';
    return k;
}

static bool add_key(tx_countries *c, px_arena *a, const char *key, uint32_t v)
{
    char buf[256];
    size_t n = fold_ascii(buf, sizeof buf, key, strlen(key));
    /* "Türkiye": keep the form as given too; tokens fold 'Ü' -> 'ü' which
     * the ASCII fold above cannot do, so also store with the byte pair
     * for the folded first letter when it is a two-byte Latin capital. */
    if (n >= 2 && (unsigned char)buf[0] == 0xC3 &&
        (unsigned char)buf[1] >= 0x80 && (unsigned char)buf[1] <= 0x9E) {
        char b2[256];
        memcpy(b2, buf, n + 1);
        b2[1] = (char)((unsigned char)b2[1] + 0x20);
        if (tx_map_get(&c->map, b2, n) == NULL &&
            !tx_map_put(&c->map, a, b2, n, v, false))
            return false;
    }
    if (tx_map_get(&c->map, buf, n)) return true;   /* first one wins */
    return tx_map_put(&c->map, a, buf, n, v, false);
}

static long canon_index(tx_countries *c, px_arena *a, const char *name)
{
    for (size_t i = 0; i < c->n; i++)
        if (strcmp(c->names[i], name) == 0) return (long)i;
    if (c->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 256;
        const char **nn = px_arena_alloc(a, ncap * sizeof *nn);
        if (!nn) return -1;
        if (c->n) memcpy(nn, c->names, c->n * sizeof *nn);
        c->names = nn;
        c->cap = ncap;
    }
    const char *dup = px_arena_strndup(a, name, strlen(name));
    if (!dup) return -1;
    c->names[c->n] = dup;
    return (long)c->n++;
}

/* Demonyms of one name by suffix rules; pass 0 handles vowel endings,
 * pass 1 consonant endings so "Nigeria" claims "Nigerian" before "Niger". */
static bool derive(tx_countries *c, px_arena *a, const char *name, uint32_t v,
                   int pass)
{
    size_t n = strlen(name);
    if (n < 3 || n > 60 || strchr(name, ',') || strchr(name, '(')) return true;
    char buf[80];
    char last = name[n - 1];
    bool vowel = strchr("aeiouy", last) != NULL;
    if ((pass == 0) != vowel) return true;
    if (last == 'a') {
        snprintf(buf, sizeof buf, "%sn", name);        /* Russia -> Russian */
    } else if (last == 'e' || last == 'o' || last == 'y' || last == 'i') {
        snprintf(buf, sizeof buf, "%.*sian", (int)(n - 1), name); /* Ukraine */
    } else if (!vowel) {
        snprintf(buf, sizeof buf, "%sian", name);      /* Brazil -> Brazilian */
    } else {
        return true;
    }
    if (!add_key(c, a, buf, v)) return false;
    size_t bn = strlen(buf);
    if (bn + 1 < sizeof buf) {          /* plural: "Russians" */
        buf[bn] = 's';
        buf[bn + 1] = '\0';
        if (!add_key(c, a, buf, v)) return false;
    }
    return true;
}

bool tx_countries_load(tx_countries *c, px_arena *a)
{
    /* aliases and irregular demonyms first: they win over derivations */
    for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++) {
        long v = canon_index(c, a, aliases[i][1]);
        if (v < 0 || !add_key(c, a, aliases[i][0], (uint32_t)v) ||
            !add_key(c, a, aliases[i][1], (uint32_t)v))
            return false;
    }
    for (size_t i = 0; i < sizeof demonyms / sizeof demonyms[0]; i++) {
        long v = canon_index(c, a, demonyms[i][1]);
        if (v < 0 || !add_key(c, a, demonyms[i][0], (uint32_t)v) ||
            !add_key(c, a, demonyms[i][1], (uint32_t)v))
            return false;
    }
    json_t *arr;
    json_t *root = tx_iso_codes_load("3166-1", &arr);
    size_t idx;
    json_t *e;
    bool ok = true;
    if (json_is_array(arr)) {
        json_array_foreach(arr, idx, e) {
            const char *name = json_string_value(json_object_get(e, "name"));
            const char *common =
                json_string_value(json_object_get(e, "common_name"));
            const char *official =
                json_string_value(json_object_get(e, "official_name"));
            if (!name) continue;
            const char *canon = common ? common : name;
            /* an alias may already have claimed this country's name */
            const tx_slot *s = NULL;
            char fb[256];
            size_t fn = fold_ascii(fb, sizeof fb, canon, strlen(canon));
            s = tx_map_get(&c->map, fb, fn);
            long v = s ? (long)s->val : canon_index(c, a, canon);
            if (v < 0) { ok = false; break; }
            if (!add_key(c, a, name, (uint32_t)v) ||
                !add_key(c, a, canon, (uint32_t)v) ||
                (official && !add_key(c, a, official, (uint32_t)v))) {
                ok = false;
                break;
            }
        }
    }
    json_decref(root);
    if (!ok) return false;
    /* derive demonyms from every canonical name, vowel endings first */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < c->n; i++)
            if (!derive(c, a, c->names[i], (uint32_t)i, pass)) return false;
    return true;
}

const char *tx_country_lookup(const tx_countries *c, const char *key, size_t n)
{
    const tx_slot *s = tx_map_get(&c->map, key, n);
    return s ? c->names[s->val] : NULL;
}
