// A wrong image tag (`redis:7.3-alpine` instead of `redis:7.2-alpine`, `latest` for an untagged number): the image
// exists, or not, but it is not the version asked for. Only a field check catches it (KA034 for `latest`).
import { containerPaths, get, resourcesOf, scalarCandidate } from '../ast';
import type { Candidate, Mutation } from '../types';

export function wrongTag(image: string): string | undefined {
  const at = image.lastIndexOf(':');
  if (at < 0 || image.slice(at).includes('/') || image.includes('@')) return undefined;
  const tag = image.slice(at + 1);
  const m = /^(.*?)(\d+)(\D*)$/.exec(tag);
  const next = m ? `${m[1]}${Number(m[2]) + 1}${m[3]}` : 'latest';
  return next === tag ? undefined : `${image.slice(0, at)}:${next}`;
}

export const imageTagWrong: Mutation = {
  id: 'image-tag-faux',
  nature: 'mutant',
  kinds: ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'],
  fields: ['spec.template.spec.containers[*].image'],
  title: { fr: 'mauvais tag d’image', en: 'wrong image tag' },
  find(file, text) {
    const out: Candidate[] = [];
    for (const r of resourcesOf(text)) {
      for (const cp of containerPaths(r)) {
        const image = get(r.object, [...cp, 'image']);
        const wrong = typeof image === 'string' ? wrongTag(image) : undefined;
        if (!wrong) continue;
        const c = scalarCandidate(file, r, [...cp, 'image'], text, wrong);
        if (c) out.push(c);
      }
    }
    return out;
  },
};
