/*
 * test_extract_layout.c - unit tests of how the extract stage reads page
 * layout: the lead outside the body container, and the other structural
 * rules of src/extract that decide what is article text.
 *
 * Every page here is a small fictional article written for the test; each
 * case fails without the rule it names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "parallax.h"
#include "../extract_assert.h"

static px_article *extract(px_ctx *ctx, const char *html)
{
    px_extract_input in = {"layout", html, strlen(html), PX_FORMAT_HTML, NULL, NULL};
    px_article *a = NULL;
    px_status st = px_extract(ctx, &in, &a);
    if (st != PX_OK) fprintf(stderr, "extract failed: %s\n", px_errmsg(ctx));
    assert_int_equal(st, PX_OK);
    assert_non_null(a);
    return a;
}

/* Extract html; every snippet of kept must be in the text, none of
 * dropped (both NULL-terminated). */
#define SNIPPETS(...) ((const char *const[]){__VA_ARGS__, NULL})
#define NONE ((const char *const[]){NULL})
static void expect(const char *html, const char *const *kept, const char *const *dropped)
{
    px_ctx *ctx = px_ctx_new();
    px_article *a = extract(ctx, html);
    for (; *kept; kept++) assert_has(a->text, *kept);
    for (; *dropped; dropped++) assert_lacks(a->text, *dropped);
    px_article_free(a);
    px_ctx_free(ctx);
}

/* Three paragraphs of body text, in a column of its own. */
#define FERRY_BODY                                                                      \
    "<div class='col'><div class='article-text'>"                                       \
    "<p>The first boat left the harbour at six, with forty passengers and a delivery "   \
    "van, and reached the island an hour later, as the timetable promised.</p>"          \
    "<p>Islanders had waited two years for the service, since the old ferry was sold, "  \
    "and the council paid for half of the new boat, the operator said.</p>"             \
    "<p>In winter the boat will sail twice a day, weather permitting, and a third trip " \
    "on Fridays is planned for the market, according to the schedule.</p></div></div>"

/* The standfirst sits in the article header, away from the column the
 * scorer picks; the page's description names it. */
static void test_lead_from_description(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *html =
        "<html><head><title>Ferry returns to Holm</title>"
        "<meta name='description' content='After two years without a boat, the island of "
        "Holm has a ferry again: the first crossing ran on Monday.'></head><body>"
        "<article><header><h1>Ferry returns to Holm</h1>"
        "<p class='standfirst'>After two years without a boat, the island of Holm has a "
        "ferry again: the first crossing ran on Monday.</p>"
        "<span class='who'>By Tove Randers</span></header>"
        "<div class='wrap'><ul class='tools'><li><a href='/p'>Print edition archive</a></li>"
        "<li><a href='/l'>Letters to the editor</a></li></ul>"
        "<div class='row'>" FERRY_BODY "</div></div></article></body></html>";
    px_article *a = extract(ctx, html);
    assert_has(a->text, "the island of Holm has a ferry again");
    assert_has(a->text, "a third trip on Fridays");
    /* the lead comes first, once */
    assert_true(strncmp(a->text, "After two years", 15) == 0);
    assert_null(strstr(a->text + 15, "After two years"));
    px_article_free(a);
    px_ctx_free(ctx);
}

/* A subtitle set as a heading is a lead too, kept although headings at
 * the end of a text are cut. */
static void test_lead_heading(void **state)
{
    (void)state;
    const char *html =
        "<html><head><title>Ferry returns to Holm</title>"
        "<meta property='og:description' content='Islanders celebrated on the quay as the "
        "new boat arrived, two years after the last ferry was sold.'></head><body>"
        "<div class='hero'><h1>Ferry returns to Holm</h1><h2 class='sub'>Islanders "
        "celebrated on the quay as the new boat arrived, two years after the last ferry "
        "was sold.</h2></div>"
        "<main><ul class='tools'><li><a href='/p'>Print edition archive</a></li>"
        "<li><a href='/l'>Letters to the editor</a></li></ul>"
        "<div class='row'>" FERRY_BODY "</div></main></body></html>";
    expect(html, SNIPPETS("Islanders celebrated on the quay"),
           NONE);
}

/* The description shown only as a link (a teaser of this article in a
 * list before the body) is not a lead. */
static void test_lead_not_a_link(void **state)
{
    (void)state;
    const char *html =
        "<html><head><title>Ferry returns to Holm</title>"
        "<meta name='description' content='After two years without a boat, the island of "
        "Holm has a ferry again: the first crossing ran on Monday.'></head><body>"
        "<div class='top'><ul><li><a href='/ferry'>After two years without a boat, the "
        "island of Holm has a ferry again: the first crossing ran on Monday.</a></li>"
        "<li><a href='/bus'>Bus timetable changes in May</a></li></ul></div>"
        "<main>" FERRY_BODY "</main></body></html>";
    expect(html, SNIPPETS("The first boat left the harbour"),
           SNIPPETS("After two years"));
}

