/* test_compare.c - the compare stage.  Alignment: the fast way of
 * aligning a story's sentences gives the comparison the reference way
 * gives, and sentence profiles answer as px_sentence_similarity does, on
 * the bundled fictional example (examples/news).  Story sections: the
 * timeline, figures that disagree and citation chains (timeline.c,
 * numbers.c, chains.c) on two small invented articles about an invented
 * dam failure. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare/compare.h"
#include "parallax.h"
#include "reuse/reuse.h"

#define MAX_ARTICLES 64

typedef struct story {
    px_ctx *ctx;
    px_analyzer *an;
    px_cmp_article arts[MAX_ARTICLES];
    const px_textdoc *docs[MAX_ARTICLES];
    uint32_t n;
} story;

static int add_page(void *user, const px_item *item)
{
    story *s = user;
    px_extract_input in = {item->input, item->data, item->len, item->format, item->charset, item->url};
    px_article *a = NULL;
    px_textdoc *doc = NULL;
    if (item->kind == PX_ITEM_PAGE && px_extract(s->ctx, &in, &a) == PX_OK &&
        px_analyze(s->an, s->ctx, a->text, strlen(a->text), a->language, &doc) == PX_OK) {
        s->docs[s->n] = doc;
        s->arts[s->n] = (px_cmp_article){.id = s->n + 1, .doc = doc};
        s->n++;
    }
    px_article_free(a);
    return s->n == MAX_ARTICLES;
}

/* The example's pages, read `copies` times over: a story where every
 * sentence is carried by several articles, as with wire copy. */
static int setup(void **state, int copies)
{
    story *s = calloc(1, sizeof *s);
    if (!s || !(s->ctx = px_ctx_new()) || px_analyzer_new(s->ctx, &s->an) != PX_OK) return -1;
    for (int i = 0; i < copies; i++)
        if (px_read_path(s->ctx, PX_SOURCE_DIR "/examples/news", add_page, NULL, s) != PX_OK) return -1;
    *state = s;
    return s->n >= 9 ? 0 : -1;
}
static int setup_once(void **state) { return setup(state, 1); }
static int setup_thrice(void **state) { return setup(state, 3); }

static int teardown(void **state)
{
    story *s = *state;
    for (uint32_t i = 0; i < s->n; i++) px_textdoc_free((px_textdoc *)s->docs[i]);
    px_analyzer_free(s->an);
    px_ctx_free(s->ctx);
    free(s);
    return 0;
}

static void test_fast_equals_reference(void **state)
{
    story *s = *state;
    px_compare_opts ref_opts = {.summary_lines = 5, .reference = 1}, opts = {.summary_lines = 5};
    px_comparison *ref = NULL, *fast = NULL;
    assert_int_equal(px_compare(s->ctx, s->arts, s->n, NULL, 0, &ref_opts, &ref), PX_OK);
    assert_int_equal(px_compare(s->ctx, s->arts, s->n, NULL, 0, &opts, &fast), PX_OK);
    assert_true(fast->n_facts > 0);
    assert_true(px_comparison_equal(ref, fast));
    /* the check can fail: a comparison missing a fact is not equal */
    fast->n_facts--;
    assert_false(px_comparison_equal(ref, fast));
    fast->n_facts++;
    /* fewer articles make another comparison */
    px_comparison *part = NULL;
    assert_int_equal(px_compare(s->ctx, s->arts, s->n - 1, NULL, 0, &opts, &part), PX_OK);
    assert_false(px_comparison_equal(ref, part));
    px_comparison_free(part);
    px_comparison_free(ref);
    px_comparison_free(fast);
}

static double unit_idf(void *user, uint64_t h)
{
    (void)user;
    return 1.0 + (double)(h % 7) / 3;   /* uneven weights, as a story's idf is */
}

static void test_profiles_answer_as_similarity(void **state)
{
    story *s = *state;
    px_idf_source idf = {unit_idf, NULL};
    px_sent_profiles *p = NULL;
    assert_int_equal(px_sent_profiles_new(s->docs, s->n, &idf, &p), PX_OK);
    const double mins[] = {0.3, 0.5, 0.7};
    uint32_t pairs = 0, reached = 0;
    for (size_t m = 0; m < sizeof mins / sizeof *mins; m++)
        for (uint32_t a = 0; a < 4; a++)
            for (uint32_t b = 0; b < s->n; b++)
                for (uint32_t sa = 0; sa < s->docs[a]->n_sentences; sa++)
                    for (uint32_t sb = 0; sb < s->docs[b]->n_sentences; sb += 2) {
                        int want = px_sentence_similarity(s->docs[a], sa, s->docs[b], sb, &idf) >= mins[m];
                        assert_int_equal(px_sent_profiles_reach(p, a, sa, b, sb, mins[m]), want);
                        pairs++;
                        reached += (uint32_t)want;
                    }
    assert_true(reached > 0 && reached < pairs);
    /* out of range is similarity 0, as px_sentence_similarity has it */
    assert_int_equal(px_sent_profiles_reach(p, 0, 99999, 1, 0, 0.5), 0);
    assert_int_equal(px_sent_profiles_reach(p, s->n + 5, 0, 1, 0, 0.5), 0);
    px_sent_profiles_free(p);
}

