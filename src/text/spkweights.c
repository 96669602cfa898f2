/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held17; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 1.996291f,
    [SF_RULE_ROLE] = 0.544021f,
    [SF_RULE_INDIRECT] = 0.694282f,
    [SF_NONE] = -0.522846f,
    [SF_NONE_RULE] = -0.049905f,
    [SF_DIST] = 0.156597f,
    [SF_BEFORE] = 0.216457f,
    [SF_SAME_SENT] = 0.772952f,
    [SF_PREV_SENT] = 0.129119f,
    [SF_NEXT_SENT] = -0.029719f,
    [SF_SAME_PARA] = 0.926953f,
    [SF_PREV_PARA] = -0.103389f,
    [SF_SUBJ_BEFORE] = 0.073250f,
    [SF_SUBJ_AFTER] = -0.223760f,
    [SF_VERB_NEAR] = -0.165091f,
    [SF_FULL_NAME] = 0.473286f,
    [SF_SURNAME] = -0.023924f,
    [SF_PRONOUN] = 0.152611f,
    [SF_ORG] = -0.276552f,
    [SF_MEDIA] = -0.206961f,
    [SF_FREQ] = 0.116229f,
    [SF_BETWEEN] = -0.263954f,
    [SF_IN_QUOTE] = -0.083364f,
    [SF_PREV_SPK] = 0.290562f,
    [SF_NEXT_SPK] = 0.280999f,
    [SF_PREV_OPENS] = 0.237923f,
    [SF_PREV_ALONE] = -0.027150f,
    [SF_SENT_FIRST] = 0.161818f,
    [SF_GENDER_AGREE] = 0.316320f,
    [SF_GENDER_CLASH] = -0.051771f,
    [SF_SUBJ_INDIRECT] = -0.031322f,
    [SF_RULE_VERB] = 0.735561f,
    [SF_RULE_FAR] = 0.449388f,
    [SF_ROLE_MATCH] = 0.030911f,
    [SF_ONLY_PERSON] = 0.059528f,
    [SF_NEAREST] = 0.209395f,
    [SF_DESCRIBED] = 0.048784f,
};
