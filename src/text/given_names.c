/*
 * given_names.c - the gender a first name usually has, for he/she.
 *
 * The text's own evidence (a title, "his wife", a he/she next to the
 * name) always counts first (pronouns.c); a first name only fills a
 * gender nothing in the text gave, so that "Tomas Vell met Ana Brun ...
 * 'It is over,' she said" finds the woman.  Names common in several
 * languages are listed only when they are one gender nearly everywhere;
 * names that are both (Alex, Robin, Jean, Andrea, Sasha, Kim, ...) are
 * left out.  Lower case, NFKC case folded as token norms are, sorted for
 * bsearch (a unit test checks the order).
 */
#include <stdlib.h>
#include <string.h>

#include "text_int.h"

static const char *const female[] = {
    "abigail", "ada", "adaeze", "adele", "adriana", "agata", "agnes", "agnieszka", "aileen",
    "aisha", "akosua", "alice", "alicia", "alina", "alison", "alma", "amanda", "amelia",
    "amina", "amy", "ana", "anastasia", "angela", "angelika", "anita", "anja", "ann", "anna",
    "annabel", "anne", "anneliese", "annette", "annika", "antonia", "aoife", "astrid",
    "aurelie", "ayesha", "barbara", "beata", "beatrice", "beatriz", "bella", "bernadette",
    "beth", "bethan", "bettina", "birgit", "blanca", "brenda", "bridget", "brigitte", "bronwen",
    "bryony", "camila", "camille", "carina", "carla", "carmen", "carol", "caroline", "carys",
    "catherine", "cecilia", "celia", "charlotte", "chiara", "chloe", "christina", "christine",
    "claire", "clara", "claudia", "clemence", "constance", "cordelia", "cristina", "dagmar",
    "daniela", "daphne", "deborah", "delphine", "denise", "diana", "dilys", "dolores",
    "dorothy", "edith", "elaine", "eleanor", "elena", "elif", "elisa", "elisabeth", "eliza",
    "elizabeth", "ella", "ellen", "eloise", "elsa", "emily", "emma", "esther", "eva", "eve",
    "fatima", "fatma", "felicity", "fiona", "florence", "francesca", "freya", "gabriela",
    "gemma", "georgia", "georgina", "gertrud", "gillian", "giulia", "gloria", "grace", "greta",
    "gudrun", "gwen", "gwendolyn", "hana", "hannah", "hanne", "harriet", "hazel", "heather",
    "heidi", "helen", "helena", "helga", "hilda", "hilde", "ines", "ingeborg", "ingrid",
    "irene", "irina", "iris", "isabel", "isabella", "isabelle", "isla", "ivana", "jacqueline",
    "jane", "janet", "janice", "jasmine", "jennifer", "jessica", "joan", "joanna", "joanne",
    "josephine", "judith", "julia", "julie", "juliet", "justyna", "karen", "karin", "katarzyna",
    "katherine", "kathleen", "kathryn", "katie", "katrin", "kerstin", "kirsty", "lara", "laura",
    "lauren", "leah", "leila", "lena", "leonie", "lilian", "lily", "linda", "lisa", "lorna",
    "lorraine", "louise", "lucia", "lucy", "luisa", "lydia", "magdalena", "maisie",
    "malgorzata", "margaret", "margarethe", "margarita", "margit", "margot", "marguerite",
    "maria", "mariam", "marianne", "marie", "marina", "marion", "marisol", "marit", "marta",
    "martha", "martina", "mary", "matilda", "maureen", "maya", "megan", "melanie", "melissa",
    "mercedes", "mia", "michelle", "mila", "mildred", "miriam", "monica", "monika", "nadia",
    "nadine", "naomi", "natalia", "natalie", "natasha", "ngozi", "nicole", "nina", "noor",
    "nora", "olga", "olivia", "ottilie", "patricia", "paula", "pauline", "penelope", "petra",
    "philippa", "pippa", "priya", "rachel", "rebecca", "renata", "rhiannon", "rita", "roberta",
    "rosa", "rosalind", "rose", "rosemary", "ruth", "sabine", "sabrina", "sally", "samantha",
    "sandra", "sara", "sarah", "saskia", "seren", "sharon", "sheila", "shona", "silke",
    "silvia", "siobhan", "sofia", "sonia", "sophie", "stella", "stephanie", "susan", "susanne",
    "suzanne", "sylvia", "tamsin", "tatiana", "teresa", "theresa", "tilda", "ursula",
    "valentina", "valerie", "vanessa", "vera", "veronica", "victoria", "violet", "virginia",
    "wendy", "wilhelmina", "yasmin", "yvonne", "zainab", "zeynep", "zoe", "zofia", "zuzanna",
};

