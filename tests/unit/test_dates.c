/*
 * test_dates.c - dates and quantities of the text stage: relative dates
 * resolved against a publication date (weekdays, "on the 17th", "last
 * year", yearless months and days), absolute forms, impossible dates, and
 * quantities with units and hedges.  The sentences are invented.
 */
#include "text_fixture.h"

/* The dates of text in lang as "expression=ISO" joined by "; ". */
static void dates_in(const char *lang, const char *text, const char *pub, char *out, size_t cap)
{
    px_textdoc *d = NULL;
    assert_int_equal(px_analyze(an, ctx, text, strlen(text), lang, &d), PX_OK);
    px_arena ar = PX_ARENA_INIT;
    px_timex *t;
    size_t n, k = 0;
    assert_int_equal(px_find_dates(ctx, d, pub, &ar, &t, &n), PX_OK);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        char iso[16];
        px_timex_iso(&t[i], iso);
        k += (size_t)snprintf(out + k, cap - k, "%s%.*s=%s", i ? "; " : "",
                              (int)(t[i].end - t[i].start), d->text + t[i].start, iso[0] ? iso : "?");
        assert_true(k < cap);
    }
    px_arena_free(&ar);
    px_textdoc_free(d);
}

static void dates_of(const char *text, const char *pub, char *out, size_t cap)
{
    dates_in("en", text, pub, out, cap);
}

typedef struct date_case { const char *text, *pub, *want; } date_case;
typedef void (*finder)(const char *lang, const char *text, const char *pub, char *out, size_t cap);

/* Every case through find; all mismatches are printed before failing. */
static void run_with(finder find, const char *lang, const date_case *cases, size_t n)
{
    char got[1024];
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        find(lang, cases[i].text, cases[i].pub, got, sizeof got);
        if (strcmp(got, cases[i].want) != 0) {
            fprintf(stderr, "case %zu (%s): \"%s\" (published %s)\n  want: %s\n  got:  %s\n", i, lang,
                    cases[i].text, cases[i].pub ? cases[i].pub : "-", cases[i].want, got);
            bad++;
        }
    }
    assert_int_equal(bad, 0);
}

static void run_cases(const date_case *cases, size_t n) { run_with(dates_in, "en", cases, n); }

