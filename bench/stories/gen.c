/*
 * gen.c - a synthetic news stream for the story scale bench: N articles
 * over D days as JSON Lines {"id","event","date","title","text"} on
 * standard output, in date order.
 *
 *   gen [-e] N DAYS SEED ecbplus-dev.jsonl.gz
 *
 * -e prints only "id<TAB>event" per article (the gold labels of the same
 * stream, for scoring the stories).
 * Each synthetic event mixes the sentences of one ECB+ event with a few of
 * another (background), renames every capitalised word through a per-event
 * name generator (so events of one template differ in who and where, as
 * real ones do), starts on a random day and runs for a few days.  Event
 * sizes are heavy-tailed, article lengths vary.  Nothing is written to
 * disk: the bench pipes this straight into `parallax cluster`.
 */
#include <jansson.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

typedef struct tmpl {           /* one ECB+ article: its lines */
    char **lines;
    size_t n;
    int event;
} tmpl;

typedef struct slot {           /* one generated article, before its text */
    int32_t day;
    uint32_t event;
    uint32_t seq;               /* index within the stream, for ties */
} slot;

static uint64_t next_rand(uint64_t *st)
{
    *st ^= *st >> 12;
    *st ^= *st << 25;
    *st ^= *st >> 27;
    return *st * 2685821657736338717ULL;
}

static double uniform(uint64_t *st) { return (next_rand(st) >> 11) * (1.0 / 9007199254740992.0); }

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

static char *read_line(gzFile f)
{
    size_t cap = 1 << 16, len = 0;
    char *s = malloc(cap);
    while (s && gzgets(f, s + len, (int)(cap - len))) {
        len += strlen(s + len);
        if (len && s[len - 1] == '\n') return s;
        char *ns = cap - len < 2 ? realloc(s, cap *= 2) : s;
        if (!ns) break;
        s = ns;
    }
    if (s && len) return s;
    free(s);
    return NULL;
}

/* A name for word w in event ev: two or three syllables, capitalised. */
static void fake_name(uint64_t ev, const char *w, size_t len, FILE *out)
{
    static const char *const syl[] = {
        "ka", "lo", "ver", "min", "sta", "dor", "bel", "ran", "tis", "mo", "qui", "har",
        "zen", "pol", "fa", "rud", "sel", "gor", "ni", "vast", "el", "bra", "tun", "sko",
        "ma", "jel", "dra", "wen", "os", "lif", "par", "cor", "ne", "than", "i", "ber",
        "gal", "mu", "ter", "chi"};
    uint64_t h = ev * 0x9E3779B97F4A7C15ULL;
    for (size_t i = 0; i < len; i++) h = mix(h ^ (unsigned char)w[i]) + i;
    int n = 2 + (int)(h % 2);
    for (int k = 0; k < n; k++) {
        const char *s = syl[(h >> (8 + 6 * k)) % (sizeof syl / sizeof syl[0])];
        fputc(k == 0 ? s[0] - 32 : s[0], out);
        fputs(s + 1, out);
    }
}

/* One line of template text, JSON-escaped, with capitalised words renamed
 * (but the first word of the line, which is capitalised anyway). */
static void put_line(uint64_t ev, const char *s, FILE *out)
{
    int first = 1;
    while (*s && *s != '\n') {
        if (*s >= 'A' && *s <= 'Z' && !first && (s[-1] == ' ' || s[-1] == '(')) {
            const char *e = s;
            while ((*e >= 'a' && *e <= 'z') || (*e >= 'A' && *e <= 'Z')) e++;
            fake_name(ev, s, (size_t)(e - s), out);
            s = e;
            continue;
        }
        if (*s == ' ') first = 0;
        unsigned char c = (unsigned char)*s++;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c < 0x20) fprintf(out, "\\u%04x", c);
        else fputc(c, out);
    }
}

static int usable(const char *line) { return strncmp(line, "http", 4) != 0 && strlen(line) > 20; }

