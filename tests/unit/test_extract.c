/*
 * test_extract.c - unit tests of the extract stage.
 *
 * Fictional fixtures in tests/fixtures/extract/ check kept and dropped
 * snippets and metadata; charset cases and hostile inputs are generated
 * here.  Two tests read ../shared when it is present (skipped otherwise):
 * the five seed text dumps, and the extract-dev scoring set, whose
 * precision/recall/F1 are printed to stderr.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <dirent.h>

#include <cmocka.h>
#include <jansson.h>
#include <zlib.h>

#include "parallax.h"
#include "util.h"
#include "extract/extract.h"
#include "../extract_assert.h"
#include "../extract_dev.h"

/* ---- helpers ---- */

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    px_buf b = PX_BUF_INIT;
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) px_buf_append(&b, chunk, n);
    fclose(f);
    *len = b.len;
    return px_buf_take(&b);
}

static char *read_fixture(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/fixtures/extract/%s", PX_SOURCE_DIR, name);
    char *data = read_file(path, len);
    assert_non_null(data);
    return data;
}

static px_status run(px_ctx *ctx, const char *data, size_t len, px_format fmt,
                     const char *charset, const char *url, px_article **out)
{
    px_extract_input in = {"test", data, len, fmt, charset, url};
    return px_extract(ctx, &in, out);
}

static px_article *must_extract(px_ctx *ctx, const char *data, size_t len,
                                px_format fmt, const char *charset, const char *url)
{
    px_article *a = NULL;
    px_status st = run(ctx, data, len, fmt, charset, url, &a);
    if (st != PX_OK) fprintf(stderr, "extract failed: %s\n", px_errmsg(ctx));
    assert_int_equal(st, PX_OK);
    assert_non_null(a);
    return a;
}

/* ---- HTML fixtures ---- */

static void test_html_news_page(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    size_t len;
    char *html = read_fixture("news.html", &len);
    px_article *a = must_extract(ctx, html, len, PX_FORMAT_AUTO, NULL,
                                 "https://quayside.example/x?utm=1");
    assert_has(a->text, "For the first time in five years, the paper lanterns");
    assert_has(a->text, "The festival, which began as a fishermen's vigil");
    assert_has(a->text, "A quieter, greener festival");
    assert_has(a->text, "a second night is planned for the autumn");
    assert_lacks(a->text, "cookies");
    assert_lacks(a->text, "Home");
    assert_lacks(a->text, "Advertisement");
    assert_lacks(a->text, "Photo: Ines");
    assert_lacks(a->text, "Pier repairs");
    assert_lacks(a->text, "Mystery of the missing bell");
    assert_lacks(a->text, "grandmother");
    assert_lacks(a->text, "newsletter");
    assert_lacks(a->text, "Share on Facebook");
    assert_lacks(a->text, "All rights reserved");
    assert_lacks(a->text, "By Mirela");
    assert_string_equal(a->title, "Lanterns return to the harbour festival");
    assert_string_equal(a->byline, "Mirela Vasquez-Oduya");
    assert_string_equal(a->date, "2031-04-09T07:30:00+01:00");
    assert_string_equal(a->site, "The Quayside Courier");
    assert_string_equal(a->url, "https://quayside.example/culture/2031/04/09/lanterns-return");
    assert_string_equal(a->language, "en");
    assert_string_equal(a->description, "After a five-year pause, the paper lanterns float again.");
    assert_true(a->n_paragraphs >= 5);
    assert_string_equal(a->paragraphs[0],
        "For the first time in five years, the paper lanterns of the Eastmere harbour "
        "festival floated across the water on Saturday night, watched by a crowd the "
        "organisers put at twelve thousand.");
    px_article_free(a);
    free(html);
    px_ctx_free(ctx);
}

static void test_html_title_and_url_date(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *html =
        "<html><head><title>Night trains are back - Rail Weekly</title></head><body>"
        "<div class='post-content'><p>Sleeper services between the two capitals resume next "
        "month, the operator said, after a winter of repairs, staff training and new carriages.</p>"
        "<p>Tickets go on sale on Friday, with a limited number of cheap seats, and cabins "
        "for families, cyclists and travellers with pets.</p></div></body></html>";
    px_article *a = must_extract(ctx, html, strlen(html), PX_FORMAT_AUTO, NULL,
                                 "https://rail.example/2030/11/02/night-trains");
    assert_string_equal(a->title, "Night trains are back");
    assert_string_equal(a->date, "2030-11-02");
    assert_string_equal(a->site, "rail.example");
    assert_has(a->text, "Tickets go on sale on Friday");
    px_article_free(a);
    px_ctx_free(ctx);
}

static void test_html_visible_date_and_br_paragraphs(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *html =
        "<html><body><div id='menu'><a href='/'>Start</a> <a href='/x'>Archive</a></div>"
        "<div class='content'><span class='pubdate'>Jun 18, 2029 11:48 PM</span>"
        "<div class='text'>The first paragraph, written as loose text in a div, tells how the "
        "valley road was closed by snow for three days.<br><br>The second paragraph follows two "
        "line breaks and explains that the ploughs came from the next county, slowly.</div></div>"
        "</body></html>";
    px_article *a = must_extract(ctx, html, strlen(html), PX_FORMAT_HTML, NULL, NULL);
    assert_string_equal(a->date, "2029-06-18T23:48:00");
    assert_int_equal(a->n_paragraphs, 2);
    assert_has(a->paragraphs[1], "The second paragraph follows");
    assert_lacks(a->text, "Archive");
    px_article_free(a);
    px_ctx_free(ctx);
}

