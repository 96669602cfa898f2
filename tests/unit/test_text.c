/*
 * test_text.c - unit tests of the text stage: sentences, tokens, stems,
 * stopwords, entities, direct and indirect quotes with speakers, hostile
 * input, and a check against the seed articles (skipped without shared/).
 * All quote cases use invented people and organisations.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>
#include <unicode/utext.h>

#include "text/text_int.h"
#include "text_fixture.h"

static void test_sentences(void **state)
{
    (void)state;
    px_textdoc *d = run("Dr. Jane Okoro met Mr. Tal Brenner in the U.S. Army "
                        "base on Jan. 5 at No. 10 Elm Road. J. K. Marlow was "
                        "there too. It rained.\n\nA new paragraph starts here");
    assert_int_equal(d->n_sentences, 4);
    assert_int_equal(d->sentences[3].paragraph, 1);
    assert_true(strncmp(d->text + d->sentences[1].start, "J. K. Marlow", 12) == 0);
    px_textdoc_free(d);
    d = run("He moved to the U.S. The move was quick.");
    assert_int_equal(d->n_sentences, 2);
    px_textdoc_free(d);
    /* a day number before a month goes on; before other words it may end */
    d = run("Am 17. Juni, am 3. Mär. und am 1. Oktober kam sie. Er lief 17. Danach ruhte er. "
            "Er wurde 3. Sie jubelte.");
    assert_int_equal(d->n_sentences, 5);
    px_textdoc_free(d);
}

static const px_token *find_tok(const px_textdoc *d, const char *norm)
{
    for (size_t i = 0; i < d->n_tokens; i++)
        if (strcmp(d->tokens[i].norm, norm) == 0) return &d->tokens[i];
    return NULL;
}

static void test_tokens(void **state)
{
    (void)state;
    px_textdoc *d = run("The agency reported 1,200 cases, up 8% to $5 or 3.5 "
                        "times the long-term rate; reporting continues.");
    const px_token *a = find_tok(d, "reported"), *b = find_tok(d, "reporting");
    assert_non_null(a);
    assert_non_null(b);
    assert_string_equal(a->stem, b->stem);
    assert_true(a->stem_hash == b->stem_hash);
    assert_non_null(find_tok(d, "1200"));
    assert_non_null(find_tok(d, "8%"));
    assert_non_null(find_tok(d, "$5"));
    assert_non_null(find_tok(d, "3.5"));
    assert_non_null(find_tok(d, "long-term"));
    assert_true(find_tok(d, "the")->flags & PX_TOK_STOP);
    assert_true(d->tokens[0].flags & PX_TOK_SENT_START);
    assert_true(d->tokens[0].flags & PX_TOK_CAP);
    px_textdoc_free(d);
    d = run("ＴＨＥ Café’s");
    assert_string_equal(d->tokens[0].norm, "the");
    assert_string_equal(d->tokens[1].norm, "café's");
    px_textdoc_free(d);
}

static void test_stopwords(void **state)
{
    (void)state;
    assert_true(tx_stopwords_sorted());
    assert_true(px_is_stopword("en", "the"));
    assert_true(px_is_stopword(NULL, "and"));
    assert_false(px_is_stopword("en", "ministry"));
    assert_true(px_is_stopword("de", "und"));
    assert_true(px_is_stopword("fr", "les"));
    assert_true(px_is_stopword("es", "los"));
    assert_false(px_is_stopword("en", ""));
}

/* With no language given, the one with the most function words. */
static void test_guess_lang(void **state)
{
    (void)state;
    static const struct { const char *lang, *text; } docs[] = {
        {"en", "The mayor said that the bridge would open in the spring and that it was safe."},
        {"de", "Der Bürgermeister sagte, dass die Brücke im Frühjahr öffnen wird und sicher ist."},
        {"fr", "Le maire a dit que le pont ouvrira au printemps et qu'il est sûr pour tous."},
        {"es", "El alcalde dijo que el puente se abrirá en la primavera y que es seguro para todos."},
        {"it", "Il sindaco ha detto che il ponte sarà aperto in primavera e che non ci sono rischi per chi lo usa."},
        {"pt", "O prefeito disse que a ponte vai abrir na primavera e que não há riscos para quem a usa."},
        {"pl", "Burmistrz powiedział, że most zostanie otwarty wiosną i że nie jest to niebezpieczne dla nikogo."},
        {"nl", "De burgemeester zei dat de brug in het voorjaar open gaat en dat het niet gevaarlijk is voor wie er loopt."},
    };
    for (size_t i = 0; i < sizeof docs / sizeof *docs; i++) {
        px_textdoc *d = NULL;
        assert_int_equal(px_analyze(an, ctx, docs[i].text, strlen(docs[i].text), NULL, &d), PX_OK);
        if (strcmp(d->lang, docs[i].lang) != 0)
            fprintf(stderr, "guess: want %s got %s\n", docs[i].lang, d->lang);
        assert_string_equal(d->lang, docs[i].lang);
        px_textdoc_free(d);
    }
    assert_true(px_is_stopword("nl", "het"));
    assert_true(px_is_stopword("pl", "się"));
}

static const px_entity *ent(const px_textdoc *d, const char *name)
{
    for (size_t i = 0; i < d->n_entities; i++)
        if (strcmp(d->entities[i].name, name) == 0) return &d->entities[i];
    return NULL;
}

/* Places told by the words around them: a dateline naming a region, an
 * apposition that describes a place, a settlement noun beside the name,
 * where someone travels. */
static const px_entity *kind_is(const px_textdoc *d, const char *name, px_entity_kind kind)
{
    const px_entity *e = ent(d, name);
    if (!e) fail_msg("no entity '%s'", name);
    if (e->kind != kind) fail_msg("'%s' has kind %d, not %d", name, (int)e->kind, (int)kind);
    return e;
}

static void test_place_kinds(void **state)
{
    (void)state;
    px_textdoc *d = run(
        "KELMARSH, Ostravia, May 2 (Wire) - Floods hit the coast.\n\n"
        "Dunvale, a port city of 90,000 people, was cut off. Families in the "
        "Brackley district left their homes. The mayor of the town of Orrin "
        "Falls made a visit to Tessany on Friday. Ferries to Fenwick Isle crossed "
        "Kestrel Sound again.");
    static const char *const places[] = {"KELMARSH", "Ostravia", "Dunvale", "Brackley",
                                         "Orrin Falls", "Tessany", "Fenwick Isle", "Kestrel Sound"};
    for (size_t i = 0; i < sizeof places / sizeof *places; i++)
        kind_is(d, places[i], PX_ENT_PLACE);
    assert_null(ent(d, "Dunvale")->role);     /* not a person's apposition */
    px_textdoc_free(d);
    /* a person's apposition stays one */
    d = run("Mara Quist, a researcher at the port, said the water rose.");
    kind_is(d, "Mara Quist", PX_ENT_PERSON);
    px_textdoc_free(d);
}

