import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const env = (value: string) => `          env:\n            - name: REDIS_URL\n              value: ${value}\n`;

describe('rule localhost-env (KA016)', () => {
  it('reports localhost:<port> when no container of the Pod listens on it', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('g', 'app: g', '', env('localhost:6379')) }), { code: 'KA016', at: 'localhost:6379', severity: 'warning' }));
  });
  it('accepts a port declared in the Pod, and values without localhost', () => {
    expectNone(analyze({ 'd.yaml': deployment('g', 'app: g', '', env('localhost:6379') + '          ports:\n            - containerPort: 6379\n') }), 'KA016');
    expectNone(analyze({ 'd.yaml': deployment('g', 'app: g', '', env('redis:6379')) }), 'KA016');
  });
});
