/*
 * date_words.c - the words of dates in German, French, Spanish, Italian,
 * Portuguese and Polish: months, weekdays, relative days, periods, "ago",
 * and the words around them.  Adding a language is adding a table here;
 * dates.c and dates_rel.c hold no word of their own beyond English.
 */
#include <string.h>

#include "date_words.h"
#include "text_int.h"

#define END {NULL, 0, 0}

/* ---- German ---- */
static const tx_word_val de_months[] = {
    {"januar", 1, 0}, {"jänner", 1, 0}, {"februar", 2, 0}, {"feber", 2, 0}, {"märz", 3, 0},
    {"april", 4, 0}, {"mai", 5, 0}, {"juni", 6, 0}, {"juli", 7, 0}, {"august", 8, 0},
    {"september", 9, 0}, {"oktober", 10, 0}, {"november", 11, 0}, {"dezember", 12, 0}, END};
static const tx_word_val de_abbr[] = {
    {"jan", 1, 0}, {"feb", 2, 0}, {"mär", 3, 0}, {"apr", 4, 0}, {"jun", 6, 0}, {"jul", 7, 0},
    {"aug", 8, 0}, {"sep", 9, 0}, {"sept", 9, 0}, {"okt", 10, 0}, {"nov", 11, 0}, {"dez", 12, 0}, END};
static const tx_word_val de_weekdays[] = {
    {"montag", 0, 0}, {"dienstag", 1, 0}, {"mittwoch", 2, 0}, {"donnerstag", 3, 0},
    {"freitag", 4, 0}, {"samstag", 5, 0}, {"sonnabend", 5, 0}, {"sonntag", 6, 0}, END};
static const tx_word_val de_days[] = {
    {"gestern", -1, 0}, {"heute", 0, 0}, {"morgen", 1, DW_LOWER}, END};   /* "am Morgen": morning */
static const tx_word_val de_mods[] = {
    {"letzte", -1, 0}, {"letzten", -1, 0}, {"letztes", -1, 0}, {"vergangene", -1, 0},
    {"vergangenen", -1, 0}, {"vergangenes", -1, 0}, {"diese", 0, 0}, {"diesen", 0, 0},
    {"dieses", 0, 0}, {"nächste", 1, 0}, {"nächsten", 1, 0}, {"nächstes", 1, 0},
    {"kommende", 1, 0}, {"kommenden", 1, 0}, {"kommendes", 1, 0}, END};
static const tx_word_val de_units[] = {
    {"woche", 1, 0}, {"monat", 2, 0}, {"monats", 2, 0}, {"jahr", 3, 0}, {"jahres", 3, 0}, END};
static const char *const de_report[] = {
    "sagte", "sagten", "erklärte", "erklärten", "teilte", "teilten", "berichtete", "berichteten",
    "kündigte", "bestätigte", "meldete", "schrieb", "warnte", NULL};
static const char *const de_fillers[] = {"am", "bereits", "schon", "erst", "noch", NULL};
static const char *const de_preps[] = {
    "im", "seit", "bis", "ab", "vom", "anfang", "ende", "mitte", "und", "oder", NULL};
static const tx_word_val de_numbers[] = {
    {"ein", 1, 0}, {"eine", 1, 0}, {"einem", 1, 0}, {"einer", 1, 0}, {"zwei", 2, 0}, {"drei", 3, 0},
    {"vier", 4, 0}, {"fünf", 5, 0}, {"sechs", 6, 0}, {"sieben", 7, 0}, {"acht", 8, 0}, {"neun", 9, 0},
    {"zehn", 10, 0}, END};
static const tx_word_val de_ago_units[] = {
    {"tag", 0, 0}, {"tagen", 0, 0}, {"woche", 1, 0}, {"wochen", 1, 0}, {"monat", 2, 0},
    {"monaten", 2, 0}, {"jahr", 3, 0}, {"jahren", 3, 0}, END};
