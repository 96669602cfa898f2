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
 * The entity finder asks this list last, for a name nothing else placed.
 */
#include <string.h>
#include <unicode/ucal.h>
#include <unicode/uenum.h>

#include "text_int.h"

bool tx_cities_load(tx_map *m, px_arena *arena)
{
    static const char *const areas[] = {"Africa/", "America/", "Asia/", "Europe/"};
    UErrorCode st = U_ZERO_ERROR;
    UEnumeration *zones = ucal_openTimeZones(&st);
    if (U_FAILURE(st)) return true;         /* no zone data: no gazetteer, no harm */
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
        char key[64];
        size_t n = 0;
        for (; city[n] && n + 1 < sizeof key; n++) {
            char c = city[n] == '_' ? ' ' : city[n];
            key[n] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        if (city[n] || n < 3) continue;     /* too long to be a name; "GMT"-like */
        ok = tx_map_put(m, arena, key, n, 1, false);
    }
    uenum_close(zones);
    return ok;
}

bool tx_city(const px_analyzer *an, const char *key, size_t n)
{
    return tx_map_get(&an->cities, key, n) != NULL;
}
