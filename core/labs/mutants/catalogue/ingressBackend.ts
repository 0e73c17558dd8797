// An Ingress that sends traffic to the wrong Service (name typo, KA006) or to a port the Service does not expose
// (KA007). Two mutations, one per field.
import { get, resourcesOf, scalarCandidate, typo, type DocResource } from '../ast';
import type { Candidate, Mutation, Path } from '../types';

/** Paths of `backend.service` in an Ingress (rules and defaultBackend). */
function backends(r: DocResource): Path[] {
  const out: Path[] = [];
  if (get(r.object, ['spec', 'defaultBackend', 'service'])) out.push(['spec', 'defaultBackend', 'service']);
  const rules = (get(r.object, ['spec', 'rules']) ?? []) as unknown[];
  rules.forEach((_, i) => {
    const paths = (get(r.object, ['spec', 'rules', i, 'http', 'paths']) ?? []) as unknown[];
    paths.forEach((__, j) => out.push(['spec', 'rules', i, 'http', 'paths', j, 'backend', 'service']));
  });
  return out;
}

export const ingressServiceWrong: Mutation = {
  id: 'ingress-service-faux',
  nature: 'mutant',
  kinds: ['Ingress'],
  fields: ['spec.rules[*].http.paths[*].backend.service.name'],
  diagnostic: 'KA006',
  title: { fr: 'l’Ingress désigne un Service mal orthographié', en: 'the Ingress names a misspelt Service' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'Ingress')) {
      for (const b of backends(r)) {
        const name = get(r.object, [...b, 'name']);
        if (typeof name !== 'string') continue;
        const c = scalarCandidate(file, r, [...b, 'name'], text, typo(name));
        if (c) out.push(c);
      }
    }
    return out;
  },
};

export const ingressPortWrong: Mutation = {
  id: 'ingress-port-faux',
  nature: 'mutant',
  kinds: ['Ingress'],
  fields: ['spec.rules[*].http.paths[*].backend.service.port.number', 'spec.rules[*].http.paths[*].backend.service.port.name'],
  diagnostic: 'KA007',
  title: { fr: 'l’Ingress vise un port que le Service n’expose pas', en: 'the Ingress targets a port the Service does not expose' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text).filter((x) => x.kind === 'Ingress')) {
      for (const b of backends(r)) {
        const num = get(r.object, [...b, 'port', 'number']);
        const name = get(r.object, [...b, 'port', 'name']);
        const c = typeof num === 'number' ? scalarCandidate(file, r, [...b, 'port', 'number'], text, num === 80 ? 8080 : num + 1)
          : typeof name === 'string' ? scalarCandidate(file, r, [...b, 'port', 'name'], text, typo(name)) : undefined;
        if (c) out.push(c);
      }
    }
    return out;
  },
};
