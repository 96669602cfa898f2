/*
 * lines.c - features of one line (or block) of text and the few kinds of
 * page furniture that are recognisable from the line alone.
 *
 * The phrases below are generic interface wording that any site uses
 * ("Advertisement", "Share this", "Leave a Reply", "Read more") in the
 * languages of our test pages; no site, outlet or person is named.  They
 * only match short lines, so a sentence that happens to contain "share"
 * stays.  Everything that needs context (lists of headlines, runs of
 * short lines) is decided by the callers.
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "extract.h"

#define KEY_MAX 160

/* Lowercase ASCII and Latin-1 letters, drop leading/trailing space, dashes, bullets,
 * brackets and punctuation, collapse inner space: "- Advertisement -" ->
 * "advertisement", "[WORLD] Latest Stories" -> "world latest stories". */
static size_t S_key(const char *s, size_t n, char *key)
{
    size_t k = 0;
    bool space = false;
    for (size_t i = 0; i < n && k + 4 < KEY_MAX; i++) {
        unsigned char c = (unsigned char)s[i];
        if (isalnum(c) || c >= 0x80 || c == '@' || c == '\'' || c == '&') {
            if (space && k) key[k++] = ' ';
            space = false;
            key[k++] = (char)tolower(c);
            /* Latin-1 capitals (U+00C0-U+00DE but the sign ×) fold too:
             * "Über" -> "über", "À lire" -> "à lire". */
            unsigned char d = i + 1 < n ? (unsigned char)s[i + 1] : 0;
            if (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) {
                key[k++] = (char)(d + 0x20);
                i++;
            }
        } else if (c == ':' && k) {
            /* keep "photo:" distinct from "photo" words */
            if (space) key[k++] = ' ';
            space = false;
            key[k++] = ':';
        } else {
            space = true;
        }
    }
    while (k && key[k - 1] == ':') k--;
    key[k] = '\0';
    return k;
}

void px_line_measure(const char *s, size_t n, px_line_info *info)
{
    memset(info, 0, sizeof *info);
    size_t i = 0;
    size_t last = n;
    while (last > 0 && isspace((unsigned char)s[last - 1])) last--;
    while (i < last) {
        while (i < last && isspace((unsigned char)s[i])) i++;
        if (i >= last) break;
        size_t start = i;
        bool at = false, dot = false;
        while (i < last && !isspace((unsigned char)s[i])) {
            unsigned char c = (unsigned char)s[i];
            if (isalpha(c) || c >= 0x80) info->letters++;
            if (c == '@') at = true;
            if (c == '.' && i > start) dot = true;
            i++;
        }
        info->words++;
        unsigned char c0 = (unsigned char)s[start];
        if (c0 == '"' || c0 == '(' || c0 == '\'') c0 = start + 1 < i ? (unsigned char)s[start + 1] : c0;
        if (isupper(c0)) info->caps_words++;
        if (at && dot) info->has_email = true;
        if ((i - start > 7 && strncasecmp(s + start, "http://", 7) == 0) ||
            (i - start > 8 && strncasecmp(s + start, "https://", 8) == 0) ||
            (i - start > 4 && strncasecmp(s + start, "www.", 4) == 0))
            info->has_url = true;
    }
    /* Sentence end: . ! ? … or a closing quote / bracket after one. */
    size_t e = last;
    while (e > 0) {
        unsigned char c = (unsigned char)s[e - 1];
        if (c == '"' || c == '\'' || c == ')' || c == ' ') { e--; continue; }   /* '. "' too */
        if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
            (c == 0x9D || c == 0x99)) { e -= 3; continue; }   /* ” ’ */
        break;
    }
    if (e > 0) {
        unsigned char c = (unsigned char)s[e - 1];
        if (c == '.' || c == '!' || c == '?') info->sentence_end = true;
        if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80 &&
            c == 0xA6) info->sentence_end = true;                 /* … */
        if (e >= 3 && (unsigned char)s[e - 3] == 0xE3 && (unsigned char)s[e - 2] == 0x80 &&
            c == 0x82) info->sentence_end = true;                 /* 。 */
    }
}

