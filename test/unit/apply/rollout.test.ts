import * as assert from 'node:assert/strict';
import { diffSummary } from '../../../core/cluster/apply/diffSummary';
import { unifiedDiff } from '../../../core/cluster/apply/unifiedDiff';
import { selectorString, historyTable } from '../../../core/cluster/rollout/history';
import { statusText } from '../../../core/cluster/rollout/messages';
import { deploymentStatus, statefulSetStatus, daemonSetStatus } from '../../../core/cluster/rollout/status';
import { parseWorkloadRef } from '../../../core/cluster/rollout/workloadRef';
import type { K8sObject } from '../../../core/cluster/types';
import { pickRevision, rfc3339 } from '../../../core/cluster/write';

const dep = (generation: number, spec: object, status: object, annotations: Record<string, string> = {}): K8sObject =>
  ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', generation, annotations }, spec, status } as K8sObject);

describe('rollout status (kubectl rules, rollout_status.go v0.36)', () => {
  it('follows the Deployment checks in kubectl\'s order, with kubectl\'s sentences', () => {
    const cases: [K8sObject, boolean, string][] = [
      [dep(2, { replicas: 3 }, { observedGeneration: 1 }), false, 'Waiting for deployment spec update to be observed...'],
      [dep(2, { replicas: 3 }, { observedGeneration: 2, conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }] }), false, 'deployment "web" exceeded its progress deadline'],
      [dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 4 }), false, 'Waiting for deployment "web" rollout to finish: 1 out of 3 new replicas have been updated...'],
      [dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 4 }), false, 'Waiting for deployment "web" rollout to finish: 1 old replicas are pending termination...'],
      [dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 2 }), false, 'Waiting for deployment "web" rollout to finish: 2 of 3 updated replicas are available...'],
      [dep(2, { replicas: 3 }, { observedGeneration: 2, updatedReplicas: 3, replicas: 3, availableReplicas: 3 }), true, 'deployment "web" successfully rolled out'],
    ];
    for (const [obj, done, sentence] of cases) {
      const st = deploymentStatus(obj);
      assert.equal(st.kubectl, sentence);
      assert.equal(st.done, done);
      assert.ok(statusText('Deployment', 'web', st, 'fr').length > 10);
    }
    assert.equal(deploymentStatus(dep(2, { replicas: 3 }, { observedGeneration: 2, conditions: [{ type: 'Progressing', reason: 'ProgressDeadlineExceeded' }] })).error, 'progressDeadlineExceeded');
    assert.equal(deploymentStatus(dep(1, {}, { observedGeneration: 1 }, { 'deployment.kubernetes.io/revision': '2' }), 3).error, 'revisionMismatch');
  });

  it('handles StatefulSets (partition) and DaemonSets (OnDelete is not followed)', () => {
    const sts = (spec: object, status: object): K8sObject => ({ apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db', generation: 1 }, spec, status } as K8sObject);
    const rolling = { type: 'RollingUpdate', rollingUpdate: { partition: 0 } };
    assert.equal(statefulSetStatus(sts({ replicas: 2, updateStrategy: rolling }, { observedGeneration: 1, readyReplicas: 1 })).kubectl, 'Waiting for 1 pods to be ready...');
    assert.equal(statefulSetStatus(sts({ replicas: 2, updateStrategy: rolling }, { observedGeneration: 1, readyReplicas: 2, updatedReplicas: 2 })).kubectl, 'partitioned roll out complete: 2 new pods have been updated...');
    assert.equal(statefulSetStatus(sts({ replicas: 2, updateStrategy: { type: 'RollingUpdate' } }, { observedGeneration: 1, readyReplicas: 2, updatedReplicas: 1, updateRevision: 'db-2', currentRevision: 'db-1' })).done, false);
    const ds = (spec: object, status: object): K8sObject => ({ apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent', generation: 1 }, spec, status } as K8sObject);
    assert.equal(daemonSetStatus(ds({ updateStrategy: { type: 'OnDelete' } }, {})).error, 'unsupportedStrategy');
    assert.equal(daemonSetStatus(ds({ updateStrategy: { type: 'RollingUpdate' } }, { observedGeneration: 1, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 })).kubectl,
      'Waiting for daemon set "agent" rollout to finish: 2 of 3 updated pods are available...');
  });
});

describe('rollout helpers', () => {
  it('parses kubectl TYPE/NAME references', () => {
    assert.deepEqual(parseWorkloadRef('deploy/web', 'ns'), { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', namespace: 'ns' });
    assert.equal(parseWorkloadRef('statefulsets.apps/db')?.kind, 'StatefulSet');
    assert.equal(parseWorkloadRef('ds/agent')?.kind, 'DaemonSet');
    assert.equal(parseWorkloadRef('pod/x'), undefined);
    assert.equal(parseWorkloadRef('web'), undefined);
  });

  it('picks the previous revision like kubectl (second highest), or the asked one', () => {
    const revs = [3, 1, 5].map((revision) => ({ revision, template: {}, images: [], source: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: `web-${revision}` } }, current: false }));
    assert.equal(pickRevision(revs, 0).revision, 3);
    assert.equal(pickRevision(revs, 1).revision, 1);
    assert.throws(() => pickRevision(revs, 4), /unable to find specified revision 4/);
    assert.throws(() => pickRevision(revs.slice(0, 1), 0), /no rollout history/);
    assert.equal(historyTable({ object: revs[0].source, revisions: revs.sort((a, b) => a.revision - b.revision) }).split('\n')[0], 'REVISION  CHANGE-CAUSE');
  });

  it('writes selectors and RFC 3339 timestamps like kubectl', () => {
    assert.equal(selectorString({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }, { key: 'x', operator: 'DoesNotExist' }] }), 'app=web,tier in (a,b),!x');
    assert.equal(rfc3339(new Date('2026-11-25T14:03:07.123Z')), '2026-11-25T14:03:07Z');
  });
});

describe('diff summary and unified diff', () => {
  const d = (image: string, replicas: number, labels: Record<string, string>): K8sObject => ({
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels },
    spec: { replicas, strategy: { type: 'RollingUpdate' }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image }] } } },
  });
  it('says what changes in the student\'s words', () => {
    assert.deepEqual(diffSummary(d('nginx:1.25', 2, { a: '1' }), d('nginx:1.27', 3, { a: '1', tier: 'front' }), 'fr'),
      ['Réplicas\u00a0: 2 → 3', 'Image du conteneur «\u00a0web\u00a0»\u00a0: nginx:1.25 → nginx:1.27', 'Label ajouté\u00a0: tier=front']);
    assert.deepEqual(diffSummary(undefined, d('nginx:1.27', 2, {}), 'fr'), ['Nouvel objet\u00a0: il sera créé.', 'Image\u00a0: nginx:1.27', 'Réplicas\u00a0: 2']);
    assert.deepEqual(diffSummary(d('x', 1, {}), d('x', 1, {}), 'fr'), ['Aucun changement\u00a0: le cluster a déjà cette version.']);
    const s: K8sObject = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { a: 'eA==' } };
    assert.deepEqual(diffSummary(s, { ...s, data: { a: 'eQ==' } }, 'fr'), ['Clé modifiée\u00a0: a']);
  });
  it('produces a unified diff with hunks', () => {
    const out = unifiedDiff('a\nb\nc\nd\n', 'a\nb\nX\nd\n', 'avant', 'après', 1);
    assert.equal(out, '--- avant\n+++ après\n@@ -2,3 +2,3 @@\n b\n-c\n+X\n d');
    assert.equal(unifiedDiff('a\n', 'a\n', 'x', 'y'), '');
  });
});
