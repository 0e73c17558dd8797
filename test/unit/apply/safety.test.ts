import * as assert from 'node:assert/strict';
import { judgeCluster, writeConfirmation } from '../../../core/cluster/safety';

const cfg = (over: Partial<Parameters<typeof judgeCluster>[0]>): Parameters<typeof judgeCluster>[0] => ({
  context: 'prod', server: 'https://k8s.example.org:6443', files: ['/home/me/.kube/config'], source: 'kubeconfig', namespace: 'default',
  contexts: [{ name: 'prod', cluster: 'prod-cluster', user: 'me' }], ...over,
});

describe('local or lab cluster?', () => {
  it('asks before writing to a remote cluster, not to local or allow-listed ones', () => {
    assert.deepEqual(judgeCluster(cfg({})), { local: false, reason: 'remote' });
    assert.match(writeConfirmation(cfg({}), [], 'appliquer 3 objets') ?? '', /ne ressemble pas à un cluster local.*appliquer 3 objets.*kubeApprenti\.clusters\.autorisés/);
    assert.equal(judgeCluster(cfg({}), ['prod']).reason, 'allowList');
    assert.equal(judgeCluster(cfg({}), ['prod-cluster']).reason, 'allowList');
    assert.equal(judgeCluster(cfg({ server: 'https://127.0.0.1:6443' })).reason, 'loopback');
    assert.equal(judgeCluster(cfg({ server: 'https://[::1]:6443' })).reason, 'loopback');
    assert.equal(judgeCluster(cfg({ context: 'kind-dev' })).reason, 'localToolContext');
    assert.equal(judgeCluster(cfg({ files: ['/work/main/.cluster/etudiant.kubeconfig'] })).reason, 'projectCluster');
    assert.equal(judgeCluster(cfg({ source: 'inCluster', namespace: 'user-alice' })).reason, 'sspcloudNamespace');
    assert.equal(judgeCluster(cfg({ source: 'inCluster', namespace: 'kube-system' })).local, false);
    assert.equal(writeConfirmation(cfg({ context: 'minikube' }), [], 'x'), undefined);
  });
});
