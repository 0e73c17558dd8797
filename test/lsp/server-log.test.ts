// The language server's own log (window/logMessage), over stdio: with KUBE_APPRENTI_TRACE=1 its timing lines (folder
// scan, each analysis) are written in the language of its settings — initializationOptions, then
// didChangeConfiguration — French with French typography, English without a French word.
import { strict as assert } from 'node:assert';
import { DiagnosticsClient } from './diagnostics.client';

const DEPLOY = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;
const SVC = `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector: {app: api}
  ports:
    - port: 80
`;

/** Starts a server with KUBE_APPRENTI_TRACE=1 (the spawned process inherits the variable). */
async function traced(langue: 'fr' | 'en'): Promise<DiagnosticsClient> {
  const c = new DiagnosticsClient({ 'k8s/web.yaml': DEPLOY, 'k8s/api.yaml': SVC });
  const before = process.env.KUBE_APPRENTI_TRACE;
  process.env.KUBE_APPRENTI_TRACE = '1';
  try {
    await c.start({ langue });
  } finally {
    if (before === undefined) delete process.env.KUBE_APPRENTI_TRACE;
    else process.env.KUBE_APPRENTI_TRACE = before;
  }
  await c.conn.sendRequest('kubeApprenti/analyseTerminee');
  return c;
}

const lines = (c: DiagnosticsClient): string[] => c.logs.map((l) => l.message);

describe('language server log in the language of the settings', function () {
  this.timeout(60000);
  let c: DiagnosticsClient | undefined;
  afterEach(async () => { await c?.stop(); c = undefined; });

  it('English with langue en: scan and analysis timings', async () => {
    c = await traced('en');
    const log = lines(c);
    assert.ok(log.some((l) => /^kube-apprenti: \[\d+ ms\] 2 YAML files found$/.test(l)), log.join('\n'));
    assert.ok(log.some((l) => /^kube-apprenti: \[\d+ ms\] files read$/.test(l)), log.join('\n'));
    assert.ok(log.some((l) => /^kube-apprenti: \[\d+ ms\] analysis [\d.]+ ms \(reading\) \+ [\d.]+ ms \(rules, sending\), [\d.]+ ms of CPU; \d+ file\(s\) changed$/.test(l)), log.join('\n'));
    assert.deepEqual(log.filter((l) => /[àâçéèêëîïôûùœ\u00a0]|fichier|analyse /.test(l)), []);
  });

  it('French with langue fr (French typography), then English after didChangeConfiguration', async () => {
    c = await traced('fr');
    const log = lines(c);
    assert.ok(log.some((l) => /^kube-apprenti: \[\d+ ms\] 2 fichiers YAML trouvés$/.test(l)), log.join('\n'));
    assert.ok(log.some((l) => /^kube-apprenti: \[\d+ ms\] fichiers lus$/.test(l)), log.join('\n'));
    assert.ok(log.some((l) => /^kube-apprenti: \[\d+ ms\] analyse [\d.]+ ms \(lecture\) \+ [\d.]+ ms \(règles, envoi\), [\d.]+ ms de processeur\u00a0; \d+ fichier\(s\) modifié\(s\)$/.test(l)), log.join('\n'));
    assert.deepEqual(log.filter((l) => / [;:!?]/.test(l)), []);
    const seen = c.logs.length;
    await c.conn.sendNotification('workspace/didChangeConfiguration', { settings: { kubeApprenti: { langue: 'en' } } });
    await c.open('k8s/web.yaml', DEPLOY.replace('nginx:1.27', 'nginx:1.28'));
    await c.conn.sendRequest('kubeApprenti/analyseTerminee');
    const after = lines(c).slice(seen);
    assert.ok(after.some((l) => /\] analysis [\d.]+ ms \(reading\) .* file\(s\) changed$/.test(l)), after.join('\n'));
    assert.deepEqual(after.filter((l) => /\] analyse /.test(l)), []);
  });
});