/* Words that only look like names: a preposition opening a sentence
 * before a name, region adjectives before a noun; and a place told by
 * "-based". */
static void test_not_names(void **state)
{
    (void)state;
    px_textdoc *d = run(
        "Given Velmar Bank's losses, the talks stalled, Ana Lind said. "
        "Despite Oren Dahl's objection, the vote went ahead.\n\n"
        "Western diplomats said little. A fellow of East Asian studies "
        "spoke. Nordic investors waited. The Arab League met.\n\n"
        "What Tessany says matters, staff at the Tessany-based Harlow "
        "Institute said.\n\n"
        "Ola Dunn said, \u201cMeaningful talks can start,\u201d after VELCO\u2019s "
        "offer. VELCO said nothing.");
    kind_is(d, "Velmar Bank", PX_ENT_ORG);
    kind_is(d, "Oren Dahl", PX_ENT_PERSON);
    assert_null(ent(d, "Given Velmar Bank"));
    assert_null(ent(d, "Despite Oren Dahl"));
    assert_null(ent(d, "Western"));
    assert_null(ent(d, "East Asian"));
    assert_null(ent(d, "Nordic"));
    kind_is(d, "Arab League", PX_ENT_ORG);
    kind_is(d, "Tessany", PX_ENT_PLACE);    /* not the person "says" makes */
    assert_null(ent(d, "Meaningful"));          /* a quote's first word */
    kind_is(d, "VELCO", PX_ENT_ORG);            /* capitals past a possessive; "said" */
    px_textdoc_free(d);
}

/* A city used for its government, with no word around it to place it,
 * is a place all the same (ICU's zone cities, US states); a feast is not,
 * and a person with a first name stays one. */
static void test_city_places(void **state)
{
    (void)state;
    px_textdoc *d = run(
        "Moscow will continue to support Korvath, officials in Mexico City "
        "believe. Talks with Seoul stalled before Christmas. Ana Paris said so. "
        "What Washington says matters, she added.");
    kind_is(d, "Moscow", PX_ENT_PLACE);
    kind_is(d, "Mexico City", PX_ENT_PLACE);
    kind_is(d, "Seoul", PX_ENT_PLACE);
    kind_is(d, "Ana Paris", PX_ENT_PERSON);
    kind_is(d, "Washington", PX_ENT_PLACE);   /* a US state, from iso-codes */
    const px_entity *x = ent(d, "Christmas");
    assert_true(!x || x->kind != PX_ENT_PLACE);
    px_textdoc_free(d);
}

static void test_entities(void **state)
{
    (void)state;
    px_textdoc *d = run(
        "Talia Brennick, a researcher at the Northfield Institute of Ocean "
        "Studies, met Brazilian and Kenyan officials on Monday. Later, "
        "Brennick visited the Ministry of Coastal Affairs in Qorvath. "
        "Professor Oren Vask of Lindell University joined them, the Harbor "
        "Times reported. Vask said the talks in France went well.");
    const px_entity *e = ent(d, "Talia Brennick");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PERSON);
    assert_non_null(e->role);
    assert_true(strstr(e->role, "a researcher at") == e->role);
    assert_int_equal(e->count, 2);             /* "Brennick" joins it */
    assert_non_null(ent(d, "Brazil"));
    assert_int_equal(ent(d, "Brazil")->kind, PX_ENT_PLACE);
    assert_non_null(ent(d, "Kenya"));
    assert_non_null(ent(d, "France"));
    assert_int_equal(ent(d, "Ministry of Coastal Affairs")->kind, PX_ENT_ORG);
    assert_int_equal(ent(d, "Lindell University")->kind, PX_ENT_ORG);
    assert_int_equal(ent(d, "Harbor Times")->kind, PX_ENT_MEDIA);
    e = ent(d, "Oren Vask");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PERSON);
    assert_int_equal(e->count, 2);
    assert_null(ent(d, "Later"));
    assert_int_equal(ent(d, "Qorvath")->kind, PX_ENT_PLACE);
    px_textdoc_free(d);

    /* "and" joins a firm before its legal form, never two people; name
     * particles stay inside a name; an "of" title runs to the name */
    d = run("Lena Osk and Nils Wahl left Osk and Wahl LLP on Friday. Their "
            "clerk, Joost van Rell, stayed. The Minister of Fisheries Ada "
            "Brunn said nothing.");
    assert_non_null(ent(d, "Lena Osk"));
    assert_non_null(ent(d, "Nils Wahl"));
    assert_non_null(ent(d, "Osk and Wahl LLP"));
    assert_int_equal(ent(d, "Osk and Wahl LLP")->kind, PX_ENT_ORG);
    assert_non_null(ent(d, "Joost van Rell"));
    assert_non_null(ent(d, "Ada Brunn"));
    /* a role before the name, set off by commas */
    e = ent(d, "Joost van Rell");
    assert_non_null(e);
    assert_non_null(e->role);
    assert_string_equal(e->role, "Their clerk");
    px_textdoc_free(d);
    /* "and" between common nouns of an organisation's name (the text
     * writes "fire" in lower case too), never before a firm's own name */
    d = run("The fire spread fast. Crews of Kelby Fire and Rescue Service "
            "arrived. Ola Brandt and Kelby Chemicals agreed on a plan.");
    assert_non_null(ent(d, "Kelby Fire and Rescue Service"));
    assert_int_equal(ent(d, "Kelby Fire and Rescue Service")->kind, PX_ENT_ORG);
    assert_non_null(ent(d, "Ola Brandt"));
    assert_non_null(ent(d, "Kelby Chemicals"));
    px_textdoc_free(d);
    d = run("The next day, Hilde Marr said nothing. The port's harbour "
            "master, Egil Dorn, said more.");
    assert_null(ent(d, "Hilde Marr")->role);
    assert_string_equal(ent(d, "Egil Dorn")->role, "The port's harbour master");
    px_textdoc_free(d);
    /* months and weekdays of the document's language are never names,
     * but a capitalised Spanish weekday mid-sentence is one */
    static const struct { const char *lang, *text, *name; bool is_entity; } time_words[] = {
        {"de", "Am Montag, dem 17. Juni, sprach Hilde Marr in Kelbra.", "Juni", false},
        {"de", "Am Montag, dem 17. Juni, sprach Hilde Marr in Kelbra.", "Montag", false},
        {"de", "Am Montag, dem 17. Juni, sprach Hilde Marr in Kelbra.", "Hilde Marr", true},
        {"es", "El lunes cantó Ramón Domingo en Lunel.", "Ramón Domingo", true},
    };
    for (size_t i = 0; i < sizeof time_words / sizeof *time_words; i++) {
        const char *t = time_words[i].text;
        assert_int_equal(px_analyze(an, ctx, t, strlen(t), time_words[i].lang, &d), PX_OK);
        assert_int_equal(ent(d, time_words[i].name) != NULL, time_words[i].is_entity);
        px_textdoc_free(d);
    }
}

