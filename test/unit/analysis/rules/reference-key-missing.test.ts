import assert from 'node:assert/strict';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const keyRef = (name: string, key: string, optional = '') => `          env:
            - name: CONTEXT
              valueFrom:
                configMapKeyRef:
                  name: ${name}
                  key: ${key}${optional}
`;
const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frontend-config\ndata:\n  CONTEXT: DEV\n  REDIS_DOMAIN: redis\n';

describe('rule reference-key-missing (KA008)', () => {
  it('reports a key absent from the ConfigMap, with its keys and a rename fix', () => {
    const r = analyze({ 'd.yaml': deployment('f', 'app: f', '', keyRef('frontend-config', 'CONTXT')), 'cm.yaml': cm });
    const f = expectAt(r, { code: 'KA008', file: 'd.yaml', at: 'CONTXT', severity: 'warning' });
    assert.match(String(f.args.keys), /CONTEXT/);
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA008');
  });
  it('checks Secret keys and volume items, and respects optional', () => {
    const sec = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\nstringData:\n  a: b\n';
    const vol = deployment('f', 'app: f', '      volumes:\n        - name: v\n          secret:\n            secretName: s\n            items:\n              - key: nope\n                path: x\n');
    expectAt(analyze({ 'd.yaml': vol, 's.yaml': sec }), { code: 'KA008', file: 'd.yaml', at: 'nope', messageKey: 'KA008.secret' });
    expectNone(analyze({ 'd.yaml': deployment('f', 'app: f', '', keyRef('frontend-config', 'CONTXT', '\n                  optional: true')), 'cm.yaml': cm }), 'KA008');
    expectNone(analyze({ 'd.yaml': deployment('f', 'app: f', '', keyRef('frontend-config', 'CONTEXT')), 'cm.yaml': cm }), 'KA008');
  });
});
