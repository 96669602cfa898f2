/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held13; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 2.053510f,
    [SF_RULE_ROLE] = 0.480594f,
    [SF_RULE_INDIRECT] = 0.625509f,
    [SF_NONE] = -0.495970f,
    [SF_NONE_RULE] = -0.041008f,
    [SF_DIST] = 0.158250f,
    [SF_BEFORE] = 0.220119f,
    [SF_SAME_SENT] = 0.753333f,
    [SF_PREV_SENT] = 0.120257f,
    [SF_NEXT_SENT] = -0.022751f,
    [SF_SAME_PARA] = 0.877028f,
    [SF_PREV_PARA] = -0.156391f,
    [SF_SUBJ_BEFORE] = 0.139372f,
    [SF_SUBJ_AFTER] = -0.164974f,
    [SF_VERB_NEAR] = -0.082901f,
    [SF_FULL_NAME] = 0.440800f,
    [SF_SURNAME] = -0.060602f,
    [SF_PRONOUN] = 0.144765f,
    [SF_ORG] = -0.321455f,
    [SF_MEDIA] = -0.167933f,
    [SF_FREQ] = 0.105164f,
    [SF_BETWEEN] = -0.292661f,
    [SF_IN_QUOTE] = -0.107769f,
    [SF_PREV_SPK] = 0.328755f,
    [SF_NEXT_SPK] = 0.248920f,
    [SF_PREV_OPENS] = 0.199343f,
    [SF_PREV_ALONE] = -0.022203f,
    [SF_SENT_FIRST] = 0.131562f,
    [SF_GENDER_AGREE] = 0.365629f,
    [SF_GENDER_CLASH] = -0.048673f,
    [SF_SUBJ_INDIRECT] = -0.115161f,
    [SF_RULE_VERB] = 0.671718f,
    [SF_RULE_FAR] = 0.504711f,
    [SF_ROLE_MATCH] = 0.045483f,
    [SF_ONLY_PERSON] = 0.107797f,
    [SF_NEAREST] = 0.219605f,
    [SF_DESCRIBED] = 0.055653f,
};
