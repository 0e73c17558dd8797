// manifeste.existe: a `Kind/name` resource is declared in the lab's working folder.
import type { ManifestExistsCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { findResources, requireWorkspace } from './helpers';

export const manifestExists: CheckKind<ManifestExistsCheck> = {
  scope: 'workspace',
  describe: (c, lang) => t(lang, 'check.manifeste.existe', { ressource: c.resource }),
  evaluate(c, ctx) {
    const found = findResources(requireWorkspace(ctx.workspace), c.resource, c.file);
    if (found.length > 0) return { ok: true };
    return { ok: false, detail: c.file ? t(ctx.lang, 'détail.ressourceAbsenteFichier', { ressource: c.resource, fichier: c.file }) : t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.resource }) };
  },
};
