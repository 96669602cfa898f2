/* test_store.c - the store through the public API: adding, deduplicating,
 * stories, reuse links, renderings, search, and the error paths (files that
 * are not stores, newer schemas, corrupt rows, read-only use). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "parallax.h"

typedef struct fixture {
    char dir[64];
    char path[128];
    px_ctx *ctx;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/pxstoreXXXXXX");
    if (!mkdtemp(f->dir)) return -1;
    snprintf(f->path, sizeof f->path, "%s/t.db", f->dir);
    f->ctx = px_ctx_new();
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    char cmd[200];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", f->dir);
    if (system(cmd) != 0) return -1;
    px_ctx_free(f->ctx);
    free(f);
    return 0;
}

static px_article *article(const char *site, const char *title, const char *date, const char *text)
{
    px_article *a = px_article_new();
    px_article_set(a, "site", site);
    px_article_set(a, "title", title);
    px_article_set(a, "date", date);
    px_article_set(a, "language", "en");
    px_article_set_text(a, text, strlen(text));
    return a;
}

static const char wire[] =
    "The regional council of Norvik voted on Thursday to close the old Kessel bridge to all traffic "
    "after engineers found corrosion in three of its steel supports.\n\n"
    "\"We cannot take any risk with people's lives,\" said council leader Hanna Brek, adding that "
    "a ferry service would start on Monday.\n\n"
    "The bridge carries about 12,000 vehicles a day between Norvik and the island town of Saltby. "
    "Repairs are expected to take at least eight months and to cost 40 million crowns.\n\n"
    "Local businesses in Saltby warned that the closure would cut their trade by half during the summer season.";

static const char other[] =
    "The Lindholm orchestra announced its new season on Tuesday, with twelve concerts planned in the "
    "restored opera house and a festival of chamber music in August.\n\n"
    "\"We wanted a season that brings young audiences back,\" said conductor Ilka Sorn, who joined the "
    "orchestra two years ago.\n\n"
    "Tickets go on sale in May, and students will pay half price for every concert.";

static void add_ok(fixture *f, px_store *s, px_article *a, const char *path, px_add_result *r)
{
    px_status rc = px_store_add(f->ctx, s, a, path, r);
    if (rc != PX_OK) fail_msg("px_store_add: %s", px_errmsg(f->ctx));
}

static void test_add_dedup_story_reuse(void **state)
{
    fixture *f = *state;
    px_store *s;
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_article *a1 = article("Norvik Post", "Kessel bridge closed", "2025-04-03", wire);
    px_article *a2 = article("Saltby News", "Council shuts Kessel bridge", "2025-04-03T15:00:00Z", wire);
    px_article *a3 = article("Arts Weekly", "Orchestra season", "2025-04-01", other);
    px_add_result r1, r2, r3, again;
    add_ok(f, s, a1, "a1.html", &r1);
    add_ok(f, s, a2, "a2.html", &r2);
    add_ok(f, s, a3, "a3.html", &r3);
    assert_true(r1.added && r2.added && r3.added);
    assert_int_equal(r1.story_id, r2.story_id);      /* the same wire story */
    assert_int_not_equal(r1.story_id, r3.story_id);
    add_ok(f, s, a1, "elsewhere/a1-copy.html", &again);  /* same site, title, text */
    assert_false(again.added);
    assert_int_equal(again.article_id, r1.article_id);

    char *json;
    assert_int_equal(px_story_render(f->ctx, s, r1.story_id, PX_RENDER_JSON, &json), PX_OK);
    /* verbatim wire copy: a duplicate link, origin the earlier day-equal/first stored */
    char want[128];
    snprintf(want, sizeof want, "\"origin\":%lld,\"derived\":%lld,\"kind\":\"duplicate\"",
             (long long)r1.article_id, (long long)r2.article_id);
    assert_non_null(strstr(json, want));
    assert_non_null(strstr(json, "\"speaker\":\"Hanna Brek\""));
    free(json);

    int64_t big;
    assert_int_equal(px_story_biggest(f->ctx, s, &big), PX_OK);
    assert_int_equal(big, r1.story_id);
    assert_int_equal(px_stories_json(f->ctx, s, &json), PX_OK);
    assert_non_null(strstr(json, "\"path\":\"a3.html\""));
    free(json);
    assert_int_equal(px_search_json(f->ctx, s, "corrosion", 10, &json), PX_OK);
    assert_non_null(strstr(json, "\"snippet\""));
    free(json);
    /* an FTS5 syntax error is the caller's query, named in the message */
    assert_int_equal(px_search_json(f->ctx, s, "\"unbalanced", 10, &json), PX_INVALID);
    assert_non_null(strstr(px_errmsg(f->ctx), "unbalanced"));
    assert_int_equal(px_story_render(f->ctx, s, 999, PX_RENDER_TEXT, &json), PX_NOTFOUND);
    assert_non_null(strstr(px_errmsg(f->ctx), "999"));

    px_article *empty = px_article_new();
    assert_int_equal(px_store_add(f->ctx, s, empty, "empty.html", &again), PX_EMPTY);
    assert_non_null(strstr(px_errmsg(f->ctx), "empty.html"));
    px_article_free(empty);
    px_article_free(a1);
    px_article_free(a2);
    px_article_free(a3);
    px_store_close(s);

    /* reopen: the engine state persists, the next wire copy joins the story */
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_article *a4 = article("Island Radio", "Bridge closure", "2025-04-04", wire);
    px_add_result r4;
    add_ok(f, s, a4, "a4.html", &r4);
    assert_int_equal(r4.story_id, r1.story_id);
    px_article_free(a4);
    px_store_close(s);
}