static bool S_in(const char *key, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(key, list[i]) == 0) return true;
    return false;
}

static bool S_prefix_in(const char *key, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strncmp(key, list[i], strlen(list[i])) == 0) return true;
    return false;
}

static bool S_has_in(const char *key, const char *const *list, size_t count)
{
    for (size_t i = 0; i < count; i++)
        if (strstr(key, list[i])) return true;
    return false;
}

#define LIST(a) a, sizeof a / sizeof a[0]

/* memmem() is a GNU extension; this is all we need of it. */
static bool S_contains(const char *s, size_t n, const char *needle)
{
    size_t m = strlen(needle);
    for (size_t i = 0; i + m <= n; i++)
        if (memcmp(s + i, needle, m) == 0) return true;
    return false;
}

/* Whole-line interface labels. */
static const char *const junk_exact[] = {
    "advertisement", "advertisements", "advertisment", "ad", "ads",
    "sponsored", "sponsored content", "anzeige", "werbung", "publicité",
    "publicidad", "reklama", "pubblicità", "share", "share this",
    "share this post", "share this article", "share this story", "share on",
    "share on facebook", "share on twitter", "tweet", "print", "email",
    "e-mail", "read more", "more", "continue reading", "weiterlesen",
    "mehr", "lesen sie auch", "top", "back to top", "menu", "close",
    "search", "subscribe", "sign up", "log in", "login", "loading",
    "click here", "comments", "comment", "no comments", "leave a comment",
    "leave a reply", "reply", "like", "follow", "follow us", "facebook",
    "twitter", "whatsapp", "linkedin", "pinterest", "telegram", "reddit",
    "copy link", "copied", "home", "next", "previous", "prev", "related",
    "related posts", "related articles", "related stories", "tags",
    "listen", "listen to this article", "save", "bookmark", "views",
    "source", "photo", "video", "image", "gallery", "kommentare",
    "teilen", "drucken", "artikel teilen", "zum artikel", "artikel",
    "seite teilen", "weitere informationen", "keine kommentare",
    "kommentare geschlossen", "beitragsbild", "bild anzeigen", "externer inhalt",
    "lade weitere inhalte",
};

/* Line starts that mark furniture whatever follows. */
static const char *const junk_prefix[] = {
    "photo:", "photo by", "photos:", "photograph:", "image:", "image by",
    "picture:", "pictures:", "credit:", "credits:", "foto:", "bild:",
    "quick access to", "skip to", "jump to", "direct access to",
    "your email address will not be published", "required fields are marked",
    "subscribe to get", "subscribe to our", "sign up for", "discover more from",
    "follow us on", "share this", "share on", "all rights reserved",
    "copyright ©", "copyright (c)", "© ", "ⓒ", "(c) ", "click here to",
    "this article was", "related:", "read more:", "read also:", "see also:",
    "also read:", "more:", "lesen sie auch:", "mehr zum thema",
    "advertisement ", "scroll to continue", "story continues below",
    "article continues below", "continue reading below",
    /* source and figure credits, category and tag lines */
    "source:", "sources:", "quelle:", "quellen:", "quellenangaben", "bildquelle",
    "fuente:", "fonte:", "crédits", "abbildung", "category:", "category :",
    "kategorie:", "tags:", "tagged:", "themen:", "schlagworte:", "schlagwörter:",
};

/* A cookie notice talks about the site, its use or consent; "a plant
 * that makes cookies and crackers" does not. */
static const char *const cookie_context[] = {
    "site", "web", "browser", "accept", "consent", "agree", "privacy",
    "polic", "setting", "we use", "use of", "uses ", "einstellung",
    "akzept", "zustimm", "datenschutz", "verwende", "nutzung", "utilis",
    "acept", "utiliz", "usamos", "polít", "accett", "aceit", "gebruik",
    "toestemming", "korzyst", "używa", "stosuj", "plików",
};

