// The catalogue: every mutation module, mutants first, then valid alternatives.
import { apiVersionWrong } from './catalogue/apiVersionWrong';
import { base64Newline } from './catalogue/base64Newline';
import { comments } from './catalogue/comments';
import { extraLabel } from './catalogue/extraLabel';
import { flowStyle } from './catalogue/flowStyle';
import { imageTagWrong } from './catalogue/imageTagWrong';
import { indentation } from './catalogue/indentation';
import { ingressPortWrong, ingressServiceWrong } from './catalogue/ingressBackend';
import { missingKey } from './catalogue/missingKey';
import { namedPort } from './catalogue/namedPort';
import { portNameTypo } from './catalogue/portNameTypo';
import { probeUndeclaredPort } from './catalogue/probeUndeclaredPort';
import { quotes } from './catalogue/quotes';
import { reorderKeys } from './catalogue/reorderKeys';
import { replicasString } from './catalogue/replicasString';
import { selectorTypo } from './catalogue/selectorTypo';
import { targetPortWrong } from './catalogue/targetPortWrong';
import { templateLabelTypo } from './catalogue/templateLabelTypo';
import type { Mutation } from './types';

export const MUTATIONS: readonly Mutation[] = [
  selectorTypo, templateLabelTypo, targetPortWrong, portNameTypo, missingKey, base64Newline, indentation,
  apiVersionWrong, imageTagWrong, replicasString, probeUndeclaredPort, ingressServiceWrong, ingressPortWrong,
  reorderKeys, flowStyle, quotes, comments, extraLabel, namedPort,
];

export const MUTANTS = MUTATIONS.filter((m) => m.nature === 'mutant');
export const ALTERNATIVES = MUTATIONS.filter((m) => m.nature === 'alternative');
