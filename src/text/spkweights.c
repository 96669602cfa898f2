/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held15; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 2.042331f,
    [SF_RULE_ROLE] = 0.525604f,
    [SF_RULE_INDIRECT] = 0.651645f,
    [SF_NONE] = -0.514588f,
    [SF_NONE_RULE] = -0.050518f,
    [SF_DIST] = 0.172934f,
    [SF_BEFORE] = 0.205071f,
    [SF_SAME_SENT] = 0.753599f,
    [SF_PREV_SENT] = 0.095850f,
    [SF_NEXT_SENT] = -0.031578f,
    [SF_SAME_PARA] = 0.894505f,
    [SF_PREV_PARA] = -0.150632f,
    [SF_SUBJ_BEFORE] = 0.124084f,
    [SF_SUBJ_AFTER] = -0.178895f,
    [SF_VERB_NEAR] = -0.101694f,
    [SF_FULL_NAME] = 0.403439f,
    [SF_SURNAME] = -0.021971f,
    [SF_PRONOUN] = 0.111835f,
    [SF_ORG] = -0.288084f,
    [SF_MEDIA] = -0.177106f,
    [SF_FREQ] = 0.093877f,
    [SF_BETWEEN] = -0.289410f,
    [SF_IN_QUOTE] = -0.080697f,
    [SF_PREV_SPK] = 0.315624f,
    [SF_NEXT_SPK] = 0.269530f,
    [SF_PREV_OPENS] = 0.201376f,
    [SF_PREV_ALONE] = -0.043013f,
    [SF_SENT_FIRST] = 0.107121f,
    [SF_GENDER_AGREE] = 0.311702f,
    [SF_GENDER_CLASH] = -0.060973f,
    [SF_SUBJ_INDIRECT] = -0.038058f,
    [SF_RULE_VERB] = 0.718767f,
    [SF_RULE_FAR] = 0.474743f,
    [SF_ROLE_MATCH] = 0.038565f,
    [SF_ONLY_PERSON] = 0.073910f,
    [SF_NEAREST] = 0.210106f,
    [SF_DESCRIBED] = 0.061039f,
};