static const char *const de_ago[] = {"vor", NULL};
static const char *const de_years[] = {"im", "jahr", "jahres", "seit", "bis", "ab", NULL};
static const char *const de_future[] = {
    "wird", "werden", "soll", "sollen", "will", "wollen", "geplant", "bis", "nächsten", "kommenden", NULL};
static const char *const de_parts[] = {"morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht", NULL};

/* ---- French ---- */
static const tx_word_val fr_months[] = {
    {"janvier", 1, 0}, {"février", 2, 0}, {"mars", 3, 0}, {"avril", 4, 0}, {"mai", 5, 0},
    {"juin", 6, 0}, {"juillet", 7, 0}, {"août", 8, 0}, {"septembre", 9, 0}, {"octobre", 10, 0},
    {"novembre", 11, 0}, {"décembre", 12, 0}, END};
static const tx_word_val fr_abbr[] = {
    {"janv", 1, 0}, {"févr", 2, 0}, {"fév", 2, 0}, {"avr", 4, 0}, {"juil", 7, 0},
    {"sept", 9, 0}, {"oct", 10, 0}, {"nov", 11, 0}, {"déc", 12, 0}, END};
static const tx_word_val fr_weekdays[] = {
    {"lundi", 0, 0}, {"mardi", 1, 0}, {"mercredi", 2, 0}, {"jeudi", 3, 0},
    {"vendredi", 4, 0}, {"samedi", 5, 0}, {"dimanche", 6, 0}, END};
static const tx_word_val fr_days[] = {
    {"hier", -1, 0}, {"aujourd'hui", 0, 0}, {"aujourd\xe2\x80\x99" "hui", 0, 0}, {"demain", 1, 0}, END};
static const tx_word_val fr_mods[] = {
    {"dernier", -1, 0}, {"dernière", -1, 0}, {"passé", -1, 0}, {"passée", -1, 0},
    {"prochain", 1, 0}, {"prochaine", 1, 0}, {"cette", 0, 0}, {"ce", 0, 0}, END};
static const tx_word_val fr_units[] = {
    {"semaine", 1, 0}, {"mois", 2, 0}, {"année", 3, 0}, {"l'année", 3, 0},
    {"l\xe2\x80\x99" "année", 3, 0}, {"an", 3, 0}, {"l'an", 3, 0}, {"l\xe2\x80\x99" "an", 3, 0}, END};
static const char *const fr_report[] = {
    "déclaré", "annoncé", "indiqué", "affirmé", "confirmé", "précisé", "expliqué", "écrit", "dit",
    "déclare", "annonce", "indique", "affirme", NULL};
static const char *const fr_fillers[] = {"ce", "dès", "le", NULL};
static const char *const fr_preps[] = {"en", "depuis", "début", "fin", "mi", "et", "ou", NULL};
static const tx_word_val fr_numbers[] = {
    {"un", 1, 0}, {"une", 1, 0}, {"deux", 2, 0}, {"trois", 3, 0}, {"quatre", 4, 0}, {"cinq", 5, 0},
    {"six", 6, 0}, {"sept", 7, 0}, {"huit", 8, 0}, {"neuf", 9, 0}, {"dix", 10, 0}, END};
static const tx_word_val fr_ago_units[] = {
    {"jour", 0, 0}, {"jours", 0, 0}, {"semaine", 1, 0}, {"semaines", 1, 0}, {"mois", 2, 0},
    {"an", 3, 0}, {"ans", 3, 0}, {"année", 3, 0}, {"années", 3, 0}, END};
static const char *const fr_ago[] = {"il", "y", "a", NULL};
static const char *const fr_years[] = {"en", "depuis", "avant", "après", "d'ici", NULL};
static const char *const fr_future[] = {
    "sera", "seront", "va", "vont", "doit", "devrait", "prévu", "prévue", "prochain", "demain", NULL};
