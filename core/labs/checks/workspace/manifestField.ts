// manifeste.champ: a field of a declared resource equals / matches / contains a value.
import type { ManifestFieldCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import { fieldVerdict } from '../fieldPath';
import type { CheckKind } from '../kind';
import { describeExpectation, findResources, requireWorkspace } from './helpers';

export const manifestField: CheckKind<ManifestFieldCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? t(lang, 'check.manifeste.champ', { ressource: c.resource, chemin: c.path, attente: describeExpectation(c, lang) }),
  evaluate(c, ctx) {
    const found = findResources(requireWorkspace(ctx.workspace), c.resource, c.file);
    if (found.length === 0) return { ok: false, detail: c.file ? t(ctx.lang, 'détail.ressourceAbsenteFichier', { ressource: c.resource, fichier: c.file }) : t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.resource }) };
    if (found.length > 1) {
      return { ok: false, detail: t(ctx.lang, 'détail.ressourceDouble', { ressource: c.resource, n: found.length, fichiers: found.map((r) => r.file).join(', ') }) };
    }
    return fieldVerdict(found[0].object, c.path, c, ctx.lang);
  },
};
