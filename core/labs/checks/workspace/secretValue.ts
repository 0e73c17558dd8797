// manifeste.secret: a key of a Secret's `data` decodes (base64) to exactly the expected value.
import type { SecretValueCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { findResources, requireWorkspace } from './helpers';

export function decodeBase64Strict(v: string): string | undefined {
  const s = v.replace(/\s+/g, '');
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return undefined;
  return Buffer.from(s, 'base64').toString('utf8');
}

export const secretValue: CheckKind<SecretValueCheck> = {
  scope: 'workspace',
  describe: (c, lang) => c.title ?? t(lang, 'check.manifeste.secret', { ressource: c.resource, clé: c.key, valeur: c.value }),
  evaluate(c, ctx) {
    const found = findResources(requireWorkspace(ctx.workspace), c.resource);
    if (found.length === 0) return { ok: false, detail: t(ctx.lang, 'détail.ressourceAbsente', { ressource: c.resource }) };
    const obj = found[0].object;
    const data = (obj.data ?? {}) as Record<string, unknown>;
    const stringData = (obj.stringData ?? {}) as Record<string, unknown>;
    let decoded: string | undefined;
    if (c.key in stringData) decoded = String(stringData[c.key]);
    else if (c.key in data) {
      decoded = decodeBase64Strict(String(data[c.key] ?? ''));
      if (decoded === undefined) return { ok: false, detail: t(ctx.lang, 'détail.base64Invalide', { clé: c.key }) };
    } else return { ok: false, detail: t(ctx.lang, 'détail.cléAbsente', { clé: c.key }) };
    if (decoded === c.value) return { ok: true };
    if (decoded.replace(/\r?\n$/, '') === c.value) return { ok: false, detail: t(ctx.lang, 'détail.finDeLigne') };
    return { ok: false, detail: t(ctx.lang, 'détail.décodé', { valeur: decoded }) };
  },
};
