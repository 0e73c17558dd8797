import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

const vol = (claim: string) => `      volumes:
        - name: data
          persistentVolumeClaim:
            claimName: ${claim}
`;
const pvc = (name: string) => `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ${name}\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 1Gi\n`;

describe('rule pvc-missing (KA017 PVC)', () => {
  it('warns when the workspace defines other PVCs, hints otherwise', () => {
    const r = analyze({ 'd.yaml': deployment('b', 'app: b', vol('redis-data')), 'p.yaml': pvc('redis-datas') });
    expectLanguages(expectAt(r, { code: 'KA017', file: 'd.yaml', at: 'redis-data\n', severity: 'warning', messageKey: 'KA017.pvc' }));
    expectAt(analyze({ 'd.yaml': deployment('b', 'app: b', vol('redis-data')) }), { code: 'KA017', at: 'redis-data', severity: 'information' });
  });
  it('accepts a defined PVC and a StatefulSet claim template of the same name', () => {
    expectNone(analyze({ 'd.yaml': deployment('b', 'app: b', vol('data')), 'p.yaml': pvc('data') }), 'KA017');
    const sts = deployment('db', 'app: db', vol('datadir')).replace('kind: Deployment', 'kind: StatefulSet')
      + '  volumeClaimTemplates:\n    - metadata:\n        name: datadir\n      spec:\n        accessModes: [ReadWriteOnce]\n        resources:\n          requests:\n            storage: 1Gi\n';
    expectNone(analyze({ 's.yaml': sts.replace('spec:\n  selector', 'spec:\n  serviceName: db\n  selector') }), 'KA017');
  });
});
