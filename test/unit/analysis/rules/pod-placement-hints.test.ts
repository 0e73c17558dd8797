import { analyze, deployment, expectAt, expectLanguages, expectNone } from '../helpers';

describe('rule pod-placement-hints (KA048, KA049, KA051)', () => {
  it('warns about nodeName, hints about a bare Pod, warns about kube-system', () => {
    const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\n  namespace: kube-system\nspec:\n  nodeName: minikube\n  containers:\n    - name: n\n      image: nginx:1.27\n';
    const r = analyze({ 'p.yaml': pod });
    expectLanguages(expectAt(r, { code: 'KA048', at: 'nodeName', severity: 'warning' }));
    expectLanguages(expectAt(r, { code: 'KA049', at: 'Pod\n', severity: 'information' }));
    expectLanguages(expectAt(r, { code: 'KA051', at: 'kube-system', severity: 'warning' }));
  });
  it('is silent for a Deployment in its own namespace, and for RBAC objects in kube-system', () => {
    expectNone(analyze({ 'd.yaml': deployment('a', 'app: a') }), 'KA048', 'KA049', 'KA051');
    expectNone(analyze({ 'rb.yaml': 'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: r\n  namespace: kube-system\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Role\n  name: extension-apiserver-authentication-reader\nsubjects: []\n' }), 'KA051');
  });
});
