/* jsonl_fields.h - the fields parallax cluster reads from one line of
 * JSON Lines (see jsonl_fields.c). */
#ifndef PX_JSONL_FIELDS_H
#define PX_JSONL_FIELDS_H

#include <jansson.h>
#include <stddef.h>

enum { JL_TEXT, JL_TITLE, JL_DATE, JL_LANGUAGE, JL_URL, JL_SOURCE, JL_SITE, JL_PATH, JL_ID,
       JL_FIELDS };

typedef struct jl_fields {
    const char *s[JL_FIELDS];   /* string values; NULL: absent or not a string */
    int id_is_int;              /* "id" is an integer, in id */
    long long id;
    char *owned[JL_FIELDS];     /* the strings' block, when the fast path read the line */
    json_t *obj;                /* the object holding them, when jansson did */
} jl_fields;

typedef struct jl_reader jl_reader;

/* NULL when out of memory; jl_read with a NULL reader has jansson read
 * every line. */
jl_reader *jl_reader_new(void);
void jl_reader_free(jl_reader *r);

/* Fill f from line[0..len).  0: done (jl_fields_free it); else the line
 * is no JSON object and err gets why, as jansson words it. */
int jl_read(jl_reader *r, const char *line, size_t len, jl_fields *f, char *err, size_t cap);
void jl_fields_free(jl_fields *f);

#endif