static const char *const fr_parts[] = {"matin", "soir", "après-midi", NULL};

/* ---- Spanish ---- */
static const tx_word_val es_months[] = {
    {"enero", 1, 0}, {"febrero", 2, 0}, {"marzo", 3, 0}, {"abril", 4, 0}, {"mayo", 5, 0},
    {"junio", 6, 0}, {"julio", 7, 0}, {"agosto", 8, 0}, {"septiembre", 9, 0}, {"setiembre", 9, 0},
    {"octubre", 10, 0}, {"noviembre", 11, 0}, {"diciembre", 12, 0}, END};
static const tx_word_val es_abbr[] = {
    {"ene", 1, 0}, {"feb", 2, 0}, {"mar", 3, 0}, {"abr", 4, 0}, {"jun", 6, 0}, {"jul", 7, 0},
    {"ago", 8, 0}, {"sep", 9, 0}, {"sept", 9, 0}, {"oct", 10, 0}, {"nov", 11, 0}, {"dic", 12, 0}, END};
static const tx_word_val es_weekdays[] = {
    {"lunes", 0, 0}, {"martes", 1, 0}, {"miércoles", 2, 0}, {"jueves", 3, 0},
    {"viernes", 4, 0}, {"sábado", 5, 0}, {"domingo", 6, 0}, END};
static const tx_word_val es_days[] = {{"ayer", -1, 0}, {"hoy", 0, 0}, {"mañana", 1, 0}, END};
static const tx_word_val es_mods[] = {
    {"pasado", -1, 0}, {"pasada", -1, 0}, {"próximo", 1, 0}, {"próxima", 1, 0},
    {"este", 0, 0}, {"esta", 0, 0}, END};
static const tx_word_val es_units[] = {{"semana", 1, 0}, {"mes", 2, 0}, {"año", 3, 0}, END};
static const char *const es_report[] = {
    "dijo", "anunció", "informó", "afirmó", "declaró", "confirmó", "explicó", "aseguró", "indicó",
    "señaló", NULL};
static const char *const es_fillers[] = {"el", "este", "ya", NULL};
static const char *const es_preps[] = {"en", "desde", "hasta", "principios", "mediados", "finales", "y", "o", NULL};
static const tx_word_val es_numbers[] = {
    {"un", 1, 0}, {"una", 1, 0}, {"dos", 2, 0}, {"tres", 3, 0}, {"cuatro", 4, 0}, {"cinco", 5, 0},
    {"seis", 6, 0}, {"siete", 7, 0}, {"ocho", 8, 0}, {"nueve", 9, 0}, {"diez", 10, 0}, END};
static const tx_word_val es_ago_units[] = {
    {"día", 0, 0}, {"días", 0, 0}, {"semana", 1, 0}, {"semanas", 1, 0}, {"mes", 2, 0},
    {"meses", 2, 0}, {"año", 3, 0}, {"años", 3, 0}, END};
static const char *const es_ago[] = {"hace", NULL};
static const char *const es_years[] = {"en", "desde", "hasta", "año", "antes", NULL};
static const char *const es_future[] = {
    "será", "serán", "va", "van", "prevé", "previsto", "prevista", "próximo", "mañana", NULL};
static const char *const es_nouns[] = {"la", "esta", "una", "cada", "pasado", NULL};   /* "pasado mañana" */

/* ---- Italian ---- */
static const tx_word_val it_months[] = {
    {"gennaio", 1, 0}, {"febbraio", 2, 0}, {"marzo", 3, 0}, {"aprile", 4, 0}, {"maggio", 5, 0},
    {"giugno", 6, 0}, {"luglio", 7, 0}, {"agosto", 8, 0}, {"settembre", 9, 0}, {"ottobre", 10, 0},
    {"novembre", 11, 0}, {"dicembre", 12, 0}, END};