/* Ruby annotations (the reading of each word, in small type above it)
 * are not text: without the rule every annotated word repeats. */
static void test_ruby_readings(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class='article-body'><p>"
        "<ruby>\xE6\x96\xB0<rt>\xE3\x81\x97\xE3\x82\x93</rt></ruby>"   /* 新 (しん) */
        "<ruby>\xE8\x81\x9E<rt>\xE3\x81\xB6\xE3\x82\x93</rt></ruby>"   /* 聞 (ぶん) */
        "\xE3\x82\x92\xE8\xAA\xAD\xE3\x82\x80\xE3\x80\x82"          /* を読む。 */
        "The ferry timetable for the winter months was printed in the morning paper, "
        "with the new Friday trip for the market.</p></div></body></html>";
    expect(html, SNIPPETS("\xE6\x96\xB0\xE8\x81\x9E\xE3\x82\x92"),
           SNIPPETS("\xE3\x81\x97\xE3\x82\x93"));
}

/* A <noscript> left open swallows the rest of the page in the parsed
 * tree; it is opened up rather than dropped with the article in it. */
static void test_unclosed_noscript(void **state)
{
    (void)state;
    const char *html =
        "<html><head><title>Ferry returns to Holm</title></head><body>"
        "<noscript><div class='nojs'></noscript>"
        "<div class='menu'><a href='/'>Home</a> <a href='/n'>News</a></div>"
        "<div class='main'>" FERRY_BODY "</div></body></html>";
    expect(html, SNIPPETS("The first boat left the harbour", "a third trip on Fridays"),
           SNIPPETS("Home"));
}

/* One card of a grid of other articles: a headline link and an excerpt
 * that reads as prose. */
#define TEASER_CARD                                                                      \
    "<div class='card'><h3><a href='/n'>Harbour master retires after forty years</a></h3>" \
    "<p>The harbour master, who saw three ferries come and go, hands over the keys in "   \
    "June, the port said.</p></div>"

/* A grid of other articles inside the article's own column: each card a
 * headline link and an excerpt that reads as prose. */
