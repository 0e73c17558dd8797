import assert from 'node:assert/strict';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const envFrom = (body: string) => deployment('f', 'app: f', '', `          envFrom:\n${body}`);

describe('rule empty-key-indentation (KA045)', () => {
  it('reports an empty key followed by its children at the same level, with an indent fix', () => {
    const r = analyze({ 'd.yaml': envFrom('            - configMapRef:\n              name: frontend-config\n              optional: true\n') });
    const f = expectAt(r, { code: 'KA045', at: 'configMapRef', severity: 'warning' });
    expectLanguages(f);
    const fixed = applyFix(r, f);
    assert.match(fixed['d.yaml'], /configMapRef:\n {16}name: frontend-config/);
    expectNone(analyze(fixed), 'KA045');
  });
  it('reports a kustomize patch target with kind/name beside it', () => {
    expectAt(analyze({ 'kustomization.yaml': 'patches:\n- target:\n  kind: Ingress\n  name: monsterstack\n  path: ./p.yaml\n' }), { code: 'KA045', at: 'target' });
  });
  it('accepts a correctly indented block and explicit nulls', () => {
    expectNone(analyze({ 'd.yaml': envFrom('            - configMapRef:\n                name: frontend-config\n') }), 'KA045');
    expectNone(analyze({ 'kustomization.yaml': 'patches:\n- target: null\n  path: ./p.yaml\n' }), 'KA045');
  });
});