/* A story started by an article without a headline takes the title of
 * the first titled article that joins it. */
static void test_story_title_later(void **state)
{
    fixture *f = *state;
    px_store *s;
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_article *a1 = article("Norvik Post", NULL, "2025-04-03", wire);
    px_article *a2 = article("Saltby News", "Council shuts Kessel bridge", "2025-04-03", wire);
    px_add_result r1, r2;
    add_ok(f, s, a1, "a1.txt", &r1);
    add_ok(f, s, a2, "a2.html", &r2);
    assert_int_equal(r1.story_id, r2.story_id);
    char *json;
    assert_int_equal(px_stories_json(f->ctx, s, &json), PX_OK);
    assert_non_null(strstr(json, "\"title\":\"Council shuts Kessel bridge\",\"articles\""));
    free(json);
    px_article_free(a1);
    px_article_free(a2);
    px_store_close(s);
}

static void test_renderings(void **state)
{
    fixture *f = *state;
    px_store *s;
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    const char *evil_text =
        "Protesters gathered outside the town hall of Vessby on Friday <script>alert(1)</script> "
        "and <img src=x onerror=alert(2)> demanded a vote on the new harbour plan.\n\n"
        "\"We will be back every week,\" said organiser Tove Lind, adding that 300 people took part.";
    px_article *a = article("Vessby Times", "Protest <b>at</b> town hall", "2025-02-02", evil_text);
    px_add_result r;
    add_ok(f, s, a, "evil.html", &r);
    px_render hows[] = {PX_RENDER_TEXT, PX_RENDER_JSON, PX_RENDER_MARKDOWN, PX_RENDER_HTML};
    for (int i = 0; i < 4; i++) {
        char *out;
        assert_int_equal(px_story_render(f->ctx, s, r.story_id, hows[i], &out), PX_OK);
        assert_true(strlen(out) > 100);
        if (hows[i] == PX_RENDER_HTML) {
            assert_null(strstr(out, "<script>"));
            assert_null(strstr(out, "<img src=x"));
            assert_null(strstr(out, "<b>at</b>"));
            assert_non_null(strstr(out, "&lt;script&gt;"));
        }
        free(out);
    }
    px_article_free(a);
    px_store_close(s);
}

