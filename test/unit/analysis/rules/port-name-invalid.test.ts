import { analyze, deployment, expectAt, expectLanguages, expectNone, service } from '../helpers';

describe('rule port-name-invalid (KA057)', () => {
  it('reports container port names breaking the IANA rules', () => {
    const d = deployment('a', 'app: a', '', "          ports:\n            - name: Http_Server_Principal\n              containerPort: 3000\n            - name: '123456'\n              containerPort: 3001\n");
    const r = analyze({ 'd.yaml': d });
    expectLanguages(expectAt(r, { code: 'KA057', at: 'Http_Server_Principal', severity: 'error', messageKey: 'KA057.length' }));
    expectAt(r, { code: 'KA057', at: "'123456'", messageKey: 'KA057.letter' });
  });
  it('explains a quoted numeric targetPort, and accepts a numeric Service port name', () => {
    expectLanguages(expectAt(analyze({ 's.yaml': service('a', 'app: a', '    - port: 80\n      targetPort: "8080"\n') }), { code: 'KA057', at: '"8080"', messageKey: 'KA057.quoted' }));
    expectNone(analyze({ 's.yaml': service('a', 'app: a', '    - port: 80\n      name: "80"\n') }), 'KA057');
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a', '', '          ports:\n            - name: http-server\n              containerPort: 3000\n') }), 'KA057');
  });
});
