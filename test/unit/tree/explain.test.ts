import * as assert from 'node:assert/strict';
import { catalogueOf, eventKey, explainEvent, explainState, hasStateExplanation } from '../../../core/cluster/explainCatalog';
import { containerState, podState, worstPodState } from '../../../core/cluster/explainPod';
import { cronJobState, deploymentState, ingressUrls, jobState, pvcState, serviceState } from '../../../core/cluster/explainWorkload';
import * as P from './fixtures/pods';

describe('Pod state (like kubectl get pods)', () => {
  const cases: [string, keyof typeof P, string, string, string, number][] = [
    // name, fixture, STATUS, READY, severity, restarts
    ['running', 'running', 'Running', '1/1', 'ok', 0],
    ['crash loop', 'crashLoop', 'CrashLoopBackOff', '0/1', 'error', 4],
    ['image pull', 'imagePull', 'ImagePullBackOff', '0/1', 'error', 0],
    ['unschedulable', 'unschedulable', 'Unschedulable', '0/1', 'warning', 0],
    ['creating', 'creating', 'ContainerCreating', '0/1', 'progress', 0],
    ['init running', 'initRunning', 'Init:1/2', '0/1', 'progress', 0],
    ['init crash', 'initCrash', 'Init:CrashLoopBackOff', '0/1', 'error', 3],
    ['terminating', 'terminating', 'Terminating', '1/1', 'progress', 0],
    ['job done', 'jobDone', 'Completed', '0/1', 'done', 0],
    ['readiness failing', 'notReady', 'Running', '0/1', 'warning', 0],
    ['sidecar config error', 'twoContainersOneReady', 'CreateContainerConfigError', '1/2', 'error', 1],
    ['evicted', 'evicted', 'Evicted', '0/1', 'error', 0],
  ];
  for (const [name, fx, status, ready, severity, restarts] of cases) {
    it(name, () => {
      const s = podState(P[fx]);
      assert.equal(s.status, status);
      assert.equal(`${s.ready}/${s.total}`, ready);
      assert.equal(s.severity, severity);
      assert.equal(s.restarts, restarts);
      assert.ok(hasStateExplanation(s.reasonKey), `no explanation for ${s.reasonKey}`);
    });
  }

  it('keeps the scheduler message and the failing container', () => {
    assert.match(podState(P.unschedulable).detail ?? '', /Insufficient cpu/);
    assert.equal(podState(P.twoContainersOneReady).container, 'proxy');
    assert.deepEqual(podState(P.oomLoop).lastTermination, { container: 'web', reason: 'OOMKilled', exitCode: 137 });
  });

  it('a readiness failure is explained as NotReady', () => {
    assert.equal(podState(P.notReady).reasonKey, 'NotReady');
  });

  it('worst state of several pods', () => {
    assert.equal(worstPodState([podState(P.running), podState(P.crashLoop), podState(P.creating)])?.status, 'CrashLoopBackOff');
  });

  it('container states', () => {
    assert.equal(containerState(P.crashLoop.status?.containerStatuses?.[0]).reasonKey, 'CrashLoopBackOff');
    assert.equal(containerState(P.running.status?.containerStatuses?.[0]).severity, 'ok');
    assert.equal(containerState(undefined).reasonKey, 'ContainerCreating');
  });
});

