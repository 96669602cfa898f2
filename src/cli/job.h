/*
 * job.h - one input item, copied out of the reader's callback so that it
 * can be extracted on a worker thread (see pool.h), and its result.
 */
#ifndef PX_CLI_JOB_H
#define PX_CLI_JOB_H

#include "parallax.h"

typedef struct job {
    char *input, *where, *name;  /* name: "input: where" for messages */
    px_item_kind kind;
    px_format format;
    char *data;
    size_t len;
    char *charset, *url;
    px_article *article;         /* the item's article, or the extracted one */
    px_status status;
    char *error;                 /* message when status != PX_OK */
} job;

/* Copy an item; NULL when out of memory. */
job *job_from_item(const px_item *item);
/* Extract a page job with ctx (on any thread); article jobs are ready. */
void job_extract(job *j, px_ctx *ctx);
void job_free(job *j);
/* Thread count from -j: "N" in 1..64, or 0 for the number of cores. */
int parse_jobs(const char *arg);

#endif