/* ------------------------------------------------------------ quotes */

static const qcase qcases[] = {
    /* 1 X said, "..." */
    {"Mara Ellison said, \"The bridge will open next spring after repairs.\"",
     "The bridge will open", "Mara Ellison", PX_QUOTE_DIRECT},
    /* 2 "...," X said */
    {"\"We expect higher water levels this year,\" Ivo Branten said.",
     "We expect higher water", "Ivo Branten", PX_QUOTE_DIRECT},
    /* 3 "...," said X, a researcher at Y */
    {"\"The data show a steady decline,\" said Petra Lomax, a researcher at "
     "the Vell Institute.", "The data show", "Petra Lomax", PX_QUOTE_DIRECT},
    /* 4 X added: "..." */
    {"Kofi Darrow added: \"Nobody saw this coming in the harbour.\"",
     "Nobody saw this", "Kofi Darrow", PX_QUOTE_DIRECT},
    /* 5 curly quotes, "..." — X */
    {"“Prices will not fall before winter” — Lena Marsh",
     "Prices will not fall", "Lena Marsh", PX_QUOTE_DIRECT},
    /* 6 split quote joined */
    {"“The plan is sound,” Anders Kell said, “but the money is late.”",
     "The plan is sound but the money is late.", "Anders Kell",
     PX_QUOTE_DIRECT},
    /* 7 pronoun speaker after a full name */
    {"Rhea Tamsin runs the port. \"Ships arrive every single hour now,\" she "
     "said.", "Ships arrive every", "Rhea Tamsin", PX_QUOTE_DIRECT},
    /* 8 surname only -> full name */
    {"Gideon Fairweather leads the council. \"The vote is close and tense,\" "
     "Fairweather said.", "The vote is close", "Gideon Fairweather",
     PX_QUOTE_DIRECT},
    /* 9 role-only speaker */
    {"\"The ministry will review every single case,\" a spokesperson for the "
     "ministry said.", "The ministry will review", "a spokesperson",
     PX_QUOTE_DIRECT},
    /* 10 document speaker */
    {"\"All members shall meet twice a year in the capital,\" the document "
     "read.", "All members shall meet", "the document", PX_QUOTE_DIRECT},
    /* 11 media speaker */
    {"\"Harvests fell sharply across the valley,\" the Lantern Post reported.",
     "Harvests fell sharply", "Lantern Post", PX_QUOTE_DIRECT},
    /* 12 according to X, "..." */
    {"According to Selma Ruud, \"the tunnel was never properly inspected.\"",
     "the tunnel was never", "Selma Ruud", PX_QUOTE_DIRECT},
    /* 13 told Y that "..." */
    {"Bram Osei told the Lantern Post that \"the tariffs will hurt small "
     "farms first.\"", "the tariffs will hurt", "Bram Osei", PX_QUOTE_DIRECT},
    /* 14 participle continues the speaker */
    {"Nadia Ferro said, “Costs doubled in a year,” adding, “We cannot keep "
     "up with them.”", "Costs doubled in a year \xE2\x80\xA6 We cannot", "Nadia Ferro",
     PX_QUOTE_DIRECT},
    /* 15 title before name, title word stripped from the name */
    {"Professor Hal Ingram warned, \"The glacier is retreating faster than "
     "models say.\"", "The glacier is retreating", "Hal Ingram",
     PX_QUOTE_DIRECT},
    /* 16 nested single quotes stay inside */
    {"\"They called it 'a small delay' but it lasted months,\" Uma Castell "
     "said.", "They called it 'a small delay' but", "Uma Castell",
     PX_QUOTE_DIRECT},
    /* 17 quote over two paragraphs */
    {"Tomas Reyne said the storm was unusual.\n\n\"The wind came from the "
     "east for three days.\n\n\"Then it simply stopped,\" Reyne said.",
     "The wind came from the east for three days. Then it simply stopped",
     "Tomas Reyne", PX_QUOTE_DIRECT},
    /* 17b ... also when it opens after another quote in its first line */
    {"\"We lost power at noon,\" Ines Pardo said. \"The pumps stopped and "
     "the water rose.\n\n\"By night the street was a river.\"",
     "The pumps stopped and the water rose. By night", "Ines Pardo",
     PX_QUOTE_DIRECT},
    /* 18 verb before name: said X */
    {"\"The museum will reopen in March,\" said curator Aldo Pinter.",
     "The museum will reopen", "Aldo Pinter", PX_QUOTE_DIRECT},
    /* 18b a role phrase of plain nouns before the name */
    {"\"We cannot take any risk with the ferry,\" said council leader Hanna Brek, "
     "adding that repairs start soon.", "We cannot take any risk", "Hanna Brek", PX_QUOTE_DIRECT},
    /* 18b' a title holding other capitalised words ends at its last title word */
    {"\"The pumps held all night,\" said Chief Fire Officer Brona Tesk.",
     "The pumps held", "Brona Tesk", PX_QUOTE_DIRECT},
    /* 18c a function word after the verb is not a role: the speaker is earlier */
    {"Olle Varga said that \"the harbour needs a new crane before the winter.\"",
     "the harbour needs", "Olle Varga", PX_QUOTE_DIRECT},
    /* 19 he after a person in the previous sentence */
    {"Jonah Weil studied the river for decades. \"It has never been this "
     "low,\" he noted.", "It has never been", "Jonah Weil", PX_QUOTE_DIRECT},
    /* 20 line-initial quote continues the previous speaker */
    {"\"The first results are good,\" said Iris Calder.\n\"The second batch "
     "arrives in June.\"", "The second batch arrives", "Iris Calder",
     PX_QUOTE_DIRECT},
    /* 21 guillemets */
    {"Pia Norden said: «The harbour project is finished now.»",
     "The harbour project", "Pia Norden", PX_QUOTE_DIRECT},
    /* 21a guillemets the German way, »so«: the text's first one opens */
    {"The lift stays shut.\n\n»We will open again when we know what happened«, "
     "said the director, Reto Imhof. »Not before.«",
     "We will open again when", "Reto Imhof", PX_QUOTE_DIRECT},
    /* 21b a legal form ends a firm's name: "Lumo Rail AG" is not a person's
     * letters after a name, so the name after it speaks */
    {"“We will open,” said the managing director of Lumo Rail AG, Reto Imhof, "
     "at a press conference.", "We will open", "Reto Imhof", PX_QUOTE_DIRECT},
    /* 22 single quotes, clearly attributed */
    {"Ravi Solberg said: ‘We will appeal the ruling next week.’",
     "We will appeal", "Ravi Solberg", PX_QUOTE_DIRECT},
    /* 23 X emphasized, "..." with apposition */
    {"Mina Oduya, director of the Calder Water Agency, emphasized, \"Every "
     "household must save water.\"", "Every household must", "Mina Oduya",
     PX_QUOTE_DIRECT},
    /* 24 media subject of cited/reported */
    {"The Evening Courier cited local officials and reported, \"Three roads "
     "remain closed after the flood.\"", "Three roads remain", "Evening Courier",
     PX_QUOTE_DIRECT},
    /* 24b age apposition, then a relative clause before the verb */
    {"Baker Iona Skeld, 58, said: \"The oven failed twice before dawn.\"",
     "The oven failed", "Iona Skeld", PX_QUOTE_DIRECT},
    {"A witness, who asked not to be named, told the Vell Courier: \"The "
     "lorry never slowed down.\"", "The lorry never", "A witness", PX_QUOTE_DIRECT},
    /* 24c a name inside a quote is not who "she" is */
    {"Coach Runa Dahl was calm. \"Tove,\" she said, \"played the game of her "
     "life.\"", "Tove played the game", "Runa Dahl", PX_QUOTE_DIRECT},
    /* 24d "the minister" is the person given that title */
    {"The Minister of Fisheries Ada Brunn spoke in the port. \"Quotas will "
     "rise next year,\" the minister said.", "Quotas will rise", "Ada Brunn",
     PX_QUOTE_DIRECT},
    /* 24e a short partial quote closing an attributed sentence */
    {"Judge Omar Teel said the inquiry had been \"a paper exercise\".",
     "a paper exercise", "Omar Teel", PX_QUOTE_DIRECT},
    /* 24f short single-quoted words with a clear attribution */
    {"'We're done,' said skipper Ola Berg.", "We're done", "Ola Berg",
     PX_QUOTE_DIRECT},
    /* 24f' plural possessives inside single quotes are apostrophes */
    {"Union boss Kath Ellery said: ‘The workers’ union will not accept "
     "this. Our members’ patience has run out.’", "The workers’ union will "
     "not accept this. Our members’ patience", "Kath Ellery", PX_QUOTE_DIRECT},
    /* 24f'' a quote opening the paragraph after "X explains:" */
    {"Warden Ilsa Dane explains it this way:\n\n\"Every boat was checked "
     "twice before the season.\"", "Every boat was checked", "Ilsa Dane",
     PX_QUOTE_DIRECT},
    /* 24i "according to X" after, "in the words of X", a hyphen, a colon */
    {"\"The new engines are quieter,\" according to Mia Tarrant, the fleet "
     "manager.", "The new engines", "Mia Tarrant", PX_QUOTE_DIRECT},
    {"In the words of captain Joss Penhale, \"She handles like a dream.\"",
     "She handles like", "Joss Penhale", PX_QUOTE_DIRECT},
    {"\"Passengers have waited long enough\" - Harlow Bay Council leader Dee "
     "Amos", "Passengers have waited", "Dee Amos", PX_QUOTE_DIRECT},
    {"Group chair Ron Bale was blunt: \"Fares up 20 per cent is a robbery.\"",
     "Fares up 20", "Ron Bale", PX_QUOTE_DIRECT},
    {"Mia Tarrant ran the trials. Her verdict: \"It is the best boat we have "
     "had.\"", "It is the best boat", "Mia Tarrant", PX_QUOTE_DIRECT},
    /* 24j "said one runner, Tom Ashby"; "X was quoted as saying" */
    {"\"The hills were brutal,\" said one runner, Tom Ashby.",
     "The hills were brutal", "Tom Ashby", PX_QUOTE_DIRECT},
    {"Lena Vogt won again. \"We trained for this for a year,\" Vogt was "
     "quoted as saying by the Marlow Echo.", "We trained for this",
     "Lena Vogt", PX_QUOTE_DIRECT},
    /* 24g a title's gender rules a person out for he/she */
    {"Tor Almqvist met Ms Hedda Lind. \"The boat is safe,\" he said.",
     "The boat is safe", "Tor Almqvist", PX_QUOTE_DIRECT},
    /* 24h a role, then the name after a comma */
    {"\"It will not sail,\" admitted the harbour master, Sam Fell.",
     "It will not sail", "Sam Fell", PX_QUOTE_DIRECT},
    /* 25 indirect: X said that ... */
    {"Hugo Lindqvist said that the new school would open in the autumn.",
     "the new school would open", "Hugo Lindqvist", PX_QUOTE_INDIRECT},
    /* 26 indirect: clause, X noted. */
    {"Fishing quotas will be cut by a third next season, Elin Sward noted.",
     "Fishing quotas will be cut", "Elin Sward", PX_QUOTE_INDIRECT},
    /* 27 indirect: according to X, clause */
    {"According to the Lantern Post, the mayor will resign before summer.",
     "the mayor will resign", "Lantern Post", PX_QUOTE_INDIRECT},
    /* 27b indirect: As X reported, clause */
    {"As the Vell Courier reported earlier, the ferry will stop running in "
     "winter.", "the ferry will stop", "Vell Courier", PX_QUOTE_INDIRECT},
    /* 27c indirect: the clause starts at the verb, not at a later "that" */
    {"Ranger Pia Holm says the trail is closed for repairs but that the lake "
     "is open.", "the trail is closed", "Pia Holm", PX_QUOTE_INDIRECT},
    /* 27d indirect: age and apposition, a participle clause */
    {"Farmer Aled Price, 45, a sheep breeder from Kelby, said the turbines "
     "had scared his flock.", "the turbines had scared", "Aled Price",
     PX_QUOTE_INDIRECT},
    {"An official, speaking on condition of anonymity, said the permits "
     "were issued correctly.", "the permits were issued", "An official",
     PX_QUOTE_INDIRECT},
    /* 27e indirect: an attribution inside the clause; plural roles */
    {"The plan, officials said, would save two million pounds.",
     "The plan would save", "officials", PX_QUOTE_INDIRECT},
    {"Opposition councillors argued that the rise would hit pensioners.",
     "the rise would hit", "Opposition councillors", PX_QUOTE_INDIRECT},
    /* 27f indirect: plural present verbs; an -ist occupation is a title */
    {"Critics argue the water company has ignored the warnings.",
     "the water company has ignored", "Critics", PX_QUOTE_INDIRECT},
    {"Hydrologist Ines Moura believes the reservoirs will not recover soon.",
     "the reservoirs will not", "Ines Moura", PX_QUOTE_INDIRECT},
    /* 27g indirect: an organisation with an apposition; a long inverted
     * subject; a verb opening a clause is not an inverted attribution */
    {"Carrow Chemicals, a company with sites in three ports, said all of its "
     "staff were safe.", "all of its staff were safe", "Carrow Chemicals",
     PX_QUOTE_INDIRECT},
    {"The port will reopen in the spring, said a researcher specializing in "
     "shipping.", "The port will reopen", "a researcher", PX_QUOTE_INDIRECT},
    /* 28 indirect: X told Y that ... */
    {"Oskar Velde told reporters that the factory would hire two hundred "
     "workers.", "the factory would hire", "Oskar Velde", PX_QUOTE_INDIRECT},
};

