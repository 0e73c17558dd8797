// rendu.existe / rendu.champ: an object (and a field of it) in the render of a Helm chart or a Kustomize overlay of
// the working folder, as `helm template` / `kubectl kustomize` would print it. A render error fails the check with
// the renderer's French sentence (file and line of the mistake).
import type { RenderFieldCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { fieldVerdict } from '../fieldPath';
import type { CheckKind } from '../kind';
import { renderedObjects } from '../../workspace/rendered';
import { describeExpectation, requireWorkspace, splitRef } from './helpers';

export const renderField: CheckKind<RenderFieldCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? (c.type === 'rendu.existe' || !c.path
    ? t(lang, 'check.rendu.existe', { rendu: c.render, ressource: c.resource })
    : t(lang, 'check.rendu.champ', { rendu: c.render, ressource: c.resource, chemin: c.path, attente: describeExpectation(c, lang) })),
  async evaluate(c, ctx) {
    const ws = requireWorkspace(ctx.workspace);
    const r = await renderedObjects(ws, c.render, c.values, ctx.lang, t(ctx.lang, 'détail.pasUnRendu', { rendu: c.render }));
    if (r.error) return { ok: false, detail: r.error };
    const { kind, name } = splitRef(c.resource);
    const found = r.resources.filter((o) => o.kind.toLowerCase() === kind.toLowerCase() && (name === undefined || o.name === name));
    if (found.length === 0) {
      return { ok: false, detail: t(ctx.lang, 'détail.renduAbsent', { rendu: c.render, ressource: c.resource, objets: r.resources.map((o) => `${o.kind}/${o.name}`).join(', ') || '∅' }) };
    }
    if (found.length > 1) return { ok: false, detail: t(ctx.lang, 'détail.renduDouble', { rendu: c.render, ressource: c.resource, n: found.length }) };
    if (c.type === 'rendu.existe' || !c.path) return { ok: true };
    return fieldVerdict(found[0].object, c.path, c, ctx.lang);
  },
};
