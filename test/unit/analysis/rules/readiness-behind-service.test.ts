import { analyze, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

describe('rule readiness-behind-service (KA059)', () => {
  it('hints when a workload behind a Service has no readiness probe', () => {
    expectLanguages(expectAt(analyze({ 'd.yaml': deployment('web', 'app: web'), 's.yaml': service('web', 'app: web') }), { code: 'KA059', file: 'd.yaml', at: 'name: app', severity: 'information' }));
  });
  it('is silent with a readiness probe or without Service', () => {
    const probe = '          readinessProbe:\n            httpGet:\n              path: /\n              port: 80\n';
    expectNone(analyze({ 'd.yaml': deployment('web', 'app: web', '', probe), 's.yaml': service('web', 'app: web') }), 'KA059');
    expectNone(analyze({ 'd.yaml': deployment('web', 'app: web') }), 'KA059');
  });
});
