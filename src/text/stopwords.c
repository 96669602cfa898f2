/*
 * stopwords.c - function words of English, German, French, Spanish,
 * Italian, Portuguese, Polish and Dutch.
 *
 * The lists are our own, short on purpose: only words that carry no topic
 * (articles, pronouns, auxiliaries, conjunctions, common adverbs).  Each list
 * is kept in byte order so lookup is a binary search without any start-up
 * work or mutable state; test_text.c checks the order.
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

static const char *const stop_en[] = {
    "a", "about", "above", "after", "again", "against", "all", "almost",
    "also", "although", "always", "am", "among", "an", "and", "another",
    "any", "anyone", "anything", "are", "aren't", "around", "as", "at",
    "be", "because", "been", "before", "being", "below", "besides",
    "between", "both", "but", "by", "can", "can't", "cannot", "could",
    "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't",
    "done", "down", "during", "each", "either", "else", "ever", "every",
    "few", "for", "from", "further", "furthermore", "had", "has", "have",
    "having", "he", "he's", "her", "here", "hers", "herself", "him",
    "himself", "his", "how", "however", "i", "i'm", "if", "in", "indeed",
    "instead", "into", "is", "isn't", "it", "it's", "its", "itself", "just",
    "least", "less", "let's", "many", "may", "me", "meanwhile", "might",
    "more", "moreover", "most", "much", "must", "my", "myself", "neither",
    "never", "nevertheless", "no", "nor", "not", "now", "of", "off",
    "often", "on", "once", "one", "only", "or", "other", "others",
    "otherwise", "our", "ours", "ourselves", "out", "over", "own", "per",
    "perhaps", "rather", "same", "several", "shall", "she", "she's",
    "should", "shouldn't", "since", "so", "some", "still", "such", "than",
    "that", "that's", "the", "their", "theirs", "them", "themselves",
    "then", "there", "there's", "therefore", "these", "they", "they're",
    "this", "those", "though", "through", "thus", "to", "too", "toward",
    "towards", "under", "until", "up", "upon", "us", "very", "via", "was",
    "wasn't", "we", "we're", "were", "weren't", "what", "whatever", "when",
    "whenever", "where", "whether", "which", "while", "who", "whom",
    "whose", "why", "will", "with", "within", "without", "won't", "would",
    "wouldn't", "yet", "you", "your", "yours", "yourself", "yourselves",
};

static const char *const stop_de[] = {
    "aber", "alle", "als", "also", "am", "an", "auch", "auf", "aus", "bei",
    "bin", "bis", "bist", "da", "dadurch", "daher", "darum", "das", "dass",
    "dein", "deine", "dem", "den", "der", "des", "dessen", "die", "dies",
    "diese", "dieser", "dieses", "doch", "dort", "du", "durch", "ein",
    "eine", "einem", "einen", "einer", "eines", "er", "es", "euer", "eure",
    "für", "hatte", "hatten", "hattest", "hattet", "hier", "hinter", "ich",
    "ihr", "ihre", "im", "in", "ist", "ja", "jede", "jedem", "jeden",
    "jeder", "jedes", "jener", "jenes", "jetzt", "kann", "kannst", "können",
    "könnt", "machen", "mein", "meine", "mit", "muss", "musst", "müssen",
    "müsst", "nach", "nachdem", "nein", "nicht", "nun", "oder", "seid",
    "sein", "seine", "sich", "sie", "sind", "soll", "sollen", "sollst",
    "sollt", "sonst", "soweit", "sowie", "und", "unser", "unsere", "unter",
    "vom", "von", "vor", "wann", "warum", "was", "weiter", "weitere",
    "wenn", "wer", "werde", "werden", "werdet", "weshalb", "wie", "wieder",
    "wieso", "wir", "wird", "wirst", "wo", "woher", "wohin", "zu", "zum",
    "zur", "über",
};

static const char *const stop_fr[] = {
    "au", "aussi", "aux", "avec", "avoir", "ce", "ces", "cette", "comme",
    "dans", "de", "des", "du", "elle", "elles", "en", "entre", "est", "et",
    "eux", "il", "ils", "je", "la", "le", "les", "leur", "leurs", "lui",
    "ma", "mais", "me", "mes", "moi", "mon", "même", "ne", "nos", "notre",
    "nous", "on", "ont", "ou", "où", "par", "pas", "plus", "pour", "qu",
    "que", "qui", "sa", "sans", "se", "ses", "son", "sont", "sur", "ta",
    "te", "tes", "toi", "ton", "très", "tu", "un", "une", "vos", "votre",
    "vous", "à", "était", "été", "être",
};

static const char *const stop_es[] = {
    "a", "al", "algo", "algunas", "algunos", "ante", "antes", "como", "con",
    "contra", "cual", "cuando", "de", "del", "desde", "donde", "durante",
    "e", "el", "ella", "ellas", "ellos", "en", "entre", "era", "es", "esa",
    "esas", "ese", "eso", "esos", "esta", "estaba", "estas", "este", "esto",
    "estos", "fue", "fueron", "ha", "han", "hasta", "hay", "la", "las",
    "le", "les", "lo", "los", "me", "mi", "mis", "mucho", "muy", "más",
    "nada", "ni", "no", "nos", "nosotros", "o", "os", "otra", "otro",
    "para", "pero", "poco", "por", "porque", "que", "quien", "se", "sea",
    "ser", "si", "sido", "sin", "sobre", "su", "sus", "también", "tanto",
    "te", "tiene", "todo", "todos", "tu", "tus", "un", "una", "uno", "unos",
    "usted", "y", "ya", "yo",
};

static const char *const stop_it[] = {
    "a", "ad", "agli", "ai", "al", "alla", "alle", "anche", "che", "chi",
    "ci", "come", "con", "cui", "da", "dal", "dalla", "dei", "del", "della",
    "delle", "dello", "di", "e", "ed", "era", "gli", "ha", "hanno", "ho",
    "i", "il", "in", "io", "la", "le", "lei", "lo", "loro", "lui", "ma",
    "mi", "nei", "nel", "nella", "noi", "non", "o", "per", "più", "quando",
    "quella", "quello", "questa", "questo", "se", "si", "sono", "su", "sua",
    "sul", "sulla", "suo", "tra", "un", "una", "uno", "voi", "è",
};

static const char *const stop_pt[] = {
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos",
    "e", "ela", "ele", "eles", "em", "entre", "era", "essa", "esse", "esta",
    "este", "eu", "foi", "há", "isso", "já", "lhe", "mais", "mas", "me",
    "muito", "na", "nas", "no", "nos", "não", "o", "os", "ou", "para",
    "pela", "pelo", "por", "quando", "que", "se", "sem", "ser", "seu",
    "sua", "são", "também", "tem", "um", "uma", "à", "às", "é",
};

static const char *const stop_pl[] = {
    "a", "ale", "bo", "by", "być", "był", "była", "było", "były", "czy",
    "dla", "do", "gdy", "go", "i", "ich", "im", "ja", "jak", "jako", "je",
    "jednak", "jego", "jej", "jest", "jeszcze", "już", "kiedy", "która",
    "które", "który", "mnie", "może", "na", "nad", "nie", "niż", "o", "od",
    "oraz", "po", "pod", "przez", "przy", "się", "są", "ta", "tak", "także",
    "tego", "tej", "ten", "to", "tu", "tym", "w", "we", "więc", "z", "za",
    "ze", "że", "żeby",
};

static const char *const stop_nl[] = {
    "aan", "al", "als", "bij", "dan", "dat", "de", "der", "die", "dit",
    "door", "een", "en", "er", "geen", "had", "heb", "hebben", "heeft",
    "het", "hij", "hoe", "hun", "ik", "in", "is", "je", "kan", "maar", "me",
    "meer", "met", "mij", "na", "naar", "niet", "nog", "nu", "of", "om",
    "ons", "ook", "op", "over", "te", "tegen", "toch", "tot", "u", "uit",
    "van", "veel", "voor", "want", "was", "wat", "we", "wel", "werd", "wie",
    "wij", "worden", "zal", "ze", "zich", "zij", "zijn", "zo", "zou",
};

typedef struct stop_list {
    const char *lang;
    uint32_t flag;           /* the lexicon's LX_STOP_* bit */
    const char *const *words;
    size_t n;
} stop_list;

