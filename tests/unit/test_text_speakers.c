/*
 * test_text_speakers.c - unit tests of the speaker rules of the text stage
 * that go past the sentence of the quote: descriptive and role speakers
 * resolved to a named person, speakers named in the next sentence, "it
 * said", verbs that sum words up, and the entity kinds those rules lean
 * on (first names that are common words, organisations by what they own,
 * datelines).
 * Every case uses invented people and organisations.
 */
#include "text_fixture.h"
#include "text/text_int.h"   /* tx_given_names_sorted */

static const qcase cases[] = {
    /* 1 "the 26-year-old singer": nobody has the title; the person the
     * text is about (the first named of the sentence before) */
    {"Pop star Kira Lund has split from chef Dom Reyes after two years. "
     "\"It was time,\" the 26-year-old singer wrote on Monday.",
     "It was time", "Kira Lund", QK_ANY},
    /* 2 an age picks the person given that age */
    {"Pop star Kira Lund has split from Dom Reyes, 31. \"It was time,\" the "
     "31-year-old singer wrote on Monday.", "It was time", "Dom Reyes", QK_ANY},
    /* 3 a noun brought in without a name stays that role */
    {"A nurse at the clinic said the ward was full. Lena Voss agreed with "
     "her. \"We had no beds at all,\" the nurse said.",
     "We had no beds", "A nurse", QK_ANY},
    /* 4 "the town manager": modifiers before the title */
    {"Town manager Ines Alder told the board the plan was ready. \"We can "
     "start in the spring,\" the town manager said.",
     "We can start", "Ines Alder", QK_ANY},
    /* 5 a quote named in the next sentence */
    {"Rain fell all week.\n\n\"We will not give up on this town.\" Mayor Kofi "
     "Arden was speaking outside the town hall on Friday.",
     "We will not give up", "Kofi Arden", QK_ANY},
    /* 6 "called it": a verb that sums words up, before a partial quote */
    {"Senator Ada Fenn, who wrote the bill, called it \"a promise a century "
     "overdue.\"", "a promise a century", "Ada Fenn", QK_ANY},
    /* 7 the nearest speech verb ("announced") has no subject: an earlier
     * one of the sentence */
    {"Health minister Ida Brenn told Radio Kelmouth that extra money "
     "announced in the spring \"will start to make a difference by the "
     "winter\".", "will start to make", "Ida Brenn", QK_ANY},
    /* 8 a name between the article and the role noun */
    {"Power firm Norvale Energy says 3,000 homes are cut off. A Norvale "
     "spokesperson said crews \"will work through the night to fix it.\"",
     "will work through", "A Norvale spokesperson", QK_ANY},
    /* 9 "it" speaking: the latest organisation */
    {"Acme Holdings said it would close a plant. In a statement, it called on "
     "the council \"to think again about the new business rates.\"",
     "to think again", "Acme Holdings", QK_ANY},
    /* 10 an "a"/"an" role speaker named in the next sentence */
    {"A former safety manager at the plant says she was ordered to hide the "
     "leaks. Sara Hale, who worked there for nine years, told this paper "
     "that logs were deleted.", "she was ordered", "Sara Hale", QK_ANY},
    /* 11 "the company": an organisation known by what it owns, though a
     * headline word first made it look like a surname */
    {"Water board orders inquiry into Brask Valley shortages\n\nThe regulator "
     "said the company responsible, Brask Water, had failed.\n\nBrask "
     "Water's managing director, Tom Hale, apologised. In a statement, the "
     "company said it \"welcomed the inquiry\" and would help.",
     "welcomed the inquiry", "Brask Water", QK_ANY},
    /* 12 a first name that is a modal */
    {"\"There is no room left,\" said Will Sanderby, the head teacher.",
     "There is no room", "Will Sanderby", QK_ANY},
    /* 13 indirect: "about" before a number opens the clause */
    {"Power company Brinline Energy says about 120,000 customers are "
     "without electricity.", "about 120,000 customers", "Brinline Energy", QK_ANY},
    /* 14 indirect: a relative clause closing the apposition */
    {"Kofi Asare, a climate modeller at the Institute for Dry Studies who "
     "was not involved in the work, said a single lake could mislead.",
     "a single lake could", "Kofi Asare", QK_ANY},
    /* 15 indirect: "according to" a phrase with no entity or role word */
    {"The plan adds two car parks. According to the town hall, the works "
     "will cost six million euros.", "the works will cost", "the town hall", QK_ANY},
    /* 16 a job word the lexicon does not know, given as a title before a
     * name at the start of a sentence */
    {"Defender Rory Quill, 29, signed a new deal on Friday. \"I never "
     "wanted to leave,\" the veteran defender said.", "I never wanted",
     "Rory Quill", QK_ANY},
    /* 17 an age before the inverted subject */
    {"\"Honestly? I cried,\" admitted 19-year-old student Lara Finch.",
     "Honestly? I cried", "Lara Finch", QK_ANY},
    /* 18 he/she after an unnamed role that spoke in the sentence before */
    {"Mayor Joan Kettle opened the bridge. A spokeswoman for the bus company "
     "said the buses would start on Monday. \"We are ready,\" she said.",
     "We are ready", "A spokeswoman", QK_ANY},
    /* 19 "the mother of two": a one-person role word describes the person
     * the text is about */
    {"Sunny Park, 34, a nurse, said she had waited for hours. \"It is chaos "
     "in there,\" the mother of two said.", "It is chaos", "Sunny Park", QK_ANY},
    /* 20 ... but not after an unnamed role came in */
    {"An insider close to the couple told Gossip Weekly that they had split. "
     "\"The tour was brutal,\" the source said.", "The tour was brutal",
     "the source", QK_ANY},
    /* 21 "..., according to the Treasury" after the quote */
    {"The bill \"will lower costs for millions,\" according to the Treasury.",
     "will lower costs", "Treasury", QK_ANY},
    /* 22 a surname with an apposition joins the full name */
    {"Senator Lyle Branner said he would vote against the bill. \"I cannot "
     "support it,\" Branner, a Republican from Ohio, said.",
     "I cannot support it", "Lyle Branner", QK_ANY},
    /* 23 "one worker": a determiner and a noun the lexicon does not know */
    {"\"We saw it coming,\" one worker admitted.", "We saw it coming",
     "one worker", QK_ANY},
    /* 24 "the MP", "the Minister": a title written in capitals */
    {"Local MP Anna Ferris visited the plant. The MP told the Echo that the "
     "government \"must step in\".", "must step in", "Anna Ferris", QK_ANY},
    /* 25 "said in a statement" is where, not who */
    {"The ferry firm said in a statement it was \"proud of the whole crew\".",
     "proud of the whole crew", "The ferry firm", QK_ANY},
    /* 26 a lone name set off by commas after a role noun is a person */
    {"Captain Ola Strand came home. Strand's wife, Maj, was waiting at the "
     "quay. \"I did not sleep,\" she said.", "I did not sleep", "Maj", QK_ANY},
    /* 27 a paragraph opening with a quote after one about a person */
    {"Ferry captain Ola Strand has sailed the route for 30 years.\n\n\"The "
     "sea was like glass that morning. Then the wind turned.\"",
     "The sea was like glass", "Ola Strand", QK_ANY},
    /* 28 "the source": the phrase that brought the noun in unnamed */
    {"A government source told Radio Fenwick the minister would go. \"She "
     "will be gone by Friday,\" the source added.", "She will be gone",
     "A government source", QK_ANY},
    /* 29 indirect: "confirms" takes a clause without "that" */
    {"Finance secretary Morag Venn confirms the basic rate of income tax "
     "will stay at 20p.", "the basic rate of income", "Morag Venn", QK_ANY},
    /* 30 "the paper reported": the outlet named last, not the last person
     * quoted */
    {"The Daily Clarion said the fire was large. Ann Roe, a neighbour, said "
     "she saw it. \"Witnesses heard loud bangs,\" the newspaper reported.",
     "Witnesses heard loud bangs", "Daily Clarion", QK_ANY},
    /* 31 a partial quote inside a sentence opened by "according to X" */
    {"Ann Roe, a neighbour, said \"we warned them\". According to Ostby "
     "Radio, the depot holds \"about 2,000 drums of solvent\".",
     "about 2,000 drums", "Ostby Radio", QK_ANY},
    /* 32 indirect: "X quoted Y as saying CLAUSE" is Y's */
    {"The Valley Courier quoted harbour master Ines Kolb as saying the pier "
     "would reopen in May.", "the pier would reopen", "Ines Kolb", PX_QUOTE_INDIRECT},
    /* 33 a title noun before a first name that is also a title */
    {"Owner Dean Farrow said the cafe would close in June.",
     "the cafe would close", "Dean Farrow", PX_QUOTE_INDIRECT},
    /* 34 a possessive opens the role before the inverted subject */
    {"'We lost everything,' said her neighbour Jory Bask.", "We lost everything",
     "Jory Bask", PX_QUOTE_DIRECT},
    /* 35 a hyphenated surname is one name part, alone too */
    {"The port's chief engineer, Marta Olsen-Brook, spoke first. \"The crane "
     "is safe,\" Olsen-Brook said.", "The crane is safe", "Marta Olsen-Brook",
     PX_QUOTE_DIRECT},
    /* 36 a role that says a gender ("her husband") is not "she" */
    {"Mara Quinn founded the shop. Her husband, Teo Brand, keeps the books. "
     "\"We argue about money,\" she said.", "We argue about money", "Mara Quinn",
     PX_QUOTE_DIRECT},
    /* 37 a surname two people share stays with the one named first */
    {"Ada Rook opened the bakery in 2001. Her son, Felix Rook, joined in 2015. "
     "Rook said the shop would stay open on Sundays.", "the shop would stay",
     "Ada Rook", PX_QUOTE_INDIRECT},
    /* 38 "the governor" after "Gov." */
    {"Gov. Hale Marrin signed the bill. \"Today we say enough,\" the governor "
     "said.", "Today we say enough", "Hale Marrin", PX_QUOTE_DIRECT},
    /* 39 "FC" makes a club, so the player is the person described */
    {"Dunmore Vale FC won the cup after Tam Orrin scored late. \"I just hit "
     "it,\" the 22-year-old striker said.", "I just hit it", "Tam Orrin",
     PX_QUOTE_DIRECT},
    /* 40 "laughed" attributes a quote */
    {"\"Somebody has to bake the bread,\" laughed Nell Varga, 70.",
     "Somebody has to bake", "Nell Varga", PX_QUOTE_DIRECT},
    /* 41 a court title before a name */
    {"Prosecutor Iona Brack said the accused had \"betrayed every donor\".",
     "betrayed every donor", "Iona Brack", PX_QUOTE_DIRECT},
    /* 42 a quote opening a paragraph, then "X said he ...": the speaker
     * before goes on */
    {"\"I won,\" said Nell Varga.\n\n\"I checked the ticket twice. Then I "
     "made my son check it.\" Her son, Cal Varga, said he thought she was "
     "joking.", "I checked the ticket", "Nell Varga", PX_QUOTE_DIRECT},
    /* 43 a relative clause is not part of the role's head */
    {"An ornithologist who read the study said the counts were too small.",
     "the counts were too small", "An ornithologist", PX_QUOTE_INDIRECT},
    /* 44 a noun the lexicon lacks, before a prepositional phrase */
    {"A lifeguard at the lido, who asked not to be named, said staff had "
     "complained for months.", "staff had complained", "A lifeguard",
     PX_QUOTE_INDIRECT},
    /* 45 a group speaks as itself, not as a person described */
    {"Dr Ana Vell led the study. The young owls left the nest two weeks "
     "early, the team reported.", "The young owls left", "the team",
     PX_QUOTE_INDIRECT},
    /* 46 "the" and one noun the lexicon lacks, after the verb */
    {"'It was a silly dare that went wrong,' said the groom.",
     "It was a silly dare", "the groom", PX_QUOTE_DIRECT},
    /* 47 a participle phrase after the subject, which follows "and" */
    {"The Daily Crest named it cafe of the year, and a food guide published "
     "last spring described the soup as \"plain food done with real care\".",
     "plain food done with real care", "a food guide", PX_QUOTE_DIRECT},
    /* 48 a plural group noun heads the phrase */
    {"Landlord groups said the cap would not protect new buildings.",
     "the cap would not protect", "Landlord groups", PX_QUOTE_INDIRECT},
    /* 49 one quoted word after a linking verb in a reported clause */
    {"Ivy Marsh, 29, said she was left \"humiliated\" by the call.",
     "humiliated", "Ivy Marsh", PX_QUOTE_DIRECT},
    /* 50 after a title in lower case, "Dean" is a first name; "fiancé"
     * is not "she" */
    {"Ivy Marsh said her fiancé Dean Holt had rung from a cell. \"I did not "
     "know whether to laugh,\" she said.", "I did not know", "Ivy Marsh",
     PX_QUOTE_DIRECT},
    /* 51 double marks nested in a single quote */
    {"Home secretary Ana Lind hit back. ‘He says “reform”, I hear “cuts to "
     "services”’, she said.", "He says “reform”", "Ana Lind", PX_QUOTE_DIRECT},
    /* 52 a plural's apostrophe inside the apposition */
    {"Tom Vey, head of the farmers’ union, said: ‘A start is not an answer.’",
     "A start is not", "Tom Vey", PX_QUOTE_DIRECT},
    /* 53 a direct quote "X quoted Y as saying" after it is Y's */
    {"\"The pier is safe,\" the Valley Courier quoted harbour master Ines "
     "Kolb as saying.", "The pier is safe", "Ines Kolb", PX_QUOTE_DIRECT},
    /* 54 an opening phrase without a verb is not the reported clause */
    {"In a statement on Monday, the ministry said the bridge met every "
     "standard.", "the bridge met every", "the ministry", PX_QUOTE_INDIRECT},
    /* 55 an unattributed quote after a sentence about a person, in the
     * same paragraph */
    {"Mayor Ana Cole opened the bridge. \"It took ten years,\" she said.\n\n"
     "Councillor Ben Ray was less impressed. \"It is too narrow for the "
     "prams.\"", "It is too narrow", "Ben Ray", PX_QUOTE_DIRECT},
    /* 56 a participle clause between a document and its verb */
    {"The letter, signed by 40 doctors, warned that waiting lists would "
     "double.", "waiting lists would double", "The letter", PX_QUOTE_INDIRECT},
    /* 57 a present-tense clause before a preposition */
    {"Residents say the noise starts at 5am.", "the noise starts",
     "Residents", PX_QUOTE_INDIRECT},
    /* 58 "Residents" opening a sentence is not a person described later */
    {"Residents say the noise starts at 5am. \"It is unbearable,\" the head "
     "teacher said.", "It is unbearable", "the head teacher", PX_QUOTE_DIRECT},
    /* 59 a role of someone else ("the school's") nobody was given */
    {"Ana Cole, 34, toured the school. The school's head teacher said pupils "
     "would go home early.", "pupils would go home", "The school's head teacher",
     PX_QUOTE_INDIRECT},
    /* 60 "X welcomed Y but said CLAUSE": the phrase opening the sentence */
    {"Parents welcomed the Kestrel Trust plan but said it came too late.",
     "it came too late", "Parents", PX_QUOTE_INDIRECT},
    /* 61 she after an unnamed role that spoke past an opening phrase */
    {"Judge Mia Oakes passed sentence. Outside court, the victim's mother "
     "said the family could move on. \"We have waited two years,\" she said.",
     "We have waited two years", "the victim's mother", PX_QUOTE_DIRECT},
    /* 62 "the union" is not the company named before it */
    {"Norvik Motors will cut 1,200 jobs. The union called the move \"a "
     "betrayal of loyal workers\".", "a betrayal of loyal", "The union",
     PX_QUOTE_DIRECT},
    /* 63 a capitalised word before a name that the text writes in lower
     * case as a plural is a role */
    {"The head spoke to parents at the gate. Parent Tom Birch was not "
     "convinced. \"Nobody has shown us the report,\" he said.",
     "Nobody has shown us", "Tom Birch", PX_QUOTE_DIRECT},
    /* 64, 65 "Mme": a French form of address before a name, with its dot
     * or without; "assured" reports speech */
    {"Odile Ferrand runs the bakery on the square. \"It was a shock to all of "
     "us,\" said Mme. Ferrand. \"We will rebuild,\" Mme Ferrand assured residents.",
     "We will rebuild", "Odile Ferrand", QK_ANY},
    {"Odile Ferrand runs the bakery on the square. \"It was a shock to all of "
     "us,\" said Mme. Ferrand.", "It was a shock", "Odile Ferrand", QK_ANY},
    /* 66 "revealed", "concludes" take a clause */
    {"The audit office revealed that the budget would rise by 4%.",
     "the budget would rise", "The audit office", QK_ANY},
    /* 67 an agent noun the lexicon lacks, opening the sentence before a
     * name of two words, is a role */
    {"Commuter Lena Harwick, who takes the early train, said it was "
     "\"packed to the doors\".", "packed to the doors", "Lena Harwick", QK_ANY},
    /* 68 "&" joins a firm's name */
    {"The liquidators, Parrow & Co, said in a report that creditors would "
     "get \"almost nothing\".", "almost nothing", "Parrow & Co", QK_ANY},
    /* 69 a year of study before a name is a role */
    {"Sophomore Ola Brandt said the queue was \"out of the door\".",
     "out of the door", "Ola Brandt", QK_ANY},
    /* 70, 71 "testified" and "estimates" report speech */
    {"\"Every spring it floods,\" testified Paul Moreau, a retired baker.",
     "Every spring it floods", "Paul Moreau", QK_ANY},
    {"The engineer Lise Varga estimates that the walls \"will not last ten "
     "more years\".", "will not last ten", "Lise Varga", QK_ANY},
    /* 72 "shrugged" after a quote reports it */
    {"Goalkeeper Tom Ashby saved a penalty. \"That's my job,\" the "
     "30-year-old shrugged.", "That's my job", "Tom Ashby", QK_ANY},
    /* 73 "admitted" takes a clause without "that" */
    {"Manager Ian Colt admitted his side had been poor for an hour.",
     "his side had been poor", "Ian Colt", PX_QUOTE_INDIRECT},
    /* 74 "another" opens a role phrase; the speaker is the noun */
    {"Singer Dario Penn has split from his wife, friends say. Another pal "
     "said the long tours had taken their toll.", "the long tours had taken",
     "pal", PX_QUOTE_INDIRECT},
    /* 75 a plural noun ending a capitalised name ("Estates") makes a firm,
     * which is no "he" */
    {"A spokesperson for the owner, Kelby Estates, said the rent was fair.\n\n"
     "Her neighbour, the owner of the bike shop, is a fan. \"She fixed my "
     "clock for nothing,\" he says.", "She fixed my clock", "neighbour",
     PX_QUOTE_DIRECT},
    /* 76 an agent noun before a firm the text names again without it */
    {"Developer Kestly Holdings said the plan would bring \"homes people "
     "can afford\". Kestly Holdings will appeal.", "homes people can afford",
     "Kestly Holdings", QK_ANY},
    /* 77 "M." is Monsieur where the text writes "Mme" too */
    {"Mme Odile Brun chairs the board. The prefect, M. Paul Garnier, said "
     "the state \"has not forgotten the valley\".", "has not forgotten",
     "Paul Garnier", QK_ANY},
    /* 78 without "Mme" or "Mlle", "M." stays an initial */
    {"\"We are ready,\" said M. Scott Avery, the club secretary.",
     "We are ready", "M. Scott Avery", QK_ANY},
    /* 79 a role, then a name with its own role words, set off by commas */
    {"The Coast Herald quoted one passenger, retired nurse Ada Lusk, as "
     "saying that the crew had said nothing for hours.", "the crew had said",
     "Ada Lusk", PX_QUOTE_INDIRECT},
    /* 80 a phrase running into a speech verb is its subject, not an
     * apposition of the name before it */
    {"In a statement to The Kelby Beacon, a university spokesperson said "
     "staff \"will make sure no one goes hungry.\"", "will make sure",
     "a university spokesperson", QK_ANY},
    /* 81 "according to her" */
    {"The expert Ina Varga studied the walls. According to her, a full repair "
     "would cost 40 million euros.", "a full repair would cost", "Ina Varga",
     PX_QUOTE_INDIRECT},
    /* 82 a "that" inside the clause does not start it */
    {"A council spokesman said the builder faced a fine if inspectors found "
     "that the work had been rushed.", "the builder faced a fine",
     "A council spokesman", PX_QUOTE_INDIRECT},
    /* 83, 84 "reminded Y that", "the authors write that" */
    {"Mayor Lea Dorn reminded members that the budget had been approved in "
     "May.", "the budget had been approved", "Lea Dorn", PX_QUOTE_INDIRECT},
    {"The foxes ate more bread. The authors write that further work is "
     "planned for next year.", "further work is planned", "The authors",
     PX_QUOTE_INDIRECT},
    /* 85 a firm set off after "for the NOUN" is that noun, not the
     * speaker */
    {"Rents rose again. A spokesperson for the landlord, Kelby Estates, says "
     "the rent reflects \"the going rate for the street\".",
     "the going rate", "A spokesperson", QK_ANY},
    /* 86 a possessive and a role open the sentence before a colon */
    {"Ana Roe lost her shop to the flood. Her neighbour, who did not give his "
     "name, was blunt: \"They wait for someone to drown.\"",
     "They wait for someone", "neighbour", QK_ANY},
    /* 87 a participle after a comma reports a clause; the person opening
     * the sentence speaks */
    {"Town boss Ida Marr was furious about the goal, claiming the corner "
     "should have been a goal kick.", "the corner should have been",
     "Ida Marr", PX_QUOTE_INDIRECT},
    /* 88 an email is a document that speaks */
    {"The hall will close in May, according to an email sent to students "
     "on Tuesday.", "The hall will close", "an email", PX_QUOTE_INDIRECT},
    /* 89, 90 a relative clause with "whose", a phrase opening with a
     * preposition, set off between the subject and the verb */
    {"Baker Ana Pell, whose shop flooded last spring, said: \"We lost "
     "everything but the oven.\"", "We lost everything", "Ana Pell", QK_ANY},
    {"Coach Rita Moss, in her second year at the club, said the players had "
     "earned a long break.", "the players had earned", "Rita Moss",
     PX_QUOTE_INDIRECT},
    /* 91-93 "reckons", "suggests", "tells us" take a clause without
     * "that" */
    {"The ferryman, Olaf Dunn, reckons the new bridge will never be finished.",
     "the new bridge will", "Olaf Dunn", PX_QUOTE_INDIRECT},
    {"Councillor Ben Ashdown suggests the repair fund is running dry.",
     "the repair fund is", "Ben Ashdown", PX_QUOTE_INDIRECT},
    {"The forecaster Ivo Marsh tells us snow is likely by Sunday night.",
     "snow is likely", "Ivo Marsh", PX_QUOTE_INDIRECT},
    /* 94 letters after a name are not the name: "Ms Lowe" is her */
    {"Ana Lowe KC stood up. Ms Lowe said the ruling was plainly wrong in law.",
     "the ruling was plainly", "Ana Lowe", PX_QUOTE_INDIRECT},
    /* 95 a form of address at any mention gives a gender: the "he" who
     * answers is not the woman who asked */
    {"The witness, Carl Pike, took the stand. Defence counsel Ana Lowe rose. "
     "\"Mr Pike, where were you at nine?\"\n\n\"At home,\" he says. Ms Lowe "
     "sits down.", "At home", "Carl Pike", QK_ANY},
    /* 96 a "he" with one man named near says he is a man; a "she" far
     * from any name is whom the previous "she" was */
    {"Singer Mia Holt is on time. \"I hate being late,\" she says.\n\nHer "
     "guitarist, Tom Reyes, has toured with her for years. \"She never "
     "rests,\" he says. Tour dates follow in May. Tickets sell fast. Vinyl "
     "comes later.\n\nThe new songs were hard to write, she admits.",
     "The new songs were hard", "Mia Holt", PX_QUOTE_INDIRECT},
    /* 97 "said they had": the verb opens a clause; the phrase before the
     * comma is none */
    {"Two days after the storm, villagers said they saw no boats.",
     "they saw no boats", "villagers", PX_QUOTE_INDIRECT},
    /* 98 a gesture before a quote says who speaks ("the 17-year-old
     * grins"); a name set off after a kin word is a person */
    {"Her grandson, Noah, is learning the trade. Asked if he likes it, the "
     "17-year-old grins. \"Most days, yes. Ask me again in winter.\"",
     "Most days, yes", "Noah", QK_ANY},
    /* 99 an opening role phrase, then the name set off by commas: the
     * sentence is about that person, who says the unattributed quote */
    {"Storms shut the ground. The club doctor, Ines Varga, walks over to the "
     "bench. \"Nobody leaves until I say so.\"", "Nobody leaves", "Ines Varga",
     QK_ANY},
    /* 100 "in the florist's words": the person given that role (an -ist
     * set off after the name is one) */
    {"By noon Ida Roe, florist, had sold out. The stock was, in the "
     "florist's words, \"mostly gone\".", "mostly gone", "Ida Roe", QK_ANY},
    /* 101 "in his words" */
    {"Coach Ben Alder watched the rain. The pitch was, in his words, "
     "\"a swamp\".", "a swamp", "Ben Alder", QK_ANY},
    /* 102, 103 a one-word label right after "described ... as" is the
     * subject's word; a quote joined to it by "and" is theirs too */
    {"Mayor Ida Keel described the new bus lanes as \"reckless\" and \"a "
     "waste of good paint\".", "reckless", "Ida Keel", QK_ANY},
    {"Mayor Ida Keel described the new bus lanes as \"reckless\" and \"a "
     "waste of good paint\".", "a waste of good paint", "Ida Keel", QK_ANY},
    /* 104 "Ardley's manager called ... . '...,' he said": a role opened by
     * a capitalised possessive speaks again as he/she */
    {"Ardley Town lost again on Saturday.\n\nArdley's manager called the "
     "defending \"careless\".\n\n\"We will fix it in training,\" he said.",
     "We will fix it", "Ardley's manager", QK_ANY},
    /* 105 a firm's first word alone, opening a sentence, is the firm */
    {"Pellow Holdings posted a loss on Friday.\n\nPellow, which owns nine "
     "hotels, said it would sell two of them.", "it would sell two",
     "Pellow Holdings", PX_QUOTE_INDIRECT},
    /* 106, 107 an exchange: a bare answer after a bare question is the
     * other voice's, the next question the asker's again */
#define EXCHANGE "The prosecutor, Liam Grady, turned to the witness, Ada Bell.\n\n" \
    "\"Were you at the depot on the night of the fire?\"\n\n\"I was there " \
    "until about ten.\"\n\n\"And did you lock the gate when you left?\"\n\n" \
    "\"I always lock the gate.\""
    {EXCHANGE, "I was there", "Ada Bell", QK_ANY},
    {EXCHANGE, "And did you lock", "Liam Grady", QK_ANY},
    {EXCHANGE, "I always lock", "Ada Bell", QK_ANY},
#undef EXCHANGE
    /* 109 a question naming whom it asks: that person answers */
    {"Ana Moss runs the cafe. \"Mrs Moss, will you ever sell this place?\" "
     "asked a regular, Tom Hale.\n\n\"Not while I can still carry a tray.\"",
     "Not while I can", "Ana Moss", QK_ANY},
    /* 110 a question alone in a monologue is rhetorical: the voice goes
     * on */
    {"Nora Fisk runs the cafe with her son, Olly. \"Why would I ever sell?\" "
     "she says.\n\n\"Who would make the soup?\"\n\n\"Nobody would, that is "
     "the answer.\"", "Nobody would", "Nora Fisk", QK_ANY},
    /* 111 a quote alone with nobody before it takes the speaker named
     * with the quote opening the next paragraph */
    {"The hall was packed on Friday.\n\n\"We have waited ten years for this "
     "night.\"\n\n\"Few believed it would ever open,\" said Ruth Vane, who "
     "chairs the trust, later.", "We have waited", "Ruth Vane", QK_ANY},
    /* 112 a quantifier opening the phrase set off after the subject; the
     * plural of a role word the lexicon has in the singular */
    {"Volunteers, many of them students, said they would keep filling "
     "sandbags all night.", "they would keep filling", "Volunteers",
     PX_QUOTE_INDIRECT},
    /* 113 "a critic writing in the X": the role, not the outlet */
    {"A critic writing in the Evening Lamp called the plan \"a slow-motion "
     "disaster\".", "a slow-motion disaster", "A critic", QK_ANY},
    /* 114 a one-word label after "called" and a short object */
    {"Mayor Ida Keel called the scheme \"reckless\".", "reckless", "Ida Keel",
     QK_ANY},
    /* 115 "quotes X as saying ... '...'": X speaks */
    {"The Evening Lamp quotes the club treasurer as saying the accounts are "
     "\"in a terrible state\".", "in a terrible state", "the club treasurer",
     QK_ANY},
    /* 116 "'...': police have repeated ...": a quote heading its line (a
     * time stamp before it at most), a colon, then who speaks */
    {"Snow fell all night.\n\n09:15 - \xe2\x80\x98" "Do not drive unless you "
     "must\xe2\x80\x99: police have repeated their advice.", "Do not drive",
     "police", QK_ANY},
    /* 117 a name set off after "a listener" is a person; a colon after the
     * sentence about them */
    {"The square flooded at noon. A listener, Brona, sent us this from the "
     "market: \"The water is up to the bins and still rising.\"",
     "The water is up", "Brona", QK_ANY},
    /* 118, 119 a passive label with its agent after "by"; "another" is
     * another of the noun before */
    {"Her third novel has been called \"tedious\" by one reviewer and "
     "\"brave\" by another.", "tedious", "one reviewer", QK_ANY},
    {"Her third novel has been called \"tedious\" by one reviewer and "
     "\"brave\" by another.", "brave", "reviewer", QK_ANY},
    /* 120 "points out" reports; a clause joined by "and" after the
     * attribution belongs to the indirect quote */
    {"Baker Ana Pell opened at six. The shop still makes a profit, she points "
     "out, and the queue still reaches the door.",
     "The shop still makes a profit and the queue", "Ana Pell", PX_QUOTE_INDIRECT},
    /* 121 a sentence's worth of words in single marks after a sentence
     * about the speaker is speech */
    {"Coach Ana Berg was blunt after the match. 'We were awful today and we "
     "know it.'", "We were awful", "Ana Berg", QK_ANY},
    /* 122 "emails" reports; "a reader" is a role */
    {"The bins were late again. A reader emails: \"The bins on my street have "
     "not been emptied for a month.\"", "The bins on my street", "A reader", QK_ANY},
    /* 123 a family speaks */
    {"The dog went missing on Sunday. The woman's family said they were "
     "\"heartbroken\".", "heartbroken", "The woman's family", QK_ANY},
    /* 124 "X, who said she ...": the relative pronoun is X */
    {"The court heard from a neighbour, Dana Fell, who said she had seen a van "
     "outside the house.", "she had seen a van", "Dana Fell", PX_QUOTE_INDIRECT},
    /* 125 "agreed" takes a bare clause */
    {"Under questioning, Ms Dana Fell agreed she could not see inside the van.",
     "she could not see inside", "Dana Fell", PX_QUOTE_INDIRECT},
    /* 126 "Mother-of-four" before a name is a title, not the name */
    {"Mother-of-four Ana Pike, who lives by the bridge, said the detour was "
     "dangerous for children.", "the detour was dangerous", "Ana Pike",
     PX_QUOTE_INDIRECT},
    /* 127 "who gave his name only as Tam": the name given */
    {"Another theatregoer, who gave his name only as Tam, said he had driven "
     "for an hour to get there.", "he had driven for an hour", "Tam",
     PX_QUOTE_INDIRECT},
    /* 128 a speech verb in the next sentence is not near the quote, even
     * a few words on */
    {"The port operator, Kelvale Terminals, said it had made a \"fair and "
     "final\" offer. Its chief executive, Martin Voss, told the Herald the "
     "union was \"living in the past\".", "fair and final", "Kelvale Terminals",
     QK_ANY},
    /* 129 a name set off after "a spokeswoman for one line" is the firm */
    {"A spokeswoman for one line, Blue Meridian, said it had moved four ships "
     "this week.", "it had moved four ships", "A spokeswoman", PX_QUOTE_INDIRECT},
    /* 130 '"...?" I ask.': the writer's question, nobody named */
    {"Edda Skar meets me at the harbour wall.\n\n\"How long have you been out "
     "there?\" I ask.\n\n\"Twenty-two years next month,\" she says.",
     "How long have you", NULL, QK_ANY},
    /* 131 "X thanked them and said": past an opening phrase, an agent noun
     * by its shape heads the subject */
    {"In a statement, the ferry operator thanked passengers and said the delay "
     "was \"regrettable but unavoidable\".", "regrettable but", "the ferry operator",
     QK_ANY},
    /* 132 an apposition ending in a place is set off like any other */
    {"The couple's daughter, a nurse in Leeds, said her parents would \"probably "
     "give it all away\".", "probably give it", "The couple's daughter", QK_ANY},
    /* 133 "It found that": a document the sentence before opens with */
    {"The report covered 40 schools in the county. It found that nine of them "
     "had no fire plan at all.", "nine of them had", "The report", PX_QUOTE_INDIRECT},
    /* 134, 135 "X concludes that A, but it warns that B": two reports */
    {"The study concludes that the fish moved north in search of food, but it "
     "warns that the sample was very small.", "the fish moved north", "The study",
     PX_QUOTE_INDIRECT},
    {"The study concludes that the fish moved north in search of food, but it "
     "warns that the sample was very small.", "the sample was very small",
     "The study", PX_QUOTE_INDIRECT},
    /* 136 a surname like a street ("Lane") is a person's with an age or
     * a form of address */
    {"Her sister Britt Lane, 76, lives in the north. \"I knew her face at "
     "once,\" Mrs Lane said.", "I knew her face", "Britt Lane", QK_ANY},
    /* 137 a party and state after a lawmaker's name are no one */
    {"Sen. Tom Ruck, R-Kan., called the water bill \"a good start\".",
     "a good start", "Tom Ruck", QK_ANY},
    /* 138 "Speaker" is a title, "House" part of it */
    {"House Speaker Joe Brand told reporters he had not decided when to hold "
     "the vote.", "he had not decided", "Joe Brand", PX_QUOTE_INDIRECT},
    /* 139 "even promised '...'": an adverb before the verb, "promised"
     * reports */
    {"The minister, Ruth Kale, even promised \"savings for every household\" "
     "last year.", "savings for every", "Ruth Kale", QK_ANY},
    /* 140 "As my neighbour put it:": "As" opens no speaker's phrase */
    {"The meters broke within a month. As my neighbour put it: \"We were "
     "promised the future and got a clock.\"", "We were promised", "neighbour",
     QK_ANY},
    /* 141 a bare answer to the writer's question: the person the piece is
     * with */
    {"Edda Skar meets me at the harbour wall.\n\n\"How long have you been out "
     "there?\" I ask.\n\n\"Twenty-two years next month. Longer than my "
     "marriage.\"", "Twenty-two years", "Edda Skar", QK_ANY},
    /* 142 a quote with nothing of its own right beside the next one, whose
     * speaker is named */
    {"The rain fell all afternoon.\n\n\"We were poor today.\" \"We will be "
     "back next week,\" said coach Ana Berg.", "We were poor", "Ana Berg", QK_ANY},
    /* 143 indirect: a he/she and an -s form open the clause */
    {"The Dunmere Choir, which he joined in May, says he sings every week and "
     "leaves early.", "he sings every week", "Dunmere Choir", PX_QUOTE_INDIRECT},
    /* 144 indirect: an -s form closing the clause after its subject */
    {"That nurse, Ola Brisk, confirmed the rota exists.", "the rota exists",
     "Ola Brisk", PX_QUOTE_INDIRECT},
    /* 145 indirect: a present form taking a bare clause */
    {"Edwin Brannock insists he will stand again next spring.",
     "he will stand again", "Edwin Brannock", PX_QUOTE_INDIRECT},
    /* 146 indirect: a "that" after the clause's own verb is a relative
     * pronoun, not the one opening the clause */
    {"Councillor Ines Farrow spoke next. She said the new budget ignored the "
     "farms that fed the town.", "the new budget ignored", "Ines Farrow",
     PX_QUOTE_INDIRECT},
    /* 147 "wrote to this paper to say": an infinitive's subject is the
     * earlier verb's, and a phrase opening with a preposition is nobody */
    {"Rain fell.\n\nA reader, Ola Marsh, wrote to this paper last week to say "
     "the same: that the road is \"not safe, just forgotten\".", "not safe",
     "Ola Marsh", QK_ANY},
    /* 148 "said in a statement read out": the statement's place is no
     * speaker */
    {"The city council said in a statement read out on air that it was "
     "\"looking hard\" at more buses.", "looking hard", "The city council", QK_ANY},
    /* 149 "X, whose report warns": the report is X's */
    {"This year it was the consultancy Brindle Partners, whose annual report "
     "warns that half the shops will close.", "half the shops", "Brindle Partners",
     PX_QUOTE_INDIRECT},
    /* 150 "used to say": the infinitive's subject is the one of the verb
     * before "to" */
    {"Sir - My late aunt used to say that \"a dry summer is a short summer\". "
     "She lived here.", "a dry summer", "late aunt", QK_ANY},
    /* 151 a he/she after a long quote: the sentences inside it do not put
     * the name out of reach */
    {"The head of the fishermen's guild, Piet Anvers, was angry.\n\n\"The rules "
     "change. The fish do not. We lose boats. We lose men. Nobody listens.\"\n\n"
     "He said the guild would decide on Monday whether to sail.",
     "the guild would decide", "Piet Anvers", PX_QUOTE_INDIRECT},
    /* 152 Q&A in prose: the writer's bare questions are answered by whom
     * the first answer named, though another voice spoke in between */
    {"Three questions for Ines Kalder, the sailor who came home.\n\nWhy the "
     "sea?\n\n\"Because the land bored me,\" she says.\n\nHer brother, Tom "
     "Kalder, says he always knew. \"She hated walls,\" he told me.\n\nWhat "
     "did your mother say?\n\n\"My mother said nothing for a year. Then she "
     "bought a map.\"", "My mother said nothing", "Ines Kalder", QK_ANY},
    /* 153 "she" goes on standing for the woman the piece is about across
     * long quotes: their sentences do not break the chain */
    {"Ines Kalder sails alone. She wrote a memoir last year.\n\n\"The sea is "
     "cold. The boat is small. I sing. I mend. I sleep. I wake. I sail. I "
     "wait.\"\n\nThe harbour is quiet. The nets are dry. The gulls are loud. "
     "The tide is out.\n\nThe memoir has been called \"the finest sea book in "
     "years\" by one critic, a phrase she finds silly. \"It is a book about "
     "rope,\" she says.", "It is a book about rope", "Ines Kalder", QK_ANY},
    /* 154 a role opening the sentence before a he/she wins over a name out
     * of reach that an earlier he/she stood for */
    {"Tom Rael mends clocks. \"It is slow work,\" he says.\n\n\"Springs break. "
     "Glass cracks. Oil dries. Hands shake. Eyes tire. Days pass.\"\n\nThe rent "
     "went up twice. The shop is old. The street is quiet. The town is small."
     "\n\nHis neighbour, the owner of the bakery, is a fan. \"He fixed my watch "
     "for nothing,\" he says.", "He fixed my watch", "neighbour", QK_ANY},
    /* 155 "a woman who lives on Mill Road": the place in the relative
     * clause is not who speaks */
    {"Two cars crashed on Mill Road.\n\nA woman who lives on Mill Road, who "
     "asked not to be named, said drivers had raced there for years.",
     "drivers had raced", "A woman", PX_QUOTE_INDIRECT},
    /* 156 she: the role opening the sentence before, though the first
     * speech verb there ("asked") has no subject of its own and a man was
     * named a few sentences back */
    {"Sergeant Ivo Marsh, who leads the case, said the van was stolen. \"It "
     "was found burnt out,\" Marsh added.\n\nThe bridge was shut for an hour."
     "\n\nA woman who lives on the corner of the square, who asked not to be "
     "named, said the noise was terrible. \"It sounded like a bomb,\" she said.",
     "It sounded like a bomb", "A woman", QK_ANY},
    /* 157 a quote opening its paragraph with no attribution, after a
     * paragraph without quotes that names one new person: that person, not
     * the voice before */
    {"A lorry driver, Jan Oster, told the radio: \"I have waited two days.\""
     "\n\nSpeaking through an interpreter, the head of the growers' union, "
     "Anton Vell, was scathing about the plan.\n\n\"The minister talks. We "
     "pay. This year we sold at a loss.\"", "The minister talks", "Anton Vell",
     QK_ANY},
    /* 158 "Asked by X whether ..., he said": the asker is not who answers */
    {"The host, Tom Reed, spoke to the mayor, Ivo Brandt, on Monday. Asked by "
     "Reed whether anyone would resign over the flood, he said: \"Not today. "
     "Today we pump water.\"", "Not today", "Ivo Brandt", QK_ANY},
    /* 159 a subject of three prepositional phrases, a name among them */
    {"The engineer in charge of repairs to the Kelby tunnel has warned "
     "listeners that it may not reopen before May.", "it may not reopen",
     "The engineer", PX_QUOTE_INDIRECT},
    /* 160 "put it to her that": what the asker put is reported */
    {"The host, Tom Reed, was blunt. Reed put it to her that drivers had been "
     "promised eight weeks.", "drivers had been promised", "Tom Reed",
     PX_QUOTE_INDIRECT},
    /* 161 "according to the Senate's research office": the office, named
     * with its owner */
    {"The vote was close. According to the Senate's research office, the "
     "bridge carried 9,000 cars a day last year.", "the bridge carried",
     "Senate's research office", PX_QUOTE_INDIRECT},
    /* 162 a partial quote in single marks, one word after a linking verb */
    {"The club, Dunby Rovers, said in a statement that the referee's decision "
     "was \u2018final\u2019.", "final", "Dunby Rovers", QK_ANY},
    /* 163 a partial quote in the second of two clauses joined by "and
     * that" hangs on the verb as the first does */
    {"The club, Dunby Rovers, said in a statement on Monday night that the "
     "referee's decision was fair and that both teams had been "
     "\u2018asked to calm down\u2019.", "asked to calm down", "Dunby Rovers", QK_ANY},
    /* 164 a chamber is an organisation, "of" goes on inside its name */
    {"The organisers, Dunby Chamber of Trade, said the fair would go ahead in "
     "June.", "the fair would go ahead", "Dunby Chamber of Trade", PX_QUOTE_INDIRECT},
    /* 165 "X of Y said ... . '...,' he said": Y is where X works, not whom
     * "he" stands for, whatever kind the name came out as */
    {"Industry analyst Oren Falk of Brisby Insight said the phone was late. "
     "\"Sales have been flat for years,\" he said.", "Sales have been flat",
     "Oren Falk", QK_ANY},
    /* 166 indirect: "before launch" is a phrase inside the clause, whose
     * verb comes after it */
    {"The phone maker Brisk said a patch due before launch would fix the "
     "screen.", "a patch due before launch", "Brisk", PX_QUOTE_INDIRECT},
    /* 167 an audit reports; ", seen by this paper," is a participle's
     * phrase set off, though "seen" has no -ed */
    {"Rain fell.\n\nAn audit of the ward's first year, seen by this paper, found "
     "that most patients waited less.", "most patients waited less", "An audit",
     PX_QUOTE_INDIRECT},
    /* 168 a title in quote marks set off after a document's noun */
    {"Rain fell.\n\nThe report, \u201cBirds on the Edge\u201d, found that "
     "lapwing pairs had dropped by half.", "lapwing pairs had dropped",
     "The report", PX_QUOTE_INDIRECT},
    /* 169 "One, a ROLE ..., told": the number stands for the person the
     * apposition describes */
    {"Two witnesses heard a bang. One, a bus driver on a break at the time, "
     "told officers he saw the van \"swerve, then speed off\".", "swerve, then",
     "a bus driver", QK_ANY},
    /* 170 a role two sentences back speaks as he/she past a sentence
     * naming nobody */
    {"Rain fell on the square. A spokesman for Brill Homes, which owns the "
     "flats, told me the rents were fair. I asked which rents. He said he "
     "would call me back.", "he would call me back", "A spokesman",
     PX_QUOTE_INDIRECT},
    /* 171 ... but not past one saying she of someone */
    {"Ada Venn sings tonight. A spokesperson for her label said the tour was "
     "sold out. As the show ends she pulls on her coat. \"Write that I was "
     "kind,\" she says.", "Write that I was kind", "Ada Venn", QK_ANY},
    /* 172 a job word in -man opening the sentence before a name */
    {"The team lost again. Linesman Karl Oduya said the call was \"close, but "
     "right.\"", "close, but right", "Karl Oduya", QK_ANY},
    /* 173 "Even the council's own audit admits": a document named by its
     * noun, past an adverb and whose it is */
    {"The pool will close. Even the council's own safety audit admits that "
     "swimmers \"may face longer journeys\".", "may face longer", "safety audit",
     QK_ANY},
    /* 174 "Dunby boss Ana Holt was furious, claiming ...": the name before
     * the role word is whose the role is */
    {"Dunby Rovers lost 2-1. Dunby boss Ana Holt was furious, claiming the "
     "penalty should never have been given.", "the penalty should never",
     "Ana Holt", PX_QUOTE_INDIRECT},
    /* 175 "A report published by X found that": the document the sentence
     * opens with found it, not its publisher */
    {"Prices rose again. A study published last month by the trade body Bean "
     "Watch found that coffee harvests had fallen for a second year.",
     "coffee harvests had fallen", "A study", PX_QUOTE_INDIRECT},
    /* 176 "Her coach, she later recalled, had told her '...'": the
     * attribution set off inside the clause is not who spoke the words */
    {"Ada Lind flew until 1950. Her first coach, she later recalled, had told "
     "her she was \"too short to see the road\".", "too short to see",
     "first coach", QK_ANY},
    /* 177 "what she called a '...'": the label is her words */
    {"The mayor, Ines Brun, denounced on Monday what she called a \"scandal of "
     "neglect\" after the flood.", "scandal of neglect", "Ines Brun", QK_ANY},
    /* 178 a quote after a sentence about its speaker that opens with a
     * phrase set off by a comma */
    {"The two founders spoke to a podcast. On when they knew it was over, Ana "
     "Holt was blunt. \u2018Honestly? May. We had no money left at all.\u2019",
     "Honestly? May.", "Ana Holt", QK_ANY},
    /* 179 "The union's leader, Ken Ode, has said CLAUSE": the phrase before
     * the name is its role, not a clause; the clause follows the verb */
    {"Talks failed again. The union's general secretary, Ken Ode, has said the "
     "strike will go ahead.", "the strike will go ahead", "Ken Ode",
     PX_QUOTE_INDIRECT},
    /* 180 reporting verbs: "conceded that", "confessed" with a bare clause */
    {"The minister, Ana Brun, speaking in parliament, conceded that the scheme "
     "had failed.", "the scheme had failed", "Ana Brun", PX_QUOTE_INDIRECT},
    {"Rain fell. Tom Reyes confessed he had never read the report.",
     "he had never read", "Tom Reyes", PX_QUOTE_INDIRECT},
    /* 182 "A spokeswoman for the bus company, Greenline, said": the name
     * set off after a noun of two words names it; the role speaks */
    {"Fares will rise. A spokeswoman for the bus company, Greenline, said it "
     "welcomed the decision.", "it welcomed the decision", "A spokeswoman",
     PX_QUOTE_INDIRECT},
    /* 183 "X, of the group Y, said": the phrase set off after the name is
     * where X is from */
    {"Campaigners were unimpressed. Kate Morrow, of the group Patients First, "
     "said: \"These are people, not numbers.\"", "These are people",
     "Kate Morrow", QK_ANY},
    /* 184 "the figures show that": documents with a plural verb */
    {"Waits grew again. The figures show that 4,200 patients waited more than a "
     "year.", "4,200 patients waited", "The figures", PX_QUOTE_INDIRECT},
    /* 185 "say that is not enough": "that" before an auxiliary is the
     * clause's subject */
    {"The ministry promised more money. Patients' groups say that is not "
     "enough.", "that is not enough", "groups", PX_QUOTE_INDIRECT},
    /* 186 "told the club's website he ...": the clause starts at the he/she
     * after whom was told */
    {"Leon Marsh was fined. Marsh told the club's website he had apologised in "
     "person.", "he had apologised", "Leon Marsh", PX_QUOTE_INDIRECT},
    /* 187 "X told the court Y had ... . '...,' she said": a name inside
     * the clause reported is not whom the next she stands for */
    {"The trial ended. Prosecutor Jane Hollis told the court Mark Penn had "
     "taken the money. \"He preyed on the old,\" she said.", "He preyed",
     "Jane Hollis", QK_ANY},
    /* 188 "X, which ..., closed it, the Y reported": the stretch after the
     * relative clause is the clause's own predicate, not an attribution */
    {"Prices rose. The ferry firm, which is one of the island's largest "
     "employers, cut fares, the Harbour Gazette reported.",
     "The ferry firm, which is one of the island's largest employers, cut "
     "fares", "Harbour Gazette", PX_QUOTE_INDIRECT},
    /* 189 "At that point the owner", "nine when a coach": a determiner
     * after a word other than a preposition starts the speaker's phrase */
    {"The mill shut in 1990. At that point the owner claimed that it "
     "\"could not sell a single coat\".", "could not sell", "the owner", QK_ANY},
    {"Ivo Marsh was nine when a swimming coach told him that boys from the "
     "valley never won races.", "boys from the valley", "a swimming coach",
     PX_QUOTE_INDIRECT},
    /* 191 "the X and Y Workers' Union", "the Department of Parks and
     * Leisure": "and" inside one organisation's name after "the" */
    {"Pay talks broke down. The Dock and General Workers' Union said its "
     "members would strike.", "its members would strike",
     "Dock and General Workers' Union", PX_QUOTE_INDIRECT},
    {"Stan Hobb runs the pool. In a statement, the Department of Parks and "
     "Leisure said it would \"look again\" at the fees.", "look again",
     "Department of Parks and Leisure", QK_ANY},
    /* 193 "the chief executive of X admitted": what a title is "of" is no
     * person for a later she */
    {"Ana Pell gave evidence first. The chief executive of Brannock Rail then "
     "admitted the firm had erred. \"We flagged it twice,\" she said.",
     "We flagged it twice", "Ana Pell", QK_ANY},
    /* 194 "her home borough, Kelby Vale": a name set off after a place
     * noun is a place */
    {"Lena Voss grew up in her home borough, Kelby Vale. \"Nobody came to "
     "help,\" she said.", "Nobody came to help", "Lena Voss", QK_ANY},
    /* 195 "Judge X said Y had ... . '...,' he said. He said CLAUSE": the
     * name inside the reported clause stays out of the he/she two
     * sentences on too */
    {"The hearing ended. Judge Omar Quist said Ivan Rell had lied to the "
     "panel. \"I cannot ignore it,\" he said. He said he would refer the "
     "case to the police.", "he would refer the case", "Omar Quist",
     PX_QUOTE_INDIRECT},
    /* 196 "posted that", "estimated that": words put online and an
     * estimate reported */
    {"The gig was cancelled. A fan called Rob Dunne posted that the band had "
     "known for weeks.", "the band had known", "Rob Dunne", PX_QUOTE_INDIRECT},
    {"The port reopened. Analysts at the Kelby Institute estimated that the "
     "closure had cost four million pounds.", "the closure had cost",
     "Analysts", PX_QUOTE_INDIRECT},
    /* 198 "X, the payments company used by ..., has said": a phrase set
     * off after a name that calls it a firm or a body makes it one */
    {"Card readers failed for a day. Tillwise, the payments company used by "
     "most cafes, has said a faulty update was to blame.",
     "a faulty update was to blame", "Tillwise", PX_QUOTE_INDIRECT},
    {"Card readers failed for a day. The Card Standards Board, the industry "
     "regulator, confirmed it had asked for a full report.",
     "it had asked for a full report", "Card Standards Board", PX_QUOTE_INDIRECT},
    /* 200 "CLAUSE, the country's fisheries minister, X, announced": a
     * role and a name set off by commas before the verb */
    {"Talks ended late. Norland will reopen its waters to trawlers in May, the "
     "country's fisheries minister, Eva Strand, announced on Friday.",
     "Norland will reopen its waters", "Eva Strand", PX_QUOTE_INDIRECT},
    /* 201 "Ferry operator X said ... . It warned that": a name after what a
     * business is called is an organisation, which "it" stands for */
    {"Snow closed the pass. Ferry operator Bluewake Crossings said all sailings "
     "were off. It warned that delays would last into Monday.",
     "delays would last into Monday", "Bluewake Crossings", PX_QUOTE_INDIRECT},
    /* 202 "Magician Ola Brandt, who ..., joked that": a long -ian word
     * opening the sentence before a name is a job, not part of it */
    {"The fair was called off. Magician Ola Brandt, who was booked for the "
     "main tent, joked that she would do her act \"in the car park\".",
     "in the car park", "Ola Brandt", QK_ANY},
    /* 203 "She however expressed the hope that ... '...'": "expressed"
     * reports words, "however" between subject and verb is skipped */
    {"Rita Lomax, the union's leader, welcomed the deal. She however expressed "
     "the hope that the firm would not cut jobs \"at the first chance\".",
     "at the first chance", "Rita Lomax", QK_ANY},
    /* 204 "she sings, '...'": lyrics are the singer's words */
    {"Mara Quinn wrote the album in a month. On the last track she sings, "
     "\"the road is long and the kettle is cold\", over a lone piano.",
     "the road is long", "Mara Quinn", QK_ANY},
    /* 205 "The notice states that": a document's words */
    {"The journal pulled the paper. The notice states that two of the samples "
     "were mislabelled.", "two of the samples", "The notice", PX_QUOTE_INDIRECT},
    /* 206 "He liked to call it '...'": the bare verb after "to" sums up
     * words too ("told analysts on a call that" is a noun) */
    {"Tom Hale built the shed in 1990. He liked to call it \"the only room in "
     "town with a view\".", "the only room", "Tom Hale", QK_ANY},
    /* 207 "X, whose son ..., said he": a relative of that gender is named,
     * so the he teaches nothing of X's gender; "she" is X */
    {"The lead doctor, Lee Moss, said the drug worked.\n\nParents described the "
     "difference. Zuzanna Wade, whose son Kacper, 9, was enrolled at a hospital in "
     "Fenmore, said he had been \"home in time for cartoons\" after an attack.\n\n"
     "\"You do not know which group you are in. But I knew,\" she said.",
     "You do not know", "Zuzanna Wade", QK_ANY},
    /* 208 a name inside a person's apposition, after "at", is where the
     * person works; the she is the person */
    {"The lead author, Dr Ana Holt, a fellow at Tobin Marsh in Ostrey, said the "
     "team was surprised.\n\n\"We did not expect it,\" she said.",
     "We did not expect", "Ana Holt", QK_ANY},
    /* 209 a he/she learns the gender of the one person of the sentence
     * before, past sentences wholly inside a quote */
    {"Mara Voss runs the kitchen.\n\nHer co-presenter, Dan Reeve, says the show "
     "is hard. \"It is long. It is hot. It is loud,\" he says.\n\nShe laughs at "
     "this. \"He would say that,\" she says.", "He would say that", "Mara Voss",
     QK_ANY},
    /* 210 a gender the text gives later ("Kim Ross ... She told") counts
     * for a he/she before it */
    {"Ben Ash denied the charge. He said his manager, Kim Ross, had \"run the "
     "paperwork side\". Miss Lee then asked about the email.\n\n\"I am telling "
     "you who did it,\" he said.\n\nKim Ross gave evidence last week. She told "
     "the court she never had the password.", "I am telling you", "Ben Ash", QK_ANY},
    /* 211 "X, the contest that pulls in viewers": a role word in a relative
     * clause of the apposition makes no person of X */
    {"Mara Voss orders the fish. For years she has judged Simmer, the cookery "
     "contest that pulls in six million viewers.\n\nHer co-host, Dan Reeve, says "
     "the show is hard. \"It is hot,\" he says.\n\nShe laughs. \"He would say "
     "that,\" she says.", "He would say that", "Mara Voss", QK_ANY},
    /* 212 "X, who says she has ...": the she of a clause X reports, after
     * a she that stood for someone else, is that someone, not X */
    {"Ishbel Dunlop has kept the hut for years. She knows every path.\n\nThe "
     "rescue team she supports has been called out 47 times this year, according "
     "to its leader, Fraser Kerr, who says she has been involved in almost all of "
     "them.\n\n\"She knows the hill better than the maps do,\" he said.",
     "She knows the hill", "Fraser Kerr", QK_ANY},
    /* 213 "X, 52, of Y,": Y is where X lives, nobody a he may stand for */
    {"Tom Abbey, 52, of Edgerley, denies fraud. Under cross-examination by the "
     "prosecutor, Ada Lee KC, he was shown a certificate.\n\n\"Is that your "
     "signature?\" she asked.\n\n\"It looks like it,\" he replied.",
     "It looks like it", "Tom Abbey", QK_ANY},
    /* 214 "X (Party, Ward) said": the subject is before the bracket, and
     * names inside it are where X belongs, not whom a she stands for */
    {"The vote was close. Cllr Ada Stroud (Hallow First, Old Town) said she had "
     "received 300 emails about the cuts.", "she had received", "Ada Stroud",
     PX_QUOTE_INDIRECT},
    {"The vote was close. Cllr Ada Stroud (Hallow First, Old Town) said she had "
     "received 300 emails about the cuts. \"I have never had a postbag like it,\" "
     "she said.", "I have never had", "Ada Stroud", QK_ANY},
    /* 215 "The clinic's head of nursing said": a role that one person is
     * given elsewhere ("X, the head of nursing,") is that person */
    {"The clinic's head of nursing said the first week had been the hardest.\n\n"
     "\"It was grim,\" admitted Ana Holt, the head of nursing, who has run the unit "
     "since 2009.", "the first week had been", "Ana Holt", PX_QUOTE_INDIRECT},
    /* 216 "The councillor for X, Cllr Y, argued": a title and a name set off
     * after a place are the speaker, not the place's role */
    {"The budget passed. The Green councillor for Millbeck, Cllr Fintan Roy, "
     "argued that the council should use more of its reserves.",
     "the council should use", "Fintan Roy", PX_QUOTE_INDIRECT},
    /* 217 "said A but argued that B", "warned that A, and said B": a second
     * speech verb joined by "but"/"and" reports a clause of its own */
    {"The vote was close. Its chairman, Colm Ruske, said the club sympathised "
     "with the players but argued that the row should go to arbitration.",
     "the row should go", "Colm Ruske", PX_QUOTE_INDIRECT},
    {"Dr Luc Ferry runs the hospice. He warned that the hospice still faced a large "
     "gap in running costs, and said only a third of its income came from the state.",
     "only a third of its income", "Luc Ferry", PX_QUOTE_INDIRECT},
    /* 218 "the two of them speak": a plain verb after "they"/"we" or "of
     * them" is the bare clause's verb */
    {"Dan Moss joined the show in 2015. He says the two of them speak on the phone "
     "every day.", "the two of them speak", "Dan Moss", PX_QUOTE_INDIRECT},
    /* 219 "X, for his part, argues that": a phrase set off by "for" */
    {"Dan Moss joined the show in 2015. Moss, for his part, argues that the show is "
     "kinder than it looks.", "the show is kinder", "Dan Moss", PX_QUOTE_INDIRECT},
    /* 220 "Contestants, he says, get ...": a one-word subject before the
     * attribution set off by commas */
    {"Dan Moss joined the show in 2015. Contestants, he says, get more help off "
     "camera than viewers ever see.", "Contestants get more help", "Dan Moss",
     PX_QUOTE_INDIRECT},
    /* 221 a role speaking again as "she" two sentences on, past a sentence
     * wholly inside a quote and one saying the same "she" */
    {"Traffic is slow. The horse's owner, who runs a riding school at Sedge, has "
     "been on the phone to the studio. She said the mare had pushed open a gate "
     "\"which I would swear was bolted\".\n\n\"She has done it twice before. She "
     "always comes home for her tea,\" she told us.", "She has done it",
     "The horse's owner", QK_ANY},
    /* 222 the sentence right before a he/she opening with a role, the name
     * the he/she found older: the role ("a retired postman" says the
     * noun the lexicon lacks is a person) */
    {"\"We were sure she would die,\" said Ysolde Tait, who leads the team.\n\nThe "
     "dog walker, a retired postman from the village, stayed with the pup until the "
     "team arrived. He said he had \"only done what anyone would do\".",
     "only done what", "The dog walker", QK_ANY},
    /* 223 ... but not when that sentence says he/she itself ("Her mother,
     * she says, told her") */
    {"Ana Bek took over the shop in 1983. Her mother, she says, told her that "
     "\"bread does not care how tired you are\".\n\n\"She was not being cruel. She "
     "was telling me the truth,\" she says.", "She was not being cruel", "Ana Bek",
     QK_ANY},
    /* 224 "also in her second year", "her own sign": a possessive "her"
     * speaks of the one person named, so a later "she" teaches her gender
     * and a "He" is someone else */
    {"Among the protesters was Kwesi Lanark, a student, who said he had moved back "
     "home because he could no longer afford his room.\n\n\"I leave the house at "
     "seven,\" he said.\n\nHis friend Ailbhe Kell, also in her second year, had "
     "painted her own sign. She said she had done it \"to remind them\".\n\n\"We "
     "were told this was a community,\" she said. He shook his head: \"It is a "
     "business. It has always been a business.\"", "It is a business",
     "Kwesi Lanark", QK_ANY},
    /* 225 ... but "who produced her albums" relates the person to someone
     * else: no gender learned from the "she" after it */
    {"The mayor, Cllr Llew Mawd, said the town would name a walk after her. He said "
     "the council would consult her family.\n\nLorcan Ives, who produced her last "
     "three albums, said she had recorded her final vocals last spring. The album "
     "will be released in the autumn, he said.", "The album will be released",
     "Lorcan Ives", PX_QUOTE_INDIRECT},
    /* 226 "according to the Velmoran farm ministry": a name before a noun
     * in lower case only modifies it; the phrase is the source */
    {"Floods hit the plain. According to the Velmoran agriculture ministry, some "
     "12,000 hectares of farmland went unirrigated last summer.", "some 12,000",
     "the Velmoran agriculture ministry", PX_QUOTE_INDIRECT},
    /* 227 "According to the family, ... have been asked to wear '...'": the
     * passive verb names no speaker, the source the sentence opens with does */
    {"The singer Ana Holt has died, her family announced. Tributes came from all "
     "over the country. According to the family, the service will be held on 14 "
     "March, and mourners have been asked to wear \"something you could dance in\".",
     "something you could", "the family", QK_ANY},
    /* 228 a phrase set off before the verb ("X, who raised ...,") is looked
     * for in the verb's own sentence only */
    {"Among the smaller donors were pupils at Tressick Primary School, who raised "
     "money with a sponsored silence. Their headteacher, Obadiah Trethewan, joked "
     "that it had been \"the most peaceful fortnight in the history of the "
     "school\".", "the most peaceful", "Obadiah Trethewan", QK_ANY},
    /* 229 "Ten-year-old X": the age before a name is not part of it */
    {"Ten-year-old Willow Tregarthen, who organised the silence, told the Polventon "
     "Post she had \"nearly burst\" on the last day.", "nearly burst",
     "Willow Tregarthen", QK_ANY},
    /* 230 "X, whose president, Y, said": the name set off after the role
     * speaks, not the organisation */
    {"Students occupied the steps. The occupation was organised by the Grenloch "
     "Students' Union, whose president, Ifeoma Quin, said that some students were "
     "paying most of their loan in rent.", "some students were paying", "Ifeoma Quin",
     PX_QUOTE_INDIRECT},
    /* 231 "A former contestant": a title modifier shaped like an agent
     * noun ("former") is no head of the phrase */
    {"Not everyone is a fan. A former contestant told the magazine that the judging "
     "had been \"brutal for the sake of good television\".", "brutal for the sake",
     "A former contestant", QK_ANY},
    /* 232 "the council leader's spokesperson": the head runs past a
     * possessive to the last role word */
    {"The vote passed. The council leader's spokesperson said the full list of "
     "savings would be published on Friday.", "the full list of savings",
     "The council leader's spokesperson", PX_QUOTE_INDIRECT},
    /* 233 "CLAUSE, staff at the X Hospital said": a name counts as one word
     * between the clause's comma and the verb; an organisation's people
     * speak for it */
    {"The pup was ill. She had a deep cut on one flipper and had to be fed a fish "
     "soup five times a day, staff at the Skelwith Seal Hospital said.",
     "She had a deep cut", "Skelwith Seal Hospital", PX_QUOTE_INDIRECT},
    /* 234 "members of the Friends of X": what has members is an
     * organisation, and speaks through them */
    {"The vote passed. Outside, members of the Friends of Hallowmere Libraries said "
     "they would seek a judicial review of the cuts.", "they would seek",
     "Friends of Hallowmere Libraries", PX_QUOTE_INDIRECT},
    /* 235 "X asked her whether ... '...,' she accepted": the object of the
     * speech verb after X is whom the she stands for; "accepted" reports
     * words */
    {"Building control officer Ada Brisco told the jury that none of the homes had "
     "been inspected. Defence counsel Humphrey Aldous KC asked her whether a "
     "certificate could be issued without the knowledge of the builder. \"In theory, "
     "yes,\" she accepted.", "In theory, yes", "Ada Brisco", QK_ANY},
    /* 236 a question alone in its paragraph after an answer that opens its
     * own paragraph ('"...," he replied.') is the asker's next one */
    {"Tom Abbey, 52, denies fraud. Under cross-examination by the prosecutor, Ada "
     "Lee KC, he was shown a certificate.\n\n\"Is that your signature, Mr Abbey?\" "
     "she asked.\n\n\"It looks like it,\" he replied.\n\n\"It looks like it. Did you "
     "sign it?\"\n\n\"I signed a lot of things. I cannot remember every piece of "
     "paper.\"", "It looks like it. Did", "Ada Lee", QK_ANY},
    /* 237 a quote that closes its sentence ("... winter.\"") and a new
     * sentence in capitals after it: the verb there is no neighbour of
     * the quote, the one before it is */
    {"The trial was a success. In a press release, the hospital called the results "
     "\"a turning point for families who dread the winter.\" The release quoted the "
     "chief executive, Lionel Petit, as saying the drug would be \"standard care by "
     "the fall.\"", "a turning point", "the hospital", QK_ANY},
    /* 238 "A builder ... told a jury ... . X, 52, of Y, denies": an "a" role
     * named in the next sentence by a person met first with an age */
    {"A builder accused of faking safety certificates for 40 homes told a jury he "
     "could not remember signing any of the forms.\n\nRoyston Abbey, 52, of "
     "Edgerley, denies 12 counts of fraud.", "he could not remember", "Royston Abbey",
     PX_QUOTE_INDIRECT},
    /* 239 "Several buyers said": a quantifier and a plural noun speak */
    {"Rules were set. Several buyers said the rule would make it easier to answer "
     "questions from their own customers.", "the rule would make", "Several buyers",
     PX_QUOTE_INDIRECT},
    /* 240 "Another listener, Rohan in Ambry Cross, texts to say": a lone
     * name after a role and before where the person lives is a person,
     * who speaks, not the place */
    {"Traffic is slow. Another listener, Rohan in Ambry Cross, texts to say the lights "
     "at the school crossing on Mill Road are stuck on red.", "the lights at the",
     "Rohan", PX_QUOTE_INDIRECT},
    /* 241 "Not all designers were pleased. One, who ..., said": "One" is one
     * of the people the sentence before names in the plural */
    {"Not all designers were pleased. One, who shows under the label Hesketh & Vine, "
     "said privately that the council was \"making rules for people who can afford "
     "lawyers\".", "making rules for", "designer", QK_ANY},
    /* 242 "In a joint communiqué ..., the two sides « ... »": with no speech
     * verb, the document the sentence opens with speaks ("communiqué" with
     * its accent is a document word) */
    {"Talks ended. In a joint communiqué published after six hours of talks in "
     "Velmora City, the two sides « reaffirm their commitment to the equitable use of "
     "the river » and agree to meet « no later than 1 September ».", "reaffirm their",
     "a joint communiqué", QK_ANY},
    /* 243 "X referred to '...'": a partial quote is the words of whoever
     * referred to them */
    {"The talks ran late. After the meeting, Mayor Ivo Sand referred to \"the reckless "
     "policy of the regional council and its allies.\"", "the reckless policy", "Ivo Sand",
     QK_ANY},
    /* 244 "According to Quennell, CLAUSE": the lone name "according to"
     * would make an outlet is the surname of a person met in full */
    {"Ottilie Quennell ran the ward for a decade. According to Quennell, most "
     "nurses leave within two years.", "most nurses leave", "Ottilie Quennell", QK_ANY},
    /* 245 "the broadcaster Ivo Brack ... Brack said": a name an outlet's
     * noun alone made an outlet is a person when its surname speaks */
    {"The show is hosted by the broadcaster Ivo Brack. \"We tape on Mondays,\" "
     "Brack said.", "We tape on Mondays", "Ivo Brack", QK_ANY},
    /* 246 "Y, who ..., pressed her on ...": a person whose verb takes
     * "her" is not the woman a later "she" stands for */
    {"Noor Halloran joined the show on Monday. Dana Pike, who has hosted it for "
     "years, pressed her on the cuts. Her answer was short. \"We had no choice,\" "
     "she said.", "We had no choice", "Noor Halloran", QK_ANY},
    /* 247 "Chief of Detectives Ana Lind": the word after a capitalised
     * title's "of" belongs to the title, not to the name */
    {"\"We found the van on Friday,\" Chief of Detectives Mara Quillon said.",
     "We found the van", "Mara Quillon", QK_ANY},
    /* 248 "The Leader of the Opposition, X,": a title and its "of" phrase
     * alone name nobody, so a later "she" is not them */
    {"The Premier, Ada Venn, rose first. The Leader of the Opposition, Rufus Toll, "
     "stood up. \"Where is the ferry?\" he asked. \"It will sail in May,\" she said.",
     "It will sail in May", "Ada Venn", QK_ANY},
    /* 249 "A Council whip": a capitalised institution's word before a
     * lower-case noun modifies it; the noun heads the speaker */
    {"The vote was close. A Council whip later insisted that the mayor had "
     "\"won the argument on points\".", "won the argument", "A Council whip", QK_ANY},
    /* 250 "A spokeswoman for the board, X Y,": when "the board" is an
     * organisation named before, the name set off is the spokeswoman's */
    {"The Harbour Licensing Board said the ferry could sail. A spokeswoman for the "
     "board, Odile Marchetti-Fenn, told reporters that the checks were done. "
     "\"We looked at every hull,\" she said.", "We looked at every hull",
     "Odile Marchetti-Fenn", QK_ANY},
    /* 251 "The first claims of ... , he said": an ordinal after "the" is
     * no noun, so "claims" is no verb with "The first" speaking */
    {"Auditor Hal Brenner argued that the fund had failed. The first claims of "
     "fraud surfaced in May, he said.", "The first claims", "Hal Brenner", QK_ANY},
    /* 252 "X of the Y Z argued ... , he said": a name after "of the" and a
     * person's name is where the person works, not whom "he" stands for */
    {"Wren Kasprzak of the Open Larder Project argued that the grants were too "
     "small. They were cut in April, he said.", "They were cut", "Wren Kasprzak", QK_ANY},
    /* 253 "the Guild of Weavers' Unions": the plural of an organisation
     * word after a plural's apostrophe goes on with the name */
    {"The Lantern Guild of Weavers' Unions estimated that 400 looms stood idle.",
     "400 looms stood idle", "Lantern Guild of Weavers' Unions", QK_ANY},
    /* 254 "X accused Y of '...'": the partial quote is X's words, as
     * after "called it" */
    {"The park will be sold. Councillor Ines Hartwig accused the board of \"selling "
     "the park by stealth\".", "selling the park", "Ines Hartwig", QK_ANY},
    /* 255 "X recalled that he had asked her whether": the asker is the
     * "he", so the next "she" is still X, not a woman named before */
    {"He married Pia Lund, a teacher, in 1961. She died in 2015.\n\nMs Nadia Vesk "
     "recalled that her father kept a notebook, and that on Sunday he had asked her "
     "whether the floods had come.\n\n\"He wanted to know,\" she said.",
     "He wanted to know", "Nadia Vesk", QK_ANY},
    /* 256 "According to his niece, CLAUSE": "his" as "the" - the role
     * one person was given in an apposition ("His niece, X Y,") */
    {"Arlo Penhallow has died at 88. His niece, Greta Osterholm, said he was at home. "
     "According to his niece, he drew every day.", "he drew every day",
     "Greta Osterholm", QK_ANY},
    /* 257 "said Ysolde, 41,": a first name given an age is a person */
    {"Water filled the street. \"It came in through the floor,\" said Ysolde, 41, "
     "who asked that her surname not be used. She had moved upstairs.\n\n"
     "\"We lost the piano,\" she said.", "We lost the piano", "Ysolde", QK_ANY},
    /* 258 "Bettany, 52, who ..., said": such a name opening a sentence is
     * no sentence-opening word to drop */
    {"Not everyone agreed. Bettany, 52, who runs the corner bakery, said the wall "
     "had \"never been finished at this end\".", "never been finished", "Bettany",
     QK_ANY},
    /* 259 "The trouble, she said, was that CLAUSE": a "that" past the
     * comma after the verb does not make the verb open a clause */
    {"Dr Ines Varga ran the unit for ten years. The trouble, she said, was that "
     "nobody ever read the reports.", "The trouble", "Ines Varga", QK_ANY},
    /* 260 "The Chief Constable said CLAUSE": a title of two capitalised
     * words after "the" speaks, and stands for the one person given it */
    {"The Chief Constable, Orla Devereux-Lam, opened the hearing. Later the Chief "
     "Constable said she had read every file twice.", "she had read every file",
     "Orla Devereux-Lam", QK_ANY},
    /* 261 "'... The figures say otherwise,' she said": a document
     * opening a sentence inside the quote is the speaker's words */
    {"Dr Marisol Quenby-Hart led the survey. \"People think the town is empty now. "
     "The figures say otherwise,\" she said.", "People think the town",
     "Marisol Quenby-Hart", QK_ANY},
    /* 264 "Le Goff said" after "Yann Le Goff": the tail of a name of
     * three parts is the same person */
    {"The firm's director, Yann Le Goff, flew in on Monday. Le Goff said the "
     "cargo \"belongs to someone else\".", "belongs to someone else", "Yann Le Goff",
     QK_ANY},
    /* 265 two particles inside a name, and the name by its tail */
    {"Finance chief Pieter van der Hoek spoke first. Van der Hoek said costs had "
     "doubled since the spring.", "costs had doubled", "Pieter van der Hoek", QK_ANY},
    /* 266 "Rev" and "Lady" are titles, not first names */
    {"The vicar, the Rev Anjali Corran, opened the fete. \"We are a fete, not a "
     "court,\" Ms Corran said.", "We are a fete", "Anjali Corran", QK_ANY},
    /* 267 "said the zoo's head of carnivores, Dr X": an "of" phrase in the
     * role and a title the name's mention leaves out */
    {"\"She is an excellent climber,\" said the zoo's head of carnivores, Dr Jonah "
     "Adewale-Price.", "She is an excellent", "Jonah Adewale-Price", QK_ANY},
    /* 268 "an interview with this newspaper, X admitted": a media noun
     * across a comma does not make X an outlet */
    {"The series was made by Lukas Brandvik. In an interview with this newspaper, "
     "Brandvik admitted that the team had argued about the tone.",
     "the team had argued", "Lukas Brandvik", QK_ANY},
    /* 269 "according to the returning officer, X.": a name ending the
     * sentence takes the role before it, and the role then names her */
    {"Forty ballots were spoiled, according to the returning officer, Agnes Holm-Brandt. "
     "Turnout was 78 percent, the highest since 1994, the returning officer said.",
     "Turnout was 78 percent", "Agnes Holm-Brandt", QK_ANY},
    /* 270 "according to the team": a team is no "team leader" */
    {"\"We were looking for two people,\" says the team leader, Gareth Pryce-Oduya. "
     "According to the team, the couple had dug a snow hole that saved them.",
     "the couple had dug", "the team", QK_ANY},
    /* 271 "Port Ellery", "Lake Orran": a place word opening a name makes
     * it a place, so "he" is still the man named before it */
    {"Jens Aalder and his wife had been due to fly to Port Ellery with their children. "
     "\"We drove two hours to be told to go home,\" he said.", "We drove two hours",
     "Jens Aalder", QK_ANY},
    /* 272 a nickname in quotes between first name and surname: part of
     * the mention, not of the name it is known by */
    {"Walter \"Buddy\" Strand, a former police chief, spoke second. Strand said the "
     "freeze would leave the city \"dangerously thin\" on weekends.", "dangerously thin",
     "Walter Strand", QK_ANY},
    /* 273 a dateline with the agency in brackets is a place; the firm
     * opening the sentence says what "saying" reports */
    {"NEW HARBOURTON (Meridian Wire) \xe2\x80\x94 Tollway Foods Group lowered its forecast "
     "on Thursday, saying the cost of cocoa had risen faster than prices.",
     "the cost of cocoa had risen", "Tollway Foods Group", QK_ANY},
    /* 274 ", and its chief executive told analysts that B": a second
     * report, by the person the role was given to without "the" */
    {"Acme Foods Group cut its forecast on Thursday, saying costs had risen, and its chief "
     "executive told analysts that more increases were coming. Chief Executive Ada "
     "Korhola spoke for an hour.", "more increases were coming", "Ada Korhola", QK_ANY},
    /* 275 "X, Rosa's mother, spoke": the she after it is X, not Rosa */
    {"The crash killed Rosa Abbate, 27, a nurse. Lorna Abbate, Rosa's mother, spoke first.\n\n"
     "\"I set a table for two now,\" she said.", "I set a table", "Lorna Abbate", QK_ANY},
    /* 276 "CLAUSE, the auction house said.": a definite phrase closing the
     * sentence speaks, whatever its noun */
    {"A case of wine forgotten in a cellar sold for 212,000 pounds on Thursday night, a "
     "record for the estate, the auction house said.", "A case of wine forgotten",
     "auction house", PX_QUOTE_INDIRECT},
    /* 277 "..., the X Tribunal has ruled.": a ruling is reported */
    {"A landlord who let a flat with mould on every wall must repay nine months of rent, "
     "the Carrow Property Tribunal has ruled.", "A landlord who let a flat",
     "Carrow Property Tribunal", PX_QUOTE_INDIRECT},
    /* 278 "farms sheep above Hollin Bridge, says": the name after
     * "above" is where; the "she" after it is the farmer */
    {"Gwen Okafor-Steed, who farms sheep above Hollin Bridge, says her flock did well. "
     "\"My father talked about 1947,\" she says.", "My father talked", "Gwen Okafor-Steed",
     QK_ANY},
    /* 279 a short quote closed by a comma and "he says" is speech, whoever
     * the "he" is */
    {"Rain fell all night on the hill.\n\n\"I was wrong,\" he says.", "I was wrong", NULL,
     PX_QUOTE_DIRECT},
    /* 280 a name of five words with particles is a person's, and goes by
     * what runs from its first particle */
    {"VALMORE, July 14 (Sportwire) - José Luis de la Fuente of Equipo Alta won the stage on "
     "Tuesday.\n\n\"Today the road was mine,\" De la Fuente said.", "Today the road",
     "José Luis de la Fuente", QK_ANY},
    /* 281 "Father" is a title; 282 "ter" a particle */
    {"Lars ter Horst finished second. \"It was not the power meter,\" ter Horst said. Her "
     "nephew, Father Declan Hallow, read a statement. Father Hallow said the family would "
     "support a campaign.", "the family would support", "Declan Hallow", QK_ANY},
    {"Lars ter Horst finished second. \"It was not the power meter,\" ter Horst said.",
     "It was not the power", "Lars ter Horst", QK_ANY},
    /* 283 "the Northside" in a relative clause is not who says */
    {"The no votes came from Gary Lundqvist and two others. Lundqvist, who represents the "
     "Northside, said the rise would land hardest on retirees. \"I have people choosing "
     "between tax and prescriptions,\" he said.", "I have people choosing", "Gary Lundqvist",
     QK_ANY},
    /* 284 "Tonight" opening a sentence is no part of a name; "DI" and
     * "Sheikh" are titles */
    {"The count ended at two. Tonight Ana Lindqvist said the result was \"a new start for "
     "the town\".", "a new start", "Ana Lindqvist", QK_ANY},
    {"DI Siobhan Okereke led the inquiry. \"This was a cowardly attack,\" DI Okereke said.",
     "This was a cowardly", "Siobhan Okereke", QK_ANY},
    {"The host, Sheikh Faisal bin Rashid Al-Mansour, opened the auction. \"Please do not bid "
     "on her,\" Sheikh Faisal said.", "Please do not bid", "Faisal bin Rashid Al-Mansour",
     QK_ANY},
    /* 287 "Council Members X and Y": a body, a plural title, then names */
    {"The no votes came from Council Members Gary Lundqvist and Tamsin Oyelo. Lundqvist, who "
     "represents the Northside, said the tax rise would land hardest on retirees.",
     "the tax rise would land", "Gary Lundqvist", QK_ANY},
    /* 288 "The policy includes an exemption ..., X said": an -s verb before
     * "an" is the clause's verb */
    {"Lorraine Whitby chairs the board. The policy includes an exemption for students with a "
     "medical need, Whitby said.", "The policy includes an exemption", "Lorraine Whitby",
     PX_QUOTE_INDIRECT},
    /* 289 "said Acme Group's chief executive, X": the possessive is on the
     * firm's last word */
    {"\"The master did exactly what he was trained to do,\" said Ostrava Group's chief "
     "executive, Mathis Ferrand-Oyel, speaking on the quay.", "The master did exactly",
     "Mathis Ferrand-Oyel", QK_ANY},
    /* 290 "Mrs Justice X ... the judge said": a justice is a judge */
    {"Mrs Justice Hallam-Moore heard the case. The judge said the trial was not \"a trial of "
     "anyone's character\".", "a trial of anyone", "Hallam-Moore", QK_ANY},
    /* 291 a firm joined by "and" keeps a first word that is also a title */
    {"Members of the General and Municipal Workers' Federation walked out. \"The council likes "
     "to talk about fairness,\" the General and Municipal Workers' Federation said.",
     "The council likes", "General and Municipal Workers' Federation", QK_ANY},
    /* 292 "Y, he says, hardly spoke to him": the name the attribution
     * interrupts is whom he speaks of; 293 a he after "a maker named Y"
     * in a sentence opening with X is X */
    {"Ezra Blumfeld has made violins for forty years. He trained under Fritz Aumer. Aumer, he "
     "says, hardly spoke to him for the first year.", "Aumer hardly spoke", "Ezra Blumfeld",
     QK_ANY},
    {"Ezra Blumfeld has made violins for forty years. Blumfeld came to Port Lisle to apprentice "
     "with an old maker named Fritz Aumer, whom he still calls \"the Professor\". \"He would "
     "look at my work and say nothing,\" he recalls.", "He would look at my work",
     "Ezra Blumfeld", QK_ANY},
    /* 294 "In X," opening a sentence is where; "a spokesman for the Y
     * ministry, Name," names the spokesman, not the ministry */
    {"In Marlow Cove, a spokeswoman for the Velandrian government, Tomasz Obi-Reyes, "
     "said the search had ended. \"We found nobody,\" Mr Obi-Reyes said.", "We found nobody",
     "Tomasz Obi-Reyes", QK_ANY},
    /* 295 a generation's numeral is part of the name, and the surname
     * alone still finds it */
    {"Its lawyer, T. Ambrose Welling III, spoke first. \"We will appeal this,\" Welling said.",
     "We will appeal", "T. Ambrose Welling III", QK_ANY},
    /* 296, 297 a word for people opening the sentence (after a live
     * blog's time) is what the person is, not a first name */
    {"Rival Ola Brennan-Quist, who finished fifth, said she took \"no pleasure at all\" from "
     "the ruling.", "no pleasure at all", "Ola Brennan-Quist", QK_ANY},
    {"09:40 Listener Maeve in Dunmore has written to us: \"The trains were packed and hot.\"",
     "The trains were packed", "Maeve", QK_ANY},
    /* 298 "8.20am." ends its sentence: the speaker after it is alone */
    {"The old footbridge gave way at about 8.20am. Witnesses said the deck \"folded like "
     "paper\".", "folded like paper", "Witnesses", QK_ANY},
    /* 299, 300 plurals owning an organisation's name, alone or joined
     * by "and"; forum and guild are organisations */
    {"The Lighthouse Keepers' Forum, which speaks for 40 crews, said the cuts were \"a "
     "false economy\".", "a false economy", "Lighthouse Keepers' Forum", QK_ANY},
    {"The Porters\xe2\x80\x99 and Drivers\xe2\x80\x99 Guild said the deal had \"let down "
     "every member\".", "let down every member", "Porters\xe2\x80\x99 and "
     "Drivers\xe2\x80\x99 Guild", QK_ANY},
    /* 301 Ma\xc3\xaetre, a French lawyer's title */
    {"Ma\xc3\xaetre Odile Ferrand-Mbaye said her client \"will fight this to the end\".",
     "will fight this", "Odile Ferrand-Mbaye", QK_ANY},
    /* 302 "The X, usually a Y, calls ...": the apposition past an adverb;
     * the name with "the" is no person, and it speaks */
    {"The Evening Sentinel, usually a loyal ally, calls the sacking of the treasurer, Ana "
     "Berg, \"a grave and costly error\".", "a grave and costly", "Evening Sentinel", QK_ANY},
    /* 303, 304 ", saying CLAUSE" after a role and a name, or a short
     * clause */
    {"The mayor, Cyril Brandwood, has resigned after ten years in office, saying he wants to "
     "rest.", "he wants to rest", "Cyril Brandwood", PX_QUOTE_INDIRECT},
    {"Acme Foods lowered its forecast, saying costs had risen.", "costs had risen",
     "Acme Foods", PX_QUOTE_INDIRECT},
    /* 305 what follows "on the slogan" is a slogan even beside a speech
     * verb, and the long subject still speaks */
    {"Ashby, a baker who was first elected as an independent in 2012 on the slogan \"Bread "
     "First, Bread Always\", said she would step down in May.", "she would step down",
     "Ashby", PX_QUOTE_INDIRECT},
    /* 306 '"..." and that B': the sentence goes on, nobody is named */
    {"The league said in a statement that the goal had been \"correct under rule 9\" and "
     "that both teams had agreed to it.", "correct under rule 9", "The league", QK_ANY},
    /* 307 a nickname of words in quotes, with "the", is left out of the
     * name */
    {"The independent Barry \xe2\x80\x9cthe Badger\xe2\x80\x9d Nolan came fourth. Nolan told "
     "the hall he had \xe2\x80\x9cspent nothing at all, not a penny\xe2\x80\x9d.",
     "spent nothing at all", "Barry Nolan", QK_ANY},
    /* 308 "X, who ...": "who" makes X a person, whom "he" goes back to */
    {"Arbery, who had held the seat since 2019, said turnout had hurt his party. \"Our voters "
     "stayed at home,\" he said.", "Our voters stayed", "Arbery", QK_ANY},
    /* 309 a described speaker's phrase ends before the verb of "that" */
    {"The policy states that phones must be \"powered off or silenced and kept in a "
     "pouch\".", "powered off or silenced", "policy", QK_ANY},
    /* 310 "al-" joined by a hyphen is part of the name, alone too */
    {"The winner, Samira al-Haddad, 10, lost one game. \"I like the rooks best,\" "
     "al-Haddad said.", "I like the rooks", "Samira al-Haddad", QK_ANY},
    /* 311 "250 emails": an -s form after a number is a noun, no verb */
    {"Board president Ana Quill said the board had received 250 emails on the plan, \"more "
     "than on anything since the new bypass.\"", "more than on anything", "Ana Quill",
     QK_ANY},
    /* 312 "recommend" reports as "recommends" does */
    {"The auditors visited in May. Auditors recommend that the trust publishes its spending "
     "every month.", "the trust publishes its spending", "Auditors", PX_QUOTE_INDIRECT},
    /* 313 "would say only:": the subject is before the modal */
    {"Envoys in Nordby thanked Ana Berg. A Velandrian official, who asked not to be named, "
     "would say only: \"We were glad to help with it.\"", "We were glad to help",
     "A Velandrian official", QK_ANY},
    /* 314 "said that A, but that B 'x'": the second clause hangs on the
     * verb as closely as the first, so a short quote in it is kept */
    {"Inspector Ana Kell said at a briefing that all those known to have been on the boat had "
     "been found, but that divers would search the lake \"as a precaution\".",
     "as a precaution", "Ana Kell", QK_ANY},
    /* 315 "saluted 'an exemplary judgment'": a verb that sums up words,
     * its object the quote */
    {"The minister, Mrs Odile Ferrand, saluted \xc2\xab""an exemplary judgment\xc2\xbb after "
     "the verdict.", "an exemplary judgment", "Odile Ferrand", QK_ANY},
    /* 316 "The X Office has issued ..., saying": past "the" to the
     * organisation opening the sentence */
    {"The Coastal Weather Office has issued a red warning for wind, saying there is a "
     "\"danger to life\" from debris.", "danger to life", "Coastal Weather Office", QK_ANY},
    /* 317 a jury speaks as a panel does */
    {"The Prix Orlan jury described the novel as \"a quiet earthquake\".",
     "a quiet earthquake", "The Prix Orlan jury", QK_ANY},
    /* 318 "praised the 'x' of ...": the quote is the object's head */
    {"Mayor Ana Brisk praised the \"patience and professionalism\" of the crews.",
     "patience and professionalism", "Ana Brisk", QK_ANY},
    /* 319 "said she shared that worry": "that" after the clause's verb
     * is the worry's, the clause begins at "she" */
    {"Board member Lydia Marsh, who voted against the policy, said she shared that worry.",
     "she shared that worry", "Lydia Marsh", PX_QUOTE_INDIRECT},
    /* 320 an irregular past with its object is the clause's verb */
    {"The festival's director, Hollis Brandt, says the weekend cost an extra \xc2\xa3" "300,000 "
     "in trackway.", "the weekend cost an extra", "Hollis Brandt", PX_QUOTE_INDIRECT},
    /* 321 "said her scooter burst into flames": no inverted speaker after
     * "her" but a word for people */
    {"One of the injured riders, Carmen Villa, 44, of Oak Terrace, said her scooter burst "
     "into flames in her hallway.", "her scooter burst into flames", "Carmen Villa",
     PX_QUOTE_INDIRECT},
    /* 322 "identified only as 'Karim'" names someone: no quote, and the
     * report of the sentence is found */
    {"One former detainee, a mechanic identified in the report only as \"Idris\", said he was "
     "held for eight months without seeing a judge.", "he was held for eight months",
     "Idris", PX_QUOTE_INDIRECT},
    /* 323 a he after "Y, he says, ..." is not Y either */
    {"Ezra Blumfeld has made violins for forty years. He trained under Fritz Aumann. Aumann, "
     "he says, hardly spoke to him for a year. \"He would look at my work and say nothing,\" "
     "he recalls.", "He would look at my work", "Ezra Blumfeld", QK_ANY},
    /* 324 "He was quoted by the paper as saying ...": the subject speaks */
    {"Tomasz Lind spoke first. He was quoted by the paper as saying his party would demand a "
     "hearing.", "his party would demand", "Tomasz Lind", PX_QUOTE_INDIRECT},
    /* 325, 326 "read a statement on her behalf", "on behalf of X": the
     * words are hers, not the reader's */
    {"Ana Quill wept in the dock. Outside court, her solicitor, Rupert Vane, read a statement "
     "on her behalf: \"I think about him every day since he died.\"", "I think about him",
     "Ana Quill", QK_ANY},
    {"The club read a statement on behalf of Jo Brant: \"I am leaving with a heavy heart.\"",
     "I am leaving", "Jo Brant", QK_ANY},
    /* 327 "X stood and said only, '...'": the subject of the verb "and"
     * joins to */
    {"The judge, Conrad Pell, passed sentence. When Pell asked whether he wished to speak, "
     "Kessling stood and said only, \"I am sorry. I know that is nothing.\"", "I am sorry",
     "Kessling", QK_ANY},
    /* 328 "a note from his predecessor, X, that read: '...'": the note's
     * writer, not the sentence's subject */
    {"Hale recalls finding a note on his desk from his predecessor, Dame Ada Brisk, that read "
     "simply: \"Leave the prisons alone.\"", "Leave the prisons alone", "Ada Brisk", QK_ANY},
    /* 329 "the university" is the University of X, whose word heads its
     * name, not a union of university staff named since */
    {"Staff at the University of Orlan voted to strike. The ballot of the University "
     "Lecturers' Association closed on Friday. The university said the changes were "
     "\"necessary to keep the scheme affordable\".", "necessary to keep the scheme",
     "University of Orlan", QK_ANY},
    /* 330 "X completed a move to Club Y - and insisted ...": the person
     * the sentence opens with */
    {"Goalkeeper Conor Dunn completed a move from Haverton Rovers to Sporting Orlan - and "
     "insisted he had \"never wanted to leave like this\".", "never wanted to leave",
     "Conor Dunn", QK_ANY},
    /* 331 "The report found that A had been 'x' and that B was 'y'": the
     * finder's words, however short */
    {"The report found that leaders had \"transformed the teaching of reading\" and that "
     "behaviour at playtime was \"calm and purposeful\".", "calm and purposeful", "The report",
     QK_ANY},
    /* 332 "a device it called '...'": an organisation's it */
    {"Lumo Group unveiled its first glasses on Wednesday, a $1,299 device it called \"the "
     "last screen you will ever buy\".", "the last screen", "Lumo Group", QK_ANY},
    /* 333 "Fans took sides. One wrote: '...'": one of the plural opening
     * the sentence before, of four letters too; single marks kept */
    {"Fans quickly took sides. One wrote: \xe2\x80\x98Team Tamsin. Anyone who has watched "
     "him knows what he is like.\xe2\x80\x99", "Team Tamsin", "fan", QK_ANY},
    /* 334 "X has died. '...,' her daughter, Y, said. \n\nShe found ...
     * she wrote": a person named by a relation to her is not whom the
     * next paragraph's she speaks of, nor the she after it */
    {"Edda Lorring-Vale, the potter, has died aged 88. \"She never sat still,\" her daughter, "
     "Ruth Lorring, said.\n\nShe opened her first studio in 1961. That night she wrote: \"A "
     "kiln of my own at last.\"", "A kiln of my own", "Edda Lorring-Vale", QK_ANY},
    /* 335 "said Local 418 President X": a body's name, a number and a
     * title before the person's name */
    {"\"We did not want this,\" said Local 418 President Dolores Fane, outside the depot.",
     "We did not want this", "Dolores Fane", QK_ANY},
    /* 336 "A spokesman for the authority, X," after "the Port Ellery
     * Transit Authority": a body whose name opens with a place word */
    {"The union said talks with the Port Ellery Transit Authority had broken down. A "
     "spokesman for the authority, Tobias Wren, said no further talks had been scheduled.",
     "no further talks", "Tobias Wren", QK_ANY},
    /* 337 "X, who has run Brackwater Marine since 2019, ... he replied":
     * what a person runs is a business, not the he */
    {"Gareth Olleran, who has run Brackwater Marine since 2019, gave evidence.\n\n\"I sign "
     "a great many papers,\" he replied.", "I sign a great many", "Gareth Olleran", QK_ANY},
    /* 338 a short paragraph whose "the ROLE" leads in to the next
     * paragraph's quote: that person, not the voice before */
    {"The chef, Tobiah Marsh, opened the place in April.\n\nThe manager, Ines Duret, said "
     "the fish is local.\n\n\"We buy it every morning,\" she said.\n\nAbout the future, the "
     "chef is cautious.\n\n\"We are full on Fridays. Tuesdays, it is me and the radio.\"",
     "We are full on Fridays", "Tobiah Marsh", QK_ANY},
    /* 339 "the chef" after "The chef, X," and "his old head chef, Y,":
     * the one called that outright, not someone's relation */
    {"The chef, Tobiah Marsh, opened the place in April. His old head chef, Aurel Bastide, "
     "came to dinner. \"Eel is misunderstood,\" the chef said.", "Eel is misunderstood",
     "Tobiah Marsh", QK_ANY},
    /* 340 "after four years at Le Goujon Bleu. '...,' he tells me": a name
     * of three words after "at" is where, not the he */
    {"The chef, Tobiah Marsh, opened the place in April after four years at Le Goujon Bleu "
     "in Orge.\n\n\"I wanted to cook the river,\" he tells me.", "I wanted to cook",
     "Tobiah Marsh", QK_ANY},
    /* 341 "Dr X, now at the University of Y, recalled ...:", "formerly
     * of": where someone works, set off, is not the speaker */
    {"Dr Amani Waweru, now at the University of Kessing, recalled her first trip: \"I "
     "picked a flower.\"", "I picked a flower", "Amani Waweru", QK_ANY},
    {"Dr Ana Holt, formerly of Brisk Labs, said: \"It works.\"", "It works", "Ana Holt",
     QK_ANY},
    /* 343 '"A," X told supporters, "B."' then "She said ...": the name
     * between the parts of a split quote is outside it, and the she's */
    {"Clerk Rosa Metz said turnout was 61 percent.\n\n\"This is not my win,\" Okafor-Lind "
     "told supporters, \"it is yours.\"\n\nShe said her first act would be to call a meeting.",
     "her first act would be", "Okafor-Lind", QK_ANY},
    /* 344 "the Women's Tennis Circuit said": an irregular plural's
     * possessive opens the name, as "People's" does */
    {"Varnholt is the first top seed to lose early, the Women\xe2\x80\x99s Tennis Circuit said.",
     "Varnholt is the first", "Women\xe2\x80\x99s Tennis Circuit", QK_ANY},
    /* 345 "Was she surprised by X's level?" then a bare quote: the
     * answer is the she's, not X's */
    {"Top seed Liesel Varn said she had no excuses after losing to Tamsin Okoro-Bly. \"It was "
     "the wind,\" Varn said.\n\nWas she surprised by Okoro-Bly\xe2\x80\x99s level?\n\n\"No. "
     "I practised with her two years ago.\"", "No. I practised", "Liesel Varn", QK_ANY},
    /* 346 "Barmaid X told ...", "says my companion": service trades are
     * titles, a companion a person */
    {"Barmaid Shelley Okon, 24, told the paper: \"One minute they were shaking hands.\"",
     "One minute they", "Shelley Okon", QK_ANY},
    {"The manager, Ines Duret, showed us round. \"I would come back for the bread alone,\" "
     "says my companion.", "I would come back", "companion", QK_ANY},
    /* 348 "quoted an evacuee, 80-year-old X, as saying": past the age */
    {"The agency also quoted an evacuee, 80-year-old Kyriaki Dros, as saying: \"So I went.\"",
     "So I went", "Kyriaki Dros", QK_ANY},
    /* 349 "CLAUSE, reported fewer fights and better attendance": a
     * comparative in -er is no agent noun, so no inverted speaker */
    {"\"This is not about punishing kids,\" Carmela Whit told the board.\n\nShe said teachers "
     "at the two schools, which piloted the pouches last spring, reported fewer fights and "
     "better attendance.", "teachers at the two schools", "Carmela Whit", QK_ANY},
    /* 350 "CLAUSE, a person familiar with the negotiations said.": six
     * words of attribution, a person noun at their head */
    {"Talks are expected to resume Wednesday at the earliest, a person familiar with the "
     "negotiations said.", "Talks are expected", "a person familiar with the negotiations",
     PX_QUOTE_INDIRECT},
    /* 351 "The Audit Office, in a report ..., found that": a body's
     * finding is reported as a document's is */
    {"The Infrastructure Audit Office, in a report published last month, found that the "
     "authority had paid early.", "the authority had paid early", "Infrastructure Audit Office",
     PX_QUOTE_INDIRECT},
    /* 352 "The Transit union, Local 418, said CLAUSE": past a short
     * phrase set off after a body's noun */
    {"The Amalgamated Transit union, Local 418, said talks with the authority had broken down.",
     "talks with the authority", "The Amalgamated Transit union", PX_QUOTE_INDIRECT},
    /* 353 "The regional wine council, the Interprofession des Vins, says":
     * the body's name set off after its noun speaks */
    {"The regional wine council, the Interprofession des Vins du Valbrune, says the harvest has "
     "moved forward by 17 days.", "the harvest has moved", "Interprofession des Vins du Valbrune",
     PX_QUOTE_INDIRECT},
    /* 354 "A, the agency said, after B": a clause after the attribution
     * goes on with the report; "said after the meeting that" still
     * reports */
    {"The Tavoran Space Agency waited. The attempt was called off, the agency said, after a "
     "sensor flagged a pressure drop.", "The attempt was called off after", "Tavoran Space Agency",
     PX_QUOTE_INDIRECT},
    {"The mayor said after the meeting that the road would reopen.", "the road would reopen",
     "The mayor", PX_QUOTE_INDIRECT},
    /* 356 "The authors note that CLAUSE": "note" the verb, after a
     * subject; not "One note ... read:" */
    {"The authors note that octopuses in the wild may sleep differently.",
     "octopuses in the wild", "The authors", PX_QUOTE_INDIRECT},
    /* 357 "CLAUSE, researchers reported Wednesday in the journal X.": a
     * day, then where, is no clause of the verb's own */
    {"Octopuses cycle through two stages of sleep, researchers reported Wednesday in the "
     "journal Marine Cognition.", "Octopuses cycle through", "researchers", PX_QUOTE_INDIRECT},
    /* 358 'Gary "Tank" Hughes ... said Hughes': a nickname neither keeps
     * the name from its surname nor makes it a body ("tank") */
    {"Former striker Gary \xe2\x80\x9cTank\xe2\x80\x9d Mellor-Hughes, now a pundit, was "
     "angry.\n\n\xe2\x80\x9cIt is a disgrace,\xe2\x80\x9d said Mellor-Hughes.", "It is a disgrace",
     "Gary Mellor-Hughes", QK_ANY},
    /* 359 "According to the parish clerk, Lorna Hale, the council never
     * gave permission": the clause after the name is no apposition of
     * it, the clerk's name is the source, and the report starts after it */
    {"According to the parish clerk, Lorna Fitzhale, the council never gave permission for "
     "it.\n\nMrs Fitzhale said there was no record of it.", "there was no record",
     "Lorna Fitzhale", QK_ANY},
    {"According to the parish clerk, Lorna Fitzhale, the council never gave permission for it.",
     "the council never gave", "Lorna Fitzhale", PX_QUOTE_INDIRECT},
    /* 361 "The family of an 84-year-old woman who waited 31 hours on a
     * trolley in a hospital corridor say": the phrase "of" hangs from,
     * past a long relative clause */
    {"By Alys Penhal, Health reporter\n\nThe family of an 84-year-old woman who waited 31 hours "
     "on a trolley in a hospital corridor say she was \"treated like a parcel\".",
     "treated like a parcel", "The family", QK_ANY},
    /* 362 "Provost X said": a university's officers are titles */
    {"In a statement, Provost Carla Whitcombe said the result was \"disappointing\".",
     "disappointing", "Carla Whitcombe", QK_ANY},
    /* 363 "quoted the mayor of Brusca, Lucia Ferrant, as saying that": the
     * person set off after a role holding a place */
    {"The agency VNA quoted the mayor of Brusca, Lucia Ferrant, as saying that the town hall "
     "had collapsed.", "the town hall had collapsed", "Lucia Ferrant", QK_ANY},
    /* 364 the name set off after "according to the parish clerk" wins
     * over whomever "the parish clerk" would stand for */
    {"The bench was given by the family of Arthur Penn, the village's postmaster, who died. "
     "According to the parish clerk, Lorna Fitzhale, the council never gave permission.",
     "the council never gave", "Lorna Fitzhale", PX_QUOTE_INDIRECT},
    /* 365 "X asks whether ... . 'A,' she says": the answer is the other
     * voice's, not the asker's; "Y, asked about it, smiled. 'B,' she
     * said" is still Y's */
    {"Author Olu Adebayo reads first. The chair, the critic Ben Finch, asks whether the book "
     "is true. \"Only the parts that did not happen,\" she says.", "Only the parts",
     "Olu Adebayo", QK_ANY},
    {"Anya Kell spoke first. Suki Marwood, asked again about her chances, smiled. \"Ask me "
     "in two hours,\" she said.", "Ask me in two hours", "Suki Marwood", QK_ANY},
    /* 367 "A teenager asks her for advice. '...,' she tells him": the
     * role whose verb takes "her" is not the she */
    {"On Sunday night Olu Adebayo is still signing. A teenager asks her for advice. \"Write "
     "it down,\" she tells him.", "Write it down", "Olu Adebayo", QK_ANY},
    /* 368 "X herself said": the reflexive gives her gender, so a later
     * he is someone else */
    {"The new coach, Ernesto Bertol, spoke first.\n\nTo a question about the absence of the "
     "captain, Valentina Orsin, from the list, the coach responded drily.\n\n\"Nobody is "
     "excluded,\" he said.\n\nOrsin herself said she was ready.",
     "Nobody is excluded", "Ernesto Bertol", QK_ANY},
    /* 369 "CLAUSE, stranding 1,200 passengers, the operator said": the
     * attribution starts after the last comma, the clause keeps the rest */
    {"Ferry crews walked out on Monday, stranding about 1,200 passengers, the operator said.",
     "Ferry crews walked out on Monday, stranding", "the operator", PX_QUOTE_INDIRECT},
    /* 370 "specified in a note that", "communicated the federation"; "X,
     * present in the hall, promised that": translated copy's verbs, and a
     * set-off "present" */
    {"The Lusiran Volleyball Federation specified in a note that the salary will be paid by a "
     "sponsor.", "the salary will be paid", "Lusiran Volleyball Federation", PX_QUOTE_INDIRECT},
    {"The minister of sport, Paolo Cresti, present in the hall, promised that the government "
     "will finance a new centre.", "the government will finance", "Paolo Cresti",
     PX_QUOTE_INDIRECT},
    /* 372 "according to a person familiar with the board's thinking who
     * asked not to be named": the source's name ends before "who" */
    {"The company has hired advisers, according to a person familiar with the board's thinking "
     "who asked not to be named.", "The company has hired advisers",
     "a person familiar with the board's thinking", PX_QUOTE_INDIRECT},
    /* 373 "Asked whether ..., Mr X declined to comment, saying only that
     * CLAUSE": past "only", and the person whose verb the participle
     * follows after an opening phrase */
    {"Asked whether the crossing should have gone ahead in such fog, Mr Kielty declined to "
     "comment, saying only that the investigators would establish the facts.",
     "the investigators would establish", "Kielty", PX_QUOTE_INDIRECT},
    /* 374 "'...,' the recall notice states": "states" after a document's
     * noun (or "it") is its verb */
    {"The agency said the recall was voluntary.\n\n\"Dogs may vomit,\" the recall notice "
     "states.", "Dogs may vomit", "the recall notice", QK_ANY},
    /* 375 "Pet Owners for Safe Food said": a group's plural before "for"
     * names a campaign */
    {"A consumer group, Pet Owners for Safe Food, said the recall came \"months too late.\"",
     "months too late", "Pet Owners for Safe Food", QK_ANY},
    /* 376 "..., the company said" after a hospital was named: the latest
     * organisation that may be a business */
    {"Furrowfield Pet Nutrition Inc recalled the food. A vet at Harlan Falls Animal Hospital "
     "saw three dogs. Customers can return bags for a refund, the company said.",
     "Customers can return bags", "Furrowfield Pet Nutrition Inc", PX_QUOTE_INDIRECT},
    /* 377 "Under cross-examination by Mr X, he accepted that ... . '...,'
     * he said": the he is not the examiner, in either sentence */
    {"Angus Dow, a crofter, spoke for the objectors. He said the group had 1,400 signatures. "
     "Under cross-examination by Mr Fennimore, he accepted that most signatories lived far "
     "away. \"They love it,\" he said.", "most signatories lived", "Angus Dow",
     PX_QUOTE_INDIRECT},
    {"Angus Dow, a crofter, spoke for the objectors. He said the group had 1,400 signatures. "
     "Under cross-examination by Mr Fennimore, he accepted that most signatories lived far "
     "away. \"They love it,\" he said.", "They love it", "Angus Dow", QK_ANY},
    /* 379 "POP superstar Kaydence ... The star insists": a superstar is a
     * star (not a "44-year-old" a "year-old") */
    {"Pop queen Kaydence weeps as claim begins\n\nPOP superstar Kaydence wept in the witness box "
     "yesterday.\n\nMr Vander, 57, says he had a deal. The star insists the agreement ended "
     "when she sacked him.",
     "the agreement ended", "Kaydence", PX_QUOTE_INDIRECT},
    /* 380 "The co-founder of Lumo, Ana Brisk, ... the founder said": a
     * compound role word ending in the title */
    {"The co-founder of Lumo, Ana Brisk, spoke first. Tom Hale, an analyst, was there. \"It "
     "will ship in May,\" the founder said.", "It will ship in May", "Ana Brisk", QK_ANY},
    /* 381 "The ground, according to the clerk, Ann Lee, had been watered":
     * the source set off inside the clause it reports */
    {"The race went ahead. The ground, according to the clerk of the course, Rhian Vale, had "
     "been watered twice during the week.", "The ground had been watered twice", "Rhian Vale",
     PX_QUOTE_INDIRECT},
    /* 382 "Range will vary, she said, with the weight of the rider": the
     * clause goes on after its attribution with a phrase of its own ... */
    {"Tamsin Reyes runs the firm. Real-world range will vary, she said, with the weight of the "
     "rider and the cold.", "Real-world range will vary with the weight", "Tamsin Reyes",
     PX_QUOTE_INDIRECT},
    /* 383 "X, regional organiser of the rail union Track, said": a word
     * in lower case before a role word ("organiser", now one) opens the
     * apposition, so the union named inside it does not speak */
    {"Euan Brook, regional organiser of the rail union Track, said the guard had been \u201con "
     "duty for 19 hours\u201d.", "on duty for 19 hours", "Euan Brook", QK_ANY},
    /* 384 "A student travelling home to Port Glennan said": a place after
     * "to" or "from" is where the role phrase before it goes or comes
     * from, not who speaks */
    {"Others were less forgiving. A student travelling home to Port Glennan said the "
     "announcements had stopped after the first hour.", "the announcements had stopped",
     "A student", PX_QUOTE_INDIRECT},
    /* 385 ... and set off with a relative clause after it */
    {"Others were less forgiving. A student from Port Glennan, who asked not to be named, said "
     "the announcements had stopped.", "the announcements had stopped", "A student",
     PX_QUOTE_INDIRECT},
    /* 386 "Marsh Lantern is owned by Bryony Castle": what is owned is no
     * person, so the she is the owner */
    {"Marsh Lantern won the cup on Saturday. Marsh Lantern is owned by Bryony Castle, a retired "
     "midwife who bought him as a yearling. \u201cPeople laughed when I told them what I "
     "paid,\u201d she said.", "People laughed", "Bryony Castle", QK_ANY},
    /* 387 "Twins Amir and Zain Haddad": "twins" is a relation, no part of
     * a name */
    {"Results day in Wexley. Twins Amir and Zain Haddad, 18, got three As each. \u201cWe did "
     "not copy each other,\u201d said Amir.", "We did not copy", "Amir Haddad", QK_ANY},
    /* 388 "Teodor Ravel was still changing the ending. 'I cut eleven bars,'
     * the choreographer told me": a job nobody is given varies the name
     * of the one person named just before */
    {"The premiere was on Saturday. Two hours before the curtain went up, Teodor Ravel was still "
     "changing the ending. \u2018I cut eleven bars this afternoon,\u2019 the choreographer told "
     "me.", "I cut eleven bars", "Teodor Ravel", QK_ANY},
    /* 389 ... but not when the text spoke of a choreographer before */
    {"A choreographer came to the rehearsal. Teodor Ravel was still changing the ending. "
     "\u2018I cut eleven bars this afternoon,\u2019 the choreographer told me.",
     "I cut eleven bars", "the choreographer", QK_ANY},
    /* 390 "The train operators say they have offered 4 per cent": a plural
     * shaped like a group of people speaks after "the" */
    {"The strike began on Monday. The train operators say they have offered 4 per cent this "
     "year.", "they have offered 4 per cent", "The train operators", PX_QUOTE_INDIRECT},
    /* 391 "In a statement released after the talks, the two governments
     * said the crossings at X, Y and Z would reopen": the report follows
     * the verb; the opening phrase is none */
    {"The talks ended on Tuesday. In a joint statement released after the talks, the two "
     "governments said the crossings at Halvory, Ravenik and Kiln Bridge would reopen in "
     "September.", "the crossings at Halvory", "the two governments", PX_QUOTE_INDIRECT},
    /* 392 "Residents of X, where ..., said": "where" sets off a clause
     * before the verb as "who" does */
    {"The border opened. Residents of the town of Ravenik, where the crossing has been closed "
     "for six years, said they would believe it when they saw it.",
     "they would believe it", "Residents", PX_QUOTE_INDIRECT},
    /* 393 "Evacuees at the shelter said": a plural shaped like a group of
     * people heads the phrase, opening the sentence too ... */
    {"The fire spread. Evacuees at the Tillery Flats shelter said the station had been their "
     "main source of news.", "the station had been", "Evacuees", PX_QUOTE_INDIRECT},
    /* 394 ... but not one in -ments ("arrangements") */
    {"The chief executive, Priyesh Raman, said in a statement that arrangements for the "
     "by-election would be announced \u201cin due course\u201d.", "in due course",
     "Priyesh Raman", QK_ANY},
    /* 395 "When asked, X replied that": "when" and a participle open no
     * question, so the report after them is found */
    {"The meeting ran late. When asked, Ana Lind replied that it would be inappropriate to "
     "comment.", "it would be inappropriate", "Ana Lind", PX_QUOTE_INDIRECT},
    /* 396 "Harriet Vance KC said": letters after a name are no phrase */
    {"The trial opened. Harriet Vance KC said the fire had been started deliberately.",
     "the fire had been started", "Harriet Vance", PX_QUOTE_INDIRECT},
    /* 397 "A spokesman for the fund, one of the largest investors, said":
     * an apposition opening with "one" */
    {"The vote was close. A spokesman for the Northern Counties Pension Fund, one of the group's "
     "20 largest investors, said it had voted against the pay report.", "it had voted against",
     "A spokesman", PX_QUOTE_INDIRECT},
    /* 398 "informed that", "is convinced that": verbs of a report */
    {"The council met. The mayor, Ana Brun, informed that the voivode will examine the "
     "resolution.", "the voivode will examine", "Ana Brun", PX_QUOTE_INDIRECT},
    /* 399 */
    {"The lift is shut. The hotelier Silvan Ritter, who runs the Hotel Hornblick, is convinced "
     "that the railway will be running again by the autumn.", "the railway will be running",
     "Silvan Ritter", PX_QUOTE_INDIRECT},
    /* 400 "The spokesperson of the council, Ana Brun, said": the one
     * spokesperson, named (not "a spokeswoman for one line, Blue
     * Meridian", which names the body) */
    {"The meeting ran late. The spokesperson of the council, Ana Brun, said that the voivode "
     "will examine the resolution.", "the voivode will examine", "Ana Brun", PX_QUOTE_INDIRECT},
    /* 401 "according to a statement from the Harbour Board": who the
     * document comes from speaks */
    {"The council met on Tuesday. The bridge will reopen in May, according to a statement from "
     "the Harbour Board.", "The bridge will reopen", "Harbour Board", PX_QUOTE_INDIRECT},
    /* 402 "X went on to say that": past the particle to the subject */
    {"The council met on Tuesday. Tomas Vell went on to say that repairs would cost about two "
     "million.", "repairs would cost", "Tomas Vell", PX_QUOTE_INDIRECT},
    /* 403 "allege" reports */
    {"The trial opened. Prosecutors allege that Tomas Vell stole two million from the firm.",
     "Tomas Vell stole", "Prosecutors", PX_QUOTE_INDIRECT},
    /* 404 "'We failed,' said Brun's lawyer": the one the name owns */
    {"The bakery closed on Monday. \u201cWe failed,\u201d said Ana Brun\u2019s lawyer.",
     "We failed", "lawyer", QK_ANY},
    /* 405 "Tomas Vell met Ana Brun at the port. '...,' he said": the
     * sentence's subject, not the object of its verb */
    {"The bakery closed on Monday. Tomas Vell met Ana Brun at the port. \u201cIt is over,\u201d "
     "he said.", "It is over", "Tomas Vell", QK_ANY},
    /* 406 "X, standing beside him, was guarded. He said": a preposition's
     * him says nothing of X's gender, so X is still the he */
    {"The leaders met on Monday. Anatol Vereny spoke first. Dariusz Holm, standing beside him, "
     "was more guarded. He said the reopening was slow.", "the reopening was slow",
     "Dariusz Holm", PX_QUOTE_INDIRECT},
    /* 407 "X asked for a recount ... '...,' he said": a request is no
     * question the he answers, so X is the he */
    {"The count ran late. Sir Geoffrey Hall, the sitting MP, lost by 61 votes. His agent, Colin "
     "Ramsay, had asked for a recount. The second count put her ahead by 58. Mr Ramsay asked for "
     "a further bundle check, which took until four. 'We owed it to 18,000 people to be sure,' "
     "he said afterwards.", "We owed it", "Colin Ramsay", QK_ANY},
    /* 408 "The mayor defended the cuts. '...,' she said": the person
     * described is "mayor", the past tense after it no part of her */
    {"The council met on Tuesday. The mayor defended the cuts. \u201cThey are necessary,\u201d "
     "she said.", "They are necessary", "mayor", QK_ANY},
    /* 409 '"..." So says Ana Brun, who heads the clinic.' */
    {"The clinic opened in 1990. \"The situation is serious.\" So says Ana Brun, who heads the "
     "clinic.", "The situation is serious", "Ana Brun", QK_ANY},
    /* 410 "Others said they would stay.": a group word alone speaks, in a
     * sentence of five words too */
    {"The storm came at night. Others said they would stay.", "they would stay", "Others",
     PX_QUOTE_INDIRECT},
    /* 411 "One, Sunita Raval, messaged us to say": past the one told */
    {"The train stopped at noon. One, Sunita Raval, messaged us to say the lights had gone off.",
     "the lights had gone off", "Sunita Raval", PX_QUOTE_INDIRECT},
    /* 412 "Queueing for a copy, retired teacher Ana Holt, 71, says": a
     * participle before a person's name is the name's adjective ... */
    {"The festival opened. Queueing for a signed copy, retired teacher Maureen Ellery, 71, says "
     "she has come every year since 1998.", "she has come every year", "Maureen Ellery",
     PX_QUOTE_INDIRECT},
    /* 413 ... while one set off with its own words is skipped */
    {"The court ruled on Friday. Lady Justice Amberley, sitting with Judge Oke, said a retrial "
     "would not be in the public interest.", "a retrial would not", "Amberley", PX_QUOTE_INDIRECT},
    /* 414 a first name's usual gender, when the text gives none: the she
     * is the woman, not the man named last */
    {"The pottery closed. Ottilie Voss founded it with Aled Brann in 1970. Aled Brann died in "
     "2001. \u201cIt is over,\u201d she said.", "It is over", "Ottilie Voss", QK_ANY},
    /* 415 named by one word first and in full later: the speaker is named
     * in full, whatever that first word was taken for */
    {"She is survived by their son, Matthias, their daughter, Hanne, and four grandchildren. His "
     "sister, Hanne Brann, said their mother had been terrifying. \u201cShe never understood why "
     "people queued outside,\u201d Hanne said.", "She never understood", "Hanne Brann", QK_ANY},
    /* 416 "commutes from Penwyn to Cardeth": the ends of a way are places,
     * so the he is the commuter */
    {"Patience is running out. Dylan Ashworth, a nurse who commutes from Penwyn to Cardeth, said "
     "he had missed a dozen shifts. \u201cI don\u2019t care who wins any more,\u201d he said.",
     "I don", "Dylan Ashworth", QK_ANY},
    /* 417 "An elderly man by the door, his arm in a sling, said": a
     * his/her phrase with a preposition and no role word is set off */
    {"The town was quiet on Monday. An elderly man sitting by the door, his arm in a sling, said "
     "he had lived in Brusca all his life.", "he had lived in Brusca", "An elderly man",
     PX_QUOTE_INDIRECT},
    /* 418 "One nurse, who did not want to be named, said ... '...,' she
     * said": a role opening the sentence before with "one" is the she */
    {"Willowlight runs the hospice. Staff were told about the inquiry on Monday. One nurse, who "
     "did not want to be named, said the mood was one of anger.\n\n\u201cWe\u2019ve all heard "
     "the stories about the board for years,\u201d she said.", "We", "One nurse", QK_ANY},
    /* 419 a nickname that is also a title word ("Prince") is no title
     * splitting the first name off as a role */
    {"Rivals Kane Moss and Jerome 'Prince' Oduya-Strand were pulled apart. Oduya-Strand, 36, "
     "hit back: \"Kane talks like a man who is scared.\"", "Kane talks",
     "Jerome Oduya-Strand", QK_ANY},
    /* 420 "At 04:13 the skipper called": a clock time before the
     * subject's article is no part of the role */
    {"The transcript follows. At 04:13 the skipper called the coastguard: \"Mayday. We are "
     "aground.\"", "Mayday", "the skipper", QK_ANY},
    /* 421 "A minute later the mate shouted": a time phrase before the
     * subject, without its comma */
    {"The transcript follows. A minute later the mate shouted: \"Light! There is a light on "
     "the water!\"", "Light!", "the mate", QK_ANY},
    /* 422 "X, now emeritus professor of ..., said": an adverb of when
     * opens the apposition, which is X's role, not a speaker */
    {"They wrote for 31 years. Professor Callum Reyes, now emeritus professor of plant "
     "ecology, said he had kept all 212 of her letters.", "he had kept", "Callum Reyes",
     QK_ANY},
    /* 423 "a harbourmaster in Brackmouth, who had known ...": the "who"
     * is the harbourmaster's; a place after "in" is no she */
    {"Ray Kell wrote it. He said the idea came from his grandfather, a harbourmaster in "
     "Brackmouth, who had known every secret.\n\nHolt-Strand said she had turned the part "
     "down. She then spent a week with detectives in Brackmouth to prepare.\n\n\u2018The "
     "thing that surprised me was the sandwiches,\u2019 she said.",
     "The thing", "Holt-Strand", QK_ANY},
    /* 424 "Born in 1929, ..., she left school": the paragraph's first
     * she after "her niece, X" is whom the niece is a niece of, also
     * behind a fronted phrase */
    {"Agnes Thorn, who mapped mosses, has died aged 96. Her death was announced by her niece, "
     "Delphine Marsh.\n\nBorn in Carrow Bridge in 1929, she left school at 15. She later said "
     "that the job had taught her \u201cthe Latin names of 400 things\u201d.", "the Latin",
     "Agnes Thorn", QK_ANY},
    /* 425 "The Carrow Bridge Herbarium said": a name after "the" that
     * speaks is a body, never a she; "the company" is the firm, not a
     * campaign's project */
    {"Brightwell Appliances Ltd recalled the kettle. Advocate Gil Tam of the Fair Kitchen Project "
     "argued that it was late. The company said it had begun checking reviews \u201cmore "
     "systematically\u201d.", "more systematically", "Brightwell Appliances Ltd", QK_ANY},
    {"Agnes Thorn ran the Carrow Bridge Herbarium.\n\nIn 1986, after a fire at the herbarium, "
     "she wrote: \u201cWe have lost eleven thousand specimens.\u201d\n\nThe Carrow Bridge "
     "Herbarium said in a statement that it would name a room after her.", "We have lost",
     "Agnes Thorn", QK_ANY},
    /* 427 "Contestants ... had been told, one of them said": one of the
     * group the sentence names before it */
    {"The show was filmed in May. Contestants on the show had been told not to discuss the "
     "incident, one of them said.", "Contestants on the show", "contestant", QK_ANY},
    /* 428 "..., two of the people said. ..., one of them said": one of
     * the group the quote before gave */
    {"The firm hired a bank, two of the people said. A sale could value the unit at $3 "
     "billion, one of them said.", "A sale could value", "two of the people", QK_ANY},
    /* 429 "the simple things\u2019 after the break": a mark after an s
     * and before a word no noun follows a possessive with closes the
     * quote */
    {"The manager, Declan Ferris, said his side had \u2018stopped doing the simple "
     "things\u2019 after the break and that the defeat would \u2018hurt for a long "
     "time\u2019.", "hurt for a long time", "Declan Ferris", QK_ANY},
    /* 430 "As the Rundschau learned from circles in the district office,
     * CLAUSE": what was learned from someone is theirs */
    {"The river rose overnight. As the Rundschau learned from circles in the district office, "
     "the damage is estimated at 25 million euros.", "the damage is estimated",
     "circles in the district office", QK_ANY},
    /* 431 "The 34-year-old said" three quoted sentences after the name:
     * sentences inside a quote do not put the person out of reach */
    {"Nuala Brennan-Achebe lifted the trophy.\n\n\u2018She didn\u2019t throw anything, which "
     "was a first,\u2019 the captain said. \u2018She just looked at us. That was worse. It "
     "was enough.\u2019\n\nThe 34-year-old said she would decide in the summer whether to "
     "play on.", "she would decide", "Nuala Brennan-Achebe", QK_ANY},
    /* 432 "'Ernie used to say ...,' he says": the he is not the man the
     * quote names (by a short form of his name too) */
    {"Wilfred Ashdown-Pike has hung bells for forty years. Wilf learned the trade from a man "
     "called Ernest Coyle, who had learned it from his own father, and he still uses some of "
     "Coyle\u2019s tools.\n\n\u2018Ernie used to say you don\u2019t ring a bell, you persuade "
     "it,\u2019 he says.", "Ernie used to say", "Wilfred Ashdown-Pike", QK_ANY},
    /* 433 "Hallam-Pryce declined to comment ... but said": a firm's
     * double-barrelled first part goes by itself, and "but" joins the
     * verb to the name the sentence opens with */
    {"The drug is made by Hallam-Pryce Pharmaceuticals. The regulator received 41 reports.\n\n"
     "Hallam-Pryce declined to comment on the number of reports but said in a statement that "
     "patient safety was \"our first priority\".", "our first priority",
     "Hallam-Pryce Pharmaceuticals", QK_ANY},
    /* 434 ... not when a he/she opens it: whom it stands for is found as
     * before ("The dog walker ... He asked not to be named but said") */
    {"Ysolde Tait leads the team. The dog walker, a retired postman, stayed with the pup. He "
     "asked not to be named but said he had \"only done what anyone would do\".",
     "only done what", "The dog walker", QK_ANY},
    /* 435 "had posted a series of messages in a group chat called 'X'":
     * a past verb and its object are no role phrase for the she */
    {"The tribunal heard that Ms Rhian Osei had posted a series of messages in a group chat "
     "called \u2018Night Shift Legends\u2019, which had 23 members.\n\nShe wrote: \u2018Two "
     "people hurt in four days and they still want us on the line.\u2019", "Two people hurt",
     "Rhian Osei", QK_ANY},
    /* 436-438 a live blog's reader mail and posts: "From X in PLACE:" and
     * "From @handle:" name the sender; "From the start, ...:" no one */
    {"Ferreira leaves it. From Graham in Lowestock: \"My wife says I must stop. This is the last "
     "over.\"", "My wife says", "Graham", QK_ANY},
    {"Tea is taken.\n\nFrom @LegSlipLarry: \"Velmora are bowling like they have a dinner "
     "reservation.\"", "Velmora are bowling", "@LegSlipLarry", QK_ANY},
    {"From the start, the plan was plain: \"Win the toss and bat for two days.\"", "Win the toss",
     NULL, QK_ANY},
    /* 439 "Kane 'The Hammer' Moss ... Hammer said": the nickname's last
     * word goes by itself, for the person named in full */
    {"The rivals Kane 'The Hammer' Moss and Jerome Oduya were pulled apart at the weigh-in.\n\n"
     "Later, Hammer said: \"He is finished. He has been finished for two years.\"",
     "He is finished", "Kane Moss", QK_ANY},
    /* 440 "Another said ...": one more of whom the quote before described;
     * 441 "..., two of them said": of the group, as "one of them" */
    {"A senior minister, speaking on condition of anonymity, said the row had \u201cpoisoned the "
     "well\u201d. Another said the Prime Minister had been caught off guard.",
     "the Prime Minister had been", "A senior minister", QK_ANY},
    {"The firm hired a bank, one of the people said. The meeting lasted 40 minutes and ended "
     "without agreement, two of them said.", "The meeting lasted", "one of the people", QK_ANY},
    /* 442 "She added that most people never read the leaflet. '...'": a
     * denied verb says nothing, and "that most people" is no speaker */
    {"Priyanka Stavrou-Allen chairs the guild. She added that most people never read the "
     "leaflet at all. \"Be honest: when did you last unfold one?\"", "Be honest",
     "Priyanka Stavrou-Allen", QK_ANY},
    /* 443 the byline's writer is "I", never whom a she or a role opening
     * the text stands for */
    {"Thirty years after her first novel\n\nBy Felicity Ambrose\n\nThe novelist is on her "
     "knees in a bed of leeks when I arrive. \u201cGive me ten minutes,\u201d she says.",
     "Give me ten minutes", "The novelist", QK_ANY},
    /* 444 ... and when the next paragraph opens with a person met there
     * first, she is the novelist, for every quote given to her so */
    {"Thirty years after her first novel\n\nBy Felicity Ambrose\n\nThe novelist is on her "
     "knees in a bed of leeks when I arrive. \u201cGive me ten minutes,\u201d she says.\n\n"
     "Marguerite Oyelowo-Sand has published eleven novels in thirty years.\n\nAs I leave, "
     "the novelist is back among the leeks. \u201cOr possibly about leeks,\u201d she calls.",
     "Give me ten minutes", "Marguerite Oyelowo-Sand", QK_ANY},
    /* 445 not a group described before a name, nor a quote no he/she is
     * given ("The family of X say she was '...'") */
    {"Health\n\nThe family of an 84-year-old woman who waited 31 hours on a trolley say she "
     "was \"treated like a parcel\".\n\nAgnes Mulvaney-Hart was taken to hospital on 3 "
     "January.", "treated like a parcel", "The family", QK_ANY},
    /* 446 "From Monday:", "From London:": a time or a place sends nothing */
    {"Services change next week.\n\nFrom Monday: \"All buses on the coast road will run late.\"",
     "All buses", NULL, QK_ANY},
};