static void test_teaser_cards(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *card = TEASER_CARD;
    char html[8192];
    snprintf(html, sizeof html,
             "<html><body><div class='story'>" FERRY_BODY
             "<div class='grid'>%s%s%s%s</div></div></body></html>", card, card, card, card);
    px_article *a = extract(ctx, html);
    assert_has(a->text, "a third trip on Fridays");
    assert_lacks(a->text, "hands over the keys");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* Teaser cards after a comment, and a body so short that the fallback
 * runs and puts the removed elements back: the cards go before the walk
 * frees the comment beside them, and used to be put back next to the
 * freed comment (a use after free inside libxml2 that ASan sees as
 * leaked nodes). */
static void test_fallback_restores_cards(void **state)
{
    (void)state;
    px_ctx *ctx = px_ctx_new();
    const char *card = TEASER_CARD;
    char html[8192];
    snprintf(html, sizeof html,
             "<html><body><div class='story'><p>The first boat left the harbour at six, "
             "with forty passengers, and reached the island an hour later.</p>"
             "<div class='grid'><!-- promo -->%s%s%s%s</div></div></body></html>",
             card, card, card, card);
    px_article *a = extract(ctx, html);
    assert_has(a->text, "reached the island an hour later");
    px_article_free(a);
    px_ctx_free(ctx);
}

/* A body in parts, the densest part boxed with a bar of links: the
 * climb from part to parent stops at the bar, so the pick widens to the
 * ancestor that holds the most prose for the least else. */
static void test_body_in_parts(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class='page'><div class='nav'><a href='/'>Home</a></div>"
        "<div class='story'><div class='part'>"
        "<div class='text'><p>The new ferry to Holm, which the council, the operator and the "
        "islanders paid for together, carries forty passengers, two cars and a van.</p>"
        "<p>It replaces the old boat, sold two years ago, which had carried the island's "
        "post, its doctor, its schoolchildren and, on Fridays, the market traders.</p></div>"
        "<div class='tools'><a href='/m'>Send this story to a friend by mail</a> "
        "<a href='/p'>Print this page for later</a></div></div>"
        "<div class='more'><p>Islanders had asked for the service since the sale, and the "
        "council paid for half of the new boat, its leader said on Monday.</p>"
        "<p>In winter the boat will sail twice a day, weather permitting, from the harbour "
        "at nine and at four.</p>"
        "<p>A third trip on Fridays is planned for the market, according to the schedule, "
        "if enough traders book a place.</p></div>"
        "</div></div></body></html>";
    expect(html, SNIPPETS("carries forty passengers", "sail twice a day",
                          "A third trip on Fridays"),
           NONE);
}

/* A label alone ("Contact:") and a lone word ending the text (a tag, a
 * section name) are not article text; a short sentence is. */
static void test_labels_and_tail_words(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class='article-body'>"
        "<p>The first boat left the harbour at six, with forty passengers and a delivery "
        "van, and reached the island an hour later, as the timetable promised.</p>"
        "<p><strong>Timetable:</strong></p>"
        "<p>Boats leave at six, nine and four, and on Fridays at noon as well.</p>"
        "<p>In winter the boat will sail twice a day, weather permitting, and a third trip "
        "on Fridays is planned for the market, according to the schedule.</p>"
        "<p><strong>Contact:</strong></p><p>Islandferries</p></div></body></html>";
    expect(html, SNIPPETS("Boats leave at six, nine and four", "a third trip on Fridays"),
           SNIPPETS("Timetable:", "Contact:", "Islandferries"));
}

/* A blog engine's post in a "widget", paragraphs split by <br>: a
 * furniture name, but most of the page's text and few links, so it is
 * kept even though a smaller block of prose elsewhere would do. */
static void test_widget_with_br_body(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class='widget Blog'><div class='post-body'>"
        "The first boat left the harbour at six, with forty passengers and a delivery van, "
        "and reached the island an hour later, as the timetable promised.<br><br>"
        "Islanders had waited two years for the service, since the old ferry was sold, and "
        "the council paid for half of the new boat, the operator said.<br><br>"
        "In winter the boat will sail twice a day, weather permitting, and a third trip on "
        "Fridays is planned for the market, according to the schedule.<br><br>"
        "Tickets are sold at the kiosk on the quay and on board, and bicycles travel free "
        "of charge all year, the operator added on Monday.</div></div>"
        "<div class='col'><p>About me: I write about island life, boats and the weather, "
        "and I have lived by the harbour for twenty years, with two cats and a dinghy.</p>"
        "<p>Write to me with your stories from the islands, and I will answer every "
        "letter, as long as it arrives by boat, of course.</p></div></body></html>";
    expect(html, SNIPPETS("The first boat left the harbour", "bicycles travel free"),
           NONE);
}

/* Picture legends and copyright lines, named so by their class, are not
 * article text. */
static void test_legend_and_copyright(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class='article-body'>"
        "<p>The first boat left the harbour at six, with forty passengers and a delivery "
        "van, and reached the island an hour later, as the timetable promised.</p>"
        "<div class='legend'><div class='content'>The new ferry at the quay of Holm on its "
        "first morning, seen from the harbour wall.</div></div>"
        "<p>Islanders had waited two years for the service, since the old ferry was sold, "
        "and the council paid for half of the new boat, the operator said.</p>"
        "<div class='image-copyright'>Island Press Agency, all photos by the harbour "
        "office.</div></div></body></html>";
    expect(html, SNIPPETS("Islanders had waited two years"),
           SNIPPETS("seen from the harbour wall", "Island Press Agency"));
}

/* Interface lines set into the text are not article text: a call to
 * subscribe, a source credit, a tag line, a box label. */
static void test_interface_lines(void **state)
{
    (void)state;
    const char *html =
        "<html><body><div class='article-body'>"
        "<p>The first boat left the harbour at six, with forty passengers and a delivery "
        "van, and reached the island an hour later, as the timetable promised.</p>"
        "<p>Never miss a sailing: subscribe to the Harbour Letter today!</p>"
        "<p>Islanders had waited two years for the service, since the old ferry was sold, "
        "and the council paid for half of the new boat, the operator said.</p>"
        "<p>Abonnieren Sie jetzt unseren Newsletter.</p>"
        "<p>Quelle: Hafenamt Holm</p><p>Tags: Ferry, Holm, Harbour</p>"
        "<p>Weitere Informationen</p></div></body></html>";
    expect(html, SNIPPETS("Islanders had waited two years"),
           SNIPPETS("Harbour Letter", "Abonnieren", "Hafenamt", "Tags:",
                    "Weitere Informationen"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lead_from_description),
        cmocka_unit_test(test_lead_heading),
        cmocka_unit_test(test_lead_not_a_link),
        cmocka_unit_test(test_ruby_readings),
        cmocka_unit_test(test_unclosed_noscript),
        cmocka_unit_test(test_teaser_cards),
        cmocka_unit_test(test_fallback_restores_cards),
        cmocka_unit_test(test_body_in_parts),
        cmocka_unit_test(test_labels_and_tail_words),
        cmocka_unit_test(test_widget_with_br_body),
        cmocka_unit_test(test_legend_and_copyright),
        cmocka_unit_test(test_interface_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