describe('Workload states', () => {
  const dep = (spec: object, status: object, generation = 1) => ({ metadata: { name: 'web', generation }, spec, status });
  it('Deployment ready, rolling, stuck, scaled to zero, paused', () => {
    assert.equal(deploymentState(dep({ replicas: 3 }, { observedGeneration: 1, replicas: 3, readyReplicas: 3, updatedReplicas: 3, availableReplicas: 3 })).reasonKey, 'WorkloadReady');
    assert.equal(deploymentState(dep({ replicas: 3 }, { observedGeneration: 1, replicas: 4, readyReplicas: 3, updatedReplicas: 1, availableReplicas: 3 })).reasonKey, 'RollingOut');
    assert.equal(deploymentState(dep({ replicas: 3 }, { observedGeneration: 1 }, 2)).reasonKey, 'RollingOut', 'generation not observed yet');
    const stuck = deploymentState(dep({ replicas: 1 }, { observedGeneration: 1, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: 'ReplicaSet "web-1" has timed out progressing.' }] }));
    assert.equal(stuck.severity, 'error');
    assert.equal(stuck.reasonKey, 'ProgressDeadlineExceeded');
    assert.equal(deploymentState(dep({ replicas: 0 }, { observedGeneration: 1 })).reasonKey, 'ScaledToZero');
    assert.equal(deploymentState(dep({ replicas: 1, paused: true }, { observedGeneration: 1 })).reasonKey, 'Paused');
    const quota = deploymentState(dep({ replicas: 1 }, { observedGeneration: 1, conditions: [{ type: 'ReplicaFailure', status: 'True', message: 'pods "web-x" is forbidden: exceeded quota' }] }));
    assert.equal(quota.reasonKey, 'ReplicaFailure');
  });

  it('Job and CronJob', () => {
    assert.equal(jobState({ metadata: { name: 'j' }, spec: { completions: 1 }, status: { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] } }).severity, 'done');
    assert.equal(jobState({ metadata: { name: 'j' }, status: { failed: 7, conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded' }] } }).reasonKey, 'JobFailed');
    assert.equal(jobState({ metadata: { name: 'j' }, status: { active: 1 } }).reasonKey, 'JobRunning');
    assert.equal(cronJobState({ metadata: { name: 'c' }, spec: { schedule: '*/5 * * * *', suspend: true } }).reasonKey, 'CronJobSuspended');
    assert.equal(cronJobState({ metadata: { name: 'c' }, spec: { schedule: '*/5 * * * *' }, status: { active: [{}] } }).args.active, 1);
  });

  it('Service endpoints from EndpointSlices', () => {
    const svc = { metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } };
    const slice = (svcName: string, ready: boolean[]) => ({
      metadata: { name: `${svcName}-x`, labels: { 'kubernetes.io/service-name': svcName } },
      endpoints: ready.map((r, i) => ({ addresses: [`10.0.0.${i}`], conditions: { ready: r } })),
    });
    assert.equal(serviceState(svc, [slice('web', [true, true, false]), slice('other', [true])]).args.ready, 2);
    assert.equal(serviceState(svc, [slice('web', [false])]).reasonKey, 'NoEndpoints');
    assert.equal(serviceState(svc, []).reasonKey, 'NoEndpoints');
    assert.equal(serviceState({ metadata: { name: 'x' }, spec: { type: 'ExternalName', externalName: 'db.example.org' } }, []).reasonKey, 'ExternalName');
  });

  it('Ingress URLs with TLS and paths', () => {
    const urls = ingressUrls({
      metadata: { name: 'web' },
      spec: {
        tls: [{ hosts: ['app.kub.sspcloud.fr'] }],
        rules: [
          { host: 'app.kub.sspcloud.fr', http: { paths: [{ path: '/', backend: { service: { name: 'web', port: { number: 80 } } } }] } },
          { host: 'api.example.org', http: { paths: [{ path: '/v1', backend: { service: { name: 'api', port: { name: 'http' } } } }] } },
        ],
      },
    });
    assert.deepEqual(urls, [
      { url: 'https://app.kub.sspcloud.fr/', service: 'web', port: '80' },
      { url: 'http://api.example.org/v1', service: 'api', port: 'http' },
    ]);
  });

  it('PVC', () => {
    assert.equal(pvcState({ metadata: { name: 'data' }, status: { phase: 'Bound', capacity: { storage: '1Gi' } } }).args.capacity, '1Gi');
    assert.equal(pvcState({ metadata: { name: 'data' }, status: { phase: 'Pending' } }).reasonKey, 'PvcPending');
  });
});

describe('Event explanations', () => {
  it('refines BackOff and Failed from the message', () => {
    assert.equal(eventKey({ reason: 'BackOff', message: 'Back-off pulling image "ngnix:1.27"' }), 'ImagePullBackOff');
    assert.equal(eventKey({ reason: 'BackOff', message: 'Back-off restarting failed container web in pod web-1' }), 'CrashLoopBackOff');
    assert.equal(eventKey({ reason: 'Failed', message: 'Error: ErrImagePull' }), 'ErrImagePull');
    assert.equal(eventKey({ reason: 'Failed', message: 'Error: ImagePullBackOff' }), 'ImagePullBackOff');
    assert.equal(eventKey({ reason: 'Scheduled', message: 'Successfully assigned ns/web to node-1' }), 'Scheduled');
  });

  it('explains the common reasons in French, and unknown ones generically', () => {
    for (const r of ['ImagePullBackOff', 'ErrImagePull', 'CrashLoopBackOff', 'FailedScheduling', 'Unhealthy', 'OOMKilled', 'BackOff', 'Killing',
      'Pulled', 'Created', 'Started', 'Scheduled', 'SuccessfulCreate', 'ScalingReplicaSet', 'FailedMount', 'FailedCreate']) {
      const e = explainEvent('fr', { reason: r, message: '' });
      assert.notEqual(e.text, catalogueOf('fr').events.unknownReason.text, r);
    }
    const unknown = explainEvent('fr', { reason: 'SomethingNew', message: 'x' });
    assert.match(unknown.text, /SomethingNew/);
  });

  it('fills placeholders', () => {
    assert.match(explainState('fr', 'RollingOut', { updated: 1, desired: 3, available: 2 }).text, /1\/3 réplica\(s\) à jour, 2 disponible/);
  });
});

describe('Explanation catalogues', () => {
  for (const part of ['states', 'events'] as const) {
    // Same keys, placeholders and typography in both languages: test/unit/i18n/catalogues.test.ts.
    it(`${part}: French sentences end with a period`, () => {
      for (const [k, e] of Object.entries(catalogueOf('fr')[part])) {
        for (const s of [e.text, e.cause, e.remedy]) if (s) assert.match(s, /[.)]$/, `${k}: « ${s} »`);
      }
    });
  }
});