static void test_html_jsonld_body(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *html =
        "<html><head><script type='application/ld+json'>[{\"@type\":\"BlogPosting\","
        "\"headline\":\"Owls of the old mill\",\"dateCreated\":\"2028-02-29\","
        "\"author\":\"Pell Sorensdottir\",\"articleBody\":\"Barn owls have nested in the old mill "
        "for as long as anyone can remember, and this winter three chicks fledged. The mill's "
        "owners have agreed to leave the loft untouched until the spring, and a camera now "
        "streams the nest to the village school, where the pupils keep a diary of feeding times.\"}]"
        "</script></head><body><div><p>Owls, in short.</p></div></body></html>";
    px_article *a = must_extract(ctx, html, strlen(html), PX_FORMAT_AUTO, NULL, NULL);
    assert_string_equal(a->title, "Owls of the old mill");
    assert_string_equal(a->date, "2028-02-29");
    assert_string_equal(a->byline, "Pell Sorensdottir");
    assert_has(a->text, "a camera now streams the nest");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* ---- charsets ---- */

static void test_charset_meta_windows1252(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    size_t len;
    char *html = read_fixture("cp1252.html", &len);
    px_article *a = must_extract(ctx, html, len, PX_FORMAT_AUTO, NULL, NULL);
    assert_has(a->text, "caf\xC3\xA9 on the corner");
    assert_has(a->text, "cr\xC3\xA8me br\xC3\xBBl\xC3\xA9" "e");
    assert_has(a->text, "\xE2\x80\x9C" "always" "\xE2\x80\x9D");
    assert_string_equal(a->title, "Caf\xC3\xA9 notes");
    px_article_free(a);
    free(html);
    px_ctx_free(ctx);
}

static void test_charset_bom_and_header(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *body = "<p>Die Stra\xC3\x9F" "e am Flu\xC3\x9F wurde gestern nach langen "
                       "Bauarbeiten wieder ge\xC3\xB6" "ffnet, sagte die Gemeinde.</p>";
    /* BOM wins over a wrong meta declaration. */
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "\xEF\xBB\xBF<html><head><meta charset='iso-8859-2'></head><body>");
    px_buf_puts(&b, body);
    px_buf_puts(&b, "</body></html>");
    px_article *a = must_extract(ctx, b.data, b.len, PX_FORMAT_AUTO, NULL, NULL);
    assert_has(a->text, "Die Stra\xC3\x9F" "e am Flu\xC3\x9F");
    px_article_free(a);
    px_buf_free(&b);

    /* The HTTP header charset overrides <meta>. */
    const char *latin = "<html><head><meta charset='utf-8'></head><body><p>Der B\xE4" "cker "
                        "verkauft s\xFC\xDF" "e Br\xF6tchen, jeden Morgen ab sechs Uhr, auch "
                        "am Sonntag und an den Feiertagen.</p></body></html>";
    a = must_extract(ctx, latin, strlen(latin), PX_FORMAT_AUTO, "ISO-8859-1", NULL);
    assert_has(a->text, "Der B\xC3\xA4" "cker verkauft s\xC3\xBC\xC3\x9F" "e");
    px_article_free(a);

    /* A charset attribute of a <script> names the script's, not the
     * page's: the <meta> after it decides. */
    const char *scripted = "<html><head><script src='/a.js' charset='utf-8'></script>"
                           "<meta http-equiv='Content-Type' content='text/html; "
                           "charset=iso-8859-1'></head><body><p>Der B\xE4" "cker "
                           "verkauft s\xFC\xDF" "e Br\xF6tchen, jeden Morgen ab sechs Uhr, "
                           "auch am Sonntag und an den Feiertagen.</p></body></html>";
    a = must_extract(ctx, scripted, strlen(scripted), PX_FORMAT_AUTO, NULL, NULL);
    assert_has(a->text, "Der B\xC3\xA4" "cker verkauft s\xC3\xBC\xC3\x9F" "e");
    px_article_free(a);
    px_ctx_free(ctx);
}

static void test_charset_guess(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    /* Cyrillic in windows-1251, no declaration anywhere: uchardet. */
    const char *word = "\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0 ";   /* "Привет мир " */
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "<html><body><p>");
    for (int i = 0; i < 30; i++) px_buf_puts(&b, word);
    px_buf_puts(&b, "\xe8 \xf2\xe0\xea \xe4\xe0\xeb\xe5\xe5, \xef\xee\xea\xe0 \xed\xe5 "
                    "\xea\xee\xed\xe5\xf6.</p></body></html>");
    px_article *a = must_extract(ctx, b.data, b.len, PX_FORMAT_AUTO, NULL, NULL);
    assert_has(a->text, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");   /* Привет */
    px_article_free(a);
    px_buf_free(&b);
    px_ctx_free(ctx);
}

/* ---- text dumps ---- */

static void test_textdump_fixture(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    size_t len;
    char *txt = read_fixture("dump.txt", &len);
    px_article *a = must_extract(ctx, txt, len, PX_FORMAT_AUTO, NULL, NULL);
    assert_string_equal(a->title, "Divers map a forgotten reef off the northern cape");
    assert_string_equal(a->date, "2031-03-03T16:05:00");
    assert_string_equal(a->byline, "Tobiah Renning");
    assert_has(a->paragraphs[0], "A team of volunteer divers has produced");
    assert_has(a->text, "The reef covers roughly four square kilometres");
    assert_has(a->text, "before the next fishing season opens.");
    assert_lacks(a->text, "Skip to");
    assert_lacks(a->text, "Politics");
    assert_lacks(a->text, "Advertisement");
    assert_lacks(a->text, "Photo:");
    assert_lacks(a->text, "tips@example.org");
    assert_lacks(a->text, "Comments0");
    assert_lacks(a->text, "Seals return");
    assert_lacks(a->text, "Leave a Reply");
    assert_lacks(a->text, "Your email address");
    assert_lacks(a->text, "Published");
    px_article_free(a);
    free(txt);
    px_ctx_free(ctx);
}

/* A dump written one sentence per line: short sentences and a quote
 * split over lines belong to the body (they used to cut it in two and
 * lose the shorter half); the headline list after it stays out, and so
 * does the cookie notice, while a sentence about cookies the food stays. */
