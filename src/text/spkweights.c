/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held8; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 2.177049f,
    [SF_RULE_ROLE] = 0.650214f,
    [SF_RULE_INDIRECT] = 0.574565f,
    [SF_NONE] = -0.485506f,
    [SF_NONE_RULE] = 0.004220f,
    [SF_DIST] = 0.307746f,
    [SF_BEFORE] = 0.083242f,
    [SF_SAME_SENT] = 0.670985f,
    [SF_PREV_SENT] = 0.200565f,
    [SF_NEXT_SENT] = -0.109851f,
    [SF_SAME_PARA] = 0.874629f,
    [SF_PREV_PARA] = -0.148726f,
    [SF_SUBJ_BEFORE] = 0.091942f,
    [SF_SUBJ_AFTER] = -0.086393f,
    [SF_VERB_NEAR] = -0.010712f,
    [SF_FULL_NAME] = 0.493872f,
    [SF_SURNAME] = -0.072337f,
    [SF_PRONOUN] = 0.036828f,
    [SF_ORG] = -0.153156f,
    [SF_MEDIA] = -0.237997f,
    [SF_FREQ] = 0.157854f,
    [SF_BETWEEN] = -0.371472f,
    [SF_IN_QUOTE] = -0.083681f,
    [SF_PREV_SPK] = 0.290727f,
    [SF_NEXT_SPK] = 0.163085f,
    [SF_PREV_OPENS] = 0.382434f,
    [SF_PREV_ALONE] = -0.044521f,
    [SF_SENT_FIRST] = -0.117262f,
    [SF_GENDER_AGREE] = 0.482298f,
    [SF_GENDER_CLASH] = -0.054117f,
    [SF_SUBJ_INDIRECT] = 0.126855f,
    [SF_RULE_VERB] = 0.705998f,
    [SF_RULE_FAR] = 0.634277f,
    [SF_ROLE_MATCH] = 0.043023f,
    [SF_ONLY_PERSON] = 0.149187f,
    [SF_NEAREST] = 0.184376f,
    [SF_WIDENED] = 0.147650f,
};
