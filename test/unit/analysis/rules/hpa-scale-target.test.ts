import { strict as assert } from 'node:assert';
import { definitionAt } from '../../../../core/analysis/navigation/definition';
import { analyze, applyFix, deployment, expectAt, expectLanguages, expectNone, ofCode, uriOf } from '../helpers';

const hpa = (target: string, opts: { kind?: string; apiVersion?: string; namespace?: string; targetApi?: string } = {}) => `apiVersion: ${opts.apiVersion ?? 'autoscaling/v2'}
kind: HorizontalPodAutoscaler
metadata:
  name: autoscale
${opts.namespace ? `  namespace: ${opts.namespace}\n` : ''}spec:
  scaleTargetRef:
    apiVersion: ${opts.targetApi ?? 'apps/v1'}
    kind: ${opts.kind ?? 'Deployment'}
    name: ${target}
  minReplicas: 1
  maxReplicas: 5
${opts.apiVersion === 'autoscaling/v1' ? '  targetCPUUtilizationPercentage: 70\n' : '  metrics:\n    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70\n'}`;
const inNs = (text: string, ns: string) => text.replace('metadata:\n', `metadata:\n  namespace: ${ns}\n`);

describe('rule hpa-scale-target (KA077)', () => {
  it('warns when the target Deployment is missing while the namespace has others', () => {
    const r = analyze({ 'hpa.yaml': hpa('frontend'), 'd.yaml': deployment('api', 'app: api') });
    const f = expectAt(r, { code: 'KA077', file: 'hpa.yaml', at: 'frontend', severity: 'warning', messageKey: 'KA077' });
    expectLanguages(f);
    assert.equal(f.args?.kind, 'Deployment');
    assert.equal(f.args?.known, '`api`');
  });

  it('suggests the close name; the quick fix removes the finding', () => {
    const r = analyze({ 'hpa.yaml': hpa('fronted'), 'd.yaml': deployment('frontend', 'app: f') });
    const f = expectAt(r, { code: 'KA077', file: 'hpa.yaml', at: 'fronted', severity: 'warning', messageKey: 'KA077.closest' });
    expectLanguages(f);
    expectNone(analyze(applyFix(r, f)), 'KA077');
  });

  it('is only a hint when the workspace defines no object of that kind in the namespace', () => {
    const f = expectAt(analyze({ 'hpa.yaml': hpa('frontend') }), { code: 'KA077', at: 'frontend', severity: 'information', messageKey: 'KA077.none' });
    expectLanguages(f);
  });

  it('accepts an existing target (autoscaling/v2 and v1, Deployment and StatefulSet)', () => {
    expectNone(analyze({ 'hpa.yaml': hpa('frontend'), 'd.yaml': deployment('frontend', 'app: f') }), 'KA077');
    expectNone(analyze({ 'hpa.yaml': hpa('frontend', { apiVersion: 'autoscaling/v1' }), 'd.yaml': deployment('frontend', 'app: f') }), 'KA077');
    const sts = deployment('db', 'app: db').replace('kind: Deployment', 'kind: StatefulSet');
    expectNone(analyze({ 'hpa.yaml': hpa('db', { kind: 'StatefulSet' }), 'd.yaml': sts }), 'KA077');
  });

  it('checks the kind and the namespace of the target', () => {
    // A Deployment named like the StatefulSet the HPA targets does not count.
    expectAt(analyze({ 'hpa.yaml': hpa('frontend', { kind: 'StatefulSet' }), 'd.yaml': deployment('frontend', 'app: f') }),
      { code: 'KA077', file: 'hpa.yaml', at: 'frontend', messageKey: 'KA077.none' });
    // HPA in prod, Deployment in default (no namespace written).
    expectAt(analyze({ 'hpa.yaml': hpa('frontend', { namespace: 'prod' }), 'd.yaml': deployment('frontend', 'app: f') }),
      { code: 'KA077', file: 'hpa.yaml', at: 'frontend' });
    expectNone(analyze({ 'hpa.yaml': hpa('frontend', { namespace: 'prod' }), 'd.yaml': inNs(deployment('frontend', 'app: f'), 'prod') }), 'KA077');
    expectNone(analyze({ 'hpa.yaml': hpa('frontend'), 'd.yaml': inNs(deployment('frontend', 'app: f'), 'default') }), 'KA077');
  });

  it('ignores targets that are not Deployments, StatefulSets or ReplicaSets of apps/v1 (custom resources)', () => {
    expectNone(analyze({ 'hpa.yaml': hpa('canary', { kind: 'Rollout', targetApi: 'argoproj.io/v1alpha1' }) }), 'KA077');
    expectNone(analyze({ 'hpa.yaml': hpa('canary', { targetApi: 'example.com/v1' }) }), 'KA077');
  });

  it('goes away when the target is created (incremental), and the name leads to it (go to definition)', () => {
    const r = analyze({ 'hpa.yaml': hpa('frontend'), 'd.yaml': deployment('api', 'app: api') });
    assert.equal(ofCode(r, 'KA077').length, 1);
    r.ws.setFile(uriOf('d.yaml'), deployment('api', 'app: api') + '---\n' + deployment('frontend', 'app: f'));
    assert.deepEqual(r.analyzer.findingsFor(uriOf('hpa.yaml')).filter((f) => f.code === 'KA077'), []);
    const text = r.ws.getFile(uriOf('hpa.yaml'))!.text;
    const places = definitionAt(r.ws, uriOf('hpa.yaml'), text.indexOf('frontend') + 2);
    assert.equal(places.length, 1);
    assert.equal(places[0].uri, uriOf('d.yaml'));
    r.ws.setFile(uriOf('d.yaml'), deployment('api', 'app: api'));
    assert.equal(r.analyzer.findingsFor(uriOf('hpa.yaml')).filter((f) => f.code === 'KA077').length, 1);
  });
});