static void test_open_errors(void **state)
{
    fixture *f = *state;
    px_store *s = NULL;
    char p[200];
    /* read-only open of a missing store: not found, and nothing created */
    snprintf(p, sizeof p, "%s/missing.db", f->dir);
    assert_int_not_equal(px_store_open(f->ctx, p, 1, &s), PX_OK);
    assert_null(s);
    assert_int_not_equal(access(p, F_OK), 0);
    /* a text file is not a store */
    snprintf(p, sizeof p, "%s/text.db", f->dir);
    FILE *fp = fopen(p, "w");
    fputs("this is a plain text file, not an SQLite database, and it is long enough.\n", fp);
    fclose(fp);
    assert_int_not_equal(px_store_open(f->ctx, p, 0, &s), PX_OK);
    assert_non_null(strstr(px_errmsg(f->ctx), "text.db"));
    /* a store from a newer parallax is refused, not damaged */
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_store_close(s);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "PRAGMA user_version=999", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_UNSUPPORTED);
    assert_non_null(strstr(px_errmsg(f->ctx), "999"));
    assert_int_not_equal(px_store_open(f->ctx, f->path, 1, &s), PX_OK);
    assert_int_equal(px_store_open(f->ctx, "", 0, &s), PX_INVALID);
}

static void test_corrupt_story_row(void **state)
{
    fixture *f = *state;
    px_store *s;
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_article *a = article("Norvik Post", "Kessel bridge closed", "2025-04-03", wire);
    px_add_result r;
    add_ok(f, s, a, "a.html", &r);
    px_store_close(s);
    sqlite3 *db;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_exec(db, "UPDATE stories SET vector_sum=x'0102030405'", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_article *b = article("Arts Weekly", "Orchestra season", "2025-04-01", other);
    /* the engine cannot load: a clear error, and what is stored stays */
    assert_int_equal(px_store_add(f->ctx, s, b, "b.html", &r), PX_CORRUPT);
    assert_non_null(strstr(px_errmsg(f->ctx), "corrupt"));
    char *json;
    assert_int_equal(px_stories_json(f->ctx, s, &json), PX_OK);
    assert_non_null(strstr(json, "a.html"));
    assert_null(strstr(json, "b.html"));
    free(json);
    px_article_free(a);
    px_article_free(b);
    px_store_close(s);
}

static void test_readonly_refuses_writes(void **state)
{
    fixture *f = *state;
    px_store *s;
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_store_close(s);
    assert_int_equal(px_store_open(f->ctx, f->path, 1, &s), PX_OK);
    px_article *a = article("Norvik Post", "Kessel bridge closed", "2025-04-03", wire);
    px_add_result r;
    assert_int_equal(px_store_add(f->ctx, s, a, "a.html", &r), PX_INVALID);
    px_article_free(a);
    px_store_close(s);
}

/* Two fictional fires told alike around different names: reports of the
 * Dunmarrow mill (even i) and the Halvik plant (odd i), alternating. */
static const char *const mill[] = {
    "Fire crews fought a blaze at the Korvel paper mill in Dunmarrow on Tuesday.",
    "Dunmarrow mayor Elsa Brint said 14 workers left the Korvel mill safely.",
    "Smoke from the Korvel mill drifted over the Dunmarrow harbour for hours.",
    "The Korvel mill has made paper in Dunmarrow since 1958.",
    "Elsa Brint thanked the Dunmarrow fire brigade for its quick work.",
    "Korvel owner Piet Landa said the Dunmarrow mill would reopen within a month.",
    "Trains between Dunmarrow and Orsk were stopped near the Korvel mill."};
static const char *const plant[] = {
    "Fire crews fought a blaze at the Tessary textile plant in Halvik on Tuesday.",
    "Halvik council leader Omar Quist said 31 workers left the Tessary plant safely.",
    "Smoke from the Tessary plant closed the Halvik ring road for hours.",
    "The Tessary plant has woven cloth in Halvik since 1972.",
    "Omar Quist praised the Halvik volunteers who helped the firefighters.",
    "Tessary chief Mona Reel said the Halvik plant would stay shut until May.",
    "Buses from Halvik to Brenna were sent around the Tessary plant."};
static const char *const fire_common[] = {
    "Firefighters said the blaze started in a storage hall and spread to the roof.",
    "Investigators will examine the cause of the fire once the site is safe.",
    "Residents were told to keep windows closed while the smoke cleared.",
    "No one was taken to hospital, the fire service said."};

static void add_fire(fixture *f, px_store *s, int which, int i, px_add_result *r)
{
    const char *const *own = which ? plant : mill;
    char text[1024], title[64], path[32], date[16];
    snprintf(text, sizeof text, "%s %s %s %s %s", own[i], own[(i + 1) % 7], own[(i + 3) % 7],
             fire_common[i % 4], fire_common[(i + 1) % 4]);
    snprintf(title, sizeof title, "%s fire report %d", which ? "Halvik" : "Dunmarrow", i);
    snprintf(path, sizeof path, "%s%d", which ? "plant" : "mill", i);
    snprintf(date, sizeof date, "2031-03-0%d", 1 + i % 3);
    px_article *a = article(which ? "Halvik Herald" : "Dunmarrow Daily", title, date, text);
    add_ok(f, s, a, path, r);
    px_article_free(a);
}

/* A story that splits in the store: the Halvik reports move to a new
 * story that records where it came from, both ids stay resolvable and
 * say so, and after reopening (the engine reloaded from the tables) a
 * later Halvik report joins the split-off story. */
static void test_split_recorded(void **state)
{
    fixture *f = *state;
    px_store *s;
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_add_result r[13];
    for (int k = 0; k < 13; k++) add_fire(f, s, k % 2, k / 2, &r[k]);
    int64_t old = r[0].story_id, split = r[12 - 1].story_id;
    assert_int_not_equal(old, split);
    sqlite3 *db;   /* the rows as stored, beside the open store (WAL) */
    sqlite3_stmt *st;
    assert_int_equal(sqlite3_open(f->path, &db), SQLITE_OK);
    assert_int_equal(sqlite3_prepare_v2(db, "SELECT story_id FROM articles WHERE id=?", -1, &st, NULL),
                     SQLITE_OK);
    for (int k = 0; k < 13; k++) {
        sqlite3_bind_int64(st, 1, r[k].article_id);
        assert_int_equal(sqlite3_step(st), SQLITE_ROW);
        assert_int_equal(sqlite3_column_int64(st, 0), k % 2 ? split : old);   /* moved ones too */
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    int64_t from, *off, cur;
    size_t n;
    assert_int_equal(px_story_lineage(f->ctx, s, old, &from, &off, &n), PX_OK);
    assert_int_equal(from, 0);
    assert_int_equal(n, 1);
    assert_int_equal(off[0], split);
    free(off);
    assert_int_equal(px_story_lineage(f->ctx, s, split, &from, &off, &n), PX_OK);
    assert_int_equal(from, old);
    assert_int_equal(n, 0);
    free(off);
    assert_int_equal(px_story_resolve(f->ctx, s, old, &cur), PX_OK);
    assert_int_equal(cur, old);
    assert_int_equal(px_story_resolve(f->ctx, s, split, &cur), PX_OK);
    assert_int_equal(cur, split);
    char *json;
    assert_int_equal(px_stories_json(f->ctx, s, &json), PX_OK);
    char want[64];
    snprintf(want, sizeof want, "{\"id\":%lld,", (long long)split);
    assert_non_null(strstr(json, want));
    free(json);
    px_store_close(s);
    assert_int_equal(px_store_open(f->ctx, f->path, 0, &s), PX_OK);
    px_add_result later;
    add_fire(f, s, 1, 6, &later);
    assert_int_equal(later.story_id, split);
    add_fire(f, s, 0, 6, &later);   /* a mill report already came as 6: this is a copy */
    assert_int_equal(later.story_id, old);
    px_store_close(s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_add_dedup_story_reuse, setup, teardown),
        cmocka_unit_test_setup_teardown(test_story_title_later, setup, teardown),
        cmocka_unit_test_setup_teardown(test_renderings, setup, teardown),
        cmocka_unit_test_setup_teardown(test_open_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_corrupt_story_row, setup, teardown),
        cmocka_unit_test_setup_teardown(test_readonly_refuses_writes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_split_recorded, setup, teardown),
    };
    return cmocka_run_group_tests_name("store", tests, NULL, NULL);
}