static void test_quote_cases(void **state)
{
    (void)state;
    int fails = 0;
    for (size_t i = 0; i < sizeof qcases / sizeof *qcases; i++)
        fails += !quote_case_ok(i + 1, &qcases[i]);
    assert_int_equal(fails, 0);
}

static void test_scare_quotes(void **state)
{
    (void)state;
    /* another person named between two quotes stops the speaker going on;
     * a partial quote far from the verb and "warned against" are not
     * speech */
    px_textdoc *n = run("Mayor Ivo Sand said the deal was \"a fair price for "
                        "everyone\". Later, Ruth Kale called the vote a "
                        "\"dark day\". Farmers have warned against a decline "
                        "in the price of milk across the whole valley, with one "
                        "grower recently likening it to a \"slow drought\".");
    for (size_t i = 0; i < n->n_quotes; i++) {
        assert_null(strstr(n->quotes[i].text, "dark day"));
        assert_null(strstr(n->quotes[i].text, "slow drought"));
        assert_null(strstr(n->quotes[i].text, "against a decline"));
    }
    assert_true(n->n_quotes >= 1 && strcmp(n->quotes[0].speaker_name, "Ivo Sand") == 0);
    px_textdoc_free(n);
    /* without "that", an object with no verb is not a statement */
    n = run("The minister noted the importance of the new agreement for both "
            "sides. Lin stressed the need for closer cooperation in energy. "
            "Ana Berg told the committee to delay the vote until March.");
    assert_int_equal(n->n_quotes, 0);
    px_textdoc_free(n);
    px_textdoc *d = run("The council called the plan a \"bold step\" and the "
                        "vote a “historic moment” for the town.");
    for (size_t i = 0; i < d->n_quotes; i++)
        assert_int_not_equal(d->quotes[i].kind, PX_QUOTE_DIRECT);
    px_textdoc_free(d);
    d = run("It was a ‘quiet’ week, and the ‘Summer Harvest Festival of "
            "Lights’ opened.");
    assert_int_equal(d->n_quotes, 0);
    px_textdoc_free(d);
}