/* 2025-03-12 is a Wednesday. */
static void test_weekdays(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The fire started on Monday night.", "2025-03-12", "Monday night=2025-03-10"},
        {"The crews left on Wednesday.", "2025-03-12T18:20:00+01:00", "Wednesday=2025-03-12"},
        {"The crews left on Thursday.", "2025-03-12", "Thursday=2025-03-06"},
        {"The council will meet on Thursday.", "2025-03-12", "Thursday=2025-03-13"},
        {"She said schools would reopen on Monday.", "2025-03-12", "Monday=2025-03-17"},
        {"The fire, which would spread fast, began on Monday.", "2025-03-12", "Monday=2025-03-10"},
        {"He said that, if needed, crews would return on Friday.", "2025-03-12", "Friday=2025-03-14"},
        {"They met last Wednesday.", "2025-03-12", "last Wednesday=2025-03-05"},
        {"They meet next Wednesday.", "2025-03-12", "next Wednesday=2025-03-19"},
        {"It rained on Sunday morning.", "2025-03-12", "Sunday morning=2025-03-09"},
        {"On Tuesday, the mayor spoke.", NULL, "Tuesday=?"},
        {"The Sunday Times reported on Monday.", "2025-03-12", "Monday=2025-03-10"},
        {"Last Friday, May Bell said it.", "2025-03-12", "Last Friday=2025-03-07"},
        {"The vote was on Friday, March 7, in the hall.", "2025-03-12", "Friday, March 7=2025-03-07"},
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

static void test_relative_words(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The pier closed yesterday and opens tomorrow.", "2025-03-01", "yesterday=2025-02-28; tomorrow=2025-03-02"},
        {"Leap years: the depot closed yesterday.", "2024-03-01", "yesterday=2024-02-29"},
        {"The ferry ran last night.", "2025-01-01T07:00:00Z", "last night=2024-12-31"},
        {"The report came out today.", "2025-03-12", "today=2025-03-12"},
        {"Prices rose last year and this year.", "2025-01-15", "last year=2024; this year=2025"},
        {"It opened a month ago, two weeks ago and three days ago.", "2025-03-12",
         "a month ago=2025-02; two weeks ago=2025-02-26; three days ago=2025-03-09"},
        {"They met 5 years ago.", "2025-03-12", "5 years ago=2020"},
        {"Sales fell last week and will rise next month.", "2025-03-12", "last week=2025-W10; next month=2025-04"},
        {"Talks failed last month.", "2025-01-20", "last month=2024-12"},
        {"Sales fell last week.", "2025-01-01", "last week=2024-W52"},
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

static void test_day_of_month(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The ship docked on the 3rd.", "2025-03-12", "3rd=2025-03-03"},
        {"The ship docked on the 17th.", "2025-03-12", "17th=2025-02-17"},
        {"The ship docked on the 17th.", "2025-01-05", "17th=2024-12-17"},
        {"The ship docked on the 31st.", "2025-05-10", "31st=2025-03-31"},
        {"The ship will dock on the 17th.", "2025-03-12", "17th=2025-03-17"},
        {"The ship will dock on the 2nd.", "2025-12-12", "2nd=2026-01-02"},
        {"The office is on the 3rd floor.", "2025-03-12", ""},
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

static void test_calendar_dates(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The strike began on June 19, 2024.", "2025-03-12", "June 19, 2024=2024-06-19"},
        {"The strike began on 19 June 2024.", "2025-03-12", "19 June 2024=2024-06-19"},
        {"The strike began on the 19th of June 2024.", NULL, "19th of June 2024=2024-06-19"},
        {"The strike began on June 19.", "2025-03-12", "June 19=2024-06-19"},
        {"The strike began on 19 June.", "2025-07-01", "19 June=2025-06-19"},
        {"The strike ends on March 20.", "2025-03-12", "March 20=2025-03-20"},
        {"The strike began on December 28.", "2025-01-03", "December 28=2024-12-28"},
        {"The summit will open on January 9.", "2024-12-20", "January 9=2025-01-09"},
        {"Filed on Jan. 6 and Sept. 2.", "2025-10-01", "Jan. 6=2025-01-06; Sept. 2=2025-09-02"},
        {"The strike began on June 19.", NULL, "June 19=--06-19"},
        {"The contract was signed on 2024-06-19.", "2025-03-12", "2024-06-19=2024-06-19"},
        {"It was signed on February 30 and on 2023-02-29.", "2025-03-12", ""},
        {"It was signed on February 29, 2024.", NULL, "February 29, 2024=2024-02-29"},
        {"The works ran from June 2023 until May 2024.", NULL, "June 2023=2023-06; May 2024=2024-05"},
        {"The union wrote in June and in October last year.", "2025-03-12",
         "June=2024-06; October=2024-10; last year=2024"},
        {"The union wrote in June 2023 and again in October.", "2025-03-12", "June 2023=2023-06; October=2023-10"},
        {"Inspections stopped in 2023 and have not resumed since 2021.", NULL, "2023=2023; 2021=2021"},
        {"May said the plan works. The 2000 drums stayed.", "2025-03-12", ""},
        {"Turnout in the 2024 election fell.", NULL, "2024=2024"},
    };
    run_cases(cases, sizeof cases / sizeof *cases);
}

/* Published on Wednesday 2025-03-12 unless the case says otherwise. */
/* Other languages, published on Wednesday 2025-03-12 unless NULL: each
 * table of date_words.c through its forms and its false friends. */
static void test_other_languages(void **state)
{
    (void)state;
    static const date_case de[] = {
        {"Der Streik begann am 17. Juni 2024 in Kelbra.", "2025-03-12", "17. Juni 2024=2024-06-17"},
        {"Der Rat tagte am 17. Juni.", "2025-03-12", "17. Juni=2024-06-17"},
        {"Am 17.06.2024 kam der Rat zusammen.", NULL, "17.06.2024=2024-06-17"},
        {"Am 3. Jan. 2024 und im Mai 2023.", NULL, "3. Jan. 2024=2024-01-03; Mai 2023=2023-05"},
        {"Im Juni stieg der Kurs um 17.06 Prozent.", "2025-03-12", "Juni=2024-06"},
        {"Am 17.06. ging es los.", "2025-07-01", "17.06=2025-06-17"},
        {"Am 17.06. ging es los.", NULL, ""},
        {"Am 31.02.2024 und am 45.13.2024 nicht.", NULL, ""},
        {"Er zahlte 17 Euro, wir sind hier seit gestern.", "2025-03-12", "gestern=2025-03-11"},
        {"Heute Morgen sprach sie, am Morgen danach nicht.", "2025-03-12", "Heute Morgen=2025-03-12"},
        {"Die Kommission wird am Montag tagen, sie tagte am vergangenen Montag.", "2025-03-12", "Montag=2025-03-17; vergangenen Montag=2025-03-10"},
        {"Die Preise stiegen letzte Woche und im vergangenen Jahr, dieses Jahr nicht, nächsten Monat auch nicht.",
         "2025-03-12", "letzte Woche=2025-W10; vergangenen Jahr=2024; dieses Jahr=2025; nächsten Monat=2025-04"},
        {"Ein Jahr, eine Woche, letzte Runde.", "2025-03-12", ""},
        {"Der Damm brach am Sonntagabend, seit 2021 und im Jahr 2019 nicht, 2000 Menschen flohen.", "2025-03-12",
         "Sonntagabend=2025-03-09; 2021=2021; 2019=2019"},
        {"Bis 2030 soll es ab 2000 Euro und bis 2000 € geben.", NULL, "2030=2030"},
        {"Im Juni 17 Tote, im Mai 2023 keine.", "2025-03-12", "Juni=2023-06; Mai 2023=2023-05"},
        {"Vor drei Tagen, vor 2 Wochen und vor einem Jahr, nicht vor Jahren und nicht vor dem Haus.", "2025-03-12",
         "Vor drei Tagen=2025-03-09; vor 2 Wochen=2025-02-26; vor einem Jahr=2024"},
    };
    static const date_case fr[] = {
        {"La grève a commencé le 17 juin 2024 à Lunel.", NULL, "17 juin 2024=2024-06-17"},
        {"Le 1er mars, le conseil a voté.", "2025-03-12", "1er mars=2025-03-01"},
        {"Le 3 janv. 2024, puis en juin 2024.", NULL, "3 janv. 2024=2024-01-03; juin 2024=2024-06"},
        {"Il a attendu sept ans et 17 jours, comme en 2023.", "2025-03-12", "2023=2023"},
        {"Il y a deux mois, il y a un an, il y a des années.", "2025-03-12",
         "Il y a deux mois=2025-01; il y a un an=2024"},
        {"Hier et aujourd'hui, mais pas demain.", "2025-03-12", "Hier=2025-03-11; aujourd'hui=2025-03-12; demain=2025-03-13"},
        {"Il est parti lundi dernier et revient lundi prochain.", "2025-03-12", "lundi dernier=2025-03-10; lundi prochain=2025-03-17"},
        {"Les prix ont monté l'année dernière, l\u2019an prochain aussi, et la semaine dernière.", "2025-03-12",
         "l'année dernière=2024; l\u2019an prochain=2026; semaine dernière=2025-W10"},
    };
    static const date_case es[] = {
        {"La huelga empezó el 17 de junio de 2024.", NULL, "17 de junio de 2024=2024-06-17"},
        {"Ayer llovió y mañana saldrá el sol, pero por la mañana no.", "2025-03-12", "Ayer=2025-03-11; mañana=2025-03-13"},
        {"El próximo lunes cantará Ramón Domingo, llegó en mayo de 2023.", "2025-03-12", "próximo lunes=2025-03-17; mayo de 2023=2023-05"},
        {"Subieron el año pasado y bajarán el próximo mes.", "2025-03-12", "año pasado=2024; próximo mes=2025-04"},
        {"Hace tres días hace calor.", "2025-03-12", "Hace tres días=2025-03-09"},
    };
    static const date_case it[] = {
        {"Lo sciopero è iniziato il 17 giugno 2024, ieri no.", "2025-03-12", "17 giugno 2024=2024-06-17; ieri=2025-03-11"},
        {"Venerdì scorso e il 5 set. 2024, non il set finale.", "2025-03-12", "Venerdì scorso=2025-03-07; 5 set. 2024=2024-09-05"},
        {"Sono saliti l'anno scorso e la settimana scorsa.", "2025-03-12", "l'anno scorso=2024; settimana scorsa=2025-W10"},
        {"Nel 2023 salirono a 2000 metri.", NULL, "2023=2023"},
        {"Tre giorni fa fa caldo, giorni fa no.", "2025-03-12", "Tre giorni fa=2025-03-09"},
    };
    static const date_case pt[] = {
        {"Há dois anos e há 3 dias, não há dias.", "2025-03-12", "Há dois anos=2023; há 3 dias=2025-03-09"},
        {"A greve começou a 17 de junho de 2024 na segunda-feira passada.", "2025-03-12", "17 de junho de 2024=2024-06-17; segunda-feira passada=2025-03-10"},
    };
    static const date_case pl[] = {
        {"Strajk zaczął się 17 czerwca 2024 r., a w czerwcu 2023 i wczoraj nie.", "2025-03-12", "17 czerwca 2024=2024-06-17; czerwcu 2023=2023-06; wczoraj=2025-03-11"},
        {"W zeszły poniedziałek padało.", "2025-03-12", "zeszły poniedziałek=2025-03-10"},
        {"Dwa lata temu i rok temu, lata temu nie.", "2025-03-12", "Dwa lata temu=2023; rok temu=2024"},
        {"Ceny wzrosły w ubiegłym roku i w tym tygodniu, a od 2021 r. nie.", "2025-03-12",
         "ubiegłym roku=2024; tym tygodniu=2025-W11; 2021=2021"},
    };
    /* a month beside a day is read in any table, whatever the language guess */
    static const date_case en[] = {
        {"Lo sciopero è iniziato il 17 giugno 2024.", NULL, "17 giugno 2024=2024-06-17"},
        {"It rose 3.5. The 17.06 rate held, 1.2.2024 was the date.", "2025-03-12", "1.2.2024=2024-02-01"},
    };
    run_with(dates_in, "de", de, sizeof de / sizeof *de);
    run_with(dates_in, "fr", fr, sizeof fr / sizeof *fr);
    run_with(dates_in, "es", es, sizeof es / sizeof *es);
    run_with(dates_in, "it", it, sizeof it / sizeof *it);
    run_with(dates_in, "pt", pt, sizeof pt / sizeof *pt);
    run_with(dates_in, "pl", pl, sizeof pl / sizeof *pl);
    run_with(dates_in, "en", en, sizeof en / sizeof *en);
}

/* Which dates of text in lang date a statement: 'r' each that does, '-' each that does not. */
static void reporting_in(const char *lang, const char *text, const char *want)
{
    px_textdoc *d = NULL;
    assert_int_equal(px_analyze(an, ctx, text, strlen(text), lang, &d), PX_OK);
    px_arena ar = PX_ARENA_INIT;
    px_timex *t;
    size_t n;
    char got[16] = "";
    assert_int_equal(px_find_dates(ctx, d, "2025-03-12", &ar, &t, &n), PX_OK);
    for (size_t i = 0; i < n && i + 1 < sizeof got; i++) got[i] = t[i].reporting ? 'r' : '-';
    assert_string_equal(got, want);
    px_arena_free(&ar);
    px_textdoc_free(d);
}

static void test_reporting_other(void **state)
{
    (void)state;
    reporting_in("de", "Das Amt teilte am Dienstag mit, die Brücke sei am Montag gesperrt worden, "
                       "es sagte letzten Freitag nichts.", "r-r");
    reporting_in("fr", "Le ministre a déclaré mardi que le pont a fermé lundi.", "r-");
    reporting_in("es", "El ministro dijo el martes que el puente cerró el lunes.", "r-");
    reporting_in("it", "Il ministro ha detto martedì che il ponte ha chiuso lunedì.", "r-");
    reporting_in("pt", "O ministro disse na terça-feira que a ponte fechou na segunda-feira.", "r-");
    reporting_in("pl", "Minister powiedział we wtorek, że most zamknięto w poniedziałek.", "r-");
}

/* "said early on Tuesday" dates a statement; "closed on Tuesday" an event */
static void test_reporting_dates(void **state)
{
    (void)state;
    const char *text = "The pier closed on Monday, the harbour office said early on Tuesday. "
                       "It reported last Friday that the bridge would close on Thursday.";
    px_textdoc *d = NULL;
    assert_int_equal(px_analyze(an, ctx, text, strlen(text), "en", &d), PX_OK);
    px_arena ar = PX_ARENA_INIT;
    px_timex *t;
    size_t n;
    assert_int_equal(px_find_dates(ctx, d, "2025-03-12", &ar, &t, &n), PX_OK);
    assert_int_equal(n, 4);
    assert_false(t[0].reporting);    /* closed on Monday */
    assert_true(t[1].reporting);     /* said early on Tuesday */
    assert_true(t[2].reporting);     /* reported last Friday */
    assert_false(t[3].reporting);    /* would close on Thursday */
    assert_int_equal(t[3].day, 13);
    px_arena_free(&ar);
    px_textdoc_free(d);
}

static void test_hostile_dates(void **state)
{
    (void)state;
    char got[1024];
    dates_of("on the 99th of June; on 0 March; 2024-13-45; 9999-99-99; on the 31st.", "2025-02-10", got, sizeof got);
    assert_string_equal(got, "June=2024-06; 31st=2025-01-31");
    dates_of("yesterday", "not a date", got, sizeof got);
    assert_string_equal(got, "yesterday=?");
    dates_of("It left 99999999999999999999 days ago and 0 days ago.", "2025-02-10", got, sizeof got);
    assert_string_equal(got, "");
    dates_of("It left 999 years ago.", "0999-01-01", got, sizeof got);
    assert_string_equal(got, "999 years ago=?");
    dates_of("", "2025-02-10", got, sizeof got);
    assert_string_equal(got, "");
    dates_in("de", "Am 17.06.20245, 99.99.9999, 123.45.2024, 0.0.2024, 1..2024 und 17.06.1799.", "2025-02-10", got, sizeof got);
    assert_string_equal(got, "");
    dates_in("pt-BR", "17 de de 2024, 17 de, de junho, mañana, 17. 17.", "2025-02-10", got, sizeof got);
    assert_string_equal(got, "");
}

/* Quantities of text as "expression=value key" joined by "; " (the key is
 * the base unit for measures, the stem of a counted noun). */
static void quantities_of(const char *lang, const char *text, const char *pub, char *out, size_t cap)
{
    px_textdoc *d = NULL;
    assert_int_equal(px_analyze(an, ctx, text, strlen(text), lang, &d), PX_OK);
    px_arena ar = PX_ARENA_INIT;
    px_timex *t;
    px_quantity *q;
    size_t nt, n, k = 0;
    assert_int_equal(px_find_dates(ctx, d, pub, &ar, &t, &nt), PX_OK);
    assert_int_equal(px_find_quantities(ctx, d, t, nt, &ar, &q, &n), PX_OK);
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        k += (size_t)snprintf(out + k, cap - k, "%s%.*s=%s%g %s", i ? "; " : "",
                              (int)(q[i].end - q[i].start), d->text + q[i].start,
                              q[i].bound > 0 ? ">" : q[i].bound < 0 ? "<" : q[i].approx ? "~" : "",
                              q[i].value * q[i].factor, q[i].unit_key);
        assert_true(k < cap);
    }
    px_arena_free(&ar);
    px_textdoc_free(d);
}

static void test_quantities(void **state)
{
    (void)state;
    static const date_case cases[] = {
        {"The army sent 3,200 troops.", "2025-03-12", "3,200 troops=3200 troop"},
        {"The plan costs $4.5 billion.", "2025-03-12", "$4.5 billion=4.5e+09 $"},
        {"The plan costs $4.5bn and €300m.", "2025-03-12", "$4.5bn=4.5e+09 $; €300m=3e+08 €"},
        {"It cost €300m and $3.3bn.", "2025-03-12", "€300m=3e+08 €; $3.3bn=3.3e+09 $"},
        {"They shipped 260,000 metric tons.", "2025-03-12", "260,000 metric tons=2.6e+08 kg"},
        {"Turnout fell 40 per cent, or 12%.", "2025-03-12", "40 per cent=40 %; 12%=12 %"},
        {"The road is 12 km long; the zone is 800 metres.", "2025-03-12", "12 km=12000 m; 800 metres=800 m"},
        {"The 14-kilometre tunnel opened after 90 minutes.", "2025-03-12", "14-kilometre=14000 m; 90 minutes=5400 s"},
        {"Two people remain and 2,000 given.", "2025-03-12", "Two people=2 peopl"},
        {"About 80 firefighters and 19 fire engines came.", "2025-03-12", "About 80 firefighters=~80 firefight; 19 fire engines=19 engin"},
        {"More than 60 firefighters and at least 12 injured.", "2025-03-12", "More than 60 firefighters=>60 firefight; at least 12 injured=>12 injur"},
        {"Nearly 400 people and up to 500 residents left.", "2025-03-12", "Nearly 400 people=<400 peopl; up to 500 residents=<500 resid"},
        {"Three firefighters and twenty-two dock workers were hurt.", "2025-03-12", "Three firefighters=3 firefight; twenty-two dock workers=22 worker"},
        {"It cost £4.2 million, about 2.4 billion crowns.", "2025-03-12", "£4.2 million=4.2e+06 £; about 2.4 billion crowns=~2.4e+09 crown"},
        {"At 11.40pm on March 10, 2025, one of the 3 said at 10:30 that No 5 won.", "2025-03-12", ""},
        {"The 17th floor and the 1990s.", "2025-03-12", ""},
        {"The vote closes at 9 p.m. and opens at 7 a.m. on Friday.", "2025-03-12", ""},
        {"The 2024 election drew 2000 voters and 1990 observers.", "2025-03-12", "2000 voters=2000 voter; 1990 observers=1990 observ"},
    };
    run_with(quantities_of, "en", cases, sizeof cases / sizeof *cases);
}

static void test_calendar(void **state)
{
    (void)state;
    int64_t d;
    assert_true(px_pub_day("1970-01-01", &d));
    assert_int_equal(d, 0);
    assert_true(px_pub_day("2000-02-29T10:00:00Z", &d));
    int y, m, dd;
    px_civil_from_days(d, &y, &m, &dd);
    assert_true(y == 2000 && m == 2 && dd == 29);
    assert_false(px_pub_day("1900-02-29", &d));
    assert_false(px_pub_day("2025-3-1", &d));
    assert_false(px_pub_day(NULL, &d));
    px_timex t = {.year = 2021, .month = 1, .day = 4, .precision = PX_PREC_WEEK, .resolved = true};
    char iso[16];
    px_timex_iso(&t, iso);
    assert_string_equal(iso, "2021-W01");
    t = (px_timex){.year = 2020, .month = 12, .day = 28, .precision = PX_PREC_WEEK, .resolved = true};
    px_timex_iso(&t, iso);
    assert_string_equal(iso, "2020-W53");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_weekdays),       cmocka_unit_test(test_relative_words),
        cmocka_unit_test(test_day_of_month),   cmocka_unit_test(test_calendar_dates),
        cmocka_unit_test(test_hostile_dates),  cmocka_unit_test(test_quantities),
        cmocka_unit_test(test_reporting_dates), cmocka_unit_test(test_other_languages),
        cmocka_unit_test(test_reporting_other),
        cmocka_unit_test(test_calendar),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