static void test_textdump_sentence_lines(void **state)
{
    (void)state;
    static const char dump[] =
        "Home | World | Sport\n"
        "We use cookies to improve this site. Accept all\n"
        "Ferry runs aground off Tallowby Point\n"
        "She was the last one off.\n"
        "A passenger ferry carrying 212 people ran aground on a sandbar off Tallowby Point on Sunday morning, the coastguard said.\n"
        "Crews took all passengers ashore in lifeboats within three hours, and nobody was badly hurt.\n"
        "Steady nerves\n"
        "\"We heard a bang and the deck tilted, \" said Ines Varga, a teacher from Holm.\n"
        "\"Then it went quiet.\n"
        "Nobody knew what to do.\n"
        "We waited for the crew. \"\n"
        "The bakery on the quay handed out cookies and tea to the crew.\n"
        "The harbour master said the tide had been unusually low for the season and the channel markers were checked last month.\n"
        "An inquiry opens next week.\n"
        "Latest Stories\n"
        "Council Approves New Bridge Budget\n"
        "Storm Warning For Coastal Towns\n";
    px_ctx *ctx = px_ctx_new();
    px_article *a = must_extract(ctx, dump, sizeof dump - 1, PX_FORMAT_TEXT, NULL, NULL);
    assert_has(a->paragraphs[0], "She was the last one off.");
    assert_has(a->text, "A passenger ferry carrying 212 people");
    assert_has(a->text, "Nobody knew what to do.");
    assert_has(a->text, "The harbour master said");
    assert_has(a->text, "cookies and tea");
    assert_has(a->text, "An inquiry opens next week.");
    assert_lacks(a->text, "We use cookies");
    assert_lacks(a->text, "Council Approves");
    assert_lacks(a->text, "Home | World");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* A republished story that ends with a profile of the outlet it came
 * from: the profile goes, being about a name the story never used; a
 * press release's closing profile of the firm it is about stays. */
static void test_textdump_source_profile(void **state)
{
    (void)state;
    static const char republished[] =
        "Menu | News | Video\n"
        "Dam inspectors find cracks at Orlen Reservoir\n"
        "Inspectors found three cracks in the spillway of the Orlen Reservoir dam during a routine survey on Monday, the regional water board said.\n"
        "The board said the cracks posed no immediate danger but ordered the reservoir lowered by two metres as a precaution.\n"
        "Residents of Kelby, downstream of the dam, were told to expect higher river levels for a week.\n"
        "The Vantor Broadcasting Service is a public service broadcaster headquartered in Maraval, founded in 1951 as a radio network.\n"
        "Bias Rating: Center\n"
        "Original video here.\n";
    static const char release[] =
        "Kelby Mills opens a second bakery line\n"
        "Kelby Mills will open a second production line at its Orlen bakery in March, adding forty jobs, the company said on Tuesday.\n"
        "The line will make rye bread for supermarkets in the region, the company said in a statement.\n"
        "Kelby Mills is a family-owned bakery founded in 1962 and based in Orlen, with 300 employees.\n";
    px_ctx *ctx = px_ctx_new();
    px_article *a = must_extract(ctx, republished, sizeof republished - 1, PX_FORMAT_TEXT, NULL, NULL);
    assert_has(a->text, "Residents of Kelby, downstream of the dam");
    assert_lacks(a->text, "Vantor Broadcasting Service");
    px_article_free(a);
    a = must_extract(ctx, release, sizeof release - 1, PX_FORMAT_TEXT, NULL, NULL);
    assert_has(a->text, "Kelby Mills is a family-owned bakery founded in 1962");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* Dates in a dump: a visible "Published" line beats the date in a URL
 * line above it; the URL's date is the fallback; a crawl date is never
 * the publication date; the day is the number beside the month. */
static void test_textdump_dates(void **state)
{
    (void)state;
    static const char body[] =
        "The council met on a quiet morning and voted to close the old bridge for repairs, officials said.\n"
        "Repairs will take three months and cost more than the town had planned, the engineer told reporters.\n";
    static const struct { const char *head; const char *date; } cases[] = {
        {"http://news.example.org/town/2031/05/30/bridge-closes/\nBridge closes for repairs\n"
         "Published: July 29, 2029\n", "2029-07-29"},
        {"http://news.example.org/town/2031/05/30/bridge-closes/\nBridge closes for repairs\n", "2031-05-30"},
        {"Bridge closes for repairs\nPosted 1 year, 160 days ago [downloaded on 2 October 2030]\n", NULL},
        {"Bridge closes for repairs\nPosted 1 year, 160 days ago, on 2 October 2030\n", "2030-10-02"},
    };
    px_ctx *ctx = px_ctx_new();
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        px_buf b = PX_BUF_INIT;
        px_buf_puts(&b, cases[i].head);
        px_buf_puts(&b, body);
        px_article *a = must_extract(ctx, b.data, b.len, PX_FORMAT_TEXT, NULL, NULL);
        if (cases[i].date) {
            assert_non_null(a->date);
            assert_memory_equal(a->date, cases[i].date, 10);
        } else {
            assert_null(a->date);
        }
        assert_has(a->text, "Repairs will take three months");
        px_article_free(a);
        px_buf_free(&b);
    }
    px_ctx_free(ctx);
}

/* ---- error paths and hostile input ---- */

static void test_empty_and_garbage(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    px_article *a = NULL;
    assert_int_equal(run(ctx, "", 0, PX_FORMAT_AUTO, NULL, NULL, &a), PX_EMPTY);
    assert_null(a);
    assert_true(strstr(px_errmsg(ctx), "test") != NULL);
    assert_int_equal(run(ctx, "   \n\n  ", 7, PX_FORMAT_AUTO, NULL, NULL, &a), PX_EMPTY);
    assert_int_equal(run(ctx, "<html><body><nav>Home</nav></body></html>", 41,
                         PX_FORMAT_AUTO, NULL, NULL, &a), PX_EMPTY);
    assert_true(strlen(px_errmsg(ctx)) > 0);

    /* Random bytes: an error, no crash. */
    unsigned char junk[8192];
    uint32_t x = 2463534242u;
    for (size_t i = 0; i < sizeof junk; i++) {
        x ^= x << 13; x ^= x >> 17; x ^= x << 5;
        junk[i] = (unsigned char)x;
    }
    px_status st = run(ctx, (const char *)junk, sizeof junk, PX_FORMAT_AUTO, NULL, NULL, &a);
    assert_int_not_equal(st, PX_OK);
    assert_true(strlen(px_errmsg(ctx)) > 0);
    /* Forced through both paths too. */
    st = run(ctx, (const char *)junk, sizeof junk, PX_FORMAT_HTML, NULL, NULL, &a);
    assert_int_not_equal(st, PX_OK);
    assert_int_equal(run(ctx, NULL, 0, PX_FORMAT_AUTO, NULL, NULL, &a), PX_EMPTY);
    px_extract_input bad = {"bad", NULL, 5, PX_FORMAT_AUTO, NULL, NULL};
    assert_int_equal(px_extract(ctx, &bad, &a), PX_INVALID);
    px_ctx_free(ctx);
}

static void test_nul_and_invalid_utf8(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char html[] = "<html><body><p>The river\0 rose by two metres overnight, and the "
                        "\xff\xfe ferry \xc3 stopped running \xe2\x82 until the morning, when "
                        "the water fell again.</p></body></html>";
    px_article *a = must_extract(ctx, html, sizeof html - 1, PX_FORMAT_AUTO, "utf-8", NULL);
    assert_has(a->text, "The river rose by two metres");
    assert_has(a->text, "\xEF\xBF\xBD");
    assert_int_equal(px_utf8_valid_prefix(a->text, strlen(a->text)), strlen(a->text));
    px_article_free(a);
    px_ctx_free(ctx);
}

static void test_deep_nesting(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "<html><body><p>A shallow paragraph before the deep part, long enough to "
                    "count as body text, with commas, clauses, and a full stop.</p>");
    for (int i = 0; i < 100000; i++) px_buf_puts(&b, "<div>");
    px_buf_puts(&b, "deep text");
    for (int i = 0; i < 100000; i++) px_buf_puts(&b, "</div>");
    px_buf_puts(&b, "</body></html>");
    assert_false(b.failed);
    px_article *a = NULL;
    px_status st = run(ctx, b.data, b.len, PX_FORMAT_HTML, NULL, NULL, &a);
    assert_int_equal(st, PX_OK);
    assert_has(a->text, "A shallow paragraph");
    px_article_free(a);
    /* Unclosed nesting too. */
    px_buf_reset(&b);
    for (int i = 0; i < 100000; i++) px_buf_puts(&b, "<div><span><b>");
    st = run(ctx, b.data, b.len, PX_FORMAT_HTML, NULL, NULL, &a);
    assert_int_not_equal(st, PX_OK);
    px_buf_free(&b);
    px_ctx_free(ctx);
}