/* The outlet credited beside a speaker is the quote's via; the speaker
 * stays the person, whose "in an article for ..." does not open a clause. */
static const px_quote *quote_with(const px_textdoc *d, const char *words)
{
    for (size_t i = 0; i < d->n_quotes; i++)
        if (strstr(d->quotes[i].text, words)) return &d->quotes[i];
    return NULL;
}

static void test_quote_via(void **state)
{
    (void)state;
    px_textdoc *d = run("Ostravia will keep buying grain from its neighbours, Mayor Ivo Sand "
                        "said in an article for a farming weekly on the eve of the fair, "
                        "according to the Kelmouth Gazette.\n\n"
                        "\"The harvest was poor,\" farmer Lena Voss told the Morning Herald.\n\n"
                        "\"Prices will rise,\" Ruth Kale said.");
    assert_int_equal(d->n_quotes, 3);
    const px_quote *q = quote_with(d, "keep buying grain");
    assert_non_null(q);
    assert_null(strstr(q->text, "said"));
    assert_string_equal(q->speaker_name, "Ivo Sand");
    assert_true(q->via >= 0);
    assert_string_equal(d->entities[q->via].name, "Kelmouth Gazette");
    q = quote_with(d, "harvest");
    assert_string_equal(q->speaker_name, "Lena Voss");
    assert_true(q->via >= 0);
    assert_string_equal(d->entities[q->via].name, "Morning Herald");
    assert_int_equal(quote_with(d, "Prices")->via, -1);
    px_textdoc_free(d);
    /* someone the speaker told is no outlet, nor a surname "according to"
     * or after "told"; an outlet in the next sentence is not this one's */
    d = run("\"We lost the roof,\" Ana Berg told her neighbour Tom Hale on Sunday. "
            "The fire started in the kitchen, according to Hale. Judge Ivo Marr said the "
            "fine was fair. \"You knew the rules,\" the judge told Hale. She said the "
            "court had been patient with him for two years. Berg told the Morning Herald "
            "that the family would appeal.");
    const px_quote *appeal = quote_with(d, "would appeal");
    assert_non_null(appeal);
    for (size_t i = 0; i < d->n_quotes; i++)
        if (&d->quotes[i] != appeal) assert_int_equal(d->quotes[i].via, -1);
    assert_string_equal(d->entities[appeal->via].name, "Morning Herald");
    px_textdoc_free(d);
    /* "the Herald quoted X, saying": the Herald's report of X's words */
    d = run("The Morning Herald quoted Ola Berg, a ferryman on the island route, as saying: "
            "\"We will not sail until the engines are checked.\"");
    q = quote_with(d, "will not sail");
    assert_non_null(q);
    assert_string_equal(q->speaker_name, "Ola Berg");
    assert_true(q->via >= 0);
    assert_string_equal(d->entities[q->via].name, "Morning Herald");
    px_textdoc_free(d);
    /* with a phrase after "said" allowed, a relative clause's verb still
     * attributes nothing */
    d = run("Her first teacher, the pianist Emil Sand, remembers a teenager who wrote to "
            "him every week for a whole year.");
    assert_int_equal(d->n_quotes, 0);
    px_textdoc_free(d);
}

/* ---------------------------------------------------------- hostile */

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Times are printed, never asserted (shared, noisy machines): a relapse
 * into quadratic work shows as ctest's timeout and in the printed line. */
/* Fewer parts find the same tokens and entities, and no quotes. */
static void test_parts(void **state)
{
    (void)state;
    const char *s = "\"We will rebuild,\" said Mayor Ada Quill of Port Elm on Monday. "
                    "The Elm Harbour Authority said that repairs would take a year.";
    px_textdoc *all = run(s), *some = NULL, *bare = NULL;
    assert_int_equal(px_analyze_parts(an, ctx, s, strlen(s), "en", PX_PARTS_ENTITIES, &some), PX_OK);
    assert_int_equal(px_analyze_parts(an, ctx, s, strlen(s), "en", 0, &bare), PX_OK);
    assert_true(all->n_quotes >= 2);
    assert_int_equal(some->n_quotes, 0);
    assert_int_equal(bare->n_entities, 0);
    assert_int_equal(some->n_tokens, all->n_tokens);
    assert_int_equal(bare->n_tokens, all->n_tokens);
    for (size_t i = 0; i < all->n_tokens; i++) {
        assert_int_equal(some->tokens[i].start, all->tokens[i].start);
        assert_int_equal(some->tokens[i].stem_hash, all->tokens[i].stem_hash);
        assert_int_equal(some->tokens[i].flags, all->tokens[i].flags & ~PX_TOK_QUOTED);
    }
    assert_int_equal(some->n_entities, all->n_entities);
    for (size_t i = 0; i < all->n_entities; i++) {
        assert_string_equal(some->entities[i].name, all->entities[i].name);
        assert_int_equal(some->entities[i].kind, all->entities[i].kind);
    }
    assert_int_equal(some->n_mentions, all->n_mentions);
    px_textdoc_free(all);
    px_textdoc_free(some);
    px_textdoc_free(bare);
}

