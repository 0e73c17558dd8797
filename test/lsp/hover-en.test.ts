// Hovers in English over stdio: the built server (`node esbuild.mjs` first) initialised with
// `kubeApprenti.langue: en` answers with the English catalogue on containerPort, selector and readinessProbe.
import { strict as assert } from 'node:assert';
import { existsSync } from 'node:fs';
import { FeatureClient, SERVER } from './features.client';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: 80
`;
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 80
`;

interface MarkupHover { contents: { kind: string; value: string } }

const FRENCH = /[àâçéèêîôûœ«»]|Exemple|Erreur fréquente/;

describe('LSP over stdio: hovers in English (initializationOptions langue = en)', function () {
  this.timeout(30000);
  let c: FeatureClient;

  before(async function () {
    assert.ok(existsSync(SERVER), `${SERVER} missing: run node esbuild.mjs first`);
    c = new FeatureClient({ 'app/deployment.yaml': DEPLOYMENT, 'app/service.yaml': SERVICE });
    const init = await c.start({ kubeApprenti: { langue: 'en' } }) as { capabilities: Record<string, unknown> };
    assert.equal(init.capabilities.hoverProvider, true);
  });

  after(async () => {
    await c?.stop();
  });

  const hover = async (rel: string, needle: string): Promise<string> => {
    const h = await c.request<MarkupHover | null>('textDocument/hover', rel, c.pos(rel, needle, 2));
    assert.ok(h, `no hover on ${needle}`);
    assert.equal(h.contents.kind, 'markdown');
    return h.contents.value;
  };

  it('explains containerPort in English', async () => {
    const md = await hover('app/deployment.yaml', 'containerPort');
    assert.match(md, /^\*\*`containerPort`\*\* · \*integer\* — `ContainerPort`/);
    assert.match(md, /Number of the port the application listens on inside the container/);
    assert.match(md, /\*\*Common mistake:\*\* It must match what the application really listens on/);
    assert.match(md, /\*Required field\.\*/);
    assert.doesNotMatch(md, FRENCH, md);
  });

  it('explains a Service selector in English, with the Pods it matches', async () => {
    const md = await hover('app/service.yaml', 'selector');
    assert.match(md, /^This selector matches: \n- Deployment `web` \(deployment\.yaml, line 1\)/);
    assert.match(md, /The heart of the Service: it sends traffic to the Pods that carry \*\*all\*\* these labels/);
    assert.match(md, /`kubectl explain service\.spec\.selector`/);
    assert.doesNotMatch(md, FRENCH, md);
  });

  it('explains readinessProbe in English', async () => {
    const md = await hover('app/deployment.yaml', 'readinessProbe');
    assert.match(md, /Readiness probe: “Are you ready to receive traffic\?”/);
    assert.match(md, /Example:\n```yaml\nreadinessProbe:/);
    assert.doesNotMatch(md, FRENCH, md);
    assert.equal(c.stderr.includes('Error'), false, c.stderr);
  });
});
