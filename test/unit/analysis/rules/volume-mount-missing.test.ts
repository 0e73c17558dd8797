import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const mount = (name: string) => `          volumeMounts:\n            - name: ${name}\n              mountPath: /data\n`;
const vols = '      volumes:\n        - name: data\n          emptyDir: {}\n';

describe('rule volume-mount-missing (KA017)', () => {
  it('reports a mount whose volume is not declared (error), with a rename fix', () => {
    const r = analyze({ 'd.yaml': deployment('r', 'app: r', vols, mount('datas')) });
    const f = expectAt(r, { code: 'KA017', at: 'datas', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA017');
  });
  it('accepts declared volumes', () => {
    expectNone(analyze({ 'd.yaml': deployment('r', 'app: r', vols, mount('data')) }), 'KA017');
  });
});