static void same_doc(const px_textdoc *a, const px_textdoc *b)
{
    assert_int_equal(a->len, b->len);
    assert_memory_equal(a->text, b->text, a->len);
    assert_string_equal(a->lang, b->lang);
    assert_int_equal(a->n_tokens, b->n_tokens);
    for (size_t i = 0; i < a->n_tokens; i++) {
        const px_token *x = &a->tokens[i], *y = &b->tokens[i];
        assert_int_equal(x->start, y->start);
        assert_int_equal(x->end, y->end);
        assert_int_equal(x->sentence, y->sentence);
        assert_int_equal(x->flags, y->flags);
        assert_string_equal(x->norm, y->norm);
        assert_string_equal(x->stem, y->stem);
        assert_true(x->stem_hash == y->stem_hash);
    }
    assert_int_equal(a->n_sentences, b->n_sentences);
    assert_memory_equal(a->sentences, b->sentences, a->n_sentences * sizeof *a->sentences);
    assert_int_equal(a->n_entities, b->n_entities);
    for (size_t i = 0; i < a->n_entities; i++) {
        assert_string_equal(a->entities[i].name, b->entities[i].name);
        assert_int_equal(a->entities[i].kind, b->entities[i].kind);
        assert_int_equal(a->entities[i].count, b->entities[i].count);
        assert_true(a->entities[i].role == b->entities[i].role ||
                    strcmp(a->entities[i].role, b->entities[i].role) == 0);
    }
    assert_int_equal(a->n_mentions, b->n_mentions);
    assert_memory_equal(a->mentions, b->mentions, a->n_mentions * sizeof *a->mentions);
    assert_int_equal(a->n_quotes, b->n_quotes);
}

/* A document given back is reused, and what is analysed in it is what a
 * new one gets: nothing of the text before stays. */
static void test_recycled_docs(void **state)
{
    (void)state;
    static const char *const texts[] = {
        ("\"We will rebuild,\" said Mayor Ada Quill of Port Elm on Monday. The Elm Harbour "
         "Authority said that repairs would take a year.\n\nAda Quill, 52, thanked the crews. "
         "She said the U.S. Coast Guard and Dr. Omar Reyes-Hart of Velandria helped."),
        "Harbour fire",
        ("Le maire de Lyon a parl\xc3\xa9 lundi. \xe2\x80\x9cNous reconstruirons,\xe2\x80\x9d "
         "a-t-il dit."),
        "",
        "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z. 1, 2, 3,000 and 4.5% of $6.",
    };
    const size_t n = sizeof texts / sizeof *texts;
    px_analyzer *an2 = NULL;
    assert_int_equal(px_analyzer_new(ctx, &an2), PX_OK);
    uint64_t seed = 7;
    const px_token *last_tokens = NULL;
    int reused = 0;
    for (int round = 0; round < 200; round++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const char *t = texts[(seed >> 33) % n];
        unsigned parts = (seed >> 40) & 1 ? PX_PARTS_ALL : PX_PARTS_ENTITIES;
        px_textdoc *fresh = NULL, *got = NULL, *other = NULL;
        assert_int_equal(px_analyze_parts(an, ctx, t, strlen(t), NULL, parts, &fresh), PX_OK);
        assert_int_equal(px_analyze_parts(an2, ctx, t, strlen(t), NULL, parts, &got), PX_OK);
        reused += got->n_tokens && got->tokens == last_tokens;
        same_doc(fresh, got);
        /* a second document at times, given back in either order */
        if ((seed >> 41) & 1) {
            const char *u = texts[(seed >> 45) % n];
            assert_int_equal(px_analyze_parts(an2, ctx, u, strlen(u), NULL, parts, &other), PX_OK);
        }
        last_tokens = got->tokens;
        if ((seed >> 42) & 1) {
            px_textdoc_recycle(an2, other);
            px_textdoc_recycle(an2, got);
        } else {
            px_textdoc_recycle(an2, got);
            px_textdoc_recycle(an2, other);
            if (other) last_tokens = NULL;   /* the other's blocks come first */
        }
        px_textdoc_free(fresh);
    }
    assert_true(reused > 20);
    px_textdoc_recycle(an2, NULL);
    px_analyzer_free(an2);      /* frees the spares */
}

/* Letters, digits, spaces, newlines, every ASCII punctuation mark and the
 * typographic marks the ASCII shortcuts cover ("." and " " twice: more
 * sentence ends). */
