// The annotation kubernetes.io/ingress.class is deprecated: use spec.ingressClassName.
import { rangeOf } from '../index/ranges';
import { get, getPair, str } from '../util/yamlNodes';
import type { DocRule } from './rule';

export const ingressClassAnnotation: DocRule = {
  id: 'ingress-class-annotation',
  codes: ['KA074'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!res.isKubernetes || res.kind !== 'Ingress') continue;
      const pair = getPair(get(get(res.node, 'metadata'), 'annotations'), 'kubernetes.io/ingress.class');
      if (!pair) continue;
      ctx.report({ code: 'KA074', range: rangeOf(res.doc, pair.key), args: { value: str(pair.value) ?? '' } });
    }
  },
};
