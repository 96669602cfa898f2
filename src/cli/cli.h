/*
 * cli.h - what the parallax command's files share.  The CLI is a thin
 * client of include/parallax.h: it parses arguments, calls the library and
 * decides exit codes (0 ok, 1 some input skipped or not found, 2 usage or
 * fatal error).
 */
#ifndef PX_CLI_H
#define PX_CLI_H

#include <stdio.h>

#include "parallax.h"

#define EXIT_SKIPPED 1
#define EXIT_USAGE 2

typedef struct cli_command {
    const char *name;
    const char *summary;
    int (*run)(int argc, char **argv);
    const char *usage;            /* full --help text */
} cli_command;

int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_stories(int argc, char **argv);
int cmd_story(int argc, char **argv);
int cmd_search(int argc, char **argv);
int cmd_reuse(int, char **);
int cmd_cluster(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_analyze(int argc, char **argv);

extern const char usage_extract[], usage_ingest[], usage_stories[], usage_story[], usage_search[];
extern const char usage_reuse[];
extern const char usage_cluster[];
extern const char usage_serve[];
extern const char usage_analyze[];

/* Print "parallax: CMD: message" to stderr. */
void cli_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Report an input item that could not be read ("input: where: reason"). */
void cli_skip_error(const char *cmd, const char *input, const char *where, const char *reason);
/* The store path: --db value, else $PARALLAX_DB, else ./parallax.db. */
const char *cli_db_path(const char *flag_value);
/* Is arg "-h" or "--help"?  Then print usage to stdout. */
int cli_wants_help(int argc, char **argv, const char *usage);
/* Write all of s to path ("-" = stdout). Returns 0 on success. */
int cli_write_output(const char *cmd, const char *path, const char *s);

#endif
