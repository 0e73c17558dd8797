// kubeApprenti.versionKubernetes as read by the language server settings, and the active schemas it selects.
import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, parseSettings } from '../../../server/src/lsp/context';
import {
  activeKubernetesVersion, activeSchemas, activeTargetVersion, getK8sSchemas, kubernetesAtLeast, setActiveKubernetesVersion,
} from '../../../core/analysis/schema/catalog';

describe('kubeApprenti.versionKubernetes setting', () => {
  afterEach(() => { setActiveKubernetesVersion(undefined); });

  it('defaults to 1.36 and keeps the previous value when absent', () => {
    assert.equal(DEFAULT_SETTINGS.kubernetesVersion, '1.36');
    assert.equal(parseSettings({ kubeApprenti: { langue: 'en' } }).kubernetesVersion, '1.36');
  });

  it('reads the section (initializationOptions or didChangeConfiguration) and maps versions to a shipped one', () => {
    assert.equal(parseSettings({ kubeApprenti: { versionKubernetes: '1.36' } }).kubernetesVersion, '1.36');
    assert.equal(parseSettings({ versionKubernetes: 'v1.36.3' }).kubernetesVersion, '1.36');
    assert.equal(parseSettings({ kubeApprenti: { versionKubernetes: '9.99' } }).kubernetesVersion, '1.36');
    assert.equal(parseSettings({ kubeApprenti: { versionKubernetes: 'n’importe quoi' } }).kubernetesVersion, '1.36');
    assert.equal(parseSettings({ kubeApprenti: { versionKubernetes: 42 } }).kubernetesVersion, '1.36');
  });

  it('keeps the targeted version (1.33–1.36) for the rules that depend on it; the schemas stay the shipped ones', () => {
    const s = parseSettings({ kubeApprenti: { versionKubernetes: '1.34' } });
    assert.deepEqual([s.kubernetesVersion, s.kubernetesTarget], ['1.36', '1.34']);
    assert.equal(parseSettings({ versionKubernetes: 'v1.35.2' }).kubernetesTarget, '1.35');
    assert.equal(parseSettings({ versionKubernetes: '9.99' }).kubernetesTarget, '1.36');
    assert.equal(parseSettings({ langue: 'en' }, s).kubernetesTarget, '1.34');
    assert.equal(setActiveKubernetesVersion('1.34'), '1.36');
    assert.deepEqual([activeTargetVersion(), kubernetesAtLeast(34), kubernetesAtLeast(35)], ['1.34', true, false]);
    setActiveKubernetesVersion('1.35');
    assert.deepEqual([activeTargetVersion(), kubernetesAtLeast(35), kubernetesAtLeast(36)], ['1.35', true, false]);
  });

  it('an unknown version activates the 1.36 schemas without throwing', () => {
    assert.equal(setActiveKubernetesVersion('1.99'), '1.36');
    assert.equal(activeKubernetesVersion(), '1.36');
    assert.equal(activeSchemas(), getK8sSchemas('1.36'));
  });
});