static void test_speaker_cases(void **state)
{
    (void)state;
    int fails = 0;
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        fails += !quote_case_ok(i + 1, &cases[i]);
    assert_int_equal(fails, 0);
}

/* Texts that hold no quote: a short label after "called",
 * "confirmed" or "denied" with an object and no clause, titles of
 * works. */
static void test_no_quote(void **state)
{
    (void)state;
    static const char *const texts[] = {
        ("Campaigners have called the closures part of a \"silent crisis\" in "
         "social care."),
        "The club confirmed the signing of a new goalkeeper on Wednesday.",
        /* a verb and its object, not an inverted speaker */
        "The defendant, Carl Mott, 33, denied the charge.",
        /* titles set off after a work's noun, or opening a bracket */
        "The singer Ola Brandt loves her new album, \"Songs for a wet summer "
        "in the hills\", more than the rest.",
        "A reader sent a letter about our story on fares (\"Fares rise again "
        "for the islanders\", 2 June) last week.",
        /* a label opening with an article is a nickname */
        "My brother, Sam Reid, calls it \"the long walk\" every time.",
        /* a title in capitals with nobody's words around it, a headline */
        "Her new novel \"Winter in the Harbour Town\" is out in May.",
        "The interview, headlined \"I nearly gave up\", ran on Saturday.",
        /* "her" before a label is her own; a bare clause has its verb
         * before "during" */
        "Ada Lund wrote the novel during what she calls her \"lost years\" in "
        "the city.",
        "Ada Lund wrote the novel during the lost years in the city.",
        /* a participle or a name with its appositions before the comma is
         * no clause */
        "Asked about the delays, the mayor shrugged and walked on.",
        /* "declined to say whether": a question left open */
        "Tom Reyes, leaving the court, declined to say whether he would appeal the ruling.",
        /* a slogan set off after its noun */
        ("The Harbour Fair drew crowds. The fair's tagline, \"Two days, one "
         "harbour\", had vanished from its website by Friday."),
        /* what is sung in capitals is a song's title */
        "At the wake Ada Lund sang \"Over The Grey Hills\" and the room fell silent.",
        "Tom Ferris, 52, of Mill Lane, Dunholt, had admitted the theft of a van.",
        /* a participle and a function word open an adverbial, verbs or not */
        "Asked whether the fine was enough, the manager shrugged and left.",
        /* words chanted or carried on placards, banners and signs are
         * slogans, and so is a quote joined to one by "and" */
        "Protesters chanted \"Whose park? Our park!\" as the council met.",
        "Placards read \"We cannot eat promises\" and \"Fares are up, so are we\".",
        "Some held up signs reading \"Save our pool at once\".",
        /* a few words all in capitals are a title or a slogan, a speaker
         * near or not */
        ("Ana Lind writes about energy bills. The website of her supplier promises \"No "
         "Surprises, Ever\", which Lind finds optimistic."),
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        px_textdoc *d = run(texts[i]);
        assert_int_equal(d->n_quotes, 0);
        px_textdoc_free(d);
    }
}