static const tx_word_val it_abbr[] = {
    {"gen", 1, 0}, {"feb", 2, 0}, {"mar", 3, 0}, {"apr", 4, 0}, {"mag", 5, 0}, {"giu", 6, 0},
    {"lug", 7, 0}, {"ago", 8, 0}, {"set", 9, 0}, {"ott", 10, 0}, {"nov", 11, 0}, {"dic", 12, 0}, END};
static const tx_word_val it_weekdays[] = {
    {"lunedì", 0, 0}, {"lunedi", 0, 0}, {"martedì", 1, 0}, {"martedi", 1, 0},
    {"mercoledì", 2, 0}, {"mercoledi", 2, 0}, {"giovedì", 3, 0}, {"giovedi", 3, 0},
    {"venerdì", 4, 0}, {"venerdi", 4, 0}, {"sabato", 5, 0}, {"domenica", 6, 0}, END};
static const tx_word_val it_days[] = {{"ieri", -1, 0}, {"oggi", 0, 0}, {"domani", 1, 0}, END};
static const tx_word_val it_mods[] = {
    {"scorso", -1, 0}, {"scorsa", -1, 0}, {"prossimo", 1, 0}, {"prossima", 1, 0},
    {"questo", 0, 0}, {"questa", 0, 0}, END};
static const tx_word_val it_units[] = {
    {"settimana", 1, 0}, {"mese", 2, 0}, {"anno", 3, 0}, {"l'anno", 3, 0},
    {"l\xe2\x80\x99" "anno", 3, 0}, END};
static const char *const it_report[] = {
    "detto", "annunciato", "dichiarato", "confermato", "spiegato", "scritto", "affermato",
    "riferito", NULL};
static const char *const it_fillers[] = {"il", "già", NULL};
static const char *const it_preps[] = {"a", "in", "da", "fino", "entro", "inizio", "fine", "metà", "e", "o", NULL};
static const tx_word_val it_numbers[] = {
    {"un", 1, 0}, {"uno", 1, 0}, {"una", 1, 0}, {"due", 2, 0}, {"tre", 3, 0}, {"quattro", 4, 0},
    {"cinque", 5, 0}, {"sei", 6, 0}, {"sette", 7, 0}, {"otto", 8, 0}, {"nove", 9, 0}, {"dieci", 10, 0}, END};
static const tx_word_val it_ago_units[] = {
    {"giorno", 0, 0}, {"giorni", 0, 0}, {"settimana", 1, 0}, {"settimane", 1, 0}, {"mese", 2, 0},
    {"mesi", 2, 0}, {"anno", 3, 0}, {"anni", 3, 0}, END};
static const char *const it_years[] = {"nel", "dal", "entro", "fino", "prima", NULL};
static const char *const it_future[] = {
    "sarà", "saranno", "previsto", "prevista", "prossimo", "prossima", "domani", NULL};
static const char *const it_parts[] = {"mattina", "pomeriggio", "sera", "notte", NULL};

/* ---- Portuguese ---- */
static const tx_word_val pt_months[] = {
    {"janeiro", 1, 0}, {"fevereiro", 2, 0}, {"março", 3, 0}, {"abril", 4, 0}, {"maio", 5, 0},
    {"junho", 6, 0}, {"julho", 7, 0}, {"agosto", 8, 0}, {"setembro", 9, 0}, {"outubro", 10, 0},
    {"novembro", 11, 0}, {"dezembro", 12, 0}, END};
static const tx_word_val pt_abbr[] = {
    {"jan", 1, 0}, {"fev", 2, 0}, {"mar", 3, 0}, {"abr", 4, 0}, {"mai", 5, 0}, {"jun", 6, 0},
    {"jul", 7, 0}, {"ago", 8, 0}, {"set", 9, 0}, {"out", 10, 0}, {"nov", 11, 0}, {"dez", 12, 0}, END};