static const char gazette_text[] =
    "The Orlen dam failed on Sunday night, flooding the valley below it.\n\n"
    "At least 40 people were killed when the Orlen dam failed on Sunday night, the regional police said.\n\n"
    "\"The spillway had been cracked for years and nobody listened,\" said Mara Holt, an engineer who inspected the dam in 2019.\n\n"
    "Rescue teams will search the riverbanks again on Wednesday.";

static const char post_text[] =
    "Villages along the Orlen were under water on Tuesday after the dam upstream gave way.\n\n"
    "The failure of the Orlen dam on Sunday night killed 46 people, the regional police said on Tuesday.\n\n"
    "\"The spillway had been cracked for years and nobody listened,\" engineer Mara Holt told the River Gazette, according to the River Gazette.\n\n"
    "The inspection in 2019 found the spillway cracked, the River Gazette reported.";

typedef struct fixture {
    px_ctx *ctx;
    px_analyzer *an;
    px_textdoc *docs[2];
    px_cmp_article arts[2];
    px_comparison *cmp;
} fixture;

static int sections_setup(void **state)
{
    static fixture f;
    f.ctx = px_ctx_new();
    if (px_analyzer_new(f.ctx, &f.an) != PX_OK) return -1;
    if (px_analyze(f.an, f.ctx, gazette_text, strlen(gazette_text), "en", &f.docs[0]) != PX_OK) return -1;
    if (px_analyze(f.an, f.ctx, post_text, strlen(post_text), "en", &f.docs[1]) != PX_OK) return -1;
    /* 2026-05-04 is a Monday */
    f.arts[0] = (px_cmp_article){1, "Dam fails", "The River Gazette", NULL, "2026-05-04T07:00:00+02:00", "g.html", NULL, f.docs[0]};
    f.arts[1] = (px_cmp_article){2, "Valley flooded", "Valley Post", NULL, "2026-05-05T09:00:00+02:00", "p.html", NULL, f.docs[1]};
    if (px_compare(f.ctx, f.arts, 2, NULL, 0, NULL, &f.cmp) != PX_OK) return -1;
    *state = &f;
    return 0;
}

static int sections_teardown(void **state)
{
    fixture *f = *state;
    px_comparison_free(f->cmp);
    px_textdoc_free(f->docs[0]);
    px_textdoc_free(f->docs[1]);
    px_analyzer_free(f->an);
    px_ctx_free(f->ctx);
    return 0;
}

static const px_cmp_event *event(const px_comparison *c, const char *iso, px_cmp_event_kind kind)
{
    for (uint32_t i = 0; i < c->n_timeline; i++)
        if (c->timeline[i].kind == kind && strcmp(c->timeline[i].iso, iso) == 0) return &c->timeline[i];
    return NULL;
}

static void test_timeline(void **state)
{
    fixture *f = *state;
    const px_comparison *c = f->cmp;
    /* "Sunday night" in a Monday paper and in a Tuesday paper is one day */
    const px_cmp_event *sun = event(c, "2026-05-03", PX_EVENT_MENTIONED);
    assert_non_null(sun);
    assert_int_equal(sun->n_articles, 2);
    assert_true(sun->n_mentions >= 3);
    const px_cmp_event *tue = event(c, "2026-05-05", PX_EVENT_MENTIONED);
    assert_non_null(tue);
    assert_int_equal(tue->article, 1);
    const px_cmp_event *wed = event(c, "2026-05-06", PX_EVENT_MENTIONED);  /* "will search ... on Wednesday" */
    assert_non_null(wed);
    const px_cmp_event *y = event(c, "2019", PX_EVENT_MENTIONED);
    assert_non_null(y);
    assert_int_equal(y->n_articles, 2);
    assert_non_null(event(c, "2026-05-04T07:00:00+02:00", PX_EVENT_PUBLISHED));
    /* date order; the year first, mentions of a day before its publications */
    for (uint32_t i = 1; i < c->n_timeline; i++) assert_true(c->timeline[i - 1].day <= c->timeline[i].day);
    assert_true(y < sun && sun < event(c, "2026-05-04T07:00:00+02:00", PX_EVENT_PUBLISHED));
}

/* A story of two short reports, each analysed in its own language and
 * compared; date_b may be NULL (an undated report). */
typedef struct two_reports {
    px_ctx *ctx;
    px_analyzer *an;
    px_textdoc *docs[2];
    px_comparison *c;
} two_reports;

static void two_open(two_reports *t, const char *a, const char *lang_a, const char *date_a,
                     const char *b, const char *lang_b, const char *date_b)
{
    *t = (two_reports){px_ctx_new(), NULL, {NULL, NULL}, NULL};
    assert_int_equal(px_analyzer_new(t->ctx, &t->an), PX_OK);
    assert_int_equal(px_analyze(t->an, t->ctx, a, strlen(a), lang_a, &t->docs[0]), PX_OK);
    assert_int_equal(px_analyze(t->an, t->ctx, b, strlen(b), lang_b, &t->docs[1]), PX_OK);
    px_cmp_article arts[2] = {
        {1, "First report", "River Gazette", NULL, date_a, "g.html", NULL, t->docs[0]},
        {2, "Second report", "Valley Post", NULL, date_b, "v.html", NULL, t->docs[1]},
    };
    assert_int_equal(px_compare(t->ctx, arts, 2, NULL, 0, NULL, &t->c), PX_OK);
}

