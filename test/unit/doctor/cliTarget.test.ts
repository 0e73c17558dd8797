// `kube-apprenti doctor <type>/<nom>`: which targets are start points of the doctor.
import * as assert from 'node:assert/strict';
import { parseTarget } from '../../../cli/commands/doctor';

describe('doctor CLI target', () => {
  it('accepts kubectl names and short names', () => {
    assert.deepEqual(parseTarget('svc/web'), { kind: 'Service', name: 'web' });
    assert.deepEqual(parseTarget('deployment.apps/api-v2'), { kind: 'Deployment', name: 'api-v2' });
    assert.deepEqual(parseTarget('ing/front'), { kind: 'Ingress', name: 'front' });
    assert.deepEqual(parseTarget('job/migrate'), { kind: 'Job', name: 'migrate' });
  });
  it('refuses other kinds and malformed targets', () => {
    for (const bad of ['configmap/x', 'web', 'svc/', 'svc/Web', undefined]) assert.equal(parseTarget(bad), undefined, String(bad));
  });
});