static const tx_word_val pt_weekdays[] = {
    {"segunda-feira", 0, 0}, {"terça-feira", 1, 0}, {"quarta-feira", 2, 0}, {"quinta-feira", 3, 0},
    {"sexta-feira", 4, 0}, {"sábado", 5, 0}, {"domingo", 6, 0}, END};
static const tx_word_val pt_days[] = {{"ontem", -1, 0}, {"hoje", 0, 0}, {"amanhã", 1, 0}, END};
static const tx_word_val pt_mods[] = {
    {"passado", -1, 0}, {"passada", -1, 0}, {"próximo", 1, 0}, {"próxima", 1, 0},
    {"este", 0, 0}, {"esta", 0, 0}, END};
static const tx_word_val pt_units[] = {{"semana", 1, 0}, {"mês", 2, 0}, {"ano", 3, 0}, END};
static const char *const pt_report[] = {
    "disse", "afirmou", "anunciou", "declarou", "confirmou", "informou", "explicou", "escreveu", NULL};
static const char *const pt_fillers[] = {"na", "no", "nesta", "neste", "esta", "este", NULL};
static const char *const pt_preps[] = {"em", "desde", "até", "início", "fim", "meados", "e", "ou", NULL};
static const tx_word_val pt_numbers[] = {
    {"um", 1, 0}, {"uma", 1, 0}, {"dois", 2, 0}, {"duas", 2, 0}, {"três", 3, 0}, {"quatro", 4, 0},
    {"cinco", 5, 0}, {"seis", 6, 0}, {"sete", 7, 0}, {"oito", 8, 0}, {"nove", 9, 0}, {"dez", 10, 0}, END};
static const tx_word_val pt_ago_units[] = {
    {"dia", 0, 0}, {"dias", 0, 0}, {"semana", 1, 0}, {"semanas", 1, 0}, {"mês", 2, 0},
    {"meses", 2, 0}, {"ano", 3, 0}, {"anos", 3, 0}, END};
static const char *const pt_ago[] = {"há", NULL};
static const char *const pt_years[] = {"em", "desde", "até", "ano", "antes", NULL};
static const char *const pt_future[] = {
    "será", "serão", "vai", "vão", "previsto", "prevista", "próximo", "próxima", "amanhã", NULL};

/* ---- Polish: nominative, genitive ("17 czerwca") and locative ("w czerwcu") ---- */
static const tx_word_val pl_months[] = {
    {"styczeń", 1, 0}, {"stycznia", 1, 0}, {"styczniu", 1, 0}, {"luty", 2, 0}, {"lutego", 2, 0},
    {"lutym", 2, 0}, {"marzec", 3, 0}, {"marca", 3, 0}, {"marcu", 3, 0}, {"kwiecień", 4, 0},
    {"kwietnia", 4, 0}, {"kwietniu", 4, 0}, {"maj", 5, 0}, {"maja", 5, 0}, {"maju", 5, 0},
    {"czerwiec", 6, 0}, {"czerwca", 6, 0}, {"czerwcu", 6, 0}, {"lipiec", 7, 0}, {"lipca", 7, 0},
    {"lipcu", 7, 0}, {"sierpień", 8, 0}, {"sierpnia", 8, 0}, {"sierpniu", 8, 0},
    {"wrzesień", 9, 0}, {"września", 9, 0}, {"wrześniu", 9, 0}, {"październik", 10, 0},
    {"października", 10, 0}, {"październiku", 10, 0}, {"listopad", 11, 0}, {"listopada", 11, 0},
    {"listopadzie", 11, 0}, {"grudzień", 12, 0}, {"grudnia", 12, 0}, {"grudniu", 12, 0}, END};
static const tx_word_val pl_abbr[] = {
    {"sty", 1, 0}, {"lut", 2, 0}, {"mar", 3, 0}, {"kwi", 4, 0}, {"cze", 6, 0}, {"lip", 7, 0},
    {"sie", 8, 0}, {"wrz", 9, 0}, {"paź", 10, 0}, {"lis", 11, 0}, {"gru", 12, 0}, END};
