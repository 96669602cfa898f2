/*
 * calendar.c - proleptic Gregorian day arithmetic for dates.c and the
 * story timeline: civil date <-> days since 1970-01-01 (Howard Hinnant's
 * algorithms, exact for every year), and ISO forms of a found date.
 */
#include <stdio.h>

#include "text.h"

int64_t px_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void px_civil_from_days(int64_t z, int *y, int *m, int *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

bool px_pub_day(const char *iso, int64_t *days)
{
    int y = 0, m = 0, d = 0;
    if (!iso) return false;
    for (int i = 0; i < 10; i++) {
        char c = iso[i];
        if (i == 4 || i == 7) { if (c != '-') return false; continue; }
        if (c < '0' || c > '9') return false;
        int v = c - '0';
        if (i < 4) y = y * 10 + v;
        else if (i < 7) m = m * 10 + v;
        else d = d * 10 + v;
    }
    if (m < 1 || m > 12 || d < 1) return false;
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > mdays[m - 1] + (m == 2 && leap)) return false;
    *days = px_days_from_civil(y, m, d);
    return true;
}

void px_timex_iso(const px_timex *t, char out[16])
{
    out[0] = '\0';
    if (!t->resolved) return;
    switch (t->precision) {
    case PX_PREC_DAY:
        if (t->year) snprintf(out, 16, "%04d-%02d-%02d", t->year, t->month, t->day);
        else snprintf(out, 16, "--%02d-%02d", t->month, t->day);
        break;
    case PX_PREC_WEEK: {
        /* ISO week: the week's Thursday names the year */
        int64_t mon = px_days_from_civil(t->year, t->month, t->day);
        int y, m, d;
        px_civil_from_days(mon + 3, &y, &m, &d);
        int64_t jan1 = px_days_from_civil(y, 1, 1);
        snprintf(out, 16, "%04d-W%02d", y, (int)((mon + 3 - jan1) / 7 + 1));
        break;
    }
    case PX_PREC_MONTH:
        if (t->year) snprintf(out, 16, "%04d-%02d", t->year, t->month);
        else snprintf(out, 16, "--%02d", t->month);
        break;
    case PX_PREC_YEAR:
        snprintf(out, 16, "%04d", t->year);
        break;
    }
}

const char *px_date_precision_name(px_date_precision p)
{
    switch (p) {
    case PX_PREC_DAY: return "day";
    case PX_PREC_WEEK: return "week";
    case PX_PREC_MONTH: return "month";
    default: return "year";
    }
}