static void test_size_limits(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    size_t size = 50u * 1024 * 1024;
    char *big = malloc(size);
    assert_non_null(big);
    const char *para = "<p>Another paragraph of a very long page, with commas, clauses, and "
                       "enough words to look like body text.</p>\n";
    size_t plen = strlen(para), off = 0;
    memcpy(big, "<html><body>", 12);
    off = 12;
    while (off + plen + 16 < size) { memcpy(big + off, para, plen); off += plen; }
    memcpy(big + off, "</body></html>", 14);
    off += 14;

    /* Over a lowered limit: PX_LIMIT with a message. */
    px_limit(ctx, PX_LIMIT_INPUT_BYTES, 10L * 1024 * 1024);
    px_article *a = NULL;
    assert_int_equal(run(ctx, big, off, PX_FORMAT_AUTO, NULL, NULL, &a), PX_LIMIT);
    assert_null(a);
    assert_true(strstr(px_errmsg(ctx), "limit") != NULL);

    /* Under the default limit: works, in bounded time. */
    px_ctx *ctx2 = px_ctx_new();
    clock_t t0 = clock();
    px_status st = run(ctx2, big, off, PX_FORMAT_AUTO, NULL, NULL, &a);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    fprintf(stderr, "50 MB page: status %s, %.1f s\n", px_status_str(st), secs);
    assert_int_equal(st, PX_OK);
    assert_true(strlen(a->text) <= (size_t)px_limit(ctx2, PX_LIMIT_TEXT_BYTES, -1));
    px_article_free(a);
    free(big);
    px_ctx_free(ctx2);
    px_ctx_free(ctx);
}

/* One text node of 50 MB (no markup inside): kept up to the text
 * limit, valid UTF-8. */
static void test_huge_text_node(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    size_t size = 50u * 1024 * 1024;
    char *big = malloc(size);
    assert_non_null(big);
    const char *head = "<html><body><p>", *tail = "</p></body></html>";
    const char *words = "the tide rose over the sea wall and the ferry waited, ";
    size_t off = strlen(head), wl = strlen(words);
    memcpy(big, head, off);
    while (off + wl + strlen(tail) < size) { memcpy(big + off, words, wl); off += wl; }
    memcpy(big + off, tail, strlen(tail));
    off += strlen(tail);
    px_article *a = must_extract(ctx, big, off, PX_FORMAT_HTML, NULL, NULL);
    size_t n = strlen(a->text);
    assert_true(n > 1000000);
    assert_true(n <= (size_t)px_limit(ctx, PX_LIMIT_TEXT_BYTES, -1));
    assert_int_equal(px_utf8_valid_prefix(a->text, n), n);
    assert_true(strncmp(a->text, "the tide rose", 13) == 0);
    px_article_free(a);
    free(big);
    px_ctx_free(ctx);
}

/* Several attributes in one pass read as px_dom_attr reads each. */
static void test_dom_attrs_match_attr(void **state)
{
    (void)state;
    const char *html = "<html><body><div CLASS=\"a\" class=\"b\" id=\"\" data-x=1 hidden "
                       "Role=\"navigation\" aria-hidden=\"true\">x</div><p>y</p></body></html>";
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8", opts);
    assert_non_null(doc);
    static const char *const names[] = {"class", "id", "hidden", "ROLE", "data-x", "style",
                                        "aria-hidden", "class"};
    const char *got[8];
    px_walk w = {0};
    int elements = 0;
    for (xmlNode *n = px_walk_start(&w, xmlDocGetRootElement(doc), 8); n;
         n = px_walk_next(&w, false)) {
        px_dom_attrs(n, names, got, 8);
        for (size_t i = 0; i < 8; i++) {
            const char *want = px_dom_attr(n, names[i]);
            if (!want) assert_null(got[i]);
            else assert_ptr_equal(got[i], want);
        }
        elements += n->type == XML_ELEMENT_NODE;
    }
    assert_true(elements >= 3);
    xmlNode *div = xmlDocGetRootElement(doc)->children->children;
    px_dom_attrs(div, names, got, 8);
    assert_string_equal(got[0], "a");       /* the first of two wins */
    assert_string_equal(got[1], "");
    assert_non_null(got[2]);
    assert_string_equal(got[3], "navigation");
    assert_null(got[5]);
    xmlFreeDoc(doc);
}

