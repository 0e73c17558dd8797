import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const pod = (image: string, extra = '') => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: ${image}\n${extra}`;

describe('rule container-hints (KA028, KA033, KA035, KA062)', () => {
  it('hints about missing requests/limits, never-pull and missing database password', () => {
    const r = analyze({ 'p.yaml': pod('mysql:5.7', '      imagePullPolicy: Never\n') });
    expectLanguages(expectAt(r, { code: 'KA028', at: 'name: c', severity: 'information' }));
    expectLanguages(expectAt(r, { code: 'KA035', at: 'Never', severity: 'information' }));
    expectLanguages(expectAt(r, { code: 'KA062', at: 'mysql:5.7', severity: 'information' }));
  });
  it('warns about a shell image without command (CrashLoopBackOff)', () => {
    expectLanguages(expectAt(analyze({ 'p.yaml': pod('ubuntu') }), { code: 'KA033', at: 'ubuntu', severity: 'warning' }));
  });
  it('is silent with a command, resources and the password variable', () => {
    const ok = pod('ubuntu:24.04', '      command: ["sleep", "3600"]\n      resources:\n        limits:\n          memory: 64Mi\n');
    expectNone(analyze({ 'p.yaml': ok }), 'KA033', 'KA028');
    expectNone(analyze({ 'd.yaml': deployment('db', 'app: db').replace('image: nginx:1.27', 'image: mysql:8\n          env:\n            - name: MYSQL_ROOT_PASSWORD\n              value: x') }), 'KA062');
  });
});