static void two_close(two_reports *t)
{
    px_comparison_free(t->c);
    px_textdoc_free(t->docs[0]);
    px_textdoc_free(t->docs[1]);
    px_analyzer_free(t->an);
    px_ctx_free(t->ctx);
}

/* A German and a French report of one day meet on the timeline. */
static void test_timeline_languages(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "Der Orlen-Damm brach am Sonntag, teilte die Polizei am Montag mit. "
                 "Die Suche geht morgen weiter.", "de", "2026-05-04",
             "Le barrage de l'Orlen a cédé dimanche 3 mai 2026.", "fr", "2026-05-05");
    const px_cmp_event *sun = event(t.c, "2026-05-03", PX_EVENT_MENTIONED);
    assert_non_null(sun);
    assert_int_equal(sun->n_articles, 2);
    assert_non_null(event(t.c, "2026-05-05", PX_EVENT_MENTIONED));      /* "morgen" */
    two_close(&t);
}

/* A short unattributed quote made of the story's names ("a
 * 'Velandria-Ostravia-Korvath solidarity'") is not the remark of an
 * expert who names the same countries. */
static void test_quote_names_alone(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "\"Velandria knows that Ostravia will not leave Korvath or Dorvan alone, and "
                 "none of them can afford a quarrel,\" said Lena Brandt, a historian.",
             "en", "2026-05-04",
             "Officials now speak openly of \"Velandria, Ostravia, Korvath and Dorvan "
             "solidarity\" in private.", "en", "2026-05-05");
    assert_int_equal(t.docs[0]->n_quotes, 1);
    assert_int_equal(t.docs[1]->n_quotes, 1);
    assert_int_equal(t.c->n_quotes, 2);
    for (uint32_t i = 0; i < t.c->n_quotes; i++) assert_int_equal(t.c->quotes[i].n_articles, 1);
    two_close(&t);
}

/* An undated article's "January 2" takes the year nearest the story's
 * dated articles (here across a new year); its "on Tuesday" stays
 * unplaced. */
static void test_yearless_dates(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "The Orlen dam failed on Wednesday, police said.", "en", "2026-12-31",
             "Repairs start on January 2, the council said on Tuesday.", "en", NULL);
    const px_comparison *c = t.c;
    const px_cmp_event *jan = event(c, "2027-01-02", PX_EVENT_MENTIONED);
    assert_non_null(jan);
    assert_int_equal(jan->article, 1);
    assert_non_null(event(c, "2026-12-30", PX_EVENT_MENTIONED));   /* the dated one's Wednesday */
    for (uint32_t i = 0; i < c->n_timeline; i++)                    /* nothing else */
        assert_true(c->timeline[i].kind == PX_EVENT_PUBLISHED ||
                    strcmp(c->timeline[i].iso, "2027-01-02") == 0 ||
                    strcmp(c->timeline[i].iso, "2026-12-30") == 0);
    two_close(&t);
}

/* One person spelt with and without a hyphen by two outlets is one
 * entity of the story, counted in both. */
static void test_entity_spellings(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "Leader Choi Ha-neul arrived on Monday. Choi Ha-neul said little.", "en",
             "2026-05-04", "Leader Choi Ha Neul arrived in Dorvan on Monday.", "en", "2026-05-04");
    const px_cmp_entity *choi = NULL;
    for (uint32_t i = 0; i < t.c->n_entities; i++)
        if (strncmp(t.c->entities[i].name, "Choi Ha", 7) == 0) {
            assert_null(choi);                      /* one entity, not two */
            choi = &t.c->entities[i];
        }
    assert_non_null(choi);
    assert_int_equal(choi->kind, PX_ENT_PERSON);
    assert_true(choi->per_article[0] >= 1 && choi->per_article[1] >= 1);
    two_close(&t);
}

/* A story of two reports: the summary draws on both (three lines and
 * two), although the first one's lines all come earlier in their article
 * and would fill it alone. */
static void test_summary_two_sources(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "The Orlen dam burst on Sunday night, drowning farmland and roads across the region.\n\n"
                 "Police said forty people died when water reached the valley before dawn.\n\n"
                 "Engineers had warned for years that cracks in the spillway were spreading.\n\n"
                 "Rescue crews searched the riverbanks of the valley by helicopter on Monday.\n\n"
                 "The regional council will question the operator of the Orlen dam on Tuesday.\n\n"
                 "Heavy rain had filled the reservoir to its highest level since records began.",
             "en", "2026-05-04",
             "Orlen dam failed.\n\nValley villages flooded, police said.\n\nEngineers, rain.\n\n"
             "Boats carried bread and blankets to families stranded on rooftops overnight.\n\n"
             "Insurers expect claims worth millions from shopkeepers whose stock was ruined.\n\n"
             "Schools stay closed this week while volunteers clear mud from classrooms.",
             "en", "2026-05-05");
    uint32_t from[2] = {0, 0};
    for (uint32_t i = 0; i < t.c->n_summary; i++) from[t.c->summary[i].article]++;
    assert_int_equal(t.c->n_summary, 5);
    assert_true(from[1] >= 2);
    two_close(&t);
}