/* The text holds one quote, and it is exactly want. */
static void only_quote(const char *text, const char *want)
{
    px_textdoc *d = run(text);
    assert_int_equal(d->n_quotes, 1);
    assert_string_equal(d->quotes[0].text, want);
    px_textdoc_free(d);
}

/* Labels of a change ('to "sell" from "hold"') after a quote in the
 * same sentence are nobody's words. */
static void test_change_labels(void **state)
{
    (void)state;
    only_quote("\"Rates will fall,\" said Ana Holt, an analyst at Brisk Bank, "
               "who cut her rating on the bank to \"sell\" from \"hold\".",
               "Rates will fall");
}

/* "her own banner: '...'": words on a banner are a slogan; the partial
 * quote after it is hers. */
static void test_banner_slogan(void **state)
{
    (void)state;
    only_quote("His friend Ana Mbeki, also in her second year, had painted her own "
               "banner: \"Owner: Tarn Estates (since 1902)\". She said she had done "
               "it \"to remind them who they are\".", "to remind them who they are");
    /* a quote in single marks split by its attribution is one quote */
    only_quote("Ezekiel Brandt has no memory of it. \xe2\x80\x98" "But if I said it,"
               "\xe2\x80\x99 he adds, \xe2\x80\x98I stand by it.\xe2\x80\x99",
               "But if I said it \xe2\x80\xa6 I stand by it.");
    /* a nickname of two words inside a name is no quote */
    only_quote("Former Rovers keeper Alan \"Safe Hands\" Brophy said fans should calm down.",
               "fans should calm down");
}