static const char *const male[] = {
    "aaron", "abdul", "abraham", "adam", "adrian", "ahmed", "alan", "alasdair", "albert",
    "aled", "alejandro", "aleksander", "alexander", "alfred", "ali", "alistair", "amir",
    "anders", "andreas", "andrew", "andrzej", "angus", "anton", "antonio", "arjun", "arnaud",
    "arthur", "arturo", "axel", "benjamin", "bernard", "bjorn", "boris", "brian", "bruno",
    "callum", "carl", "carlos", "cedric", "charles", "christian", "christoph", "christopher",
    "clive", "colin", "conor", "craig", "dafydd", "daniel", "dariusz", "darren", "david",
    "declan", "dennis", "derek", "dieter", "dmitri", "dominic", "donald", "douglas", "duncan",
    "dylan", "edward", "egon", "emeka", "emil", "emmanuel", "enrique", "eric", "erik",
    "ernesto", "ethan", "euan", "eugene", "fabian", "farid", "felix", "fergus", "fernando",
    "filip", "francesco", "francis", "francisco", "frank", "fraser", "frederick", "friedrich",
    "gareth", "gary", "gavin", "geoffrey", "georg", "george", "gerald", "gerhard", "giovanni",
    "giuseppe", "gordon", "graham", "gregor", "gregory", "guillaume", "gunnar", "gustav",
    "hamish", "hans", "harold", "harry", "hassan", "hector", "heinrich", "henrik", "henry",
    "herbert", "hugh", "hugo", "hussein", "iain", "ian", "ibrahim", "idris", "igor", "ioan",
    "isaac", "ivan", "jack", "jakob", "james", "jason", "javier", "jeremy", "joachim", "johan",
    "johannes", "john", "jonas", "jonathan", "jorge", "jose", "joseph", "juan", "julian",
    "julius", "jurgen", "karl", "keith", "kenneth", "kevin", "klaus", "kofi", "konrad",
    "krzysztof", "kwame", "lars", "laurence", "lawrence", "leon", "leonard", "leonardo", "liam",
    "lorenzo", "louis", "luca", "lucas", "ludwig", "luis", "lukas", "magnus", "malcolm",
    "manuel", "marc", "marcel", "marco", "marcus", "marek", "mario", "mark", "martin", "mateo",
    "matteo", "matthew", "matthias", "maurice", "max", "maximilian", "michael", "miguel",
    "mikhail", "mohammed", "muhammad", "nathan", "neil", "niall", "nicholas", "niels", "nigel",
    "nikolai", "nils", "noah", "norman", "olaf", "oliver", "omar", "oscar", "oskar", "otto",
    "owain", "owen", "pablo", "patrick", "paul", "pavel", "pedro", "peter", "philip",
    "philippe", "pierre", "piotr", "rafael", "rahul", "raj", "ralph", "ramon", "raymond",
    "reinhard", "rhys", "richard", "robert", "roberto", "roger", "roland", "ronald", "rory",
    "rudolf", "rupert", "russell", "samuel", "sebastian", "sergei", "sergio", "simon", "stefan",
    "stephen", "steven", "stuart", "sven", "thomas", "timothy", "tobias", "tomas", "tomasz",
    "tony", "trevor", "umar", "vasily", "victor", "viktor", "vincent", "vladimir", "walter",
    "werner", "wilhelm", "william", "wojciech", "wolfgang", "xavier", "yusuf", "zbigniew",
};

static int by_name(const void *k, const void *e)
{
    return strcmp(k, *(const char *const *)e);
}

int tx_given_name_gender(const char *norm)
{
    if (!norm || !*norm) return 0;
    if (bsearch(norm, female, sizeof female / sizeof *female, sizeof *female, by_name)) return 2;
    if (bsearch(norm, male, sizeof male / sizeof *male, sizeof *male, by_name)) return 1;
    return 0;
}

bool tx_given_names_sorted(void)
{
    for (size_t i = 1; i < sizeof female / sizeof *female; i++)
        if (strcmp(female[i - 1], female[i]) >= 0) return false;
    for (size_t i = 1; i < sizeof male / sizeof *male; i++)
        if (strcmp(male[i - 1], male[i]) >= 0) return false;
    return true;
}
