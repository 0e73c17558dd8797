// manifeste.secret: a key of a Secret's `data` decodes (base64) to exactly the expected value.
import type { SecretValueCheck } from '../../format/types';
import { t } from '../../../../../core/i18n/labs';
import type { CheckKind } from '../kind';
import { findResources, requireWorkspace } from './helpers';

export function decodeBase64Strict(v: string): string | undefined {
  const s = v.replace(/\s+/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return undefined;
  return Buffer.from(s, 'base64').toString('utf8');
}

export const secretValue: CheckKind<SecretValueCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.titre ?? t(lang, 'check.manifeste.secret', { ressource: c.ressource, clé: c.clé, valeur: c.valeur }),
  evaluate(c, ctx) {
    const found = findResources(requireWorkspace(ctx.workspace), c.ressource);
    if (found.length === 0) return { ok: false, détail: t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.ressource }) };
    const obj = found[0].object;
    const data = (obj.data ?? {}) as Record<string, unknown>;
    const stringData = (obj.stringData ?? {}) as Record<string, unknown>;
    let decoded: string | undefined;
    if (c.clé in stringData) decoded = String(stringData[c.clé]);
    else if (c.clé in data) {
      decoded = decodeBase64Strict(String(data[c.clé] ?? ''));
      if (decoded === undefined) return { ok: false, détail: t(ctx.lang, 'détail.base64Invalide', { clé: c.clé }) };
    } else return { ok: false, détail: t(ctx.lang, 'détail.cléAbsente', { clé: c.clé }) };
    if (decoded === c.valeur) return { ok: true };
    if (decoded.replace(/\r?\n$/, '') === c.valeur) return { ok: false, détail: t(ctx.lang, 'détail.finDeLigne') };
    return { ok: false, détail: t(ctx.lang, 'détail.décodé', { valeur: decoded }) };
  },
};
