import assert from 'node:assert/strict';
import { serviceTarget } from '../../../../core/analysis/rules/env-service-name';
import { analyze, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

const env = (name: string, value: string) => `          env:\n            - name: ${name}\n              value: "${value}"\n`;

describe('rule env-service-name (KA014)', () => {
  it('hints when a *_HOST value names no Service', () => {
    const r = analyze({ 'd.yaml': deployment('app', 'app: a', '', env('REDIS_HOST', 'redis')), 's.yaml': service('redis-master', 'app: a') });
    expectLanguages(expectAt(r, { code: 'KA014', file: 'd.yaml', at: '"redis"', severity: 'information' }));
  });
  it('accepts existing Services, external names and workspaces without Services', () => {
    const s = service('redis', 'app: a');
    expectNone(analyze({ 'd.yaml': deployment('app', 'app: a', '', env('REDIS_HOST', 'redis:6379')), 's.yaml': s }), 'KA014');
    expectNone(analyze({ 'd.yaml': deployment('app', 'app: a', '', env('API_URL', 'https://api.example.com/v1')), 's.yaml': s }), 'KA014');
    expectNone(analyze({ 'd.yaml': deployment('app', 'app: a', '', env('REDIS_HOST', 'redis')) }), 'KA014');
    // No Service with a close name: probably an external host (a managed database), no hint.
    expectNone(analyze({ 'd.yaml': deployment('app', 'app: a', '', env('DB_HOST', 'postgres')), 's.yaml': s }), 'KA014');
  });
  it('parses service targets', () => {
    assert.deepEqual(serviceTarget('redis:6379'), { host: 'redis' });
    assert.deepEqual(serviceTarget('http://user:pw@api.prod.svc.cluster.local:80/x'), { host: 'api', namespace: 'prod' });
    assert.equal(serviceTarget('localhost:6379'), undefined);
    assert.equal(serviceTarget('example.com'), undefined);
  });
});