/* Plain texts analysed and compared as one story (ids 1..n). */
#define MAX_TEXTS 12
typedef struct texts_story {
    px_ctx *ctx;
    px_analyzer *an;
    px_textdoc *docs[MAX_TEXTS];
    px_cmp_article arts[MAX_TEXTS];
    uint32_t n;
} texts_story;

static void texts_open(texts_story *t, const char *const *texts, uint32_t n)
{
    assert_true(n <= MAX_TEXTS);
    *t = (texts_story){.ctx = px_ctx_new(), .n = n};
    assert_int_equal(px_analyzer_new(t->ctx, &t->an), PX_OK);
    for (uint32_t i = 0; i < n; i++) {
        assert_int_equal(px_analyze(t->an, t->ctx, texts[i], strlen(texts[i]), "en", &t->docs[i]), PX_OK);
        t->arts[i] = (px_cmp_article){.id = i + 1, .doc = t->docs[i]};
    }
}

static px_comparison *texts_compare(texts_story *t, const px_cmp_link *links, uint32_t n_links)
{
    px_comparison *c = NULL;
    assert_int_equal(px_compare(t->ctx, t->arts, t->n, links, n_links, NULL, &c), PX_OK);
    return c;
}

static void texts_close(texts_story *t)
{
    for (uint32_t i = 0; i < t->n; i++) px_textdoc_free(t->docs[i]);
    px_analyzer_free(t->an);
    px_ctx_free(t->ctx);
}

/* A wire story and its republications are one source: a fact only they
 * carry counts once and comes after one that an independent outlet
 * reports too, though more articles carry it. */
static void test_independent_sources(void **state)
{
    (void)state;
    const char *bridge = "Floodwater closed the Harlow bridge on Monday after the river rose two metres overnight.";
    const char *piers = "Engineers will inspect the bridge piers for damage before any traffic returns.";
    char wire[256];
    snprintf(wire, sizeof wire, "%s\n\n%s", bridge, piers);
    const char *texts[4] = {
        wire, bridge, bridge,
        "Engineers will inspect the bridge piers for damage before any traffic returns, officials said.\n\n"
        "Shops on the quay stayed shut while volunteers filled sandbags along the embankment."};
    texts_story t;
    texts_open(&t, texts, 4);
    /* the second copy is linked to the first, the third to the second */
    px_cmp_link copies[2] = {{0, 1, "duplicate", 1.0, 1.0, "[]"}, {1, 2, "duplicate", 1.0, 1.0, "[]"}};
    px_comparison *c = texts_compare(&t, copies, 2);
    assert_int_equal(c->n_sources, 2);
    assert_int_equal(c->source_of[2], c->source_of[0]);
    assert_int_not_equal(c->source_of[3], c->source_of[0]);
    assert_int_equal(c->n_facts, 2);
    assert_int_equal(c->facts[0].n_articles, 2);   /* the piers: wire and the outlet */
    assert_int_equal(c->facts[0].n_sources, 2);
    assert_int_equal(c->facts[1].n_articles, 3);   /* the bridge: the copies alone */
    assert_int_equal(c->facts[1].n_sources, 1);
    px_comparison_free(c);
    /* without the links every article is a source of its own */
    c = texts_compare(&t, NULL, 0);
    assert_int_equal(c->n_sources, 4);
    assert_int_equal(c->facts[0].n_sources, 3);
    assert_int_equal(c->facts[1].n_sources, 2);
    px_comparison_free(c);
    texts_close(&t);
}

/* A synonym-spun copy keeps its sentences' skeleton though few words
 * stay: once the reuse stage links the two articles, each spun sentence
 * is the same fact as the one it was spun from, and a sentence the copy
 * added is not. */
