// The write API's requests (patch bodies, patch types, subresource, field manager) and its error texts. The proof
// against a real API server is test/cluster/ (rollout, labs-checks, treeInspect, cli).
import * as assert from 'node:assert/strict';
import { kubectlApplyCommand } from '../../../core/cluster/apply/report';
import { ClusterError } from '../../../core/cluster/errors';
import type { ClusterGateway } from '../../../core/cluster/gateway';
import type { Revision } from '../../../core/cluster/rollout/history';
import { RolloutError } from '../../../core/cluster/rollout/messages';
import type { ApiObjectRef, K8sObject } from '../../../core/cluster/types';
import {
  deleteObject, describeWriteError, FIELD_MANAGER, RESTARTED_AT, rolloutRestart, scaleWorkload, setPaused, undoPatch,
} from '../../../core/cluster/write';

interface Call { op: string; ref: ApiObjectRef; body?: unknown; type?: string; opts?: Record<string, unknown>; sub?: string }

/** Records what the write functions ask of the gateway; `objects` answers get(). */
function recorder(objects: Record<string, K8sObject>, fail?: Error): { gw: ClusterGateway; calls: Call[] } {
  const calls: Call[] = [];
  const gw = {
    async get(ref: ApiObjectRef, sub?: string) {
      calls.push({ op: 'get', ref, sub });
      const o = objects[sub ? `${ref.name}/${sub}` : ref.name];
      if (!o) throw new ClusterError({ kind: 'notFound', name: ref.name });
      return o;
    },
    async patch(ref: ApiObjectRef, body: unknown, type: string, opts: Record<string, unknown>) {
      calls.push({ op: 'patch', ref, body, type, opts });
      return { body: { ...objects[ref.name], patched: body }, warnings: [], status: 200 };
    },
    async delete(ref: ApiObjectRef, opts: Record<string, unknown>) {
      calls.push({ op: 'delete', ref, opts });
      if (fail) throw fail;
      return { body: {}, warnings: [], status: 200 };
    },
  };
  return { gw: gw as unknown as ClusterGateway, calls };
}

const deploy = (spec: Record<string, unknown> = {}): K8sObject => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'demo' }, spec });
const ref = { apiVersion: 'apps/v1' as const, kind: 'Deployment' as const, name: 'web', namespace: 'demo' };

