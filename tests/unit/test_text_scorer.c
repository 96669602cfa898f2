/*
 * test_text_scorer.c - unit tests of the learned speaker scorer of the
 * text stage (src/text/spkscore.h): the candidates and features it sees,
 * the trained weights deciding between candidates, quotes it leaves to the
 * rules, and analysis with no candidate at all.
 * Every case uses invented people and places.
 */
#include "text_fixture.h"
#include "text/spkscore.h"

/* The candidates of every quote of the last analysis (the trainer's hook). */
typedef struct seen {
    size_t quotes;
    size_t n;                    /* of the first quote */
    tx_spk_cand c[TX_SPK_MAX];
} seen;

static void look(void *user, const px_textdoc *d, size_t quote, const tx_spk_cand *c, size_t n)
{
    (void)d;
    seen *s = user;
    if (s->quotes++ == 0 && n <= TX_SPK_MAX) {
        s->n = n;
        memcpy(s->c, c, n * sizeof *c);
    }
    (void)quote;
}

static const tx_spk_cand *named(const seen *s, const char *name)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->c[i].name && strcmp(s->c[i].name, name) == 0) return &s->c[i];
    return NULL;
}

/* The first quote's speaker, with the given weights (NULL: the rules
 * alone); "-" for nobody. */
static const char *speaker_with(const float *weights, const char *text, char *out, size_t cap)
{
    an->spk_weights = weights;
    px_textdoc *d = run(text);
    an->spk_weights = tx_spk_weights;
    assert_true(d->n_quotes > 0);
    snprintf(out, cap, "%s", d->quotes[0].speaker_name ? d->quotes[0].speaker_name : "-");
    px_textdoc_free(d);
    return out;
}

/* What the features say of a person right before "said", of one named
 * only inside the quote, and of "nobody". */
static void test_candidates(void **state)
{
    (void)state;
    seen s = {0};
    an->spk_trace = look;
    an->spk_trace_user = &s;
    px_textdoc *d = run("Mara Tolliver opened the ferry office on Monday.\n\n"
                        "Ivo Penhallow said: \"Ask Jesper Quill about the timetable, "
                        "not me.\"");
    an->spk_trace = NULL;
    assert_int_equal(s.quotes, d->n_quotes);
    assert_true(s.n >= 3);
    assert_true(s.c[0].name == NULL && s.c[0].f[SF_NONE] > 0);   /* nobody comes first */
    const tx_spk_cand *ivo = named(&s, "Ivo Penhallow"), *mara = named(&s, "Mara Tolliver");
    assert_non_null(ivo);
    assert_non_null(mara);
    assert_null(named(&s, "Jesper Quill"));       /* talked about, not talking */
    assert_true(ivo->f[SF_SUBJ_BEFORE] > 0 && ivo->f[SF_SAME_SENT] > 0 &&
                ivo->f[SF_FULL_NAME] > 0 && ivo->f[SF_RULE] > 0);
    assert_true(mara->f[SF_SUBJ_BEFORE] == 0 && mara->f[SF_PREV_PARA] > 0 &&
                mara->f[SF_RULE] == 0);
    assert_true(mara->f[SF_DIST] > ivo->f[SF_DIST]);
    px_textdoc_free(d);
}

/* The weights decide: a full name before a speech verb in the quote's
 * sentence beats a name a paragraph back, whichever the rules picked;
 * equal features leave the rules' pick. */
static void test_weights_decide(void **state)
{
    (void)state;
    tx_spk_cand c[3] = {{.ent = -1}, {.ent = 0, .name = "near"}, {.ent = 1, .name = "far"}};
    c[0].f[SF_NONE] = 1;
    float *nf = c[1].f, *ff = c[2].f;
    nf[SF_DIST] = 0.3f, nf[SF_BEFORE] = 1, nf[SF_SAME_SENT] = 1, nf[SF_SAME_PARA] = 1;
    nf[SF_SUBJ_BEFORE] = nf[SF_VERB_NEAR] = nf[SF_FULL_NAME] = nf[SF_NEAREST] = 1;
    ff[SF_DIST] = 1.2f, ff[SF_BEFORE] = 1, ff[SF_PREV_PARA] = 1, ff[SF_SURNAME] = 1;
    c[0].f[SF_NONE_RULE] = 1;                    /* the rules named nobody */
    assert_int_equal(tx_spk_best(tx_spk_weights, c, 3), 1);
    /* the same two with the same features: the rules' pick stays */
    memcpy(c[2].f, c[1].f, sizeof c[1].f);
    c[0].f[SF_NONE_RULE] = 0;
    c[2].f[SF_RULE] = 1;
    assert_int_equal(tx_spk_best(tx_spk_weights, c, 3), 2);
    c[2].f[SF_RULE] = 0;
    c[1].f[SF_RULE] = 1;
    assert_int_equal(tx_spk_best(tx_spk_weights, c, 3), 1);
}