/* Counts hung on every element in one walk equal px_dom_text_stats of
 * that element, at any depth limit, unless flagged cut. */
static int check_tree_stats(xmlNode *root, int max_depth)
{
    px_arena arena = PX_ARENA_INIT;
    const px_text_stats *all = px_dom_text_stats_tree(root, max_depth, &arena);
    assert_non_null(all);
    size_t text, links;
    int paras, commas;
    px_dom_text_stats(root, max_depth, &text, &links, &paras, &commas);
    assert_int_equal(all->text, text);
    assert_int_equal(all->links, links);
    assert_int_equal(all->paras, paras);
    assert_int_equal(all->commas, (size_t)commas);
    int compared = 0;
    px_walk w = {0};
    for (xmlNode *n = px_walk_start(&w, root, max_depth); n; n = px_walk_next(&w, false)) {
        const px_text_stats *st = n->_private;
        if (n->type != XML_ELEMENT_NODE || !st || st->cut) continue;
        px_dom_text_stats(n, max_depth, &text, &links, &paras, &commas);
        assert_int_equal(st->text, text);
        assert_int_equal(st->links, links);
        assert_int_equal(st->paras, paras);
        assert_int_equal(st->commas, (size_t)commas);
        compared++;
    }
    px_dom_clear_private(root, max_depth);
    for (xmlNode *n = px_walk_start(&w, root, max_depth); n; n = px_walk_next(&w, false))
        assert_null(n->_private);
    px_arena_free(&arena);
    return compared;
}

static void test_text_stats_tree_matches_walks(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class=\"nav\"><a href=\"/\">Home, <b>start</b></a> | "
        "<a href=\"/x\"><p>Linked para</p><a href=\"/y\">nested</a></a></div>"
        "<article><p>The river,  swollen by\n\t rain, rose\xC2\xA0" "fast.</p>"
        "<script>var x = 'not text';</script><p>Caf\xC3\xA9" " owners \xE3\x80\x81 "
        "waited\xEF\xBC\x8C" " calm.</p><noscript>no</noscript><div><div><div><div><p>"
        "Deep <a href=\"#\">inside, <i>very</i></a> here.</p></div></div></div></div>"
        "<template><p>t</p></template><style>p{}</style><p></p></article>"
        "<footer><p>Footer, small</p></footer></body></html>";
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html, (int)strlen(html), NULL, "UTF-8", opts);
    assert_non_null(doc);
    xmlNode *root = xmlDocGetRootElement(doc);
    for (int depth = 1; depth <= 12; depth++) check_tree_stats(root, depth);
    assert_true(check_tree_stats(root, 512) >= 20);   /* every element, none cut */
    xmlFreeDoc(doc);
}

/* The byte-at-a-time attribute scan px_extract_cap_attributes must match
 * (no <script>/<style> here: the pieces below form none). */
static size_t ref_cap_attributes(char *s, size_t n, size_t max_attrs)
{
    size_t capped = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<' || i + 1 >= n || !((s[i + 1] | 0x20) >= 'a' && (s[i + 1] | 0x20) <= 'z'))
            continue;
        size_t p = i + 1;
        while (p < n && !strchr(" \t\n\r\f>", s[p])) p++;
        size_t attrs = 0, cut = 0;
        bool after_space = true, after_eq = false, have_cut = false;
        for (; p < n; p++) {
            char c = s[p];
            if (c == '>') break;
            if (strchr(" \t\n\r\f", c)) { after_space = true; continue; }
            if ((c == '"' || c == '\'') && after_eq) {
                char *q = memchr(s + p + 1, c, n - p - 1);
                p = q ? (size_t)(q - s) : n - 1;
            } else if (c != '=' && c != '/' && after_space && !after_eq) {
                if (++attrs > max_attrs && !have_cut) { cut = p; have_cut = true; }
            }
            after_eq = c == '=';
            after_space = false;
        }
        if (have_cut) { memset(s + cut, ' ', p - cut); capped++; }
        i = p < n ? p : n;
    }
    return capped;
}

static void test_cap_attributes_matches_reference(void **state)
{
    (void)state;
    static const char *const pieces[] = {
        "<div", "<p", " ", "\t", "\n", "a", "data-x", "=", "\"v\"", "'w'", "\"a>b\"",
        "u", "/", ">", "\"", "'", "x=y", "text ", "<", "<!-- c -->", "==",
    };
    uint64_t seed = 88172645463325252ULL;
    char buf[2048], want[2048];
    for (int round = 0; round < 4000; round++) {
        size_t n = 0;
        for (int k = 0; k < 60; k++) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            const char *piece = pieces[seed % (sizeof pieces / sizeof pieces[0])];
            size_t m = strlen(piece);
            memcpy(buf + n, piece, m);
            n += m;
        }
        memcpy(want, buf, n);
        size_t max_attrs = (size_t)(seed % 4);
        size_t want_capped = ref_cap_attributes(want, n, max_attrs);
        assert_int_equal(px_extract_cap_attributes(buf, n, max_attrs), want_capped);
        assert_memory_equal(buf, want, n);
    }
}

/* A million attributes on one element (libxml2 compares each name with
 * all earlier ones): capped before parsing, the article still comes out. */
