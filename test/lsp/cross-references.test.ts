// KA076-KA078 where the user meets them: a course-like app folder with a misspelt Ingress TLS Secret, HPA target
// and RoleBinding ServiceAccount → the language server over stdio publishes the three diagnostics on the right
// lines, in French (and in English with `langue: en`), and the built CLI (`node dist/cli.js check --format json`)
// reports the same findings (code, line, message).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DiagnosticsClient, messageOf, SERVER } from './diagnostics.client';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');
const CODES = ['KA076', 'KA077', 'KA078'];

const FILES: Record<string, string> = {
  'k8s/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: robot
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
          resources:
            requests: {cpu: 100m, memory: 64Mi}
            limits: {memory: 128Mi}
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`,
  'k8s/secret-tls.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: web-tls
type: kubernetes.io/tls
stringData:
  tls.crt: certificat
  tls.key: cle
`,
  'k8s/ingress.yaml': `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  ingressClassName: nginx
  tls:
    - hosts: [web.example.com]
      secretName: web-tsl
  rules:
    - host: web.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`,
  'k8s/hpa.yaml': `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: wbe
  minReplicas: 1
  maxReplicas: 5
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 70
`,
  'k8s/rbac.yaml': `apiVersion: v1
kind: ServiceAccount
metadata:
  name: robot
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: lecteur-pods
rules:
  - apiGroups: [""]
    resources: [pods]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: lecture-pods
subjects:
  - kind: ServiceAccount
    name: robbot
roleRef:
  kind: Role
  name: lecteur-pods
  apiGroup: rbac.authorization.k8s.io
`,
};

/** Where each mistake is: file, 0-based line and character of the misspelt name. */
const EXPECTED = [
  { code: 'KA076', file: 'k8s/ingress.yaml', line: 8, character: 18 },
  { code: 'KA077', file: 'k8s/hpa.yaml', line: 8, character: 10 },
  { code: 'KA078', file: 'k8s/rbac.yaml', line: 20, character: 10 },
];

const FR = {
  KA076: /^Le Secret TLS `web-tsl` n’est défini dans aucun manifeste du namespace `default` \(Secrets\u00a0: `web-tls`\)\. Vouliez-vous `web-tls`\u00a0\? .*type `kubernetes\.io\/tls`\.$/,
  KA077: /^Le Deployment `wbe` visé par `scaleTargetRef` n’est défini dans aucun manifeste du namespace `default` \(existants\u00a0: `web`\)\. Vouliez-vous `web`\u00a0\?/,
  KA078: /^Le ServiceAccount `robbot` \(sujet de `RoleBinding lecture-pods`\) n’est défini dans aucun manifeste du namespace `default` \(ServiceAccounts\u00a0: `robot`\)\. Vouliez-vous `robot`\u00a0\?/,
};
const EN = {
  KA076: /^TLS Secret `web-tsl` is not defined in any manifest of namespace `default` \(Secrets: `web-tls`\)\. Did you mean `web-tls`\? .*type `kubernetes\.io\/tls`\.$/,
  KA077: /^The Deployment `wbe` named by `scaleTargetRef` is not defined in any manifest of namespace `default` \(existing: `web`\)\. Did you mean `web`\?/,
  KA078: /^ServiceAccount `robbot` \(subject of `RoleBinding lecture-pods`\) is not defined in any manifest of namespace `default` \(ServiceAccounts: `robot`\)\. Did you mean `robot`\?/,
};

function ours(c: DiagnosticsClient): Array<{ file: string; d: Diagnostic }> {
  const out: Array<{ file: string; d: Diagnostic }> = [];
  for (const file of Object.keys(FILES)) for (const d of c.of(file)) if (CODES.includes(String(d.code))) out.push({ file, d });
  return out;
}

describe('language server and CLI: missing cross-references (KA076, KA077, KA078)', function () {
  this.timeout(60000);
  let c: DiagnosticsClient;
  before(function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
  });
  afterEach(async () => { await c?.stop(); });

  for (const [lang, texts] of [['fr', FR], ['en', EN]] as const) {
    it(`publishes the three diagnostics on the misspelt names (${lang}), as the built CLI reports them`, async () => {
      c = new DiagnosticsClient(FILES);
      await c.start({ langue: lang });
      await c.waitFor(() => ours(c).length === 3, 'KA076, KA077 and KA078');
      for (const e of EXPECTED) {
        const hits = c.of(e.file).filter((d) => d.code === e.code);
        assert.equal(hits.length, 1, `${e.code} in ${e.file}`);
        const d = hits[0];
        assert.deepEqual(d.range.start, { line: e.line, character: e.character }, e.code);
        assert.equal(d.severity, 2, `${e.code} is a warning`);
        assert.match(messageOf(d), texts[e.code as keyof typeof texts]);
        assert.match(d.codeDescription!.href, new RegExp(`docs/regles/${e.code}-[a-z-]+\\.md$`));
      }
      const json = execFileSync(process.execPath, [CLI, 'check', c.root, '--format', 'json', '--langue', lang], { encoding: 'utf8' });
      const cli = (JSON.parse(json) as Array<{ code: string; file: string; line: number; column: number; message: string }>)
        .filter((f) => CODES.includes(f.code))
        .map((f) => ({ code: f.code, file: f.file.replace(/\\/g, '/').replace(/^.*?(k8s\/)/, '$1'), line: f.line, column: f.column, message: f.message }));
      const lsp = ours(c).map(({ file, d }) => ({ code: String(d.code), file, line: d.range.start.line + 1, column: d.range.start.character + 1, message: messageOf(d) }));
      const order = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
      assert.deepEqual(cli.sort(order), lsp.sort(order));
    });
  }

  it('clears a diagnostic once the missing object is created on disk', async () => {
    c = new DiagnosticsClient(FILES);
    await c.start({ langue: 'fr' });
    await c.waitFor(() => c.codes('k8s/rbac.yaml').includes('KA078'), 'KA078');
    c.write('k8s/robbot.yaml', 'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: robbot\n');
    await c.watched([{ rel: 'k8s/robbot.yaml', type: 1 }]);
    await c.waitFor(() => !c.codes('k8s/rbac.yaml').includes('KA078'), 'KA078 cleared');
    assert.ok(c.codes('k8s/hpa.yaml').includes('KA077'));
  });
});
