import { analyze, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

const sts = (serviceName: string) => deployment('web', 'app: nginx').replace('kind: Deployment', 'kind: StatefulSet').replace('spec:\n  selector', `spec:\n  serviceName: ${serviceName}\n  selector`);

describe('rule statefulset-service (KA015)', () => {
  it('warns when the headless Service is missing and other Services exist', () => {
    const r = analyze({ 'sts.yaml': sts('nginx'), 's.yaml': service('frontend', 'app: f') });
    expectLanguages(expectAt(r, { code: 'KA015', file: 'sts.yaml', at: 'nginx\n', severity: 'warning' }));
  });
  it('reports a Service that is not headless', () => {
    expectAt(analyze({ 'sts.yaml': sts('nginx'), 's.yaml': service('nginx', 'app: nginx') }), { code: 'KA015', file: 'sts.yaml', at: 'nginx\n', messageKey: 'KA015.notHeadless' });
  });
  it('accepts a headless Service, and only hints when no Service is in the workspace', () => {
    const headless = service('nginx', 'app: nginx').replace('spec:\n', 'spec:\n  clusterIP: None\n');
    expectNone(analyze({ 'sts.yaml': sts('nginx'), 's.yaml': headless }), 'KA015');
    expectAt(analyze({ 'sts.yaml': sts('nginx') }), { code: 'KA015', at: 'nginx\n', severity: 'information' });
  });
});