/* "'in principle' means 'in March'": words quoted as words are nobody's;
 * the quote after them is the speaker's. */
static void test_word_meant(void **state)
{
    (void)state;
    only_quote("A message came from the institute. Torvald Krag says that in his "
               "experience \"in principle\" means \"in March, if you are lucky\".",
               "in March, if you are lucky");
    assert_true(quote_case_ok(0, &(qcase){"A message came from the institute. Torvald "
        "Krag says that in his experience \"in principle\" means \"in March, if you "
        "are lucky\".", "in March", "Torvald Krag", QK_ANY}));
}

/* "CLAUSE, on his second day in the witness box": a last phrase that
 * opens with a preposition and holds no verb frames the report. */
static void test_framing_phrase(void **state)
{
    (void)state;
    only_quote("Ana Holt told the court she had never seen the forms, on her second "
               "day in the witness box.", "she had never seen the forms");
}

/* "X told reporters CLAUSE, a pledge that ...": the phrase that sums the
 * clause up is the writer's and is left out of the clause. */
static void test_summing_phrase(void **state)
{
    (void)state;
    only_quote("Fares rose. The mayor, Ada Krol, told reporters the tram "
               "would stay free, a pledge that cheered the crowd outside.",
               "the tram would stay free");
}

/* A quote over three paragraphs: the words in its middle report nothing
 * of their own; nor does a sentence introducing a quote with a colon. */
