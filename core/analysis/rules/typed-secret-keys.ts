// Typed Secrets need their keys: kubernetes.io/tls → tls.crt and tls.key; dockerconfigjson →
// .dockerconfigjson; dockercfg → .dockercfg; ssh-auth → ssh-privatekey; basic-auth → username or password.
import { rangeOf } from '../index/ranges';
import { entries, get, getPair, str } from '../util/yamlNodes';
import { isBuiltin } from './helpers';
import type { DocRule } from './rule';

const REQUIRED: Record<string, { all?: string[]; any?: string[] }> = {
  'kubernetes.io/tls': { all: ['tls.crt', 'tls.key'] },
  'kubernetes.io/dockerconfigjson': { all: ['.dockerconfigjson'] },
  'kubernetes.io/dockercfg': { all: ['.dockercfg'] },
  'kubernetes.io/ssh-auth': { all: ['ssh-privatekey'] },
  'kubernetes.io/basic-auth': { any: ['username', 'password'] },
};

export const typedSecretKeys: DocRule = {
  id: 'typed-secret-keys',
  codes: ['KA025'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!isBuiltin(res, 'Secret', [''])) continue;
      const typePair = getPair(res.node, 'type');
      const type = str(typePair?.value);
      const req = type ? REQUIRED[type] : undefined;
      if (!req || !typePair) continue;
      const keys = new Set([...entries(get(res.node, 'data')), ...entries(get(res.node, 'stringData'))].map((e) => e.key));
      const missing = req.all ? req.all.filter((k) => !keys.has(k)) : req.any!.some((k) => keys.has(k)) ? [] : req.any!;
      if (missing.length === 0) continue;
      ctx.report({
        code: 'KA025', messageKey: req.any ? 'KA025.any' : 'KA025', range: rangeOf(res.doc, typePair.value),
        args: { type: type ?? '', keys: (req.all ?? req.any!).map((k) => `\`${k}\``).join(', '), missing: missing.map((k) => `\`${k}\``).join(', ') },
      });
    }
  },
};
