// ConfigMap `data` values must be strings (a number or a boolean is refused; `yes`/`on` are booleans
// for Kubernetes' YAML 1.1 reader); sensitive values (passwords, tokens, URLs with credentials) belong in a Secret.
import { isScalar } from 'yaml';
import { rangeOf } from '../index/ranges';
import { entries, get } from '../util/yamlNodes';
import { isBuiltin } from './helpers';
import { yaml11Type } from './yaml11';
import type { DocRule } from './rule';

const SENSITIVE_KEY = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

export const configMapData: DocRule = {
  id: 'configmap-data',
  codes: ['KA021', 'KA022'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!isBuiltin(res, 'ConfigMap', [''])) continue;
      for (const field of ['data']) {
        for (const e of entries(get(res.node, field))) {
          const v = e.value;
          if (!isScalar(v)) continue;
          const source = v.source ?? '';
          const t = typeof v.value === 'string' ? (v.type === 'PLAIN' ? yaml11Type(String(v.value)) : 'string') : v.value === null ? 'null' : typeof v.value;
          if (t !== 'string' && t !== 'null') {
            ctx.report({
              code: 'KA021', messageKey: t === 'boolean' && typeof v.value === 'string' ? 'KA021.yaml11' : 'KA021', range: rangeOf(res.doc, v),
              args: { key: e.key, value: String(source || v.value) },
              fixes: [{ titleKey: 'fix.quote', args: {}, edits: [{ uri: res.uri, range: rangeOf(res.doc, v), newText: JSON.stringify(String(source || v.value)) }], preferred: true }],
            });
            continue;
          }
          if (typeof v.value !== 'string') continue;
          if (SENSITIVE_KEY.test(e.key) && v.value.trim() !== '' && !v.value.includes('\n')) {
            ctx.report({ code: 'KA022', range: rangeOf(res.doc, e.pair.key), args: { key: e.key, name: res.name ?? '' } });
          } else if (URL_WITH_PASSWORD.test(v.value.trim())) {
            ctx.report({ code: 'KA022', messageKey: 'KA022.url', range: rangeOf(res.doc, v), args: { key: e.key, name: res.name ?? '' } });
          }
        }
      }
    }
  },
};
