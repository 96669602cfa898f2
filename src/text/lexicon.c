/*
 * lexicon.c - word classes the entity and quote rules key on, and the
 * string map that holds them.
 *
 * Every rule in the stage asks "is this word a title / an organisation cue /
 * a speech verb ...?".  Rather than scanning lists per token, the analyzer
 * builds one map from case-folded word to a bit set of classes at start-up,
 * so each token costs one hash lookup.  The lists are general English
 * vocabulary we wrote ourselves; no names of people, places or outlets.
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

/* ------------------------------------------------------------ the map */

#define FILTER_BITS (1u << 16)   /* 8 KB: stays in the cache */

static uint32_t filter_bit(uint64_t h) { return (uint32_t)(h >> 48); }   /* slots use the low bits */

/* Maps start small: a document's entity maps hold a few dozen names, and
 * zeroing 8 KB for each of them cost more than all their lookups. */
static bool map_grow(tx_map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 16;
    tx_slot *ns = calloc(ncap, sizeof *ns);
    if (!ns) return false;
    for (size_t i = 0; i < m->cap; i++) {
        tx_slot *s = &m->slots[i];
        if (!s->key) continue;
        size_t j = s->hash & (ncap - 1);
        while (ns[j].key) j = (j + 1) & (ncap - 1);
        ns[j] = *s;
    }
    free(m->slots);
    m->slots = ns;
    m->cap = ncap;
    return true;
}

bool tx_map_put(tx_map *m, px_arena *arena, const char *key, size_t n,
                uint32_t val, bool or_val)
{
    return tx_map_put_hashed(m, arena, key, n, px_hash64(key, n), val, or_val);
}

bool tx_map_put_hashed(tx_map *m, px_arena *arena, const char *key, size_t n, uint64_t h,
                       uint32_t val, bool or_val)
{
    if ((m->n + 1) * 2 > m->cap && !map_grow(m)) return false;
    size_t j = h & (m->cap - 1);
    while (m->slots[j].key) {
        tx_slot *s = &m->slots[j];
        if (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0) {
            s->val = or_val ? (s->val | val) : val;
            return true;
        }
        j = (j + 1) & (m->cap - 1);
    }
    const char *k = arena ? px_arena_strndup(arena, key, n) : key;
    if (!k) return false;
    m->slots[j] = (tx_slot){k, (uint32_t)n, val, h};
    m->n++;
    if (m->filter) {
        uint32_t b = filter_bit(h);
        m->filter[b >> 6] |= 1ULL << (b & 63);
    }
    return true;
}

const tx_slot *tx_map_get(const tx_map *m, const char *key, size_t n)
{
    return m->cap ? tx_map_get_hashed(m, key, n, px_hash64(key, n)) : NULL;
}

bool tx_map_filter(tx_map *m)
{
    if (!m->filter) m->filter = calloc(FILTER_BITS / 64, sizeof *m->filter);
    if (!m->filter) return false;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->slots[i].key) continue;
        uint32_t b = filter_bit(m->slots[i].hash);
        m->filter[b >> 6] |= 1ULL << (b & 63);
    }
    return true;
}

const tx_slot *tx_map_get_hashed(const tx_map *m, const char *key, size_t n, uint64_t h)
{
    if (!m->cap) return NULL;
    uint32_t b = filter_bit(h);
    if (m->filter && !(m->filter[b >> 6] >> (b & 63) & 1)) return NULL;
    size_t j = h & (m->cap - 1);
    while (m->slots[j].key) {
        const tx_slot *s = &m->slots[j];
        if (s->hash == h && s->klen == n && memcmp(s->key, key, n) == 0)
            return s;
        j = (j + 1) & (m->cap - 1);
    }
    return NULL;
}

void tx_map_free(tx_map *m)
{
    free(m->slots);
    free(m->filter);
    m->slots = NULL;
    m->filter = NULL;
    m->cap = m->n = 0;
}

/* Slots a cleared map keeps however few it needed. */
#define CLEAR_SMALL 128