static const char *const plain_alphabet[] = {
    "a", "Z", "x", "Q", "1", "9", " ", " ", "\t", "\n", ".", ".", "!", "?", ",", ";",
    ":", "'", "\"", "-", "(", ")", "$", "%", "&", "#", "/", "[", "]", "`", "~", "^",
    "*", "+", "=", "<", ">", "{", "}", "|", "\\", "\xE2\x80\x93", "\xE2\x80\x94",
    "\xE2\x80\x98", "\xE2\x80\x99", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\xA6"};

/* check(brk, s, n) on 200,000 random plain strings of 1 to max characters
 * of plain_alphabet, brk (ICU's English iterator of that type) set to s. */
static void each_random_plain(UBreakIteratorType type, uint64_t seed, size_t max,
                              void (*check)(UBreakIterator *brk, const char *s, size_t n))
{
    const size_t n_alpha = sizeof plain_alphabet / sizeof *plain_alphabet;
    UErrorCode st = U_ZERO_ERROR;
    UBreakIterator *brk = ubrk_open(type, "en", NULL, 0, &st);
    assert_true(U_SUCCESS(st));
    char buf[32 * 3];
    assert_true(max <= 32);
    for (int k = 0; k < 200000; k++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        size_t len = 1 + (seed >> 33) % max, n = 0;
        for (size_t i = 0; i < len; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *c = plain_alphabet[(seed >> 33) % n_alpha];
            memcpy(buf + n, c, strlen(c));
            n += strlen(c);
        }
        assert_true(tx_ascii_plain(buf, n));
        UText ut = UTEXT_INITIALIZER;
        utext_openUTF8(&ut, buf, (int64_t)n, &st);
        ubrk_setUText(brk, &ut, &st);
        assert_true(U_SUCCESS(st));
        check(brk, buf, n);
        utext_close(&ut);
    }
    ubrk_close(brk);
}

/* The words of the shortcut are ICU's. */
static void same_words(UBreakIterator *brk, const char *buf, size_t n)
{
    size_t at = 0, s, e;
    bool num;
    int32_t a = ubrk_first(brk);
    for (int32_t b = ubrk_next(brk); b != UBRK_DONE; a = b, b = ubrk_next(brk)) {
        int32_t status = ubrk_getRuleStatus(brk);
        if (status < UBRK_WORD_NONE_LIMIT) continue;
        assert_true(tx_ascii_next_word(buf, n, &at, &s, &e, &num));
        assert_int_equal(s, a);
        assert_int_equal(e, b);
        assert_int_equal(num, status < UBRK_WORD_NUMBER_LIMIT);
    }
    assert_false(tx_ascii_next_word(buf, n, &at, &s, &e, &num));
}

/* The sentence ends of the shortcut are ICU's. */
static void same_sentences(UBreakIterator *brk, const char *buf, size_t n)
{
    size_t at = (size_t)ubrk_first(brk);
    for (int32_t b = ubrk_next(brk); b != UBRK_DONE; b = ubrk_next(brk)) {
        at = tx_ascii_sentence_end(buf, n, at);
        if (at != (size_t)b) fprintf(stderr, "sentence end %zu, ICU %d in \"%.*s\"\n", at, b, (int)n, buf);
        assert_int_equal(at, b);
    }
    assert_int_equal(at, n);
}

/* The ASCII word shortcut finds what ICU's word iterator finds, on random
 * plain strings. */
static void test_ascii_words(void **state)
{
    (void)state;
    each_random_plain(UBRK_WORD, 42, 16, same_words);
    assert_false(tx_ascii_plain("a_b", 3));
    assert_false(tx_ascii_plain("a@b", 3));
    assert_false(tx_ascii_plain("caf\xC3\xA9", 5));
    /* every ASCII byte: controls but tab and newline, DEL, '_' and '@'
     * leave the shortcut */
    for (int c = 0; c < 0x80; c++) {
        char s[3] = {'a', (char)c, 'z'};
        bool plain = (c >= 0x20 && c != 0x7F && c != '_' && c != '@') || c == '\t' || c == '\n';
        assert_int_equal(tx_ascii_plain(s, 3), plain);
    }
}

/* A map with a filter answers every lookup as one without: keys put
 * before and after the filter is built are found, others are not. */
static void test_map_filter(void **state)
{
    (void)state;
    tx_map plain = {0}, filtered = {0};
    char key[32];
    for (int i = 0; i < 3000; i++) {
        int n = snprintf(key, sizeof key, "w%d", i * 7);
        assert_true(tx_map_put(&plain, NULL, strdup(key), (size_t)n, (uint32_t)i + 1, false));
        assert_true(tx_map_put(&filtered, NULL, strdup(key), (size_t)n, (uint32_t)i + 1, false));
        if (i == 1500) assert_true(tx_map_filter(&filtered));
    }
    for (int i = 0; i < 30000; i++) {
        int n = snprintf(key, sizeof key, "w%d", i);
        const tx_slot *a = tx_map_get(&plain, key, (size_t)n), *b = tx_map_get(&filtered, key, (size_t)n);
        assert_int_equal(a != NULL, b != NULL);
        assert_int_equal(a != NULL, i % 7 == 0 && i / 7 < 3000);
        if (a) assert_int_equal(a->val, b->val);
    }
    for (size_t i = 0; i < plain.cap; i++) free((char *)plain.slots[i].key);
    for (size_t i = 0; i < filtered.cap; i++) free((char *)filtered.slots[i].key);
    tx_map_free(&plain);
    tx_map_free(&filtered);
}

/* The ASCII sentence shortcut finds ICU's sentence boundaries, on random
 * plain strings. */
static void test_ascii_sentences(void **state)
{
    (void)state;
    each_random_plain(UBRK_SENTENCE, 7, 24, same_sentences);
}

static void test_hostile(void **state)
{
    (void)state;
    px_textdoc *d = NULL;
    assert_int_equal(px_analyze(an, ctx, "", 0, NULL, &d), PX_OK);
    assert_int_equal(d->n_tokens, 0);
    px_textdoc_free(d);
    /* a role speaker ("A former manager says") before a last sentence
     * without words: the next-sentence name rule must not read past the
     * tokens (ASan caught it on a generated stream) */
    const char wordless[] = "A former manager says she was ordered to hide the leaks. ***";
    assert_int_equal(px_analyze(an, ctx, wordless, sizeof wordless - 1, NULL, &d), PX_OK);
    assert_int_equal(d->n_quotes, 1);
    px_textdoc_free(d);
    const char bad[] = "\xff\xfe Caf\xc3 \"\xe2\x80 said\x00 X\x80\x80\"";
    assert_int_equal(px_analyze(an, ctx, bad, sizeof bad - 1, NULL, &d), PX_OK);
    px_textdoc_free(d);

    size_t n = 5u << 20;
    char *big = malloc(n);
    assert_non_null(big);
    for (size_t i = 0; i < n; i++) big[i] = (i % 7 == 6) ? ' ' : "abcdef"[i % 7 % 6];
    double t0 = now();
    assert_int_equal(px_analyze(an, ctx, big, n, NULL, &d), PX_OK);
    double dt = now() - t0;
    fprintf(stderr, "5 MB without punctuation: %.2f s, %zu tokens\n", dt,
            d->n_tokens);
    px_textdoc_free(d);

    for (size_t i = 0; i < 100000; i++) big[i] = (i % 3 == 2) ? 'a' : '"';
    t0 = now();
    assert_int_equal(px_analyze(an, ctx, big, 100000, NULL, &d), PX_OK);
    dt = now() - t0;
    fprintf(stderr, "100k quote marks: %.2f s, %zu quotes\n", dt, d->n_quotes);
    px_textdoc_free(d);
    /* one long line of quotes, names, "the minister" and speech verbs:
     * each quote looks at a bounded window, not at the whole line (this
     * took minutes before; ctest's timeout catches a relapse) */
    px_buf line = PX_BUF_INIT;
    for (int i = 0; i < 20000; i++)
        px_buf_printf(&line, "Ana Berg%d met Per Lund. \"We go now,\" the "
                             "minister said, she said, said Bo, ", i);
    assert_false(line.failed);
    assert_int_equal(px_analyze(an, ctx, line.data, line.len, "en", &d), PX_OK);
    assert_true(d->n_quotes >= 20000);
    px_textdoc_free(d);
    px_buf_free(&line);
    for (size_t i = 0; i < 300000; i++)
        memcpy(big + 3 * i, (i % 2) ? "\xe2\x80\x9d" : "\xe2\x80\x9c", 3);
    assert_int_equal(px_analyze(an, ctx, big, 900000, NULL, &d), PX_OK);
    px_textdoc_free(d);
    free(big);
}

static void test_speed(void **state)
{
    (void)state;
    px_buf b = PX_BUF_INIT;
    while (b.len < 5000)
        px_buf_puts(&b, "Officials at the Harbor Agency said, \"The new pier "
                        "will handle larger ships,\" adding that Lea Brun, a "
                        "planner, approved it. Costs rose 8% to $5 million.\n\n");
    px_textdoc *d;
    double t0 = now();
    for (int i = 0; i < 50; i++) {
        assert_int_equal(px_analyze(an, ctx, b.data, b.len, "en", &d), PX_OK);
        px_textdoc_free(d);
    }
    fprintf(stderr, "5 KB article: %.3f ms\n", (now() - t0) / 50 * 1000);
    px_buf_free(&b);
}

/* ------------------------------------------------------------ seeds */

typedef struct seedq {
    const char *file;        /* prefix of the seed file name */
    const char *surname;
    const char *start;       /* first words of the quote */
} seedq;

/* Read off the seed files by hand: quotes attributed to named experts. */
static const seedq seeds[] = {
    {"000", "Wang", "Given NATO"},
    {"000", "Cui", "Meaningful cooperation"},
    {"000", "Cui", "This means that"},
    {"000", "Da", "Although it"},
    {"000", "Da", "The close communication"},
    {"000", "Dong", "The elevation of"},
    {"000", "Dong", "This dialogue will"},
    {"000", "Dong", "The diplomatic security"},
    {"000", "Dong", "It will also serve"},
    {"001", "Cui", "it is a rational choice"},
    {"001", "Lin", "China welcomes Russia"},
    {"003", "Liu", "When it comes"},
    {"003", "Liu", "If Putin provides"},
    {"003", "Liu", "China certainly does"},
    {"003", "Howell", "Any such meeting"},
    {"003", "Howell", "Russia will be well"},
    {"003", "Soler", "But they know"},
    {"003", "Liu", "China does not think"},
    {"004", "Park", "Russia is moving"},
    {"004", "Park", "However, China"},
    {"004", "Park", "China will not overtly"},
    {"004", "Park", "For now"},
    {"004", "Park", "I think they"},
};

static char *slurp(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    px_buf b = PX_BUF_INIT;
    char chunk[4096];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) px_buf_append(&b, chunk, k);
    fclose(f);
    *n = b.len;
    return px_buf_take(&b);
}

