import { analyze, applyFix, expectAt, expectLanguages, expectNone, ofCode } from '../helpers';
import assert from 'node:assert/strict';

const cj = (v: string) => `apiVersion: ${v} # was batch/v1beta1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "0 0 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: c\n              image: my-image:latest\n`;

describe('rule removed-api-version (KA038)', () => {
  it('reports a removed apiVersion with its replacement and a fix', () => {
    const r = analyze({ 'c.yaml': cj('batch/v1beta1') });
    const f = expectAt(r, { code: 'KA038', at: 'batch/v1beta1', severity: 'error' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA038');
  });
  it('shows only errors on a removed-API document until it is fixed', () => {
    const r = analyze({ 'c.yaml': cj('batch/v1beta1') });
    assert.equal(ofCode(r, 'KA034').length, 0);
    assert.equal(ofCode(analyze({ 'c.yaml': cj('batch/v1') }), 'KA034').length, 1);
  });
  it('handles kinds without replacement, and served versions', () => {
    expectLanguages(expectAt(analyze({ 'p.yaml': 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: p\n' }), { code: 'KA038', at: 'policy/v1beta1', messageKey: 'KA038.psp' }));
    expectNone(analyze({ 'c.yaml': cj('batch/v1') }), 'KA038');
  });
});

describe('rule removed-api-version (KA038): kind/apiVersion pairs Kubernetes 1.33–1.36 refuse', () => {
  const doc = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: x\n`;
  // [apiVersion, kind, message variant, replacement (undefined: no fix)]
  const REFUSED: Array<[string, string, string, string | undefined]> = [
    ['batch/v1beta1', 'Job', 'KA038.unserved', 'batch/v1'], // never served
    ['batch/v2alpha1', 'Job', 'KA038.unserved', 'batch/v1'],
    ['apps/v1beta1', 'DaemonSet', 'KA038.unserved', 'apps/v1'], // DaemonSet went extensions → apps/v1beta2 → apps/v1
    ['extensions/v1beta1', 'StatefulSet', 'KA038.unserved', 'apps/v1'], // a group the API no longer has at all
    ['networking.k8s.io/v1beta1', 'NetworkPolicy', 'KA038.unserved', 'networking.k8s.io/v1'],
    ['apps/v2', 'Deployment', 'KA038.unserved', 'apps/v1'],
    ['v1beta1', 'Service', 'KA038.unserved', 'v1'],
    ['batch/v1beta1', 'CronJob', 'KA038', 'batch/v1'],
    ['batch/v2alpha1', 'CronJob', 'KA038', 'batch/v1'],
    ['extensions/v1beta1', 'Deployment', 'KA038.selector', 'apps/v1'],
    ['apps/v1beta1', 'Deployment', 'KA038.selector', 'apps/v1'],
    ['apps/v1beta2', 'Deployment', 'KA038.selector', 'apps/v1'],
    ['apps/v1beta2', 'StatefulSet', 'KA038.selector', 'apps/v1'],
    ['extensions/v1beta1', 'DaemonSet', 'KA038.selector', 'apps/v1'],
    ['extensions/v1beta1', 'Ingress', 'KA038.ingress', 'networking.k8s.io/v1'],
    ['networking.k8s.io/v1beta1', 'Ingress', 'KA038.ingress', 'networking.k8s.io/v1'],
    ['extensions/v1beta1', 'NetworkPolicy', 'KA038', 'networking.k8s.io/v1'],
    ['extensions/v1beta1', 'PodSecurityPolicy', 'KA038.psp', undefined],
    ['policy/v1beta1', 'PodSecurityPolicy', 'KA038.psp', undefined],
    ['autoscaling/v2beta1', 'HorizontalPodAutoscaler', 'KA038.hpa', 'autoscaling/v2'],
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 'KA038.hpa', 'autoscaling/v2'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'KA038', 'policy/v1'],
    ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', 'KA038', 'flowcontrol.apiserver.k8s.io/v1'],
  ];
  for (const [apiVersion, kind, messageKey, replacement] of REFUSED) {
    it(`${kind} ${apiVersion} → ${messageKey}${replacement ? `, fix to ${replacement}` : ', no fix'}`, () => {
      const r = analyze({ 'x.yaml': doc(apiVersion, kind) });
      const f = expectAt(r, { code: 'KA038', at: apiVersion, messageKey, severity: 'error' });
      assert.equal(ofCode(r, 'KA038').length, 1);
      expectLanguages(f);
      if (!replacement) { assert.equal(f.fixes, undefined); return; }
      assert.equal(f.fixes?.[0].edits[0].newText, replacement);
      const fixed = analyze(applyFix(r, f));
      expectNone(fixed, 'KA038');
      assert.match(fixed.texts[Object.keys(fixed.texts)[0]], new RegExp(`^apiVersion: ${replacement.replace(/\./g, '\\.')}\\n`));
    });
  }
  // Served pairs, and custom resources that reuse a built-in kind's name in their own group.
  const SERVED: Array<[string, string]> = [
    ['batch/v1', 'Job'], ['batch/v1', 'CronJob'], ['apps/v1', 'DaemonSet'], ['autoscaling/v2', 'HorizontalPodAutoscaler'],
    ['autoscaling/v1', 'HorizontalPodAutoscaler'], ['networking.k8s.io/v1', 'Ingress'], ['v1', 'Service'],
    ['example.com/v1beta1', 'Job'], ['monitoring.coreos.com/v1', 'ServiceMonitor'],
  ];
  for (const [apiVersion, kind] of SERVED) {
    it(`${kind} ${apiVersion} is not reported`, () => expectNone(analyze({ 'x.yaml': doc(apiVersion, kind) }), 'KA038'));
  }
  it('names the targeted Kubernetes version in the never-served message', () => {
    const f = expectAt(analyze({ 'x.yaml': doc('batch/v1beta1', 'Job') }), { code: 'KA038', at: 'batch/v1beta1', messageKey: 'KA038.unserved' });
    assert.equal(f.args?.version, '1.36');
    assert.equal(f.args?.kind, 'Job');
  });
});
