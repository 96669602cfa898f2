/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held13; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 2.007158f,
    [SF_RULE_ROLE] = 0.502691f,
    [SF_RULE_INDIRECT] = 0.650172f,
    [SF_NONE] = -0.494008f,
    [SF_NONE_RULE] = -0.037787f,
    [SF_DIST] = 0.173761f,
    [SF_BEFORE] = 0.223482f,
    [SF_SAME_SENT] = 0.750038f,
    [SF_PREV_SENT] = 0.139442f,
    [SF_NEXT_SENT] = -0.031832f,
    [SF_SAME_PARA] = 0.883947f,
    [SF_PREV_PARA] = -0.153526f,
    [SF_SUBJ_BEFORE] = 0.166127f,
    [SF_SUBJ_AFTER] = -0.186418f,
    [SF_VERB_NEAR] = -0.079236f,
    [SF_FULL_NAME] = 0.467650f,
    [SF_SURNAME] = -0.052863f,
    [SF_PRONOUN] = 0.129057f,
    [SF_ORG] = -0.341580f,
    [SF_MEDIA] = -0.165015f,
    [SF_FREQ] = 0.109894f,
    [SF_BETWEEN] = -0.291196f,
    [SF_IN_QUOTE] = -0.110425f,
    [SF_PREV_SPK] = 0.331176f,
    [SF_NEXT_SPK] = 0.234311f,
    [SF_PREV_OPENS] = 0.219499f,
    [SF_PREV_ALONE] = -0.025694f,
    [SF_SENT_FIRST] = 0.096451f,
    [SF_GENDER_AGREE] = 0.408562f,
    [SF_GENDER_CLASH] = -0.052038f,
    [SF_SUBJ_INDIRECT] = -0.110719f,
    [SF_RULE_VERB] = 0.648982f,
    [SF_RULE_FAR] = 0.498902f,
    [SF_ROLE_MATCH] = 0.045313f,
    [SF_ONLY_PERSON] = 0.117248f,
    [SF_NEAREST] = 0.237524f,
    [SF_DESCRIBED] = 0.036851f,
};
