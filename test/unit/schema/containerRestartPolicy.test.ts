// `restartPolicy` on a regular container (KA046) follows kubeApprenti.versionKubernetes: refused before 1.35, an
// override of the Pod's policy since (feature ContainerRestartRules), with a warning when the Pod sets none.
import { strict as assert } from 'node:assert';
import { setActiveKubernetesVersion } from '../../../core/analysis/schema/catalog';
import { formatMessage } from '../../../core/analysis/messages';
import { applyFix, schemaFindings, yaml } from './helpers';

const jobHead = ['apiVersion: batch/v1', 'kind: Job', 'metadata:', '  name: etl', 'spec:', '  template:', '    spec:'];
const seedJob = yaml(...jobHead, '      containers:', '        - name: etl', '          image: python:3.9-slim',
  '          restartPolicy: Never # ne jamais redémarrer', '      volumes: []');
const both = yaml(...jobHead, '      restartPolicy: Never', '      containers:', '        - name: etl', '          image: python:3.9-slim', '          restartPolicy: Never');
const pod = yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: p', 'spec:', '  containers:', '    - name: c', '      image: nginx:1.27',
  '      restartPolicy: OnFailure');

describe('KA046: restartPolicy on a regular container, per Kubernetes version', () => {
  afterEach(() => setActiveKubernetesVersion(undefined));

  it('before 1.35: refused (error), even next to the Pod’s own policy', () => {
    setActiveKubernetesVersion('1.34');
    const f = schemaFindings(seedJob).find((x) => x.code === 'KA046');
    assert.ok(f);
    assert.equal(f.key, 'KA046.containerRestartPolicy');
    assert.equal(f.severity, 'error');
    assert.deepEqual([f.line, f.character, f.covered], [10, 10, 'restartPolicy']);
    assert.equal(f.finding.args.target, 'spec.template.spec.restartPolicy');
    assert.equal(schemaFindings(both).filter((x) => x.code === 'KA046').length, 1);
    assert.equal(schemaFindings(pod).find((x) => x.code === 'KA046')?.key, 'KA046.containerRestartPolicy');
  });

  for (const version of ['1.35', '1.36', 'v1.36.3']) {
    it(`${version}: a warning when the Pod sets no policy, nothing when it does`, () => {
      setActiveKubernetesVersion(version);
      const found = schemaFindings(seedJob).filter((x) => x.code === 'KA046');
      assert.equal(found.length, 1);
      const f = found[0];
      assert.equal(f.key, 'KA046.containerRestartPolicyOverride');
      assert.equal(f.severity, 'warning');
      assert.deepEqual([f.line, f.character, f.covered], [10, 10, 'restartPolicy']);
      assert.equal(f.finding.args.target, 'spec.template.spec.restartPolicy');
      assert.deepEqual(schemaFindings(both).filter((x) => x.code === 'KA046'), []);
      const p = schemaFindings(pod).find((x) => x.code === 'KA046');
      assert.equal(p?.key, 'KA046.containerRestartPolicyOverride');
      assert.equal(p?.finding.args.target, 'spec.restartPolicy');
    });
  }

  it('1.36: the quick fix moves the line (and its comment) two levels up, to the Pod spec', () => {
    setActiveKubernetesVersion('1.36');
    const f = schemaFindings(seedJob).find((x) => x.code === 'KA046');
    assert.ok(f?.finding.fixes?.length);
    const fixed = applyFix(seedJob, f.finding);
    assert.equal(fixed, yaml(...jobHead, '      restartPolicy: Never # ne jamais redémarrer', '      containers:', '        - name: etl',
      '          image: python:3.9-slim', '      volumes: []'));
    assert.deepEqual(schemaFindings(fixed), []);
    const pf = schemaFindings(pod).find((x) => x.code === 'KA046');
    assert.ok(pf);
    const podFixed = applyFix(pod, pf.finding);
    assert.match(podFixed, /^spec:\n {2}restartPolicy: OnFailure\n {2}containers:\n {4}- name: c\n {6}image: nginx:1\.27\n?$/m);
    assert.deepEqual(schemaFindings(podFixed), []);
  });

  it('1.36: no fix when the pair is not alone on its line (flow style)', () => {
    setActiveKubernetesVersion('1.36');
    const flow = yaml(...jobHead, '      containers:', '        - { name: etl, image: python:3.9-slim, restartPolicy: Never }');
    const f = schemaFindings(flow).find((x) => x.code === 'KA046');
    assert.equal(f?.key, 'KA046.containerRestartPolicyOverride');
    assert.equal(f?.finding.fixes, undefined);
  });

  it('the warning and its fix read well in both languages', () => {
    setActiveKubernetesVersion('1.36');
    const f = schemaFindings(seedJob).find((x) => x.code === 'KA046');
    assert.ok(f);
    const fr = formatMessage(f.finding.messageKey!, f.finding.args, 'fr');
    const en = formatMessage(f.finding.messageKey!, f.finding.args, 'en');
    assert.match(fr, /1\.35/);
    assert.match(fr, /`spec\.template\.spec\.restartPolicy`/);
    assert.match(en, /only overrides the Pod’s for that container/);
    const fix = f.finding.fixes![0];
    assert.equal(formatMessage(fix.titleKey, fix.args, 'fr'), 'Déplacer «\u00a0restartPolicy: Never\u00a0» dans `spec.template.spec.restartPolicy`');
    assert.equal(formatMessage(fix.titleKey, fix.args, 'en'), 'Move "restartPolicy: Never" to `spec.template.spec.restartPolicy`');
  });
});