static int by_day(const void *x, const void *y)
{
    const slot *a = x, *b = y;
    if (a->day != b->day) return a->day < b->day ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

int main(int argc, char **argv)
{
    int labels = argc > 1 && !strcmp(argv[1], "-e");
    argc -= labels;
    argv += labels;
    if (argc != 5) {
        fprintf(stderr, "usage: gen [-e] N DAYS SEED ecbplus-dev.jsonl.gz\n");
        return 2;
    }
    size_t n = strtoul(argv[1], NULL, 10);
    int days = atoi(argv[2]);
    uint64_t st = strtoull(argv[3], NULL, 10) * 0x9E3779B97F4A7C15ULL + 1;
    gzFile f = gzopen(argv[4], "rb");
    if (!f || !n || days < 1) {
        fprintf(stderr, "gen: cannot read %s\n", argv[4]);
        return 2;
    }
    tmpl *t = NULL;
    size_t nt = 0, cap = 0;
    char **events = NULL;
    int n_events = 0;
    for (char *line; (line = read_line(f)); free(line)) {
        json_t *o = json_loads(line, 0, NULL);
        const char *text = json_string_value(json_object_get(o, "text"));
        const char *event = json_string_value(json_object_get(o, "event"));
        if (text && event) {
            if (nt == cap && !(t = realloc(t, (cap = cap ? 2 * cap : 1024) * sizeof *t))) return 1;
            tmpl *x = &t[nt++];
            x->event = -1;
            for (int k = 0; k < n_events; k++) if (!strcmp(events[k], event)) x->event = k;
            if (x->event < 0) {
                events = realloc(events, (n_events + 1) * sizeof *events);
                events[n_events] = strdup(event);
                x->event = n_events++;
            }
            x->lines = NULL;
            x->n = 0;
            for (const char *p = text; *p;) {
                const char *e = strchr(p, '\n');
                size_t len = e ? (size_t)(e - p) : strlen(p);
                char *l = strndup(p, len);
                if (usable(l)) {
                    x->lines = realloc(x->lines, (x->n + 1) * sizeof *x->lines);
                    x->lines[x->n++] = l;
                } else free(l);
                p += len + (e != NULL);
            }
            if (x->n < 2) nt--;   /* a title and some text */
        }
        json_decref(o);
    }
    gzclose(f);
    if (!nt) return 1;
    size_t **by_event = calloc((size_t)n_events, sizeof *by_event);
    size_t *n_of = calloc((size_t)n_events, sizeof *n_of);
    for (size_t i = 0; i < nt; i++) {
        int ev = t[i].event;
        by_event[ev] = realloc(by_event[ev], (n_of[ev] + 1) * sizeof **by_event);
        by_event[ev][n_of[ev]++] = i;
    }
    int *used = malloc((size_t)n_events * sizeof *used);   /* events with articles */
    size_t n_used = 0;
    for (int k = 0; k < n_events; k++)
        if (n_of[k]) used[n_used++] = k;
    if (n_used < 2) return 1;
    const uint64_t seed = st;   /* names and templates: fixed per event */

    /* events: heavy-tailed sizes (mean about 10), a start day, a template
     * article pair; then every article gets a day a few days after it */
    slot *s = malloc(n * sizeof *s);
    uint32_t n_ev = 0;
    for (size_t i = 0; i < n; n_ev++) {
        size_t size = (size_t)(1.0 / (0.02 + 0.98 * uniform(&st)) * 2.0);
        if (size > 300) size = 300;
        int32_t start = (int32_t)(uniform(&st) * days);
        for (size_t k = 0; k < size && i < n; k++, i++) {
            int32_t day = start + (int32_t)(-2.0 * log(1.0 - uniform(&st) * 0.95));
            s[i] = (slot){day < days ? day : days - 1, n_ev, (uint32_t)i};
        }
    }
    qsort(s, n, sizeof *s, by_day);
    for (size_t i = 0; i < n; i++) {
        uint64_t ev = mix(s[i].event + 1) ^ seed, r = mix(ev ^ (s[i].seq + 1));
        /* the event's two ECB+ events (a pair, so that two generated
         * events rarely share both), and for each article one article of
         * each, a different one every time: outlets word one event
         * differently */
        size_t pk = mix(ev) % n_used, qk = (pk + 1 + mix(ev + 7) % (n_used - 1)) % n_used;
        int pe = used[pk], qe = used[qk];
        const tmpl *a = &t[by_event[pe][r % n_of[pe]]];
        const tmpl *b = &t[by_event[qe][mix(r) % n_of[qe]]];
        /* lengths vary: 3 lines up to all of both */
        size_t len_a = 2 + (size_t)(uniform(&st) * (double)a->n);
        size_t len_b = 1 + (size_t)(uniform(&st) * (double)b->n);
        if (len_a > a->n) len_a = a->n;
        if (len_b > b->n) len_b = b->n;
        if (labels) {
            printf("g%zu\te%u\n", i, s[i].event);
            continue;
        }
        int32_t day = s[i].day;
        int y = 2024, m = 1, d = 1 + day;
        static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        while (d > mdays[m - 1]) d -= mdays[m++ - 1];
        printf("{\"id\":\"g%zu\",\"event\":\"e%u\",\"date\":\"%04d-%02d-%02d\",\"title\":\"",
               i, s[i].event, y, m, d);
        put_line(ev, a->lines[0], stdout);
        fputs("\",\"text\":\"", stdout);
        /* the lines of the two, alternating, in their own order */
        size_t ja = 1, jb = 0;
        for (int k = 0; ja < len_a || jb < len_b; k++) {
            int from_a = jb >= len_b || (ja < len_a && k % 2 == 0);
            const char *l = from_a ? a->lines[ja++] : b->lines[jb++];
            if (k) fputs(k % 3 == 0 ? "\\n\\n" : " ", stdout);
            put_line(ev, l, stdout);
        }
        fputs("\"}\n", stdout);
    }
    free(s);
    return 0;
}