describe('write API', () => {
  it('one field manager, named in the apply\'s kubectl equivalent', () => {
    assert.equal(FIELD_MANAGER, 'kube-apprenti');
    assert.equal(kubectlApplyCommand({ files: ['web.yaml'], namespace: 'demo' }), 'kubectl apply --server-side --field-manager=kube-apprenti -f web.yaml -n demo');
  });

  it('scale: merge patch of the scale subresource, previous count returned; negative counts refused', async () => {
    const { gw, calls } = recorder({ 'web/scale': { apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name: 'web' }, spec: { replicas: 2 } } });
    assert.deepEqual(await scaleWorkload(gw, ref, 4, { dryRun: true }), { from: 2, to: 4 });
    const p = calls.find((c) => c.op === 'patch');
    assert.deepEqual(p?.body, { spec: { replicas: 4 } });
    assert.equal(p?.type, 'merge');
    assert.deepEqual(p?.opts, { subresource: 'scale', dryRun: true, fieldManager: FIELD_MANAGER });
    await assert.rejects(scaleWorkload(gw, ref, -1), (e: unknown) => e instanceof RolloutError && e.refusal.code === 'badReplicas');
    await assert.rejects(scaleWorkload(gw, ref, 1.5), (e: unknown) => e instanceof RolloutError && e.refusal.code === 'badReplicas');
  });

  it('restart: strategic patch of the template\'s restartedAt (RFC 3339 seconds); refused when paused; no-op within the same second', async () => {
    const now = new Date('2026-03-01T10:20:30.456Z');
    const { gw, calls } = recorder({ web: deploy() });
    assert.equal((await rolloutRestart(gw, ref, { now })).changed, true);
    const p = calls.find((c) => c.op === 'patch');
    assert.deepEqual(p?.body, { spec: { template: { metadata: { annotations: { [RESTARTED_AT]: '2026-03-01T10:20:30Z' } } } } });
    assert.equal(p?.type, 'strategic');
    assert.equal(p?.opts?.fieldManager, FIELD_MANAGER);
    assert.equal(p?.ref.namespace, 'demo');
    const same = recorder({ web: deploy({ template: { metadata: { annotations: { [RESTARTED_AT]: '2026-03-01T10:20:30Z' } } } }) });
    assert.equal((await rolloutRestart(same.gw, ref, { now })).changed, false);
    assert.equal(same.calls.filter((c) => c.op === 'patch').length, 0);
    await assert.rejects(rolloutRestart(recorder({ web: deploy({ paused: true }) }).gw, ref), (e: unknown) => e instanceof RolloutError && e.refusal.code === 'pausedRestart');
  });

  it('pause/resume: spec.paused true, then null (removed); Deployments only', async () => {
    const paused = recorder({ web: deploy({ paused: true }) });
    assert.deepEqual(await setPaused(paused.gw, ref, false), { changed: true });
    assert.deepEqual(paused.calls.find((c) => c.op === 'patch')?.body, { spec: { paused: null } });
    const running = recorder({ web: deploy() });
    assert.deepEqual(await setPaused(running.gw, ref, true), { changed: true });
    assert.deepEqual(running.calls.find((c) => c.op === 'patch')?.body, { spec: { paused: true } });
    assert.deepEqual(await setPaused(paused.gw, ref, true), { changed: false });
    await assert.rejects(setPaused(running.gw, { ...ref, kind: 'StatefulSet' }, true), (e: unknown) => e instanceof RolloutError && e.refusal.code === 'notSupported');
  });

  it('undo: kubectl\'s JSON patch keeps the Deployment\'s own annotations and takes the revision\'s others', () => {
    const target: Revision = {
      revision: 1, template: { metadata: { labels: { app: 'web' } } }, images: ['nginx:1.27'], current: false,
      source: { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-1', annotations: { 'deployment.kubernetes.io/revision': '1', 'kubernetes.io/change-cause': 'v1' } } },
    };
    const own = { 'deployment.kubernetes.io/revision': '2', 'kubernetes.io/change-cause': 'v2', 'team': 'a' };
    assert.deepEqual(undoPatch(own, target), [
      { op: 'replace', path: '/spec/template', value: { metadata: { labels: { app: 'web' } } } },
      { op: 'replace', path: '/metadata/annotations', value: { 'deployment.kubernetes.io/revision': '2', 'kubernetes.io/change-cause': 'v1' } },
    ]);
  });

  it('delete: propagation policy passed on; an absent object is fine only when asked', async () => {
    const ok = recorder({});
    assert.equal(await deleteObject(ok.gw, ref, { propagationPolicy: 'Background' }), true);
    assert.deepEqual(ok.calls[0].opts, { dryRun: undefined, propagationPolicy: 'Background' });
    const gone = new ClusterError({ kind: 'notFound', name: 'web' });
    assert.equal(await deleteObject(recorder({}, gone).gw, ref, { ignoreNotFound: true }), false);
    await assert.rejects(deleteObject(recorder({}, gone).gw, ref), gone);
    const denied = new ClusterError({ kind: 'forbidden', verb: 'delete', resource: 'pods', namespace: 'demo', message: 'x' });
    await assert.rejects(deleteObject(recorder({}, denied).gw, ref, { ignoreNotFound: true }), denied);
  });

  it('errors: kubectl-like refusals and API errors in French or English, never JSON', () => {
    const refusal = new RolloutError({ code: 'pausedRestart' });
    assert.match(describeWriteError(refusal, 'fr'), /en pause/);
    assert.match(describeWriteError(refusal, 'en'), /paused deployment/);
    const denied = new ClusterError({ kind: 'forbidden', verb: 'patch', resource: 'deployments', group: 'apps', namespace: 'demo', message: 'x' });
    const fr = describeWriteError(denied, 'fr', { currentRole: 'view', roleNamespace: 'demo' });
    const en = describeWriteError(denied, 'en', { currentRole: 'view', roleNamespace: 'demo' });
    assert.notEqual(fr, en);
    assert.match(fr, /view/);
    assert.doesNotMatch(fr, /[{}]/);
  });
});