static const tx_word_val pl_weekdays[] = {
    {"poniedziałek", 0, 0}, {"wtorek", 1, 0}, {"środa", 2, 0}, {"środę", 2, 0}, {"czwartek", 3, 0},
    {"piątek", 4, 0}, {"sobota", 5, 0}, {"sobotę", 5, 0}, {"niedziela", 6, 0}, {"niedzielę", 6, 0}, END};
static const tx_word_val pl_days[] = {
    {"wczoraj", -1, 0}, {"dziś", 0, 0}, {"dzisiaj", 0, 0}, {"jutro", 1, 0}, END};
static const tx_word_val pl_mods[] = {
    {"zeszły", -1, 0}, {"zeszłą", -1, 0}, {"zeszłym", -1, 0}, {"ubiegły", -1, 0},
    {"ubiegłą", -1, 0}, {"ubiegłym", -1, 0}, {"przyszły", 1, 0}, {"przyszłą", 1, 0},
    {"przyszłym", 1, 0}, {"tym", 0, 0}, END};
static const tx_word_val pl_units[] = {
    {"tydzień", 1, 0}, {"tygodniu", 1, 0}, {"miesiąc", 2, 0}, {"miesiącu", 2, 0},
    {"rok", 3, 0}, {"roku", 3, 0}, END};
static const char *const pl_report[] = {
    "powiedział", "powiedziała", "poinformował", "poinformowała", "oświadczył", "oświadczyła",
    "przekazał", "przekazała", "ogłosił", "ogłosiła", NULL};
static const char *const pl_fillers[] = {"w", "we", NULL};
static const char *const pl_preps[] = {"w", "od", "do", "i", "lub", NULL};
static const tx_word_val pl_numbers[] = {
    {"jeden", 1, 0}, {"jedną", 1, 0}, {"dwa", 2, 0}, {"dwie", 2, 0}, {"trzy", 3, 0}, {"cztery", 4, 0},
    {"pięć", 5, 0}, {"sześć", 6, 0}, {"siedem", 7, 0}, {"osiem", 8, 0}, {"dziewięć", 9, 0},
    {"dziesięć", 10, 0}, END};
static const tx_word_val pl_ago_units[] = {
    {"dzień", 0, DW_ONE}, {"dni", 0, 0}, {"tydzień", 1, DW_ONE}, {"tygodnie", 1, 0}, {"tygodni", 1, 0},
    {"miesiąc", 2, DW_ONE}, {"miesiące", 2, 0}, {"miesięcy", 2, 0}, {"rok", 3, DW_ONE}, {"lata", 3, 0},
    {"lat", 3, 0}, END};
static const char *const pl_years[] = {"w", "od", "do", "przed", "po", NULL};
static const char *const pl_future[] = {"będzie", "będą", "przyszły", "przyszłą", "jutro", NULL};

/* the lists of language l, by their names */
#define TABLE(l) .code = #l, .months = l##_months, .abbr = l##_abbr, .weekdays = l##_weekdays, \
    .days = l##_days, .mods = l##_mods, .units = l##_units, .preps = l##_preps, .years = l##_years, \
    .future = l##_future, .report = l##_report, .fillers = l##_fillers, .numbers = l##_numbers, \
    .ago_units = l##_ago_units

static const tx_date_lang langs[] = {
    {TABLE(de), .caps = true, .dotted_dm = true, .day_parts = de_parts, .ago_before = de_ago},
    {TABLE(fr), .dotted_dm = true, .day_parts = fr_parts, .ago_before = fr_ago},
    {TABLE(es), .dotted_dm = true, .nouns = es_nouns, .ago_before = es_ago},
    {TABLE(it), .dotted_dm = true, .day_parts = it_parts, .ago_after = "fa"},
    {TABLE(pt), .dotted_dm = true, .ago_before = pt_ago},
    {TABLE(pl), .dotted_dm = true, .ago_after = "temu"},
};