static void test_spun_copy_facts(void **state)
{
    (void)state;
    const char *texts[2] = {
        "Witnesses described a series of loud bangs as drums of paint caught fire, sending a column of "
        "black smoke over the harbour.\n\n"
        "The mayor said she would thank every firefighter who worked through the night at the depot.",
        "Onlookers portrayed a succession of noisy booms as barrels of paint combusted, sending a pillar of "
        "dark smoke over the port.\n\n"
        "The mayor stated she would thank each fireman who laboured through the evening at the facility.\n\n"
        "Local traders hope the quay will reopen before the summer festival brings visitors back."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    assert_int_equal(c->n_facts, 0);               /* too few words in common */
    px_comparison_free(c);
    px_cmp_link spun = {0, 1, "rewrite", 0.8, 0.7, "[]"};
    c = texts_compare(&t, &spun, 1);
    assert_int_equal(c->n_facts, 2);
    for (uint32_t f = 0; f < 2; f++) {
        assert_int_equal(c->facts[f].n_articles, 2);
        assert_int_equal(c->facts[f].members[0].sentence, c->facts[f].members[1].sentence);
    }
    assert_int_equal(c->n_unique[1], 1);            /* the traders: the copy's own */
    assert_int_equal(c->unique[1][0].sentence, 2);
    px_comparison_free(c);
    texts_close(&t);
}

/* Independent reports: one fact in other words (the figure, the piers)
 * is shared; two remarks of one speaker are not one fact for sharing the
 * speaker's name; the figures of a fact that one report gives more of do
 * not differ. */
static void test_independent_facts(void **state)
{
    (void)state;
    const char *texts[2] = {
        "Floodwater closed the Harlow bridge on Monday.\n\n"
        "Mayor Ida Roos said: \"We will rebuild the bridge within a year.\"\n\n"
        "Engineers counted 14 cracks in the stone piers after the river fell by 2 metres.\n\n"
        "Bus services will run on a diversion through Kelby until further notice.",
        "The old Harlow crossing was shut on Monday as the river rose.\n\n"
        "\"The town needs calm, not panic,\" Mayor Ida Roos said.\n\n"
        "Inspectors found 14 cracks in the stone piers, the council said.\n\n"
        "Shops on the quay stayed open while volunteers filled sandbags."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    int cracks = 0, remarks = 0;
    for (uint32_t f = 0; f < c->n_facts; f++) {
        const px_cmp_fact *fact = &c->facts[f];
        assert_int_equal(fact->n_members, 2);
        if (fact->members[0].sentence == 2 && fact->members[1].sentence == 2) {
            cracks = 1;
            assert_false(fact->numbers_differ);      /* 14 in both; the 2 metres in one */
        }
        if (fact->members[0].sentence == 1 || fact->members[1].sentence == 1) remarks = 1;
    }
    assert_true(cracks);
    assert_false(remarks);
    px_comparison_free(c);
    texts_close(&t);
}

/* Two outlets word one fact differently but keep its figure: a lower
 * likeness will do for sentences giving the same number (not a year). */
static void test_fact_by_figure(void **state)
{
    (void)state;
    const char *texts[2] = {
        "Rescue crews pulled 23 passengers from the overturned coach near Kelby on Tuesday night.\n\n"
        "The driver was taken to hospital in Ashford with minor injuries.",
        "Firefighters freed 23 people trapped in the coach after it overturned outside Kelby on Tuesday, "
        "police said.\n\n"
        "Traffic on the coast road was diverted for most of Wednesday."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    int rescue = 0;
    for (uint32_t f = 0; f < c->n_facts; f++)
        if (c->facts[f].n_members == 2 && c->facts[f].members[0].sentence == 0 &&
            c->facts[f].members[1].sentence == 0)
            rescue = 1;
    assert_true(rescue);
    px_comparison_free(c);
    texts_close(&t);
}

/* Is there a fact holding sentence s of article a and sentence t of b? */
static int in_one_fact(const px_comparison *c, uint32_t a, uint32_t s, uint32_t b, uint32_t t)
{
    for (uint32_t f = 0; f < c->n_facts; f++) {
        int x = 0, y = 0;
        for (uint32_t m = 0; m < c->facts[f].n_members; m++) {
            px_cmp_ref r = c->facts[f].members[m];
            x |= r.article == a && r.sentence == s;
            y |= r.article == b && r.sentence == t;
        }
        if (x && y) return 1;
    }
    return 0;
}

/* A figure is its digits: "7%" and "7 per cent" are one term, so two
 * outlets giving one pay claim each way align. */
static void test_fact_percent_figure(void **state)
{
    (void)state;
    const char *texts[2] = {
        "Nurses at Kelby General demanded a pay rise of 7 per cent on Friday.\n\n"
        "The hospital board meets the unions again next month.",
        "Ward staff walked out after their union's 7% claim on pay was turned down.\n\n"
        "Patients were asked to use the clinic in Ashford instead."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    assert_true(in_one_fact(c, 0, 0, 1, 0));
    px_comparison_free(c);
    texts_close(&t);
}

/* Outlets round a figure differently: two sentences counting one thing
 * with nearly one value ("some 28,000 households", "about 30,000
 * households") weigh as if they shared it, and the fact aligns; its
 * numbers still differ. */
static void test_fact_near_figure(void **state)
{
    (void)state;
    const char *texts[2] = {
        "The burst main left some 28,000 households in Kelby without tap water on Sunday.\n\n"
        "Engineers expect repairs to the pumping station to take a week.",
        "About 30,000 households had no water on Sunday after the pipe broke under the ring road.\n\n"
        "Schools in the town will stay closed until Wednesday."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    assert_true(in_one_fact(c, 0, 0, 1, 0));
    for (uint32_t f = 0; f < c->n_facts; f++) assert_true(c->facts[f].numbers_differ);
    px_comparison_free(c);
    texts_close(&t);
}

/* A sentence of three or four content words states a fact too ("A
 * steering fault is suspected."): it aligns when alike enough. */
static void test_short_fact(void **state)
{
    (void)state;
    const char *texts[2] = {
        "The coach left the road near Kelby on Tuesday night and overturned in a field.\n\n"
        "A steering fault is suspected.",
        "Passengers described the moment the coach rolled over on the Kelby road on Tuesday.\n\n"
        "Police suspect a fault in the steering."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    assert_true(in_one_fact(c, 0, 1, 1, 1));
    px_comparison_free(c);
    texts_close(&t);
}

/* A headline restates its lede: each outlet's headline and lede are one
 * fact with the other's, though the headline is like the other's lede
 * and the lede like the other's headline. */
static void test_headline_with_lede(void **state)
{
    (void)state;
    const char *texts[2] = {
        "Harlow bridge shut after crack found in pier\n\n"
        "Engineers closed the Kelby crossing on Monday when a survey showed subsidence under the east span.\n\n"
        "Buses will run on a diversion through Ashford.",
        "Kelby crossing closed over subsidence fears\n\n"
        "The Harlow bridge was shut on Monday after inspectors found a crack in one of its piers.\n\n"
        "Ferries will carry commuters across the estuary."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    assert_true(in_one_fact(c, 0, 0, 1, 0));
    assert_true(in_one_fact(c, 0, 1, 1, 1));
    assert_true(in_one_fact(c, 0, 0, 1, 1));
    px_comparison_free(c);
    texts_close(&t);
}

/* Many outlets giving many facts: the map of sentences already joined
 * grows while pairs join (a slot held across a second insert was freed
 * under it; ASan saw it when a served story page compared such a story). */
static void test_many_pairs(void **state)
{
    (void)state;
    enum { ARTICLES = 12, FACTS = 14 };
    static const char *const towns[FACTS] = {"Kelby", "Ashford", "Brantham", "Corran",
        "Dunmere", "Elsworth", "Farley", "Gransby", "Holm", "Irwell", "Jarrow", "Kestle",
        "Lunby", "Marsden"};
    static const char *const things[FACTS] = {"bridges", "schools", "roads", "farms",
        "harbours", "clinics", "libraries", "depots", "stations", "quays", "mills",
        "warehouses", "chapels", "markets"};
    char *texts[ARTICLES];
    for (int a = 0; a < ARTICLES; a++) {
        size_t cap = 4096, len = 0;
        texts[a] = malloc(cap);
        assert_non_null(texts[a]);
        for (int k = 0; k < FACTS; k++)
            len += (size_t)snprintf(texts[a] + len, cap - len,
                                    "Crews in %s repaired %d damaged %s after the storm on "
                                    "Sunday, reporter%c wrote.\n\n",
                                    towns[k], 10 + k, things[k], 'a' + a);
    }
    texts_story t;
    texts_open(&t, (const char *const *)texts, ARTICLES);
    px_comparison *c = texts_compare(&t, NULL, 0);
    uint32_t joined = 0;
    for (uint32_t f = 0; f < c->n_facts; f++)
        if (c->facts[f].n_members >= ARTICLES / 2) joined++;
    assert_true(joined >= FACTS / 2);
    px_comparison_free(c);
    texts_close(&t);
    for (int a = 0; a < ARTICLES; a++) free(texts[a]);
}

/* An outlet states a fact once: a sentence like two of another outlet's
 * joins the one it is most like, not both. */
static void test_fact_once_per_outlet(void **state)
{
    (void)state;
    const char *texts[2] = {
        "The council will spend 3 million crowns on repairs to the Harlow bridge piers.\n\n"
        "Ferries carried commuters across the estuary while the crossing was closed.",
        "Repairs to the Harlow bridge piers will cost 3 million crowns, the council said.\n\n"
        "The council had set aside 3 million crowns for the Harlow bridge piers last year.\n\n"
        "Traders on the quay said the closure had halved their takings."};
    texts_story t;
    texts_open(&t, texts, 2);
    px_comparison *c = texts_compare(&t, NULL, 0);
    assert_int_equal(c->n_facts, 1);
    assert_int_equal(c->facts[0].n_members, 2);
    assert_int_equal(c->facts[0].members[0].sentence, 0);
    assert_int_equal(c->facts[0].members[1].sentence, 0);   /* the cost, not the closure */
    px_comparison_free(c);
    texts_close(&t);
}

/* A summary line's fact counts by its independent sources: a sentence
 * three copies of one wire story carry ranks below one two independent
 * outlets report. */
static void test_summary_independent_reach(void **state)
{
    (void)state;
    const char *wire = "Harbour workers began loading grain onto three cargo ships bound for the northern ports this week.";
    const char *texts[5] = {
        wire, wire, wire,
        "The regional council approved a budget of 40 million crowns for road repairs on Tuesday evening.",
        "The regional council approved a budget of 40 million crowns for road repairs on Tuesday evening."};
    texts_story t;
    texts_open(&t, texts, 5);
    px_cmp_link copies[2] = {{0, 1, "duplicate", 1.0, 1.0, "[]"}, {0, 2, "duplicate", 1.0, 1.0, "[]"}};
    px_comparison *c = texts_compare(&t, copies, 2);
    assert_int_equal(c->n_sources, 3);
    assert_true(c->n_summary >= 1);
    assert_true(c->summary[0].article >= 3);      /* the budget, not the grain */
    px_comparison_free(c);
    texts_close(&t);
}

/* A remark credited to an outlet beside its speaker chains through the
 * outlet, though it is not in the story; "told the Gazette" in the River
 * Gazette is the paper's own interview, no chain. */
static void test_credited_chain(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "\"The harvest was poor this year,\" farmer Lena Voss told the Gazette.", "en",
             "2026-05-04",
             "Grain prices will rise this winter in every town of the valley, Mayor Ivo Sand "
             "said on Monday, according to the Kelmouth Herald.", "en", "2026-05-05");
    assert_int_equal(t.c->n_chains, 1);
    const px_cmp_chain *ch = &t.c->chains[0];
    assert_int_equal(ch->article, 1);
    assert_int_equal(ch->n_hops, 3);
    assert_string_equal(ch->hops[0].name, "Valley Post");
    assert_string_equal(ch->hops[1].name, "Kelmouth Herald");
    assert_int_equal(ch->hops[1].article, -1);
    assert_string_equal(ch->hops[2].name, "Ivo Sand");
    two_close(&t);
}

/* An article that credits an outlet of the story with one remark ("told
 * the Gazette", the River Gazette by its last word) cites it: a remark it carries that the Gazette
 * carried first chains through the Gazette too. */
static void test_lifted_through_via(void **state)
{
    (void)state;
    two_reports t;
    two_open(&t, "\"The spillway had been cracked for years,\" said engineer Mara Holt.", "en",
             "2026-05-04",
             "\"The spillway had been cracked for years,\" said engineer Mara Holt. Holt told the "
             "Gazette that the dam was the oldest in the valley.", "en", "2026-05-05");
    int lifted = 0, credited = 0;
    for (uint32_t i = 0; i < t.c->n_chains; i++) {
        const px_cmp_chain *ch = &t.c->chains[i];
        assert_int_equal(ch->article, 1);
        assert_int_equal(ch->n_hops, 3);
        assert_int_equal(ch->hops[1].article, 0);       /* "the Gazette": the River Gazette */
        assert_string_equal(ch->hops[2].name, "Mara Holt");
        const char *text = t.docs[1]->quotes[ch->quote].text;
        lifted += strstr(text, "spillway") != NULL;
        credited += strstr(text, "oldest") != NULL;
    }
    assert_int_equal(lifted, 1);
    assert_int_equal(credited, 1);
    two_close(&t);
}

static void test_disagreements(void **state)
{
    fixture *f = *state;
    const px_comparison *c = f->cmp;
    assert_int_equal(c->n_disagreements, 1);
    const px_cmp_disagreement *d = &c->disagreements[0];
    assert_int_equal(d->n_articles, 2);
    assert_int_equal(d->n_figures, 2);
    assert_true(d->figures[0].article == 0 && d->figures[0].q->value == 40 && d->figures[0].q->bound == 1);
    assert_true(d->figures[1].article == 1 && d->figures[1].q->value == 46);
}

static void test_chains(void **state)
{
    fixture *f = *state;
    const px_comparison *c = f->cmp;
    int lifted = 0, cited = 0;
    for (uint32_t i = 0; i < c->n_chains; i++) {
        const px_cmp_chain *ch = &c->chains[i];
        assert_int_equal(ch->article, 1);            /* only the Post cites anyone */
        assert_string_equal(ch->hops[0].name, "Valley Post");
        assert_int_equal(ch->hops[1].article, 0);    /* the cited outlet is the Gazette's article */
        if (ch->n_hops == 3 && ch->hops[2].name && strstr(ch->hops[2].name, "Holt")) lifted++;
        else if (ch->n_hops >= 2) cited++;
    }
    assert_int_equal(lifted, 1);
    assert_true(cited >= 1);
}

/* Figures about different people, and one distance in two units, are no
 * disagreement; the same count stated differently is. */
static void test_figure_rules(void **state)
{
    fixture *f = *state;
    static const char a_text[] =
        "Tomas Okafor scored 20 points in the cup final on Sunday, the league said.\n\n"
        "The storm flattened a barn about 15 miles north of Tarnby, the weather office said.\n\n"
        "Flooding closed 12 schools in the county on Monday, officials said.";
    static const char b_text[] =
        "Pia Lind scored 25 points in the cup final on Sunday, the league said.\n\n"
        "The storm flattened a barn about 24 km north of Tarnby, the weather office said.\n\n"
        "Officials said flooding closed 15 schools across the county on Monday.";
    px_textdoc *da = NULL, *db = NULL;
    assert_int_equal(px_analyze(f->an, f->ctx, a_text, strlen(a_text), "en", &da), PX_OK);
    assert_int_equal(px_analyze(f->an, f->ctx, b_text, strlen(b_text), "en", &db), PX_OK);
    px_cmp_article arts[2] = {
        {1, "A", "North Daily", NULL, "2026-05-05", "a", NULL, da},
        {2, "B", "South Daily", NULL, "2026-05-05", "b", NULL, db}};
    px_comparison *c = NULL;
    assert_int_equal(px_compare(f->ctx, arts, 2, NULL, 0, NULL, &c), PX_OK);
    assert_int_equal(c->n_disagreements, 1);
    assert_string_equal(c->disagreements[0].unit, "schools");
    assert_true(c->disagreements[0].figures[0].q->value == 12 && c->disagreements[0].figures[1].q->value == 15);
    px_comparison_free(c);
    px_textdoc_free(da);
    px_textdoc_free(db);
}

/* Outlet A cites outlet B, which cites outlet C, which quotes a researcher:
 * the chain is the whole path. */
static void test_long_chain(void **state)
{
    fixture *f = *state;
    static const char *texts[3] = {
        "Soil scientist Ines Varga said the landslide near Kormet was caused by a leaking irrigation canal.\n\n"
        "The slope had moved for weeks before it gave way, residents said.",
        "The landslide near Kormet was caused by a leaking irrigation canal, according to the Hill Herald.\n\n"
        "Roads to the village stayed closed on Tuesday.",
        "The landslide near Kormet was caused by a leaking irrigation canal, according to the Ridge Post.\n\n"
        "Farmers asked for help with the harvest."};
    static const char *sites[3] = {"Hill Herald", "The Ridge Post", "Plains Courier"};
    px_textdoc *d[3] = {NULL, NULL, NULL};
    px_cmp_article arts[3];
    for (int i = 0; i < 3; i++) {
        assert_int_equal(px_analyze(f->an, f->ctx, texts[i], strlen(texts[i]), "en", &d[i]), PX_OK);
        arts[i] = (px_cmp_article){i + 1, "T", sites[i], NULL, "2026-05-05", "p", NULL, d[i]};
    }
    px_comparison *c = NULL;
    assert_int_equal(px_compare(f->ctx, arts, 3, NULL, 0, NULL, &c), PX_OK);
    const px_cmp_chain *longest = NULL;
    for (uint32_t i = 0; i < c->n_chains; i++)
        if (!longest || c->chains[i].n_hops > longest->n_hops) longest = &c->chains[i];
    assert_non_null(longest);
    assert_int_equal(longest->article, 2);
    assert_int_equal(longest->n_hops, 4);
    assert_int_equal(longest->hops[1].article, 1);      /* the Post's article */
    assert_int_equal(longest->hops[2].article, 0);      /* the Herald's article */
    assert_non_null(strstr(longest->hops[3].name, "Varga"));
    px_comparison_free(c);
    for (int i = 0; i < 3; i++) px_textdoc_free(d[i]);
}

/* Many figures of one kind (more than are paired one by one) and many
 * citations: the sections stay bounded and still find the disagreement. */
static void test_many_figures(void **state)
{
    fixture *f = *state;
    enum { N = 400 };
    px_buf ta = PX_BUF_INIT, tb = PX_BUF_INIT;
    for (int i = 0; i < N; i++) {
        px_buf_printf(&ta, "Flood wardens in district %d counted 12 people stranded on roofs, the River Gazette reported.\n\n", i);
        px_buf_printf(&tb, "Flood wardens in district %d counted 15 people stranded on roofs, the River Gazette reported.\n\n", i);
    }
    px_textdoc *da = NULL, *db = NULL;
    assert_int_equal(px_analyze(f->an, f->ctx, ta.data, ta.len, "en", &da), PX_OK);
    assert_int_equal(px_analyze(f->an, f->ctx, tb.data, tb.len, "en", &db), PX_OK);
    px_cmp_article arts[2] = {
        {1, "A", "The River Gazette", NULL, "2026-05-04", "a", NULL, da},
        {2, "B", "Valley Post", NULL, "2026-05-05", "b", NULL, db}};
    px_comparison *c = NULL;
    assert_int_equal(px_compare(f->ctx, arts, 2, NULL, 0, NULL, &c), PX_OK);
    uint32_t with_both = 0;
    for (uint32_t i = 0; i < c->n_disagreements; i++) with_both += c->disagreements[i].n_articles == 2;
    assert_true(with_both >= 1);
    px_comparison_free(c);
    px_textdoc_free(da);
    px_textdoc_free(db);
    px_buf_free(&ta);
    px_buf_free(&tb);
}

int main(void)
{
    const struct CMUnitTest alignment[] = {
        cmocka_unit_test_setup_teardown(test_fast_equals_reference, setup_once, teardown),
        cmocka_unit_test_setup_teardown(test_fast_equals_reference, setup_thrice, teardown),
        cmocka_unit_test_setup_teardown(test_profiles_answer_as_similarity, setup_thrice, teardown),
    };
    const struct CMUnitTest sections[] = {
        cmocka_unit_test(test_timeline),
        cmocka_unit_test(test_timeline_languages),
        cmocka_unit_test(test_entity_spellings),
        cmocka_unit_test(test_summary_two_sources),
        cmocka_unit_test(test_independent_sources),
        cmocka_unit_test(test_spun_copy_facts),
        cmocka_unit_test(test_independent_facts),
        cmocka_unit_test(test_fact_by_figure),
        cmocka_unit_test(test_many_pairs),
        cmocka_unit_test(test_fact_once_per_outlet),
        cmocka_unit_test(test_fact_percent_figure),
        cmocka_unit_test(test_fact_near_figure),
        cmocka_unit_test(test_short_fact),
        cmocka_unit_test(test_headline_with_lede),
        cmocka_unit_test(test_summary_independent_reach),
        cmocka_unit_test(test_credited_chain),
        cmocka_unit_test(test_lifted_through_via),
        cmocka_unit_test(test_yearless_dates),
        cmocka_unit_test(test_quote_names_alone),
        cmocka_unit_test(test_disagreements),
        cmocka_unit_test(test_chains),
        cmocka_unit_test(test_figure_rules),
        cmocka_unit_test(test_long_chain),
        cmocka_unit_test(test_many_figures),
    };
    int failed = cmocka_run_group_tests(alignment, NULL, NULL);
    failed += cmocka_run_group_tests(sections, sections_setup, sections_teardown);
    return failed;
}