static void test_seeds(void **state)
{
    (void)state;
    const char *dir = PX_SHARED_DIR "/corpus/seeds";
    char path[1024];
    static const char *const files[] = {"000_6bdc99bbb4be2500.txt",
                                        "001_7cf873ad9c9e986d.txt",
                                        "003_f4557d851bb201a9.txt",
                                        "004_856a94d7b1fc46ae.txt"};
    snprintf(path, sizeof path, "%s/%s", dir, files[0]);
    FILE *probe = fopen(path, "rb");
    if (!probe) skip();
    fclose(probe);
    size_t hits = 0, total = sizeof seeds / sizeof *seeds;
    for (size_t f = 0; f < sizeof files / sizeof *files; f++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[f]);
        size_t n = 0;
        char *text = slurp(path, &n);
        assert_non_null(text);
        px_textdoc *d;
        assert_int_equal(px_analyze(an, ctx, text, n, NULL, &d), PX_OK);
        for (size_t i = 0; i < total; i++) {
            if (strncmp(seeds[i].file, files[f], 3) != 0) continue;
            bool ok = false;
            for (size_t k = 0; k < d->n_quotes && !ok; k++) {
                const px_quote *q = &d->quotes[k];
                if (q->kind != PX_QUOTE_DIRECT || !strstr(q->text, seeds[i].start))
                    continue;
                ok = q->speaker_name && strstr(q->speaker_name, seeds[i].surname);
            }
            if (ok) hits++;
            else fprintf(stderr, "seed %s: missed %s: \"%s\"\n", seeds[i].file,
                         seeds[i].surname, seeds[i].start);
        }
        px_textdoc_free(d);
        free(text);
    }
    fprintf(stderr, "seed quote/speaker hit rate: %zu/%zu\n", hits, total);
    assert_int_equal(hits, total);      /* every one, as of issue 6 */
}

/* The stem cache gives back what was put, stems or "same as the word",
 * across the reset when it is full (65536 words), against a plain array. */
static void test_stem_cache(void **state)
{
    (void)state;
    tx_stem_cache c = {0};
    enum { N = 70000 };
    static char words[N][24], stems[N][24];
    uint64_t st = 7;
    for (int i = 0; i < N; i++) {
        st = st * 6364136223846793005ULL + 1442695040888963407ULL;
        snprintf(words[i], sizeof words[i], "w%dx%u", i, (unsigned)(st >> 40) % 97);
        snprintf(stems[i], sizeof stems[i], "s%u", (unsigned)(st >> 33) % 100000);
        int same = i % 3 == 0;
        assert_true(tx_stem_cache_put(&c, words[i], strlen(words[i]), same ? NULL : stems[i],
                                      same ? strlen(words[i]) : strlen(stems[i]), st));
        if (i % 1000 == 999 || i == N - 1) {
            /* everything since the last reset is there, and right */
            int from = i < 65536 ? 0 : 65536;
            for (int j = from; j <= i; j += 7) {
                const tx_stem_entry *e =
                    tx_stem_cache_get(&c, words[j], strlen(words[j]), px_hash64(words[j], strlen(words[j])));
                assert_non_null(e);
                if (j % 3 == 0) assert_null(e->stem);
                else {
                    assert_string_equal(e->stem, stems[j]);
                    assert_int_equal(e->len, strlen(stems[j]));
                }
            }
        }
    }
    assert_null(tx_stem_cache_get(&c, "absent", 6, px_hash64("absent", 6)));
    /* gone at the reset */
    assert_null(tx_stem_cache_get(&c, words[10], strlen(words[10]), px_hash64(words[10], strlen(words[10]))));
    tx_stem_cache_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences),  cmocka_unit_test(test_tokens),
        cmocka_unit_test(test_stopwords),  cmocka_unit_test(test_guess_lang),
        cmocka_unit_test(test_entities),   cmocka_unit_test(test_place_kinds),
        cmocka_unit_test(test_not_names),
        cmocka_unit_test(test_city_places),
        cmocka_unit_test(test_quote_cases), cmocka_unit_test(test_scare_quotes),
        cmocka_unit_test(test_quote_via),
        cmocka_unit_test(test_hostile),    cmocka_unit_test(test_speed),
        cmocka_unit_test(test_parts),      cmocka_unit_test(test_recycled_docs),
        cmocka_unit_test(test_ascii_words),
        cmocka_unit_test(test_map_filter),
        cmocka_unit_test(test_ascii_sentences),
        cmocka_unit_test(test_seeds),      cmocka_unit_test(test_stem_cache),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