#define LIST(l, f, a) {l, f, a, sizeof a / sizeof a[0]}
static const stop_list lists[] = {
    LIST("en", LX_STOP_EN, stop_en), LIST("de", LX_STOP_DE, stop_de),
    LIST("fr", LX_STOP_FR, stop_fr), LIST("es", LX_STOP_ES, stop_es),
    LIST("it", LX_STOP_IT, stop_it), LIST("pt", LX_STOP_PT, stop_pt),
    LIST("pl", LX_STOP_PL, stop_pl), LIST("nl", LX_STOP_NL, stop_nl),
};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static const stop_list *list_of(const char *lang)
{
    if (lang)
        for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
            if (strncmp(lang, lists[i].lang, 2) == 0) return &lists[i];
    return &lists[0];
}

bool px_is_stopword(const char *lang, const char *norm)
{
    if (!norm || !*norm) return false;
    const stop_list *l = list_of(lang);
    return bsearch(norm, l->words, l->n, sizeof *l->words, cmp_word) != NULL;
}

uint32_t tx_stop_flag(const char *lang)
{
    return list_of(lang)->flag;
}

const char *tx_stop_lang(size_t i, uint32_t *flag)
{
    if (i >= sizeof lists / sizeof lists[0]) return NULL;
    *flag = lists[i].flag;
    return lists[i].lang;
}

/* Feed every list into the analyzer's lexicon map with its flag. */
bool tx_stopwords_into(tx_map *m, px_arena *arena)
{
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        for (size_t j = 0; j < lists[i].n; j++)
            if (!tx_map_put(m, arena, lists[i].words[j],
                            strlen(lists[i].words[j]),
                            lists[i].flag, true))
                return false;
    return true;
}

/* For the unit test: is every list in strictly increasing byte order? */
bool tx_stopwords_sorted(void)
{
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
        for (size_t j = 1; j < lists[i].n; j++)
            if (strcmp(lists[i].words[j - 1], lists[i].words[j]) >= 0)
                return false;
    return true;
}