static void test_million_attributes(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "<html><body><article><div class=\"x\"");
    char attr[48];
    for (int i = 0; i < 1000000; i++) {
        snprintf(attr, sizeof attr, " data-a%d=\"v>%d\"", i, i);   /* '>' inside quotes */
        px_buf_puts(&b, attr);
    }
    px_buf_puts(&b, "><p>The harbour master said on Tuesday that the northern basin, closed "
                    "since the storm, would reopen to small boats by the end of the week.</p>"
                    "</div><p>Fishing crews, who had moved to the southern quay, welcomed "
                    "the news and said they would return as soon as the buoys were back.</p>"
                    "</article></body></html>");
    assert_false(b.failed);
    px_article *a = must_extract(ctx, b.data, b.len, PX_FORMAT_HTML, NULL, NULL);
    assert_has(a->text, "The harbour master said on Tuesday");
    assert_has(a->text, "Fishing crews, who had moved");
    assert_lacks(a->text, "data-a");
    px_article_free(a);
    /* Many elements with a few hundred attributes each stay linear too. */
    px_buf_reset(&b);
    px_buf_puts(&b, "<html><body>");
    for (int e = 0; e < 2000; e++) {
        px_buf_puts(&b, "<span");
        for (int i = 0; i < 500; i++) {
            snprintf(attr, sizeof attr, " b%d", i);
            px_buf_puts(&b, attr);
        }
        px_buf_puts(&b, ">x</span>");
    }
    px_buf_puts(&b, "<p>The ferry timetable for the winter months was published on Monday, "
                    "with two crossings fewer on weekdays.</p></body></html>");
    a = must_extract(ctx, b.data, b.len, PX_FORMAT_HTML, NULL, NULL);
    assert_has(a->text, "The ferry timetable for the winter months");
    px_article_free(a);
    px_buf_free(&b);
    px_ctx_free(ctx);
}

/* Class and id values longer than any buffer the name checks use (a
 * stack overflow under ASan once). */
static void test_long_class_and_id(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "<html><body><article><div class=\"");
    for (int i = 0; i < 300; i++) px_buf_puts(&b, "post-body-date ");
    px_buf_puts(&b, "\" id=\"");
    for (int i = 0; i < 300; i++) px_buf_puts(&b, "author");
    px_buf_puts(&b, "\"><p>The lighthouse keeper retired on Sunday after thirty years, the "
                    "harbour trust said, and the light will be run from the mainland.</p>"
                    "</div></article></body></html>");
    assert_false(b.failed);
    px_article *a = must_extract(ctx, b.data, b.len, PX_FORMAT_HTML, NULL, NULL);
    assert_has(a->text, "The lighthouse keeper retired on Sunday");
    px_article_free(a);
    px_buf_free(&b);
    px_ctx_free(ctx);
}

/* Markup written inside <script> and <style> is not page text, and a
 * script full of "<tag" words is not mistaken for a tag by the cap. */
static void test_script_with_markup(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    px_buf b = PX_BUF_INIT;
    px_buf_puts(&b, "<html><head><script>document.write('<p>Fake paragraph from a script, "
                    "long enough to look like body text, with commas, and a stop.</p>');"
                    "var s = \"</div><article><p>Another fake article body in a string, "
                    "with commas, clauses, and a full stop.</p></article>\";</script>"
                    "<style>p::before { content: \"<p>Styled fake text</p>\"; }</style>"
                    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                    "\"headline\": \"Quay repairs\", \"description\": \"a<b");
    for (int i = 0; i < 400; i++) px_buf_puts(&b, " word");
    px_buf_puts(&b, "\"}</script></head><body><article><h1>Quay repairs</h1><p>Repairs to "
                    "the old quay will start in March, the town council said, after divers "
                    "found cracks in two of the stone piers.</p><script>if (a<b && c>d) "
                    "{ x = '<p>Inline fake paragraph inside the article, with commas, "
                    "and a full stop.</p>'; }</script><p>The work is expected to take six "
                    "weeks, during which the ferry will use the new pier.</p></article>"
                    "</body></html>");
    assert_false(b.failed);
    px_article *a = must_extract(ctx, b.data, b.len, PX_FORMAT_HTML, NULL, NULL);
    assert_has(a->text, "Repairs to the old quay will start in March");
    assert_has(a->text, "The work is expected to take six weeks");
    assert_lacks(a->text, "fake");
    assert_lacks(a->text, "Fake");
    assert_lacks(a->text, "<p>");
    assert_non_null(a->description);
    assert_has(a->description, "word word");   /* the cap left the JSON-LD alone */
    px_article_free(a);
    px_buf_free(&b);
    px_ctx_free(ctx);
}

/* UTF-8 and windows-1252 bytes in one page, no charset declared: one
 * charset is chosen, the result is valid UTF-8 and the text is there. */
