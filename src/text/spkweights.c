/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held18; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 1.979208f,
    [SF_RULE_ROLE] = 0.565150f,
    [SF_RULE_INDIRECT] = 0.712794f,
    [SF_NONE] = -0.535557f,
    [SF_NONE_RULE] = -0.057114f,
    [SF_DIST] = 0.151513f,
    [SF_BEFORE] = 0.210239f,
    [SF_SAME_SENT] = 0.763359f,
    [SF_PREV_SENT] = 0.155244f,
    [SF_NEXT_SENT] = -0.017038f,
    [SF_SAME_PARA] = 0.927814f,
    [SF_PREV_PARA] = -0.094406f,
    [SF_SUBJ_BEFORE] = 0.076202f,
    [SF_SUBJ_AFTER] = -0.234944f,
    [SF_VERB_NEAR] = -0.162569f,
    [SF_FULL_NAME] = 0.445863f,
    [SF_SURNAME] = -0.007750f,
    [SF_PRONOUN] = 0.146909f,
    [SF_ORG] = -0.275022f,
    [SF_MEDIA] = -0.196401f,
    [SF_FREQ] = 0.101949f,
    [SF_BETWEEN] = -0.280781f,
    [SF_IN_QUOTE] = -0.090857f,
    [SF_PREV_SPK] = 0.297131f,
    [SF_NEXT_SPK] = 0.267945f,
    [SF_PREV_OPENS] = 0.223316f,
    [SF_PREV_ALONE] = -0.043147f,
    [SF_SENT_FIRST] = 0.135503f,
    [SF_GENDER_AGREE] = 0.365919f,
    [SF_GENDER_CLASH] = -0.072049f,
    [SF_SUBJ_INDIRECT] = -0.019771f,
    [SF_RULE_VERB] = 0.723153f,
    [SF_RULE_FAR] = 0.451624f,
    [SF_ROLE_MATCH] = 0.027431f,
    [SF_ONLY_PERSON] = 0.068289f,
    [SF_NEAREST] = 0.226380f,
    [SF_DESCRIBED] = 0.070716f,
};