const tx_date_lang *tx_date_lang_of(const char *tag)
{
    if (!tag || !tag[0] || !tag[1] || (tag[2] && tag[2] != '-' && tag[2] != '_')) return NULL;
    char a = (char)(tag[0] | 0x20), b = (char)(tag[1] | 0x20);
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++)
        if (a == langs[i].code[0] && b == langs[i].code[1]) return &langs[i];
    return NULL;
}

const tx_word_val *tx_word_find(const tx_word_val *list, const char *w)
{
    for (; list && list->word; list++)
        if (tx_word_eq(list->word, w)) return list;
    return NULL;
}

const tx_word_val *tx_word_compound(const tx_word_val *list, const char *w, const char *const *tails)
{
    for (; list && list->word; list++) {
        size_t n = strlen(list->word);
        if (strncmp(list->word, w, n) == 0 && w[n] && tx_word_in(tails, w + n)) return list;
    }
    return NULL;
}

bool tx_word_in(const char *const *list, const char *w)
{
    for (; list && *list; list++)
        if (tx_word_eq(*list, w)) return true;
    return false;
}

int tx_month_any(const char *w, bool abbr)
{
    for (size_t i = 0; i < sizeof langs / sizeof *langs; i++) {
        const tx_word_val *v = tx_word_find(langs[i].months, w);
        if (!v && abbr) v = tx_word_find(langs[i].abbr, w);
        if (v) return v->val;
    }
    return 0;
}

static void gate_add(uint64_t *set, const char *w)
{
    unsigned k = tx_gate_key(w);
    set[k >> 6] |= (uint64_t)1 << (k & 63);
}

static void gate_vals(uint64_t *set, const tx_word_val *list)
{
    for (; list && list->word; list++) gate_add(set, list->word);
}

static void gate_words(uint64_t *set, const char *const *list)
{
    for (; list && *list; list++) gate_add(set, *list);
}

void tx_date_gate_build(const tx_date_lang *lang, tx_date_gate *g)
{
    memset(g, 0, sizeof *g);
    gate_vals(g->start, lang->months);
    gate_vals(g->start, lang->weekdays);
    gate_vals(g->start, lang->days);
    gate_vals(g->start, lang->units);
    gate_vals(g->start, lang->numbers);
    gate_vals(g->start, lang->ago_units);
    gate_words(g->start, lang->ago_before);
    memcpy(g->any, g->start, sizeof g->any);
    gate_vals(g->any, lang->abbr);
    gate_vals(g->any, lang->mods);
    gate_words(g->any, lang->preps);
    gate_words(g->any, lang->years);
    gate_words(g->any, lang->future);
    gate_words(g->any, lang->day_parts);
    gate_words(g->any, lang->nouns);
    gate_words(g->any, lang->report);
    gate_words(g->any, lang->fillers);
}

void tx_date_lex(tx_work *w)
{
    const px_textdoc *d = &w->d->pub;
    const tx_date_lang *L = tx_date_lang_of(d->lang);
    tx_date_gate g;
    if (!L) return;
    tx_date_gate_build(L, &g);
    for (size_t i = 0; i < d->n_tokens; i++) {
        const px_token *t = &d->tokens[i];
        if (!t->norm || !(t->flags & PX_TOK_CAP) || !tx_gate_has(g.start, t->norm)) continue;
        /* where months are lower case, "Domingo" mid-sentence is a name */
        if (!L->caps && !(t->flags & PX_TOK_SENT_START)) continue;
        if (tx_word_find(L->months, t->norm) || tx_word_find(L->weekdays, t->norm) ||
            tx_word_compound(L->weekdays, t->norm, L->day_parts))
            w->lex[i] |= LX_TIME;
    }
}
