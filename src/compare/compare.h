/*
 * compare.h - the compare stage: one story's articles side by side.
 *
 * Input: the articles of a story, each analysed, plus the reuse links the
 * store recorded.  Output: facts (sentences aligned across articles, with
 * which articles carry them and numbers that disagree), what each article
 * carries alone, quotes grouped across outlets, attributions to media,
 * entities, and an extractive summary where every line names its article.
 * Everything points back into the articles by index and byte offsets, so a
 * renderer can show evidence rather than verdicts.
 */
#ifndef PX_COMPARE_H
#define PX_COMPARE_H

#include <stdint.h>

#include "text/text.h"

typedef struct px_cmp_article {
    int64_t id;
    const char *title, *site, *url, *date, *path, *byline;
    const px_textdoc *doc;         /* analysed text; offsets refer to doc->text */
} px_cmp_article;

typedef struct px_cmp_link {       /* a reuse link from the store */
    uint32_t origin, derived;      /* article indices */
    const char *kind;
    double score, share;
    const char *passages_json;     /* as stored: offsets into each text */
} px_cmp_link;

typedef struct px_cmp_ref {        /* a sentence of an article */
    uint32_t article;
    uint32_t sentence;
} px_cmp_ref;

typedef struct px_cmp_fact {
    px_cmp_ref *members;           /* one or more sentences per article */
    uint32_t n_members;
    uint32_t n_articles;           /* distinct articles among members */
    uint32_t n_sources;            /* independent sources among them: articles
                                      joined by reuse links count as one */
    uint32_t rep;                  /* index into members: the wording shown */
    int numbers_differ;            /* members state different numbers */
} px_cmp_fact;

typedef struct px_cmp_quote_use {
    uint32_t article;
    uint32_t quote;                /* index into that doc's quotes */
} px_cmp_quote_use;

typedef struct px_cmp_quote_group {
    const char *speaker;           /* fullest name over the group, or NULL */
    const char *role;
    px_cmp_quote_use *uses;        /* ordered: first carrier first */
    uint32_t n_uses;
    uint32_t n_articles;
    uint32_t rep;                  /* index into uses: the wording shown */
} px_cmp_quote_group;

typedef struct px_cmp_entity {
    const char *name;
    px_entity_kind kind;
    uint32_t total;
    uint32_t *per_article;         /* mentions per article */
} px_cmp_entity;

typedef enum px_cmp_event_kind {
    PX_EVENT_MENTIONED = 0,        /* a date the texts mention */
    PX_EVENT_PUBLISHED             /* an article's publication */
} px_cmp_event_kind;

typedef struct px_cmp_mention {    /* a date as one article words it */
    uint32_t article;
    const px_timex *date;          /* in that article's dates */
} px_cmp_mention;

typedef struct px_cmp_event {      /* one entry of the story's timeline */
    px_cmp_event_kind kind;
    char iso[32];                  /* the date, to its precision */
    px_date_precision precision;
    int64_t day;                   /* first day it covers, for ordering */
    uint32_t article;              /* published: the article; mentioned: the first */
    px_cmp_mention *mentions;      /* mentioned: in reading order */
    uint32_t n_mentions;
    uint32_t rep;                  /* index into mentions: the sentence shown */
    uint32_t n_articles;
} px_cmp_event;

typedef struct px_cmp_figure {     /* one outlet's number for a fact */
    uint32_t article;
    const px_quantity *q;          /* in that article's quantities */
} px_cmp_figure;

typedef struct px_cmp_disagreement {
    const char *unit;              /* as the first outlet words it */
    int32_t fact;                  /* index into facts when the sentences align, else -1 */
    px_cmp_figure *figures;        /* reading order */
    uint32_t n_figures;
    uint32_t n_articles;
} px_cmp_disagreement;

typedef struct px_cmp_hop {        /* one link of an attribution chain */
    const char *name;
    const char *role;
    px_entity_kind kind;
    int32_t article;               /* the story article this is, or -1 */
} px_cmp_hop;

typedef struct px_cmp_chain {      /* who is cited as the source of what */
    uint32_t article;              /* the citing article (hops[0]) */
    uint32_t quote;                /* the statement, in that article's quotes */
    px_cmp_hop *hops;              /* citing outlet, cited outlet, ... speaker */
    uint32_t n_hops;
} px_cmp_chain;

typedef struct px_comparison {
    px_arena arena;                /* owns every array below */
    const px_cmp_article *articles;
    uint32_t n_articles;
    const px_cmp_link *links;
    uint32_t n_links;
    uint32_t *source_of;           /* per article: its independent source (the
                                      lowest article of its reuse group) */
    uint32_t n_sources;            /* independent sources in the story */
    px_cmp_fact *facts;            /* shared facts (>= 2 articles), by
                                      independent sources, then articles */
    uint32_t n_facts;
    px_cmp_ref **unique;           /* per article: sentences only it carries */
    uint32_t *n_unique;
    px_cmp_quote_group *quotes;    /* by reach, then first appearance */
    uint32_t n_quotes;
    px_cmp_entity *entities;       /* by total mentions */
    uint32_t n_entities;
    px_cmp_ref *summary;
    uint32_t n_summary;
    px_timex **dates;              /* per article: dates found, resolved */
    size_t *n_dates;
    px_quantity **quantities;      /* per article: quantities found */
    size_t *n_quantities;
    px_cmp_event *timeline;        /* by date, coarser precision first */
    uint32_t n_timeline;
    px_cmp_disagreement *disagreements;  /* by reach */
    uint32_t n_disagreements;
    px_cmp_chain *chains;          /* by article, then position */
    uint32_t n_chains;
} px_comparison;

typedef struct px_compare_opts {
    uint32_t summary_lines;        /* default 5 */
    int reference;                 /* 1: score every candidate sentence pair
                                      afresh, the slow way the faster one is
                                      checked and timed against */
} px_compare_opts;

/* Build the comparison; articles and links must outlive it. */
px_status px_compare(px_ctx *ctx, const px_cmp_article *articles, uint32_t n_articles,
                     const px_cmp_link *links, uint32_t n_links,
                     const px_compare_opts *opts, px_comparison **out);
void px_comparison_free(px_comparison *c);
/* 1 when two comparisons of the same articles have the same facts,
 * unique sentences, quote groups, entities and summary. */
int px_comparison_equal(const px_comparison *x, const px_comparison *y);

#endif
