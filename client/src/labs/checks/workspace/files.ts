// fichier.existe and fichier.contient: plain files of the working folder (.gitignore, templates…).
import type { FileContainsCheck, FileExistsCheck } from '../../format/types';
import { t } from '../../../../../core/i18n/labs';
import type { CheckKind } from '../kind';
import { requireWorkspace } from './helpers';

export const fileExists: CheckKind<FileExistsCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.titre ?? t(lang, 'check.fichier.existe', { fichier: c.fichier }),
  evaluate(c, ctx) {
    if (requireWorkspace(ctx.workspace).readFile(c.fichier) !== undefined) return { ok: true };
    return { ok: false, détail: t(ctx.lang, 'détail.fichierAbsent', { fichier: c.fichier }) };
  },
};

export const fileContains: CheckKind<FileContainsCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.titre ?? t(lang, 'check.fichier.contient', { fichier: c.fichier }),
  evaluate(c, ctx) {
    const text = requireWorkspace(ctx.workspace).readFile(c.fichier);
    if (text === undefined) return { ok: false, détail: t(ctx.lang, 'détail.fichierAbsent', { fichier: c.fichier }) };
    if (new RegExp(c.correspond, 'mu').test(text)) return { ok: true };
    return { ok: false, détail: t(ctx.lang, 'détail.motifAbsent', { fichier: c.fichier }) };
  },
};
