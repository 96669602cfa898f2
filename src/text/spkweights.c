/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held8; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 2.129706f,
    [SF_RULE_ROLE] = 0.555531f,
    [SF_RULE_INDIRECT] = 0.581076f,
    [SF_NONE] = -0.473004f,
    [SF_NONE_RULE] = -0.004515f,
    [SF_DIST] = 0.240670f,
    [SF_BEFORE] = 0.150114f,
    [SF_SAME_SENT] = 0.654385f,
    [SF_PREV_SENT] = 0.163440f,
    [SF_NEXT_SENT] = -0.074223f,
    [SF_SAME_PARA] = 0.942608f,
    [SF_PREV_PARA] = -0.170571f,
    [SF_SUBJ_BEFORE] = 0.121966f,
    [SF_SUBJ_AFTER] = -0.043929f,
    [SF_VERB_NEAR] = -0.018356f,
    [SF_FULL_NAME] = 0.493821f,
    [SF_SURNAME] = -0.096855f,
    [SF_PRONOUN] = 0.025322f,
    [SF_ORG] = -0.238456f,
    [SF_MEDIA] = -0.246737f,
    [SF_FREQ] = 0.169315f,
    [SF_BETWEEN] = -0.402794f,
    [SF_IN_QUOTE] = -0.074827f,
    [SF_PREV_SPK] = 0.294659f,
    [SF_NEXT_SPK] = 0.182536f,
    [SF_PREV_OPENS] = 0.409049f,
    [SF_PREV_ALONE] = -0.046012f,
    [SF_SENT_FIRST] = -0.003731f,
    [SF_GENDER_AGREE] = 0.467765f,
    [SF_GENDER_CLASH] = -0.056367f,
    [SF_SUBJ_INDIRECT] = 0.178988f,
    [SF_RULE_VERB] = 0.763517f,
    [SF_RULE_FAR] = 0.466713f,
    [SF_ROLE_MATCH] = 0.041803f,
    [SF_ONLY_PERSON] = 0.116204f,
    [SF_NEAREST] = 0.162334f,
    [SF_DESCRIBED] = 0.082814f,
};