static void test_mixed_encodings(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char html[] = "<html><body><article><p>The caf\xc3\xa9 on the harbour front "
                        "reopened on Friday after the flood, the owner said, with a new "
                        "floor and the old terrace.</p><p>Regulars from the d\xe9p\xf4t "
                        "next door came for the first coffee, and the mayor dropped "
                        "by in the afternoon.</p></article></body></html>";
    px_article *a = must_extract(ctx, html, sizeof html - 1, PX_FORMAT_AUTO, NULL, NULL);
    size_t n = strlen(a->text);
    assert_int_equal(px_utf8_valid_prefix(a->text, n), n);
    assert_has(a->text, "on the harbour front reopened on Friday");
    assert_has(a->text, "next door came for the first coffee");
    px_article_free(a);
    /* Declared UTF-8 but holding latin-1 bytes: replaced, not dropped. */
    a = must_extract(ctx, html, sizeof html - 1, PX_FORMAT_AUTO, "utf-8", NULL);
    n = strlen(a->text);
    assert_int_equal(px_utf8_valid_prefix(a->text, n), n);
    assert_has(a->text, "caf\xc3\xa9 on the harbour");
    assert_has(a->text, "d\xef\xbf\xbdp\xef\xbf\xbdt");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* ---- the seeds in ../shared ---- */

typedef struct seed_case {
    const char *file;
    const char *first;      /* start of the first body paragraph */
    const char *last;       /* start of the last body paragraph (kept) */
    const char *gone[8];    /* boilerplate that must not remain */
} seed_case;

static const seed_case seeds[] = {
    {"000_6bdc99bbb4be2500.txt",
     "As Russian President Vladimir Putin is visiting Pyongyang",
     "Dong further stated,",
     {"Quick access", "Reuters/News1", "Comments0", "Latest Stories",
      "Weekly Best Articles", "Goblin Pizza", "content@", "Popular Now"}},
    {"001_7cf873ad9c9e986d.txt",
     "Russian President Vladimir Putin started his visits to two Asian countries",
     "US decision-makers should realize that Washington cannot dictate",
     {"ASIA-PACIFIC", "Photo: VCG", "Published:", NULL}},
    {"002_53fa0ac380ba5c72.txt",
     "recent visit to North Korea, his first in over two decades",
     "Both China and the US are concerned about Russia",
     {"Leave a Reply", "Your email address", "Required fields", NULL}},
    {"003_f4557d851bb201a9.txt",
     "As Russian President Vladimir Putin drove through the crowded streets",
     "Neither of the two countries has the capacity to deceive China",
     {"Discover more from", "Subscribe to get the latest posts", "Essayist", NULL}},
    {"004_856a94d7b1fc46ae.txt",
     "The Russian government appears to be putting full effort",
     "Professor Park said,",
     {"Share This Post", "Advertisement", "News1 DB", "Related Posts", NULL}},
};

static void test_seeds(void **state)
{
    (void)state;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/corpus/seeds", PX_SHARED_DIR);
    char probe[1100];
    snprintf(probe, sizeof probe, "%s/%s", dir, seeds[0].file);
    size_t len;
    char *data = read_file(probe, &len);
    if (!data) { fprintf(stderr, "seeds: %s absent, skipped\n", dir); skip(); }
    free(data);
    px_ctx *ctx = px_ctx_new();
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++) {
        const seed_case *sc = &seeds[i];
        snprintf(probe, sizeof probe, "%s/%s", dir, sc->file);
        data = read_file(probe, &len);
        assert_non_null(data);
        px_article *a = must_extract(ctx, data, len, PX_FORMAT_AUTO, NULL, NULL);
        fprintf(stderr, "seed %s: %zu paragraphs, title \"%s\", date %s\n", sc->file,
                a->n_paragraphs, a->title ? a->title : "", a->date ? a->date : "-");
        assert_true(a->n_paragraphs >= 3);
        assert_has(a->paragraphs[0], sc->first);
        assert_has(a->text, sc->last);
        for (int g = 0; g < 8 && sc->gone[g]; g++) assert_lacks(a->text, sc->gone[g]);
        if (i == 1) {
            assert_non_null(a->date);
            assert_memory_equal(a->date, "2024-06-18", 10);
        }
        px_article_free(a);
        free(data);
    }
    px_ctx_free(ctx);
}

/* ---- extract-dev scoring (../shared/data/extract-dev) ---- */

static void test_extract_dev_score(void **state)
{
    (void)state;
    char path[2048];
    snprintf(path, sizeof path, "%s/data/extract-dev/expectations.json", PX_SHARED_DIR);
    json_error_t err;
    json_t *root = json_load_file(path, 0, &err);
    if (!root) { fprintf(stderr, "extract-dev: %s absent, skipped\n", path); skip(); }
    const char *only = getenv("PX_EXTRACT_DEV_ONLY");
    const char *verbose = getenv("PX_EXTRACT_DEV_VERBOSE");
    px_ctx *ctx = px_ctx_new();
    dev_counts c = {0};
    long failed = 0;
    const char *key;
    json_t *e;
    long seen = 0;
    json_object_foreach(root, key, e) {
        if (only && !strstr(key, only)) continue;
        /* A sanity sample (every 8th page) unless a filter is given: the
         * full scoring with timings is bench/extract/run.sh. */
        if (!only && seen++ % 8 != 0) continue;
        const char *rel = json_string_value(json_object_get(e, "path"));
        if (!rel) continue;
        snprintf(path, sizeof path, "%s/data/extract-dev/%s", PX_SHARED_DIR, rel);
        size_t len;
        char *page = dev_gz_read(path, &len);
        if (!page) continue;
        px_extract_input in = {key, page, len, PX_FORMAT_HTML, NULL,
                               json_string_value(json_object_get(e, "url"))};
        px_article *a = NULL;
        if (px_extract(ctx, &in, &a) != PX_OK) {
            failed++;
            if (verbose) fprintf(stderr, "FAIL %s\n", px_errmsg(ctx));
        }
        dev_score_page(e, key, a ? a->text : NULL, verbose != NULL, &c);
        px_article_free(a);
        free(page);
    }
    json_decref(root);
    px_ctx_free(ctx);
    double f1 = dev_f1(&c);
    fprintf(stderr, "extract-dev: %ld pages (%ld failed): F1 %.3f (tp %ld fn %ld fp %ld tn %ld)\n",
            c.pages, failed, f1, c.tp, c.fn, c.fp, c.tn);
    if (c.pages > 100) assert_true(f1 > 0.8);
}

/* A body under a furniture name ("widget") written with <br> paragraphs is
 * pruned at first; the fallback puts it back.  A lead paragraph beside the
 * chosen container is merged in; a link-heavy sibling is not. */