/* Where an indirect report begins and ends: the words as the text has
 * them, one report per statement. */
static void expect_indirect(const char *text, const char *const *want, size_t n)
{
    px_textdoc *d = run(text);
    size_t got = 0;
    for (size_t k = 0; k < d->n_quotes; k++) {
        if (d->quotes[k].kind != PX_QUOTE_INDIRECT) continue;
        if (got < n && strcmp(d->quotes[k].text, want[got]) != 0)
            fprintf(stderr, "want \"%s\"\n got \"%s\"\n", want[got], d->quotes[k].text);
        assert_true(got < n);
        assert_string_equal(d->quotes[k].text, want[got]);
        got++;
    }
    assert_int_equal(got, n);
    px_textdoc_free(d);
}

static void test_indirect_spans(void **state)
{
    (void)state;
    /* ", and he estimated that B" after "according to X": two reports */
    static const char *const two[] = {"the sector raised $1.4 billion last year",
                                      "a third of the firms have since closed"};
    expect_indirect("Ben Osei tracks the trade. According to Osei, the sector raised $1.4 "
                    "billion last year, and he estimated that a third of the firms have "
                    "since closed.", two, 2);
    /* a report in a relative clause ends before the main verb */
    static const char *const rel[] = {"the plant would close"};
    expect_indirect("Ana Lind, who said last year that the plant would close, resigned on "
                    "Monday.", rel, 1);
    /* ", and asked whether B": the question is no report */
    static const char *const asked[] = {"the department had lost 60 officers since 2022"};
    expect_indirect("Paula Fenn, a columnist, turned to the budget. Fenn noted that the "
                    "department had lost 60 officers since 2022, and asked whether a freeze "
                    "would make that worse.", asked, 1);
    /* "X, whose daughter died in 2019, read a statement": no report */
    expect_indirect("Amira Kell, whose daughter Isla died two hours after her birth in March "
                    "2019, read a statement on behalf of the families outside the hospital.",
                    NULL, 0);
    /* an appeal to do something is no attribution before its subject */
    expect_indirect("The heat goes on. Its operations director, Carys Penhal, urged people to call "
                    "only in a genuine emergency.", NULL, 0);
    /* a passive verb attributes nothing ... */
    expect_indirect("The judge spoke for an hour. Mrs Ellery, who sat in the public gallery, wept "
                    "as the statement was read.", NULL, 0);
    /* ... but for "the court was told" */
    static const char *const told[] = {"He died on 7 March from a pulmonary embolism"};
    expect_indirect("Frederick Oduya had his knee replaced on 3 March. He died on 7 March from a "
                    "pulmonary embolism, the court was told.", told, 1);
    /* "A, he said, when B": the clause goes on after the attribution */
    static const char *const when[] = {"Young people did not see the point of twinning when "
                                       "they could fly anywhere for the price of a ticket"};
    expect_indirect("Leo Pratt chairs the association. Young people did not see the point of "
                    "twinning, he said, when they could fly anywhere for the price of a "
                    "ticket.", when, 1);
    /* "Children in X, she said, already have": the verb comes after it */
    /* ", and she urged everyone to ...": an appeal ends the report */
    static const char *const urged[] = {"walkers who left no plan were much harder to find"};
    expect_indirect("Inspector Yvonne Castell led the search. She said walkers who left no plan "
                    "were much harder to find, and she urged everyone heading onto the fells to "
                    "carry a torch.", urged, 1);
    static const char *const verbless[] = {"Children in the Eastgate neighborhood already "
                                           "have the longest bus ride in the city"};
    expect_indirect("Rosa Vargas spoke next. Children in the Eastgate neighborhood, she said, "
                    "already have the longest bus ride in the city.", verbless, 1);
    /* "X had one question, and she asked it six times": a clause joined
     * after the comma reports nothing */
    expect_indirect("The sketch went on. The mayor, Ana Holt, had one question, and she asked it "
                    "six times.", NULL, 0);
    /* "Its director, Helen Aboagye-Rusk, said the Treasury's own
     * analysis, published in 2023, had ...": a role and a name set off
     * are who speaks, no clause "said the Treasury" inverts */
    static const char *const director[] = {"the Treasury\u2019s own analysis, published in 2023, "
                                           "had reached the same conclusion"};
    expect_indirect("The institute published a note. Its director, Helen Aboagye-Rusk, said the "
                    "Treasury\u2019s own analysis, published in 2023, had reached the same "
                    "conclusion.", director, 1);
    /* "criticise that", "complain that": a complaint reports its clause;
     * "criticised the plan" reports nothing */
    static const char *const critic[] = {"the warning came too late"};
    expect_indirect("The river rose. Residents of Kessling criticise that the warning came too "
                    "late. The mayor criticised the plan.", critic, 1);
    /* "The Herald first reported on Tuesday that": an order word before
     * the verb */
    static const char *const first[] = {"the firm had approached two banks"};
    expect_indirect("Shares rose. The Lakeport Herald first reported on Tuesday that the firm "
                    "had approached two banks.", first, 1);
    /* "CLAUSE, an accident report has found.": a finding closing the
     * sentence; not in a headline, nor by people not looking into it */
    static const char *const closing[] = {"The skipper was on the phone when the boat ran "
                                          "aground"};
    expect_indirect("Trawler skipper was on phone, report finds\n\nThe skipper was on the "
                    "phone when the boat ran aground, an accident report has found. The boat "
                    "was lost at sea, the crew found.", closing, 1);
    /* what investigators or stewards "found that" is reported, as a
     * document's finding is */
    static const char *const found[] = {"none of the crew had been wearing a lifejacket",
                                        "the horse had drifted right"};
    expect_indirect("The trawler sank in March. Investigators also found that none of the crew "
                    "had been wearing a lifejacket. At the races, the stewards found that the "
                    "horse had drifted right.", found, 2);
    /* ", as many residents had asked": what was asked for, not who said
     * the clause; she did */
    px_textdoc *d = run("Cllr Rosa Vargas opened the hall. She added that the clock tower would be "
                        "lit at night again, as many residents had asked.");
    assert_int_equal(d->n_quotes, 1);
    assert_string_equal(d->quotes[0].speaker_name, "Rosa Vargas");
    px_textdoc_free(d);
}