/* Anywhere in a short line. */
static const char *const junk_inside[] = {
    " photo: ", "(photo:", "(photo ", "photo/", "/news1", "news1 db",
    "all rights reserved", "getty images", "/ getty", "file photo",
    "sign up for our newsletter", "sent to your email",
    "this summary has been generated",
};

/* Calls to subscribe, anywhere in a short line: a sentence of the
 * article rarely names a newsletter or asks the reader to subscribe. */
static const char *const junk_subscribe[] = {
    "newsletter", "subscribe", "subscriber", "suscríbete", "suscribirse",
    "abonnieren", "abonniere ", "abonnez", "subskrypcj",
};

/* Does s hold more than max words (as px_line_measure counts them)?
 * Stops at the word past max: paragraphs run to kilobytes. */
static bool S_more_words_than(const char *s, size_t n, int max)
{
    int words = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && isspace((unsigned char)s[i])) i++;
        if (i >= n) break;
        if (++words > max) return true;
        while (i < n && !isspace((unsigned char)s[i])) i++;
    }
    return false;
}

bool px_line_is_junk(const char *s, size_t n)
{
    char key[KEY_MAX];
    size_t k = S_key(s, n, key);
    if (k == 0) return true;     /* only punctuation, bullets or dashes */
    if (S_more_words_than(s, n, 25)) return false;
    px_line_info li;
    px_line_measure(s, n, &li);
    if (li.words > 25) return false;
    if (S_in(key, LIST(junk_exact))) return true;
    if (S_prefix_in(key, LIST(junk_prefix))) return true;
    /* Raw prefixes where the key loses the symbol. */
    while (n && isspace((unsigned char)*s)) { s++; n--; }
    if (n >= 2 && ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA9)) return true; /* © */
    if (n >= 3 && memcmp(s, "\xE2\x93\x92", 3) == 0) return true;                            /* ⓒ */
    if (li.words <= 15 && S_has_in(key, LIST(junk_inside))) return true;
    if (li.words <= 15 && strstr(key, "cookie") && S_has_in(key, LIST(cookie_context)))
        return true;
    if (li.words <= 20 && S_has_in(key, LIST(junk_subscribe))) return true;
    /* "Comments0", "12 comments", a lone number (a counter). */
    if (strncmp(key, "comments", 8) == 0 && li.words <= 2) return true;
    bool digits = true;
    for (size_t i = 0; key[i]; i++)
        if (!isdigit((unsigned char)key[i]) && key[i] != ' ') digits = false;
    if (digits) return true;
    /* An e-mail or URL on its own: a signature or a credit. */
    if ((li.has_email || li.has_url) && li.words <= 3) return true;
    /* "Wirepress/News9", "WORLD / ASIA-PACIFIC": short slash-joined labels
     * are photo credits and category crumbs. */
    if (li.words <= 4 && !li.sentence_end && memchr(s, '/', n)) return true;
    /* "Home > World > Asia", "News » Politics" */
    if (li.words <= 8 && !li.sentence_end &&
        (strstr(key, " > ") || S_contains(s, n, "\xC2\xBB") || S_contains(s, n, "\xE2\x80\xBA")))
        return true;
    return false;
}

/* Headings after which only reader comments or site furniture follow. */
static const char *const end_final[] = {
    "leave a reply", "leave a comment", "comments", "discover more from",
    "subscribe to", "share this post", "share this article", "about the author",
    "kommentare", "commentaires", "komentarze", "comentarios",
    "über den autor", "zum autor", "à propos de l'auteur", "sobre el autor",
    "o autorze",
};

