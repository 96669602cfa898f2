/* country_name.c - the country an entity name denotes, for callers outside
 * the text stage (the analyser keeps the table of names and aliases). */
#include "text_int.h"

#define MAX_NAME 128

const char *px_country_of(const px_analyzer *an, const char *name)
{
    char key[MAX_NAME];
    size_t k = 0;
    if (!an || !name) return NULL;
    for (; name[k]; k++) {
        if (k + 1 >= sizeof key) return NULL;
        char ch = name[k];
        key[k] = ch >= 'A' && ch <= 'Z' ? (char)(ch + 32) : ch;
    }
    key[k] = '\0';
    return k ? tx_country_lookup(&an->countries, key, k) : NULL;
}