static void test_no_indirect_in_quote(void **state)
{
    (void)state;
    px_textdoc *d = run("Head teacher Alma Rudd spoke to parents.\n\n\"I know you "
                        "are worried.\n\n\"But the building is safe, and the "
                        "engineers have told us so.\n\n\"We open on Wednesday.\"");
    assert_int_equal(d->n_quotes, 1);
    assert_int_equal(d->quotes[0].kind, PX_QUOTE_DIRECT);
    px_textdoc_free(d);
    /* a sentence ending in a colon introduces words: the phrase before
     * its comma is not reported */
    d = run("Ana Berg retired in 2019. At the dinner in May, when the club named a "
            "stand after her, she told the guests:\n\n\"I never expected any of "
            "this.\"");
    assert_int_equal(d->n_quotes, 1);
    assert_int_equal(d->quotes[0].kind, PX_QUOTE_DIRECT);
    px_textdoc_free(d);
}

static const px_entity *ent(const px_textdoc *d, const char *name)
{
    for (size_t i = 0; i < d->n_entities; i++)
        if (strcmp(d->entities[i].name, name) == 0) return &d->entities[i];
    return NULL;
}

static void test_entity_kinds(void **state)
{
    (void)state;
    px_textdoc *d = run(
        "Will Garrity said the dam was safe. In May Garrity said it again. "
        "The report came out on 3 May. \"We are fine,\" said April Dunmore. "
        "The Teachers' Association said pay talks had failed. A spokesman "
        "for Lantern Records said the album was late.");
    const px_entity *e = ent(d, "Will Garrity");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PERSON);
    assert_int_equal(e->count, 2);           /* "In May Garrity": a date */
    assert_non_null(ent(d, "April Dunmore"));
    assert_null(ent(d, "May Garrity"));
    e = ent(d, "Teachers' Association");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_ORG);
    e = ent(d, "Lantern Records");           /* a label, as "Holdings" */
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_ORG);
    px_textdoc_free(d);
    /* "the Conservative Hugh Lanc": a party's word is no part of a
     * person's name, and stays in a party's ("the Conservative Party") */
    /* "Thirteen said no.": a number word alone names nothing; next to a
     * capitalised word it is part of a name */
    d = run("She sent it to fourteen publishers. Thirteen said no. Channel Six said yes, and "
            "Two Rivers Council agreed. \"Nobody told us,\" she said.");
    assert_null(ent(d, "Thirteen"));
    assert_null(ent(d, "Nobody"));      /* nor does an indefinite pronoun */
    assert_non_null(ent(d, "Channel Six"));
    assert_non_null(ent(d, "Two Rivers Council"));
    px_textdoc_free(d);
    /* "the state Department of Forestry and Fire Protection": words after
     * "and" that the text also writes in lower case ("the fire") are a
     * body's common nouns; "the Ministry of Health and Ana Brun" two names */
    d = run("The fire spread. The figures came from the state Department of Forestry and Fire "
            "Protection. The Ministry of Health and Ana Brun disagreed.");
    e = ent(d, "Department of Forestry and Fire Protection");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_ORG);
    assert_non_null(ent(d, "Ana Brun"));
    px_textdoc_free(d);
    /* "the Cutter Ridge Fire": a named fire is no person, so "Fire
     * officials" are not his mention */
    d = run("As Cutter Ridge Fire spreads, crews wait. The Cutter Ridge Fire jumped the road. The "
            "fire burned on. Fire officials said two homes had been destroyed.");
    e = ent(d, "Cutter Ridge Fire");
    assert_non_null(e);
    assert_int_not_equal(e->kind, PX_ENT_PERSON);
    bool officials = false;
    for (size_t q = 0; q < d->n_quotes; q++)
        officials |= d->quotes[q].speaker_name && !strcmp(d->quotes[q].speaker_name, "Fire officials");
    assert_true(officials);
    px_textdoc_free(d);
    /* "Malcolm Adebayo-Firth": a place word ending a double-barrelled
     * name ("firth") is a surname's half, so the two mentions are one
     * person */
    d = run("The minister, Malcolm Adebayo-Firth, spoke first. Mr Adebayo-Firth said no.");
    e = ent(d, "Malcolm Adebayo-Firth");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PERSON);
    assert_null(ent(d, "Adebayo-Firth"));
    px_textdoc_free(d);
    d = run("The Conservative Hugh Lanc came second. The Conservative Party said it would fight "
            "on.");
    assert_non_null(ent(d, "Hugh Lanc"));
    assert_null(ent(d, "Conservative Hugh Lanc"));
    e = ent(d, "Conservative Party");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_ORG);
    px_textdoc_free(d);
    /* "Dunmore and Ebb Valley Hospitals Trust": one word, "and", then an
     * organisation's name of three words or more, is one name */
    d = run("A spokesperson for Dunmore and Ebb Valley Hospitals Trust said it had opened beds.");
    assert_non_null(ent(d, "Dunmore and Ebb Valley Hospitals Trust"));
    px_textdoc_free(d);
    /* "The couple, Derek and Anneliese Hartmann-Bose,": the first name
     * shares the surname, and "Derek" alone later is him; not two firms
     * opening a headline ("Corvane and Threlkeld Mutual agree") */
    d = run("The couple, Derek and Anneliese Hartmann-Bose, were named by police. \"I was "
            "wrong,\" Derek said.");
    e = ent(d, "Derek Hartmann-Bose");
    assert_non_null(e);
    assert_int_equal(e->count, 2);
    assert_null(ent(d, "Derek"));
    px_textdoc_free(d);
    d = run("Corvane and Threlkeld Mutual agree merger\n\nThe deal was announced on Monday.");
    assert_null(ent(d, "Corvane Mutual"));
    px_textdoc_free(d);
    /* "Drover's Road": a one-word possessive and a word ending a place's
     * or body's name are one name; "Britain's Foreign Office" stays apart */
    d = run("The folk magazine Drover's Road described her as \"the conscience of the coast\". "
            "Britain's Foreign Office said nothing.");
    assert_non_null(ent(d, "Drover's Road"));
    assert_null(ent(d, "Britain's Foreign"));
    px_textdoc_free(d);
    /* a saint's possessive and words ending a body's name are one name,
     * not a person "St Wilfrid" */
    d = run("Amara Bell, 11, from St Wilfrid's Primary School, said she had asked for \"a den\". "
            "A nurse at King's College Hospital agreed. Norway's Supreme Court did not.");
    e = ent(d, "St Wilfrid's Primary School");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_ORG);
    assert_null(ent(d, "St Wilfrid"));
    assert_non_null(ent(d, "King's College Hospital"));
    assert_null(ent(d, "Norway's Supreme Court"));
    assert_string_equal(d->quotes[0].speaker_name, "Amara Bell");
    px_textdoc_free(d);
    /* an exchange, a studio, a theatre name bodies, not people; a body's
     * noun opening a sentence before people in lower case is no name */
    d = run("The Old Corn Exchange reopens. Eric Dale, 88, was at the Old Corn Exchange. "
            "\"I'll be first in the queue,\" he said. Library staff said it would hold 18,000 "
            "items.");
    e = ent(d, "Old Corn Exchange");
    assert_non_null(e);
    assert_int_not_equal(e->kind, PX_ENT_PERSON);
    assert_null(ent(d, "Library"));
    assert_int_equal(d->n_quotes, 2);
    assert_string_equal(d->quotes[0].speaker_name, "Eric Dale");
    assert_string_equal(d->quotes[1].speaker_name, "Library staff");
    px_textdoc_free(d);
    /* "the church of San Lio": a place of worship's name is a place */
    d = run("The bell tower of the church of San Lio collapsed. The mayor, Lucia Ferrant, spoke.");
    e = ent(d, "San Lio");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PLACE);
    px_textdoc_free(d);
    /* after "the radio station", and "quoted by X as saying": outlets */
    d = run("Its director, Ivo Casta, was quoted by Diario Orlan as saying the club would wait. "
            "Speaking to the radio station Onda Orlan on Thursday, he said they had made an "
            "offer.");
    e = ent(d, "Diario Orlan");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_MEDIA);
    e = ent(d, "Onda Orlan");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_MEDIA);
    px_textdoc_free(d);
    /* a name in a title in quote marks is part of the title, no one "he"
     * can be */
    d = run("Tom Arbery came second. His leaflets, headed \xe2\x80\x9cMore Than a Protest "
            "Vote\xe2\x80\x9d, were everywhere. He said the vote was lost.");
    e = ent(d, "Protest Vote");
    assert_true(e == NULL || e->kind != PX_ENT_PERSON);
    assert_int_equal(d->n_quotes, 1);        /* what was headed is no quote */
    px_textdoc_free(d);
    /* "a son, Teodric, of Fallow Reach;": where he lives, as after an age */
    d = run("She is survived by a son, Teodric, of Fallow Reach; and two grandchildren.");
    e = ent(d, "Fallow Reach");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PLACE);
    px_textdoc_free(d);
}

