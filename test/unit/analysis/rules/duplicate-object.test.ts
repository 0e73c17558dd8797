import { analyze, expectAt, expectLanguages, expectNone } from '../helpers';

const pod = (ns = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\n${ns}spec:\n  containers:\n    - name: n\n      image: nginx:1.27\n`;

describe('rule duplicate-object (KA050)', () => {
  it('hints when two manifests define the same object', () => {
    expectLanguages(expectAt(analyze({ 'a.yaml': pod(), 'b.yaml': pod() }), { code: 'KA050', file: 'b.yaml', at: 'nginx', severity: 'information' }));
  });
  it('distinguishes namespaces', () => {
    expectNone(analyze({ 'a.yaml': pod(), 'b.yaml': pod('  namespace: x\n') }), 'KA050');
  });
});
