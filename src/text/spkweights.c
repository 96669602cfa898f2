/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held8; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 2.181405f,
    [SF_RULE_ROLE] = 0.649810f,
    [SF_RULE_INDIRECT] = 0.549748f,
    [SF_NONE] = -0.482523f,
    [SF_NONE_RULE] = 0.004282f,
    [SF_DIST] = 0.329370f,
    [SF_BEFORE] = 0.074528f,
    [SF_SAME_SENT] = 0.660374f,
    [SF_PREV_SENT] = 0.201315f,
    [SF_NEXT_SENT] = -0.118168f,
    [SF_SAME_PARA] = 0.865326f,
    [SF_PREV_PARA] = -0.150166f,
    [SF_SUBJ_BEFORE] = 0.101491f,
    [SF_SUBJ_AFTER] = -0.087884f,
    [SF_VERB_NEAR] = -0.001920f,
    [SF_FULL_NAME] = 0.493768f,
    [SF_SURNAME] = -0.050922f,
    [SF_PRONOUN] = 0.032786f,
    [SF_ORG] = -0.197516f,
    [SF_MEDIA] = -0.235114f,
    [SF_FREQ] = 0.163675f,
    [SF_BETWEEN] = -0.380677f,
    [SF_IN_QUOTE] = -0.083437f,
    [SF_PREV_SPK] = 0.300080f,
    [SF_NEXT_SPK] = 0.155820f,
    [SF_PREV_OPENS] = 0.378340f,
    [SF_PREV_ALONE] = -0.045757f,
    [SF_SENT_FIRST] = -0.111805f,
    [SF_GENDER_AGREE] = 0.483433f,
    [SF_GENDER_CLASH] = -0.054959f,
    [SF_SUBJ_INDIRECT] = 0.109455f,
    [SF_RULE_VERB] = 0.704066f,
    [SF_RULE_FAR] = 0.624665f,
    [SF_ROLE_MATCH] = 0.043088f,
    [SF_ONLY_PERSON] = 0.142083f,
    [SF_NEAREST] = 0.199370f,
};
