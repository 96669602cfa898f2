/*
 * cities.c - names of the world's larger cities, from ICU's time zone
 * identifiers ("Europe/Moscow", "America/Mexico_City").
 *
 * A news text uses a capital for its government ("Moscow will continue to
 * support ...", "talks with Seoul"), with no word around it to say it is a
 * place.  The zone names are a gazetteer every ICU install carries.  Only
 * two-part identifiers of four continents are read: deeper ones
 * (America/Indiana/Knox) and the Australian and Antarctic areas name small
 * towns and stations that are also surnames ("Darwin", "Casey"), and the
 * ocean areas islands named for feasts and people ("Christmas", "Easter",
 * "Johnston").
 * The states of the United States, from iso-codes (ISO 3166-2), join them:
 * no time zone is named after "Washington".  The entity finder asks this
 * list last, for a name nothing else placed.
 */
#include <jansson.h>
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>

#include "text_int.h"

static bool put_folded(tx_map *m, px_arena *arena, const char *name, char sep)
{
    char key[64];
    size_t n = 0;
    for (; name[n] && n + 1 < sizeof key; n++) {
        char c = name[n] == sep ? ' ' : name[n];
        key[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (name[n] || n < 3) return true;     /* too long to be a name; "GMT"-like */
    return tx_map_put(m, arena, key, n, 1, false);
}

/* States and the federal district of the United States. */
static bool load_us_states(tx_map *m, px_arena *arena)
{
    json_t *arr;
    json_t *root = tx_iso_codes_load("3166-2", &arr);
    size_t i;
    json_t *e;
    bool ok = true;
    if (json_is_array(arr)) {
        json_array_foreach(arr, i, e) {
            const char *code = json_string_value(json_object_get(e, "code"));
            const char *type = json_string_value(json_object_get(e, "type"));
            const char *name = json_string_value(json_object_get(e, "name"));
            if (!code || !type || !name || strncmp(code, "US-", 3) != 0 ||
                (strcmp(type, "State") != 0 && strcmp(type, "District") != 0))
                continue;
            if (!(ok = put_folded(m, arena, name, '\0'))) break;
        }
    }
    json_decref(root);                      /* no file: no states, no harm */
    return ok;
}

bool tx_cities_load(tx_map *m, px_arena *arena)
{
    static const char *const areas[] = {"Africa/", "America/", "Asia/", "Europe/"};
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZones(&st);
    if (U_FAILURE(st)) return load_us_states(m, arena);   /* no zone data */
    const char *id;
    int32_t len;
    bool ok = true;
    while (ok && (id = uenum_next(zones, &len, &st)) != NULL && U_SUCCESS(st)) {
        const char *city = NULL;
        for (size_t i = 0; i < sizeof areas / sizeof *areas && !city; i++) {
            size_t al = strlen(areas[i]);
            if (strncmp(id, areas[i], al) == 0) city = id + al;
        }
        if (!city || strchr(city, '/')) continue;
        ok = put_folded(m, arena, city, '_');
    }
    uenum_close(zones);
    return ok && load_us_states(m, arena);
}

bool tx_city(const px_analyzer *an, const char *key, size_t n)
{
    return tx_map_get(&an->cities, key, n) != NULL;
}

bool tx_city_hashed(const px_analyzer *an, const char *key, size_t n, uint64_t h)
{
    return an->cities.cap && tx_map_get_hashed(&an->cities, key, n, h) != NULL;
}
