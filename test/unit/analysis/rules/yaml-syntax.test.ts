import { analyze, applyFix, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule yaml-syntax (KA039, KA040, KA067, KA069)', () => {
  it('reports an unclosed quote at its opening quote', () => {
    const r = analyze({ 'j.yaml': 'kind: Job\nspec:\n  command: ["python", "-c", "print(\'ok\')]\n  x: 1\n' });
    expectLanguages(expectAt(r, { code: 'KA039', at: '"print', messageKey: 'KA039.quote', severity: 'error' }));
  });
  it('reports a wrapped comment line and a missing colon', () => {
    expectLanguages(expectAt(analyze({ 'a.yaml': 'a: 1\n# a comment cut\nin two lines\nb: 2\n' }), { code: 'KA039', at: 'in two', messageKey: 'KA039.multiline' }));
    expectLanguages(expectAt(analyze({ 'a.yaml': 'a: 1\nb\nc: 2\n' }), { code: 'KA039', at: 'b\n', messageKey: 'KA039.colon' }));
  });
  it('reports tabs with a fix', () => {
    const r = analyze({ 'a.yaml': 'spec:\n\tcontainers: []\n' });
    const f = expectAt(r, { code: 'KA040', at: '\t', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA040');
  });
  it('reports duplicate keys, and a missing --- between two resources with a fix', () => {
    expectLanguages(expectAt(analyze({ 'a.yaml': 'metadata:\n  labels:\n    app: web\n  labels:\n    tier: front\n' }), { code: 'KA067', at: 'labels', nth: 1 }));
    const r = analyze({ 'a.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: redis\napiVersion: apps/v1\nkind: Deployment\n' });
    const f = expectAt(r, { code: 'KA069', at: 'apiVersion', nth: 1 });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA069', 'KA067');
  });
  it('gives Helm templates no syntax error and parses valid multi-document files quietly', () => {
    expectNone(analyze({ 'chart/templates/d.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n  labels: {}\n{{- end }}\n' }), 'KA039');
    expectNone(analyze({ 'a.yaml': '# c\n---\na: 1\n---\n---\nb: &x 2\nc: *x\n...\n' }), 'KA039', 'KA067');
  });
});
