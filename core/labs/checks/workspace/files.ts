// fichier.existe and fichier.contains: plain files of the working folder (.gitignore, templates…).
import type { FileContainsCheck, FileExistsCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { requireWorkspace } from './helpers';

export const fileExists: CheckKind<FileExistsCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? t(lang, 'check.fichier.existe', { fichier: c.file }),
  evaluate(c, ctx) {
    if (requireWorkspace(ctx.workspace).readFile(c.file) !== undefined) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.fichierAbsent', { fichier: c.file }) };
  },
};

export const fileContains: CheckKind<FileContainsCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? t(lang, 'check.fichier.contient', { fichier: c.file }),
  evaluate(c, ctx) {
    const text = requireWorkspace(ctx.workspace).readFile(c.file);
    if (text === undefined) return { ok: false, detail: t(ctx.lang, 'détail.fichierAbsent', { fichier: c.file }) };
    if (new RegExp(c.matches, 'mu').test(text)) return { ok: true };
    return { ok: false, detail: t(ctx.lang, 'détail.motifAbsent', { fichier: c.file }) };
  },
};
