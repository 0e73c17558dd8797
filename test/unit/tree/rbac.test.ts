import * as assert from 'node:assert/strict';
import { levelOf, RbacCache, rulesAllow, type ResourceRule } from '../../../core/cluster/rbac';

import { ADMIN, CLUSTER_ADMIN, EDIT, VIEW } from './fixtures/rules';

describe('RBAC rules', () => {
  it('matches verb, group, resource and subresource', () => {
    assert.equal(rulesAllow(VIEW, 'list', '', 'pods'), true);
    assert.equal(rulesAllow(VIEW, 'delete', '', 'pods'), false);
    assert.equal(rulesAllow(VIEW, 'list', '', 'secrets'), false, 'view cannot read Secrets');
    assert.equal(rulesAllow(VIEW, 'get', '', 'pods/log'), true);
    assert.equal(rulesAllow(VIEW, 'list', 'apps', 'pods'), false, 'group matters');
    assert.equal(rulesAllow(EDIT, 'create', '', 'pods/portforward'), true);
    assert.equal(rulesAllow(EDIT, 'patch', 'apps', 'deployments/scale'), true);
    assert.equal(rulesAllow(CLUSTER_ADMIN, 'delete', 'apps', 'deployments/scale'), true);
    assert.equal(rulesAllow([{ verbs: ['get'], apiGroups: [''], resources: ['pods/*'] }], 'get', '', 'pods/log'), true);
  });

  it('honours resourceNames', () => {
    const r: ResourceRule[] = [{ verbs: ['delete'], apiGroups: [''], resources: ['pods'], resourceNames: ['web-0'] }];
    assert.equal(rulesAllow(r, 'delete', '', 'pods', 'web-0'), true);
    assert.equal(rulesAllow(r, 'delete', '', 'pods', 'web-1'), false);
    assert.equal(rulesAllow(r, 'delete', '', 'pods'), false);
  });

  it('names the level like the built-in roles', () => {
    assert.equal(levelOf(VIEW), 'view');
    assert.equal(levelOf(EDIT), 'edit');
    assert.equal(levelOf(ADMIN), 'admin');
    assert.equal(levelOf(CLUSTER_ADMIN), 'admin');
    assert.equal(levelOf([]), 'none');
  });
});

describe('RbacCache', () => {
  it('runs one SelfSubjectRulesReview per namespace and caches it', async () => {
    const calls: string[] = [];
    const cache = new RbacCache(async (path, body) => {
      calls.push(`${path} ${JSON.stringify((body as { spec: unknown }).spec)}`);
      return { status: { resourceRules: EDIT, incomplete: false } };
    });
    assert.equal(await cache.can('ns', 'delete', '', 'pods'), true);
    assert.equal(await cache.can('ns', 'create', 'rbac.authorization.k8s.io', 'rolebindings'), false);
    assert.equal((await cache.review('ns')).level, 'edit');
    assert.equal(cache.peek('ns')?.level, 'edit');
    assert.deepEqual(calls, ['/apis/authorization.k8s.io/v1/selfsubjectrulesreviews {"namespace":"ns"}']);
  });

  it('falls back to a SelfSubjectAccessReview when the rules are incomplete', async () => {
    const paths: string[] = [];
    const cache = new RbacCache(async (path, body) => {
      paths.push(path);
      if (path.endsWith('selfsubjectrulesreviews')) return { status: { resourceRules: VIEW, incomplete: true } };
      const attrs = (body as { spec: { resourceAttributes: { verb: string; resource: string; subresource?: string } } }).spec.resourceAttributes;
      return { status: { allowed: attrs.verb === 'create' && attrs.resource === 'pods' && attrs.subresource === 'portforward' } };
    });
    assert.equal(await cache.can('ns', 'create', '', 'pods/portforward'), true);
    assert.equal(await cache.can('ns', 'delete', '', 'pods'), false);
    assert.equal(await cache.can('ns', 'list', '', 'pods'), true, 'allowed by the rules: no review needed');
    assert.equal(paths.filter((p) => p.endsWith('selfsubjectaccessreviews')).length, 2);
  });

  it('a failed review gives level none with the error, and is retried next time', async () => {
    let n = 0;
    const cache = new RbacCache(async () => {
      n++;
      if (n === 1) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
      return { status: { resourceRules: VIEW } };
    });
    const first = await cache.review('ns');
    assert.equal(first.level, 'none');
    assert.equal((first.error as { kind?: string }).kind, 'unreachable');
    await new Promise((r) => setTimeout(r, 1));
    assert.equal((await cache.review('ns')).level, 'view');
  });
});