/* A partial quote after "as he puts it" with no speech verb of its own:
 * the rules name nobody, the scorer the one person of the sentence. */
static void test_partial_quote(void **state)
{
    (void)state;
    static const char *text =
        "The Copper Kettle opened in a former bank on Lune Street in May.\n\n"
        "Its owner, Teodora Halliwell-Brune, spent ten years baking in hotel kitchens "
        "before deciding, as she puts it, that she \"wanted to bake for neighbours, not "
        "for guests\".";
    char rules[64], scorer[64];
    speaker_with(NULL, text, rules, sizeof rules);
    speaker_with(tx_spk_weights, text, scorer, sizeof scorer);
    assert_string_equal(scorer, "Teodora Halliwell-Brune");
    if (strcmp(rules, scorer) == 0) fprintf(stderr, "note: the rules name her too\n");
}

/* A speaker described, not named, opening the sentence before the quote
 * ("The sender, who ..."): a candidate of its own, which the scorer
 * picks over a place named before; a word before a name is no such
 * candidate. */
static void test_described(void **state)
{
    (void)state;
    static const char *text =
        "A parcel of old maps arrived at Tarrow Library on Friday.\n\n"
        "The sender, who posted it from abroad, enclosed a note which read: "
        "\"These belong on your shelves, not in my attic.\"";
    seen s = {0};
    an->spk_trace = look;
    an->spk_trace_user = &s;
    px_textdoc *d = run(text);
    an->spk_trace = NULL;
    const tx_spk_cand *sender = named(&s, "sender");
    assert_non_null(sender);
    assert_true(sender->ent < 0 && sender->f[SF_DESCRIBED] > 0 && sender->f[SF_SENT_FIRST] > 0);
    px_textdoc_free(d);
    char got[64];
    assert_string_equal(speaker_with(tx_spk_weights, text, got, sizeof got), "sender");
    memset(&s, 0, sizeof s);
    an->spk_trace = look;
    an->spk_trace_user = &s;
    d = run("The skipper Ruth Amble said: \"We sail at dawn.\"");
    an->spk_trace = NULL;
    assert_null(named(&s, "skipper"));
    px_textdoc_free(d);
}

/* '"...?" I ask.': the writer's question stays nobody's. */
static void test_writer_stays(void **state)
{
    (void)state;
    char got[64];
    speaker_with(tx_spk_weights,
                 "Nils Ambery meets me at the lock gates.\n\n\"How many boats pass in a "
                 "day?\" I ask.\n\n\"Forty in summer,\" he says.", got, sizeof got);
    assert_string_equal(got, "-");
}

/* No candidates: a quote with no name anywhere, text with no quote, and
 * no room for candidates all analyse. */
static void test_no_candidates(void **state)
{
    (void)state;
    px_textdoc *d = run("\"The water came up to the second step and then it stopped,\" "
                        "one resident said.");
    assert_int_equal(d->n_quotes, 1);
    px_textdoc_free(d);
    d = run("The bridge reopened on Tuesday after repairs.");
    assert_int_equal(d->n_quotes, 0);
    px_textdoc_free(d);
    d = run("");
    assert_int_equal(d->n_quotes, 0);
    px_textdoc_free(d);
    d = run("Rosa Leng said the road would reopen in June.");
    tx_spk_cand c[1];
    tx_work w = {.an = an, .ctx = ctx, .d = (tx_doc *)d};
    actx a = {&w, d, d->text};
    assert_true(d->n_quotes > 0);
    assert_int_equal(tx_spk_candidates(&a, &d->quotes[0], NULL, NULL, c, 1), 0);
    assert_int_equal(tx_spk_best(tx_spk_weights, c, 0), 0);
    px_textdoc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_candidates),     cmocka_unit_test(test_weights_decide),
        cmocka_unit_test(test_partial_quote),  cmocka_unit_test(test_writer_stays),
        cmocka_unit_test(test_described),
        cmocka_unit_test(test_no_candidates),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
