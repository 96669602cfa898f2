/*
 * spkweights.c - the speaker scorer's weights (spkscore.h), GENERATED:
 * do not edit.  Regenerate with:  sh bench/compare/spktrain.sh
 * (conditional logit, l2 0.01, 3000 steps, fitted on the samples (both) of
 * dev, held, held2..held18; see bench/compare/spktrain.c).
 */
#include "spkscore.h"

const float tx_spk_weights[TX_SPK_NF] = {
    [SF_RULE] = 1.988409f,
    [SF_RULE_ROLE] = 0.559343f,
    [SF_RULE_INDIRECT] = 0.702352f,
    [SF_NONE] = -0.536414f,
    [SF_NONE_RULE] = -0.056097f,
    [SF_DIST] = 0.154579f,
    [SF_BEFORE] = 0.207507f,
    [SF_SAME_SENT] = 0.763572f,
    [SF_PREV_SENT] = 0.143351f,
    [SF_NEXT_SENT] = -0.020381f,
    [SF_SAME_PARA] = 0.929029f,
    [SF_PREV_PARA] = -0.096124f,
    [SF_SUBJ_BEFORE] = 0.073427f,
    [SF_SUBJ_AFTER] = -0.233281f,
    [SF_VERB_NEAR] = -0.163539f,
    [SF_FULL_NAME] = 0.441474f,
    [SF_SURNAME] = -0.001516f,
    [SF_PRONOUN] = 0.135493f,
    [SF_ORG] = -0.279868f,
    [SF_MEDIA] = -0.196614f,
    [SF_FREQ] = 0.105831f,
    [SF_BETWEEN] = -0.287072f,
    [SF_IN_QUOTE] = -0.090527f,
    [SF_PREV_SPK] = 0.303260f,
    [SF_NEXT_SPK] = 0.266570f,
    [SF_PREV_OPENS] = 0.223648f,
    [SF_PREV_ALONE] = -0.042944f,
    [SF_SENT_FIRST] = 0.128262f,
    [SF_GENDER_AGREE] = 0.363798f,
    [SF_GENDER_CLASH] = -0.072792f,
    [SF_SUBJ_INDIRECT] = -0.009055f,
    [SF_RULE_VERB] = 0.718003f,
    [SF_RULE_FAR] = 0.455461f,
    [SF_ROLE_MATCH] = 0.027463f,
    [SF_ONLY_PERSON] = 0.065891f,
    [SF_NEAREST] = 0.223100f,
    [SF_DESCRIBED] = 0.078061f,
};
