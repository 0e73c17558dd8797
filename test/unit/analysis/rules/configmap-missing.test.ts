import assert from 'node:assert/strict';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const envFrom = (name: string, optional = '') => `          envFrom:
            - configMapRef:
                name: ${name}${optional}
`;
const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  A: "1"\n`;

describe('rule configmap-missing (KA005)', () => {
  it('warns about a missing ConfigMap when the workspace manages ConfigMaps, naming the closest one', () => {
    const r = analyze({ 'd.yaml': deployment('backend', 'app: b', '', envFrom('configuration-backend')), 'cm.yaml': cm('configuration-application') });
    const f = expectAt(r, { code: 'KA005', file: 'd.yaml', at: 'configuration-backend', severity: 'warning' });
    assert.equal(f.args.closest, 'configuration-application');
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA005');
  });
  it('is a hint when no ConfigMap is defined in the workspace (created with kubectl)', () => {
    expectAt(analyze({ 'd.yaml': deployment('b', 'app: b', '', envFrom('cfg')) }), { code: 'KA005', at: 'cfg', severity: 'information' });
  });
  it('respects optional: true, existing ConfigMaps, kustomize generators and kube-root-ca.crt', () => {
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', '', envFrom('cfg', '\n                optional: true')) }), 'KA005');
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', '', envFrom('cfg')), 'c.yaml': cm('cfg') }), 'KA005');
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', '', envFrom('cfg')), 'kustomization.yaml': 'configMapGenerator:\n  - name: cfg\n    literals: [A=1]\n' }), 'KA005');
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', '', envFrom('kube-root-ca.crt')) }), 'KA005');
  });
  it('looks in the namespace of the pod', () => {
    const r = analyze({ 'd.yaml': deployment('b', 'app: b', '', envFrom('cfg')), 'c.yaml': cm('cfg').replace('name: cfg', 'name: cfg\n  namespace: other') });
    expectAt(r, { code: 'KA005', file: 'd.yaml', at: 'cfg' });
  });
});