void tx_map_clear(tx_map *m, size_t keep)
{
    /* a long document's room is not zeroed for every shorter one after
     * it (the five entity maps held some 70 entries a text in 32 KB): a
     * map eight times the size its entries needed starts small again */
    bool sparse = m->n && m->n * 8 < m->cap && m->cap > CLEAR_SMALL && !m->filter;
    if (m->cap > keep || sparse) tx_map_free(m);
    else if (m->n) memset(m->slots, 0, m->cap * sizeof *m->slots);
    if (m->filter) memset(m->filter, 0, FILTER_BITS / 8);
    m->n = 0;
}

/* -------------------------------------------------------- word classes */

typedef struct lex_list {
    uint32_t flag;
    const char *words;    /* space separated */
} lex_list;

static const lex_list lists[] = {
    {LX_TITLE,
     "president president-elect professor prof dr mr mrs ms miss sir dame mme mlle ma\xc3\xaetre maitre "
     "minister secretary chairman chairwoman chairperson chair director "
     "spokesperson spokesman spokeswoman senator sen rep representative "
     "governor gov mayor ambassador envoy chancellor premier king queen "
     "prince princess pope judge justice general gen lieutenant lt colonel "
     "col captain capt sergeant admiral commander marshal ceo chief "
     "aide adviser advisor editor correspondent lawmaker congressman "
     "congresswoman leader head deputy officer commissioner councillor "
     "councilor dean rector coach researcher analyst economist fellow "
     "lecturer scientist professor-emeritus emeritus curator executive mp "
     "inspector detective trooper constable superintendent shopkeeper "
     "neighbour neighbor grandmother grandfather landlord landlady "
     "consultant agent host manager founder owner historian singer baker "
     "farmer ranger pilot nurse teacher fisherman firefighter paramedic "
     "lawyer attorney engineer architect author novelist photographer "
     "chef actor actress footballer striker goalkeeper skipper volunteer "
     "campaigner activist warden sgt cllr supt insp prosecutor barrister "
     "solicitor magistrate coroner treasurer clerk librarian surgeon "
     "physician vicar priest rabbi imam bishop pastor sheriff trustee "
     "principal headteacher headmaster headmistress harbourmaster "
     "harbormaster fiancé fiancée fiance fiancee freshman fresher sophomore "
     "undergraduate postgraduate student pupil prefect member speaker boss "
     "rev revd reverend canon archdeacon archbishop cardinal lord lady baroness "
     "baron grandmaster herr frau father fr sheikh sheikha di dci ds pc "
     "barmaid barman bartender waiter waitress cashier publican provost registrar "
     "bursar"},
    {LX_TITLE_MOD,
     "foreign prime vice deputy associate assistant senior junior chief "
     "former acting defense defence interior finance trade executive "
     "general presidential state supreme top national visiting "
     "research detective lieutenant emeritus"},
    {LX_ORG_CUE,
     "ministry university academy agency center centre institute institution "
     "party council company inc corp corporation group bank committee "
     "commission department office organization organisation association "
     "foundation army navy force forces court parliament congress senate "
     "assembly college school embassy consulate government fund authority "
     "bureau board police service administration society league alliance "
     "coalition front movement club ltd llc llp plc co laboratory lab hospital "
     "union federation cabinet secretariat directorate guard command "
     "council tank trust museum program programme observatory institutes "
     "ministries universities chemicals industries holdings motors airlines "
     "airways energy systems technologies pharmaceuticals logistics "
     "enterprises shipping brewery ventures railways utilities refinery "
     "foods partners stores brands firm fc afc united estates homes properties "
     "records studios publishing chamber grid forum guild consortium "
     "collective cooperative syndicate confederation gmbh ag sa nv bv oy oyj "
     "spa srl sarl pty kgaa exchange studio theatre theater library gallery cinema"},
    {LX_MEDIA_CUE,
     "times news post press journal tv radio herald tribune gazette "
     "telegraph daily broadcasting television channel wire magazine "
     "chronicle courier dispatch newspaper network"},
    {LX_PLACE_CUE,
     "asia europe africa america americas eurasia oceania antarctica arctic "
     "peninsula sea ocean region province county island islands river "
     "mountains mountain gulf strait valley coast oblast district prefecture "
     "square street avenue bay lake desert city town village capital "
     "territory territories highlands plateau basin point quay harbour "
     "harbor port heights road lane row drive isle isles sound fjord firth junction moor heath fen "
     "loch estuary cathedral airport stadium station"},
    {LX_EVENT_CUE,
     "war summit forum conference treaty agreement pact act olympics games "
     "cup day festival initiative crisis revolution accord accords protocol "
     "convention declaration doctrine plan strategy election elections "
     "talks dialogue meeting fire wildfire bushfire blaze hurricane typhoon cyclone "
     "earthquake quake eruption outbreak"},
    {LX_SPEECH,
     "said says say told tells added adds noted notes stressed stresses "
     "argued argues asserted asserts evaluated evaluates emphasized "
     "emphasised emphasizes emphasises predicted predicts wrote writes warned "
     "warns stated explained explains claimed claims insisted insists "
     "suggested suggests commented comments remarked remarks announced "
     "announces declared declares observed observes acknowledged admitted "
     "replied replies responded continued concluded recalled pointed "
     "asked asks ask urged urges vowed highlighted mentioned indicated tweeted "
     "countered contended maintained maintains reiterated underlined "
     "underscored cautioned confirmed denied believes believed thinks "
     "reported reports cited quoted read reads complained agreed "
     "disagreed explained elaborated affirmed alleged lamented confirms denies "
     "admits recalls recommends recommended recommend argue warn insist predict "
     "believe suggest explain laughed laughs joked jokes quipped quips "
     "assured assures revealed reveals concludes testified testifies "
     "estimates shrugged shrugs write reminded reminds reckons reckoned reckon "
     "emails texted tweets messaged promised promises pledged pledges "
     "conceded concedes disclosed discloses confessed confesses boasted boasts "
     "hinted hints retorted answered protested clarified recounted reasoned "
     "speculated whispered shouted estimated expressed sings sang accepted accepts "
     "ruled rules remind specified specifies confided confides communicated "
     "informed informs convinced adamant allege alleges criticise criticises criticised "
     "criticize criticizes criticized complain complains"},
    {LX_GESTURE, "grins grinned smiles smiled nods nodded sighs sighed winks winked"},
    /* prepositions and sentence adverbs a sentence may open with,
     * capitalised there and then glued to a following name ("Given NATO's
     * expansion", "Despite Mary Cole's objection") */
    {LX_OPENER,
     "given following amid amidst despite regarding concerning including "
     "excluding unlike considering notwithstanding meanwhile however "
     "moreover furthermore nevertheless nonetheless therefore thus hence "
     "instead indeed besides otherwise accordingly consequently "
     "additionally overall ultimately initially eventually currently "
     "tonight today yesterday tomorrow nobody everybody somebody anybody "
     "everyone someone anyone no-one others"},
    /* adjectives of regions, not names of anything: "Western media",
     * "East Asian studies", "Korean talks" (a nation two states share) */
    {LX_REGION_ADJ,
     "western eastern northern southern asian european african eurasian "
     "oceanian arctic antarctic arab arabian latin nordic baltic balkan "
     "caribbean pacific atlantic mediterranean scandinavian slavic korean "
     "middle-eastern transatlantic"},
    {LX_COMPASS,
     "east west north south central northeast northwest southeast "
     "southwest north-east north-west south-east south-west far near "
     "middle sub-saharan"},
    {LX_SPEECH_PART,
     "saying adding noting stressing arguing asserting emphasizing "
     "emphasising predicting writing warning stating explaining claiming "
     "insisting suggesting commenting remarking announcing declaring "
     "observing acknowledging admitting replying responding continuing "
     "concluding recalling pointing asking urging vowing highlighting "
     "mentioning indicating telling reporting citing quoting reiterating "
     "underlining cautioning confirming denying conceding disclosing"},
    {LX_REPORT, "reported reports cited cites quoted quotes"},
    {LX_TIME,
     "january february march april may june july august september october "
     "november december jan feb mar apr jun jul aug sep sept oct nov dec "
     "monday tuesday wednesday thursday friday saturday sunday"},
    {LX_PRON, "he she"},
    {LX_ROLE,
     "spokesperson spokesman spokeswoman researcher researchers analyst "
     "worker parent doctor trader protester investor administrator employee "
     "voter villager forecaster investigator rescuer survivor organiser "
     "organizer customer passenger driver coordinator convener convenor steward "
     "analysts expert experts official officials source sources diplomat "
     "diplomats observer observers scholar scholars professor lecturer "
     "director minister ministry government authorities authority police "
     "fellow economist economists commentator commentators adviser advisers "
     "advisor aide aides insider insiders critic critics lawmaker lawmakers "
     "leader leaders representative representatives witness witnesses "
     "resident residents people statement spokespeople official's "
     "observers insider insiders owner owners fan fans landlords tenants "
     "farmers workers parents teachers doctors nurses shopkeepers traders "
     "campaigners activists protesters investors scientists engineers "
     "administrators managers employees staff voters locals neighbours "
     "neighbors villagers forecasters prosecutors investigators lawyers "
     "firefighters rescuers survivors families relatives students "
     "organisers organizers members customers passengers drivers "
     "consultant consultants agent agents manager neighbour neighbor "
     "daughter son wife husband mother father brother sister partner friend twin twins "
     "nephew niece uncle aunt cousin grandson granddaughter reader readers "
     "listener listeners viewer viewers family rival rivals jury juries "
     "colleague widow widower accountant miller senior councillors "
     "councilors senators ministers legislators executives team crew panel "
     "groups unions associations charities companies firms pal pals authors "
     "man woman companion person"},
    {LX_CONNECT, "of for de du des del della di la le las los von van der den ter al bin bint ibn y da dos das ap"},
    {LX_DOC,
     "document statement report letter memo decree article editorial "
     "communique communiqué communiques communiqués notice text announcement readout "
     "transcript filing "
     "ruling verdict order resolution study survey paper judgment judgement "
     "review readout figures data statistics results estimates records poll "
     "polls email emails audit audits assessment inquiry analysis evaluation"},
    {LX_MEDIA_NOUN,
     "newspaper newspapers broadcaster broadcasters outlet outlets media "
     "tabloid daily agency magazine channel network wire station"},
    {LX_LOC_PREP,
     "in near across throughout into inside outside toward towards via"},
    {LX_ADVERB,
     "also further then later again once previously recently earlier "
     "separately similarly likewise has have had was is were reportedly "
     "publicly privately repeatedly bluntly firmly flatly simply even still already however"},
    {LX_SAY_BARE,
     "said says say added adds noted notes wrote writes argued argues stressed "
     "warned warns believes believed thinks stated claimed claims insisted "
     "predicted explained emphasized emphasised asserted told argue warn "
     "insist predict believe suggest suggests suggested confirms confirmed admitted "
     "admits tells reckons reckoned reckon agreed agrees insists states explains "
     "predicts asserts stresses emphasises emphasizes conceded concedes boasted "
     "confessed hinted reasoned speculated retorted"},
    {LX_HYPH_ADJ,
     "led based backed born owned run made style era linked funded "
     "controlled affiliated centric brokered sponsored supported friendly "
     "wide bound"},
};

bool tx_lexicon_build(tx_map *m, px_arena *arena)
{
    if (!tx_stopwords_into(m, arena)) return false;
    for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++) {
        const char *p = lists[i].words;
        while (*p) {
            while (*p == ' ') p++;
            const char *e = p;
            while (*e && *e != ' ') e++;
            if (e > p && !tx_map_put(m, arena, p, (size_t)(e - p),
                                     lists[i].flag, true))
                return false;
            p = e;
        }
    }
    return true;
}

uint32_t tx_lex_word(const px_analyzer *an, const char *norm)
{
    const tx_slot *s = tx_map_get(&an->lex, norm, strlen(norm));
    return s ? s->val : 0;
}