/* A dateline in capitals is a place, whatever its shape suggests. */
static void test_dateline(void **state)
{
    (void)state;
    px_textdoc *d = run("BRENNMOUTH, March 3 (Wire) - Floods hit the coast near Brennmouth "
            "on Monday.\n\nPORT ALBANY — The storm moved inland.");
    const px_entity *e = ent(d, "BRENNMOUTH");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PLACE);
    assert_int_equal(e->count, 2);
    e = ent(d, "PORT ALBANY");
    assert_non_null(e);
    assert_int_equal(e->kind, PX_ENT_PLACE);
    px_textdoc_free(d);
}

/* The entity of that name has that role. */
static void assert_role(const px_textdoc *d, const char *name, const char *role)
{
    const px_entity *e = ent(d, name);
    assert_non_null(e);
    assert_non_null(e->role);
    assert_string_equal(e->role, role);
}

/* A form of address is no role: the role set off before it is ("The
 * prefect, M. Paul Garnier,"). */
static void test_address_role(void **state)
{
    (void)state;
    px_textdoc *d = run("The mayor, Mme Odile Brun, said the town was alone. "
                        "The prefect, M. Paul Garnier, said help was coming.");
    assert_role(d, "Paul Garnier", "The prefect");
    assert_role(d, "Odile Brun", "The mayor");
    px_textdoc_free(d);
}

