/* main.c - parallax: the command-line entry point and dispatcher. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_main[] =
    "usage: parallax [--version] [--help] COMMAND [ARGS]\n"
    "\n"
    "Shows how every outlet tells the same news story.\n"
    "\n"
    "Commands:\n"
    "  extract   extract the article from HTML pages or text dumps\n"
    "  analyze   sentences, entities, quotes, dates and quantities of articles\n"
    "  ingest    add pages, dumps, WARC files or JSON Lines to the store\n"
    "  stories   list the stories in the store\n"
    "  cluster   group JSON Lines articles into stories, without a store\n"
    "  story     compare one story across its sources\n"
    "  search    full-text search over stored articles\n"
    "  reuse     reuse links with passages; --sentences scores sentence pairs\n"
    "  serve     browse stories in a local web app (story pages, search, API)\n"
    "\n"
    "The store is ./parallax.db unless --db FILE or $PARALLAX_DB says otherwise.\n"
    "Run 'parallax COMMAND --help' for a command's options; 'man parallax' for more.\n";

static const cli_command commands[] = {
    {"extract", "extract articles", cmd_extract, usage_extract},
    {"analyze", "analyse articles", cmd_analyze, usage_analyze},
    {"ingest", "add to the store", cmd_ingest, usage_ingest},
    {"stories", "list stories", cmd_stories, usage_stories},
    {"cluster", "group articles into stories", cmd_cluster, usage_cluster},
    {"story", "compare a story", cmd_story, usage_story},
    {"search", "search articles", cmd_search, usage_search},
    {"reuse", "trace text reuse", cmd_reuse, usage_reuse},
    {"serve", "local web app", cmd_serve, usage_serve},
};

void cli_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "parallax: %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void cli_skip_error(const char *cmd, const char *input, const char *where, const char *reason)
{
    if (where && *where) cli_error(cmd, "%s: %s: %s", input, where, reason);
    else cli_error(cmd, "%s: %s", input, reason);
}

const char *cli_db_path(const char *flag_value)
{
    if (flag_value) return flag_value;
    const char *env = getenv("PARALLAX_DB");
    return env && *env ? env : "parallax.db";
}

int cli_wants_help(int argc, char **argv, const char *usage)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) break;
        if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            fputs(usage, stdout);
            return 1;
        }
    }
    return 0;
}

int cli_write_output(const char *cmd, const char *path, const char *s)
{
    if (!path || strcmp(path, "-") == 0) {
        if (fputs(s, stdout) == EOF || fflush(stdout) != 0) {
            cli_error(cmd, "writing to standard output failed");
            return -1;
        }
        return 0;
    }
    FILE *f = fopen(path, "wb");
    if (!f) {
        cli_error(cmd, "%s: cannot write", path);
        return -1;
    }
    size_t n = strlen(s);
    int bad = fwrite(s, 1, n, f) != n;
    bad |= fclose(f) != 0;
    if (bad) cli_error(cmd, "%s: write failed", path);
    return bad ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fputs(usage_main, stderr);
        return EXIT_USAGE;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        if (argc > 2)
            for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
                if (strcmp(argv[2], commands[i].name) == 0) {
                    fputs(commands[i].usage, stdout);
                    return 0;
                }
        fputs(usage_main, stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "version") == 0) {
        printf("parallax %s\n", px_version());
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (strcmp(argv[1], commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "parallax: unknown command '%s'\n\n%s", argv[1], usage_main);
    return EXIT_USAGE;
}
