// kubeApprenti.versionKubernetes as read by the language server settings, and the active schemas it selects.
import { strict as assert } from 'node:assert';
import { DEFAULT_SETTINGS, parseSettings } from '../../../server/src/lsp/context';
import { activeKubernetesVersion, activeSchemas, getK8sSchemas, setActiveKubernetesVersion } from '../../../core/analysis/schema/catalog';

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

  it('an unknown version activates the 1.36 schemas without throwing', () => {
    assert.equal(setActiveKubernetesVersion('1.99'), '1.36');
    assert.equal(activeKubernetesVersion(), '1.36');
    assert.equal(activeSchemas(), getK8sSchemas('1.36'));
  });
});