static void test_html_fallback_and_siblings(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    static const char widget[] =
        "<html><head><title>Quarry pond opens for swimming</title></head><body>"
        "<div class=\"widget blog-widget\"><div class=\"post\">"
        "<h1>Quarry pond opens for swimming</h1>"
        "The old quarry pond at Brennholt opened for swimming on Saturday, after a summer "
        "of water tests showed it clean enough for the parish to lift its ban.<br><br>"
        "Lifeguards will be on duty at weekends until the end of August, the parish said, "
        "and a kiosk by the car park will sell drinks and ices.<br><br>"
        "The parish council thanked the volunteers who cleared the reeds from the north bank "
        "over three weekends in June.</div></div>"
        "<div class=\"menu\"><a href=\"/a\">Home</a> <a href=\"/b\">News</a></div>"
        "</body></html>";
    px_article *a = must_extract(ctx, widget, sizeof widget - 1, PX_FORMAT_HTML, NULL, NULL);
    assert_has(a->text, "opened for swimming on Saturday");
    assert_has(a->text, "cleared the reeds");
    assert_lacks(a->text, "Home");
    px_article_free(a);

    static const char lead[] =
        "<html><head><title>Tram line extended</title></head><body><main>"
        "<div class=\"intro\"><p>The tram line to Osterfeld will be extended by four stops, "
        "the city said on Friday, ending years of argument about the route.</p></div>"
        "<div class=\"article-body\">"
        "<p>Work on the new track is due to start in March and will take two years, with the "
        "first trams expected to run in the spring after next, according to the plans.</p>"
        "<p>The extension will cost about 60 million, most of it paid by the regional "
        "government, which had long argued for a bus route instead, officials said.</p>"
        "<p>Residents along the route will be able to comment on the plans at two public "
        "meetings in January, and changes to the stops are still possible, the city added.</p>"
        "</div>"
        "<div class=\"more\"><a href=\"/1\">Bus fares rise in May</a> "
        "<a href=\"/2\">New bike lanes on the ring road</a></div>"
        "</main></body></html>";
    a = must_extract(ctx, lead, sizeof lead - 1, PX_FORMAT_HTML, NULL, NULL);
    assert_has(a->text, "extended by four stops");
    assert_has(a->text, "changes to the stops are still possible");
    assert_lacks(a->text, "Bus fares rise");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* ---- text-dump dev set (tests/fixtures/extract/dumps) ----
 * Fictional dumps, some hard-wrapped; NAME.expect lists "+ snippet" lines
 * that must be kept, "- snippet" lines that must be dropped and "= the
 * title" when the dump has one, scored
 * like the HTML dev set (white space collapsed, substring tests). */

static void test_dump_dev(void **state)
{
    (void)state;
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/fixtures/extract/dumps", PX_SOURCE_DIR);
    DIR *d = opendir(dir);
    assert_non_null(d);
    px_ctx *ctx = px_ctx_new();
    long tp = 0, fn = 0, fp = 0, tn = 0, files = 0, titles = 0, title_misses = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        size_t nl = strlen(de->d_name);
        if (nl < 5 || strcmp(de->d_name + nl - 4, ".txt") != 0) continue;
        char path[1400], epath[1400];
        snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
        snprintf(epath, sizeof epath, "%s/%.*s.expect", dir, (int)(nl - 4), de->d_name);
        size_t len, elen;
        char *data = read_file(path, &len);
        char *exp = read_file(epath, &elen);
        assert_non_null(data);
        assert_non_null(exp);
        files++;
        px_article *a = must_extract(ctx, data, len, PX_FORMAT_TEXT, NULL, NULL);
        char *text = dev_collapse(a->text);
        for (char *line = strtok(exp, "\n"); line; line = strtok(NULL, "\n")) {
            if (strncmp(line, "= ", 2) == 0) {   /* "= the title" */
                titles++;
                if (!a->title || strcmp(a->title, line + 2) != 0) {
                    title_misses++;
                    fprintf(stderr, "dumps TITLE %s: got \"%s\", want \"%s\"\n", de->d_name,
                            a->title ? a->title : "", line + 2);
                }
                continue;
            }
            if (strlen(line) < 3 || (line[0] != '+' && line[0] != '-')) continue;
            char *snip = dev_collapse(line + 2);
            bool found = strstr(text, snip) != NULL;
            if (line[0] == '+') {
                if (found) tp++;
                else { fn++; fprintf(stderr, "dumps MISS %s: %s\n", de->d_name, snip); }
            } else {
                if (found) { fp++; fprintf(stderr, "dumps JUNK %s: %s\n", de->d_name, snip); }
                else tn++;
            }
            free(snip);
        }
        /* A hard-wrapped paragraph comes out whole. */
        if (strstr(de->d_name, "wrapped72")) {
            assert_true(a->n_paragraphs >= 1);
            bool whole = false;
            for (size_t i = 0; i < a->n_paragraphs; i++)
                if (strstr(a->paragraphs[i], "Vellmar Bay") &&
                    strstr(a->paragraphs[i], "below the waterline."))
                    whole = true;
            assert_true(whole);
        }
        free(text);
        px_article_free(a);
        free(data);
        free(exp);
    }
    closedir(d);
    px_ctx_free(ctx);
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0;
    double r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    double f1 = p + r ? 2 * p * r / (p + r) : 0;
    fprintf(stderr, "dumps: %ld files: precision %.3f recall %.3f F1 %.3f "
            "(tp %ld fn %ld fp %ld tn %ld)\n", files, p, r, f1, tp, fn, fp, tn);
    fprintf(stderr, "dumps: titles %ld of %ld right\n", titles - title_misses, titles);
    assert_true(files >= 4);
    assert_true(f1 >= 0.95);
    assert_true(titles >= 6);
    assert_true(title_misses * 10 <= titles);   /* at least 90% */
}

int main(void)
{
    setvbuf(stdout, NULL, _IONBF, 0);   /* progress shows even when piped */
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_news_page),
        cmocka_unit_test(test_html_title_and_url_date),
        cmocka_unit_test(test_html_visible_date_and_br_paragraphs),
        cmocka_unit_test(test_html_jsonld_body),
        cmocka_unit_test(test_charset_meta_windows1252),
        cmocka_unit_test(test_charset_bom_and_header),
        cmocka_unit_test(test_charset_guess),
        cmocka_unit_test(test_textdump_fixture),
        cmocka_unit_test(test_textdump_sentence_lines),
        cmocka_unit_test(test_textdump_source_profile),
        cmocka_unit_test(test_textdump_dates),
        cmocka_unit_test(test_empty_and_garbage),
        cmocka_unit_test(test_nul_and_invalid_utf8),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_size_limits),
        cmocka_unit_test(test_huge_text_node),
        cmocka_unit_test(test_cap_attributes_matches_reference),
        cmocka_unit_test(test_text_stats_tree_matches_walks),
        cmocka_unit_test(test_dom_attrs_match_attr),
        cmocka_unit_test(test_million_attributes),
        cmocka_unit_test(test_long_class_and_id),
        cmocka_unit_test(test_script_with_markup),
        cmocka_unit_test(test_mixed_encodings),
        cmocka_unit_test(test_seeds),
        cmocka_unit_test(test_extract_dev_score),
        cmocka_unit_test(test_html_fallback_and_siblings),
        cmocka_unit_test(test_dump_dev),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
