/* date.c - ISO 8601 dates to day numbers for the time model. */
#include <ctype.h>
#include <stdint.h>

#include "story/story.h"

/* Days from civil date (proleptic Gregorian), after H. Hinnant's method. */
static int32_t days_from_civil(int y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int32_t)doe - 719468;
}

int32_t px_iso_day(const char *s)
{
    if (!s) return INT32_MIN;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7) { if (s[i] != '-') return INT32_MIN; }
        else if (!isdigit((unsigned char)s[i])) return INT32_MIN;
    }
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    unsigned m = (unsigned)((s[5] - '0') * 10 + (s[6] - '0'));
    unsigned d = (unsigned)((s[8] - '0') * 10 + (s[9] - '0'));
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return INT32_MIN;
    return days_from_civil(y, m, d);
}