/* Headings of a box of other articles: at the end, or set into the text. */
static const char *const end_aside[] = {
    "related", "read more", "more from", "more stories", "more news",
    "more on this", "more articles", "you may also like", "you might also like",
    "you may like", "recommended", "popular now", "most popular", "most read",
    "most viewed", "weekly best", "must-reads", "must reads", "trending",
    "don't miss", "also read", "see also", "more in", "latest news",
    "latest stories", "top stories", "editor's picks", "sponsored",
    "mehr zum thema", "weitere artikel", "das könnte sie auch interessieren",
    "lesen sie auch", "auch interessant", "zum thema",
    "à lire aussi", "lire aussi", "sur le même sujet",
    "te może cię zainteresować", "czytaj także", "czytaj też",
    "noticias relacionadas", "te puede interesar", "schon gelesen",
    "das könnte dich auch interessieren", "lust auf mehr", "mehr themen",
    "weitere beiträge", "ähnliche artikel", "ähnliche beiträge",
    "verwandte beiträge", "passend zum thema", "más noticias", "lee también",
    "à voir aussi", "dans la même rubrique", "zobacz także", "zobacz też",
};

px_end_kind px_line_end_kind(const char *s, size_t n)
{
    char key[KEY_MAX];
    size_t k = S_key(s, n, key);
    if (k == 0) return PX_END_NONE;
    px_line_info li;
    px_line_measure(s, n, &li);
    if (li.words > 8 || li.sentence_end) return PX_END_NONE;
    if (S_prefix_in(key, LIST(end_final))) return PX_END_FINAL;
    if (S_prefix_in(key, LIST(end_aside))) return PX_END_ASIDE;
    /* "[WORLD] Latest Stories": a section label in front. */
    static const char *const inside[] = {
        "latest stories", "latest news", "best articles", "popular now",
        "must-reads", "must reads", "you may also like", "related posts",
        "related articles", "related stories", "most read", "most popular",
    };
    return S_has_in(key, LIST(inside)) ? PX_END_ASIDE : PX_END_NONE;
}

bool px_line_is_dateline(const char *s, size_t n, char date_out[32])
{
    char key[KEY_MAX];
    date_out[0] = '\0';
    size_t k = S_key(s, n, key);
    if (k == 0) return false;
    px_line_info li;
    px_line_measure(s, n, &li);
    if (li.words > 16) return false;
    static const char *const starts[] = {
        "published", "updated", "posted", "last updated", "last modified",
        "date:", "created", "veröffentlicht", "aktualisiert", "stand:",
        "erstellt", "publié", "mis à jour", "publicado", "actualizado",
        "opublikowano", "aktualizacja", "pubblicato", "first published",
    };
    char buf[256];
    size_t m = n < sizeof buf - 1 ? n : sizeof buf - 1;
    memcpy(buf, s, m);
    buf[m] = '\0';
    /* When a crawler fetched the page is not when it was published. */
    static const char *const not_published[] = {
        "downloaded", "retrieved", "accessed on", "crawled", "archived on",
        "abgerufen am",
    };
    if (S_has_in(key, LIST(not_published))) return false;
    /* A URL carries a date of its own: px_date_from_url, a last resort. */
    if (li.has_url) return false;
    bool labelled = S_prefix_in(key, LIST(starts));
    bool has_date = px_date_parse(buf, date_out);
    if (labelled) return true;
    /* A line that is mostly a date: "June 18, 2024 | 11:48". */
    if (has_date && li.words <= 7 && !li.sentence_end) return true;
    date_out[0] = '\0';
    return false;
}

bool px_line_is_byline(const char *s, size_t n)
{
    char key[KEY_MAX];
    size_t k = S_key(s, n, key);
    if (k == 0) return false;
    px_line_info li;
    px_line_measure(s, n, &li);
    if (li.words > 10 || li.sentence_end) return false;
    static const char *const starts[] = {
        "by ", "written by", "author:", "authors:", "reporter:", "von ",
        "par ", "por ", "autor:", "text:", "redakcja",
    };
    if (S_prefix_in(key, LIST(starts)) && li.caps_words >= 1) return true;
    /* "Jane Roe Views 1,234": an author line with a view counter. */
    if (li.words <= 5 && (strstr(key, " views") || strstr(key, " aufrufe"))) return true;
    return false;
}