/* Roles the lexicon lacks: a noun right before a name (with the
 * capitalised words before it), a role set off before a name with a
 * title of one word, and "the singer" speaking. */
static void test_role_words(void **state)
{
    (void)state;
    px_textdoc *d = run("The sculptor Ines Varga opened the show. River Trust ecologist "
                        "Tomas Reyk watched. The coroner, Judge Ana Holt, sat down. "
                        "Kira Lund has split from her band. \"It was time,\" "
                        "the singer said.");
    assert_role(d, "Ines Varga", "sculptor");
    assert_role(d, "Tomas Reyk", "River Trust ecologist");
    assert_role(d, "Ana Holt", "The coroner");
    const px_quote *q = NULL;
    for (size_t i = 0; i < d->n_quotes; i++)
        if (strncmp(d->quotes[i].text, "It was time", 11) == 0) q = &d->quotes[i];
    assert_non_null(q);
    assert_non_null(q->speaker_role);
    assert_string_equal(q->speaker_role, "singer");
    px_textdoc_free(d);
}

/* Roles set off before a name: after a demonstrative, with a job word
 * the lexicon lacks, and a job word opening an apposition. */
static void test_role_before_name(void **state)
{
    (void)state;
    px_textdoc *d = run("Tom Hale built the jar. That engineer, Ola Brisk, confirmed it. "
                        "A lorry driver stuck in the queue, Jan Oster, told the radio "
                        "he was tired. One regular, pensioner Ada Holt, 81, said the "
                        "shop was fine.");
    assert_role(d, "Ola Brisk", "That engineer");
    assert_role(d, "Jan Oster", "A lorry driver stuck in the queue");
    assert_role(d, "Ada Holt", "pensioner");
    px_textdoc_free(d);
    /* after "according to" or a speech verb, and with the name ending
     * the sentence */
    d = run("Forty ballots were spoiled, according to the returning officer, Agnes "
            "Holm-Brandt. \"We were looking for two people,\" says the team leader, "
            "Gareth Pryce-Oduya.");
    assert_role(d, "Agnes Holm-Brandt", "the returning officer");
    assert_role(d, "Gareth Pryce-Oduya", "the team leader");
    px_textdoc_free(d);
    /* after a semicolon; after a speech verb whatever the noun */
    d = run("The pub held a quiz every week; its landlady, Marigold Quill, said it raised "
            "money. \"We saw them on the hull,\" said the coxswain, Callum Moore.");
    assert_role(d, "Marigold Quill", "its landlady");
    assert_role(d, "Callum Moore", "the coxswain");
    px_textdoc_free(d);
    /* an article after a word in lower case opens the phrase, past "of
     * the"; an age in brackets after the name */
    d = run("The federation presented yesterday the new coach of the national team, Ernesto "
            "Bertol (58), in a press conference.");
    assert_role(d, "Ernesto Bertol", "the new coach of the national team");
    px_textdoc_free(d);
    /* capitalised words right before a title in lower case belong to it,
     * at a sentence's start too */
    d = run("The council met. Opposition leader Tomas Vell called them brutal. Chief executive Ana "
            "Brun said profits would fall.");
    assert_role(d, "Tomas Vell", "Opposition leader");
    assert_role(d, "Ana Brun", "Chief executive");
    px_textdoc_free(d);
    /* "the wife of a marine engineer, Aled Brann,": the name is the one
     * the inner phrase brings in */
    d = run("She arrived in 1961 as the wife of a marine engineer, Aled Brann, and stayed.");
    assert_role(d, "Aled Brann", "a marine engineer");
    px_textdoc_free(d);
    assert_true(tx_given_names_sorted());
    /* one word in lower case between a capitalised word and the noun
     * ("Former world champion"); a noun in -eed is no past tense ("Top
     * seed"); letters after a name are a role when nothing else is */
    d = run("The draw was made. Top seed Tomas Vell said he was tired. Former world champion Ola "
            "Berg said it was hard. Harriet Vance KC said it was fine.");
    assert_role(d, "Tomas Vell", "Top seed");
    assert_role(d, "Ola Berg", "Former world champion");
    assert_role(d, "Harriet Vance", "KC");
    px_textdoc_free(d);
    /* letters after the name before the comma ("Ian Morrow KC,") */
    d = run("The trial went on. His barrister, Ian Morrow KC, said his client had been loyal.");
    assert_role(d, "Ian Morrow", "His barrister");
    px_textdoc_free(d);
    /* a quote opening inside the words set off is no role of theirs */
    d = run("Ernesto Bertol spoke. According to Bertol, the captain \xc2\xabremains an important "
            "player\xc2\xbb, but the choice will wait.");
    const px_entity *e = ent(d, "Ernesto Bertol");
    assert_non_null(e);
    assert_null(e->role);
    px_textdoc_free(d);
}

/* "'A,' says X, whose third novel, 'B', won": no split quote, the second
 * is in a clause about the speaker. */
static void test_split_not_joined(void **state)
{
    (void)state;
    px_textdoc *d = run("\xe2\x80\x98" "Every novel started as a question,\xe2\x80\x99 says Olu "
                        "Adebayo, whose third novel, \xe2\x80\x98The Salt Orchard\xe2\x80\x99, "
                        "won the prize.");
    bool whole = false;
    for (size_t i = 0; i < d->n_quotes; i++) {
        assert_null(strstr(d->quotes[i].text, "Salt Orchard"));
        whole |= strcmp(d->quotes[i].text, "Every novel started as a question") == 0;
    }
    assert_true(whole);
    px_textdoc_free(d);
}

/* Case 382's phrase after the attribution, but about the saying ("at a
 * briefing", "in a statement"): the report ends before the attribution. */
static void test_occasion_not_joined(void **state)
{
    (void)state;
    static const char *const after[] = {"at a briefing for staff", "in a statement on Monday",
                                        "to reporters at the gate"};
    for (size_t k = 0; k < sizeof after / sizeof *after; k++) {
        char text[200];
        snprintf(text, sizeof text, "Tamsin Reyes runs the firm. The plant will close next "
                 "spring, she said, %s.", after[k]);
        px_textdoc *d = run(text);
        bool clause = false;
        for (size_t i = 0; i < d->n_quotes; i++)
            clause |= strcmp(d->quotes[i].text, "The plant will close next spring") == 0;
        assert_true(clause);
        px_textdoc_free(d);
    }
}

/* The role of the quote starting with text, or NULL. */
static const char *quote_role(const px_textdoc *d, const char *text)
{
    for (size_t i = 0; i < d->n_quotes; i++)
        if (strncmp(d->quotes[i].text, text, strlen(text)) == 0)
            return d->quotes[i].speaker_role;
    return NULL;
}

/* Single marks as the text's only quote marks hold speech without an
 * attribution, as double ones do; in a text with double marks an
 * unattributed line in single marks stays out. */
static void test_single_marks_primary(void **state)
{
    (void)state;
    static const char *const texts[] = {
        "Dad drove home in silence. Then he said, \u2018Seven goals, son.\u2019\n\n"
        "\u2018I know. I was there.\u2019\n\nHe put the car in gear.",
        "Dad drove home in silence. Then he said, \u201cSeven goals, son.\u201d\n\n"
        "\u2018I know. I was there.\u2019\n\nHe put the car in gear."};
    for (size_t k = 0; k < 2; k++) {
        px_textdoc *d = run(texts[k]);
        bool found = false;
        for (size_t i = 0; i < d->n_quotes; i++)
            found |= strcmp(d->quotes[i].text, "I know. I was there.") == 0;
        assert_int_equal(found, k == 0);
        px_textdoc_free(d);
    }
}

/* Case 383's apposition of a word and a role word, but not "said staff"
 * or "urged people": a verb, then a plural, is no role. */
static void test_verb_plural_no_role(void **state)
{
    (void)state;
    px_textdoc *d = run("The hospice's director, Clem Audsley, said staff had been \"in floods "
                        "of tears\" when the envelope was opened.");
    const char *role = quote_role(d, "in floods of tears");
    assert_true(role == NULL || strncmp(role, "said", 4) != 0);
    px_textdoc_free(d);
}

/* A speaker's role from the phrase before ", who gave his name only as",
 * and from an apposition after a role phrase. */
static void test_speaker_role_phrases(void **state)
{
    (void)state;
    px_textdoc *d = run("The phone lines were busy. A taxi driver from Dunby, who gave "
                        "his name only as Mo, said the road was shut. Another caller, "
                        "a nurse, said the ward was full.");
    const char *r = quote_role(d, "the road was shut");
    assert_non_null(r);
    assert_string_equal(r, "A taxi driver from Dunby");
    r = quote_role(d, "the ward was full");
    assert_non_null(r);
    assert_string_equal(r, "Another caller, a nurse");
    px_textdoc_free(d);
    /* a role phrase does not end in a function word ("a study published
     * on" before "Tuesday") */
    d = run("Bees were tested. Honeybees can keep track of four landmarks, according to a study "
            "published on Tuesday.");
    r = quote_role(d, "Honeybees can keep track");
    assert_non_null(r);
    assert_string_equal(r, "a study published");
    px_textdoc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_speaker_cases),
        cmocka_unit_test(test_no_quote),
        cmocka_unit_test(test_no_indirect_in_quote),
        cmocka_unit_test(test_change_labels),
        cmocka_unit_test(test_banner_slogan),
        cmocka_unit_test(test_framing_phrase),
        cmocka_unit_test(test_word_meant),
        cmocka_unit_test(test_entity_kinds),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_address_role),
        cmocka_unit_test(test_role_words),
        cmocka_unit_test(test_role_before_name),
        cmocka_unit_test(test_speaker_role_phrases),
        cmocka_unit_test(test_summing_phrase),
        cmocka_unit_test(test_indirect_spans),
        cmocka_unit_test(test_split_not_joined),
        cmocka_unit_test(test_occasion_not_joined),
        cmocka_unit_test(test_verb_plural_no_role),
        cmocka_unit_test(test_single_marks_primary),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
