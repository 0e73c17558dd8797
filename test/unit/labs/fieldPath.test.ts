import * as assert from 'node:assert/strict';
import { evaluatePath, expectationHolds, looseEqual, parsePath } from '../../../core/labs/checks/fieldPath';

const deploy = {
  metadata: { name: 'web', annotations: { 'deployment.kubernetes.io/revision': '3' } },
  spec: { template: { spec: { containers: [
    { name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }], env: [{ name: 'REDIS_URL', value: 'redis:6379' }, { name: 'X', value: '1' }] },
    { name: 'side', image: 'busybox:1.36' },
  ] } } },
};

describe('labs: field paths', () => {
  it('parses keys, indexes, [*], [k=v] and quoted keys', () => {
    assert.deepEqual(parsePath('a.b[0][*][name=X]["x.y/z"]'), [
      { k: 'key', key: 'a' }, { k: 'key', key: 'b' }, { k: 'index', index: 0 }, { k: 'any' },
      { k: 'where', key: 'name', value: 'X' }, { k: 'key', key: 'x.y/z' },
    ]);
    assert.throws(() => parsePath('a[=x]'), /chemin invalide/);
    assert.throws(() => parsePath('a[0'), /chemin invalide/);
  });

  it('evaluates paths to every reached value', () => {
    assert.deepEqual(evaluatePath(deploy, 'spec.template.spec.containers[0].ports[0].containerPort'), [80]);
    assert.deepEqual(evaluatePath(deploy, 'spec.template.spec.containers[*].image'), ['nginx:1.27', 'busybox:1.36']);
    assert.deepEqual(evaluatePath(deploy, 'spec.template.spec.containers[0].env[name=REDIS_URL].value'), ['redis:6379']);
    assert.deepEqual(evaluatePath(deploy, 'metadata.annotations["deployment.kubernetes.io/revision"]'), ['3']);
    assert.deepEqual(evaluatePath(deploy, 'spec.nope[3].x'), []);
  });

  it('compares scalars by text and maps structurally', () => {
    assert.ok(looseEqual(6379, '6379'));
    assert.ok(!looseEqual(6379, '6380'));
    assert.ok(looseEqual({ a: 1, b: ['x'] }, { b: ['x'], a: '1' }));
    assert.ok(!looseEqual({ a: 1 }, { a: 1, b: 2 }));
  });

  it('applies expectations: égal, correspond, contient, min/max, absent', () => {
    assert.ok(expectationHolds([80], { equals: '80' }));
    assert.ok(!expectationHolds([80], { equals: 81 }));
    assert.ok(expectationHolds(['nginx:1.27'], { matches: '^nginx:1\\.\\d+$' }));
    assert.ok(expectationHolds([{ app: 'redis', tier: 'backend', x: 'y' }], { contains: { app: 'redis', tier: 'backend' } }));
    assert.ok(!expectationHolds([{ app: 'redis' }], { contains: { app: 'redis', tier: 'backend' } }));
    assert.ok(expectationHolds([['ReadWriteOnce']], { contains: 'ReadWriteOnce' }));
    assert.ok(expectationHolds([3], { min: 3, max: 5 }));
    assert.ok(!expectationHolds([2], { min: 3 }));
    assert.ok(!expectationHolds(['abc'], { min: 1 }));
    assert.ok(expectationHolds([], { absent: true }));
    assert.ok(!expectationHolds(['x'], { absent: true }));
    assert.ok(expectationHolds(['x'], {}));
    assert.ok(!expectationHolds([], {}));
  });
});
