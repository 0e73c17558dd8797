import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ClusterError } from '../../../core/cluster/errors';
import { loadKubeConfig } from '../../../core/cluster/kubeconfig';

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'ka-kc-'));
const kubeconfig = (current: string, entries: { ctx: string; cluster: string; server: string; user: string; ns?: string; userBody?: string }[]): string => `apiVersion: v1
kind: Config
current-context: ${current}
clusters:
${entries.map((e) => `- name: ${e.cluster}\n  cluster:\n    server: ${e.server}\n    insecure-skip-tls-verify: true`).join('\n')}
users:
${entries.map((e) => `- name: ${e.user}\n  user:\n    ${e.userBody ?? 'token: t-' + e.user}`).join('\n')}
contexts:
${entries.map((e) => `- name: ${e.ctx}\n  context:\n    cluster: ${e.cluster}\n    user: ${e.user}${e.ns ? `\n    namespace: ${e.ns}` : ''}`).join('\n')}
`;

describe('kubeconfig loading (like kubectl)', () => {
  it('merges $KUBECONFIG paths: first file wins for names and current-context; missing paths are ignored', () => {
    const d = tmp();
    const a = path.join(d, 'a'); const b = path.join(d, 'b');
    fs.writeFileSync(a, kubeconfig('ctx-a', [{ ctx: 'ctx-a', cluster: 'c1', server: 'https://127.0.0.1:6443', user: 'u1', ns: 'demo' }]));
    fs.writeFileSync(b, kubeconfig('ctx-b', [
      { ctx: 'ctx-b', cluster: 'c2', server: 'https://example.org:6443', user: 'u2' },
      { ctx: 'ctx-a', cluster: 'c1', server: 'https://override.invalid', user: 'u1' }]));
    const env = { KUBECONFIG: [a, path.join(d, 'missing'), b].join(path.delimiter) };
    const cfg = loadKubeConfig({ env, serviceAccountDir: path.join(d, 'nosa') });
    assert.equal(cfg.context, 'ctx-a');
    assert.equal(cfg.server, 'https://127.0.0.1:6443');
    assert.equal(cfg.namespace, 'demo');
    assert.equal(cfg.namespaceSource, 'context');
    assert.deepEqual(cfg.files, [a, b]);
    assert.deepEqual(cfg.contexts.map((c) => c.name).sort(), ['ctx-a', 'ctx-b']);
    const other = loadKubeConfig({ env, context: 'ctx-b', serviceAccountDir: path.join(d, 'nosa') });
    assert.equal(other.server, 'https://example.org:6443');
    assert.equal(other.namespace, 'default');
    assert.equal(loadKubeConfig({ env, namespace: 'x' }).namespaceSource, 'option');
  });

  it('uses --kubeconfig before $KUBECONFIG, then ~/.kube/config', () => {
    const d = tmp();
    const explicit = path.join(d, 'explicit');
    fs.writeFileSync(explicit, kubeconfig('e', [{ ctx: 'e', cluster: 'c', server: 'https://127.0.0.2:1', user: 'u' }]));
    fs.mkdirSync(path.join(d, '.kube'));
    fs.writeFileSync(path.join(d, '.kube', 'config'), kubeconfig('home', [{ ctx: 'home', cluster: 'c', server: 'https://127.0.0.3:1', user: 'u' }]));
    assert.equal(loadKubeConfig({ kubeconfig: explicit, env: { KUBECONFIG: '/nope' } }).context, 'e');
    assert.equal(loadKubeConfig({ env: {}, homeDir: d }).context, 'home');
  });

  it('falls back to the in-cluster service account, namespace from its file, token re-read through a token file', async () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'token'), 'first-token');
    fs.writeFileSync(path.join(d, 'namespace'), 'user-etudiant\n');
    const env = { KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' };
    const cfg = loadKubeConfig({ env, homeDir: path.join(d, 'home'), serviceAccountDir: d });
    assert.equal(cfg.source, 'inCluster');
    assert.equal(cfg.server, 'https://10.0.0.1:443');
    assert.equal(cfg.namespace, 'user-etudiant');
    const opts: { headers?: Record<string, string> } = {};
    await cfg.kc.applyToHTTPSOptions(opts as never);
    assert.equal(opts.headers?.Authorization, 'Bearer first-token');
  });

  it('turns kubectl\'s tokenFile key into a re-read token (client-node alone ignores it)', async () => {
    const d = tmp();
    fs.writeFileSync(path.join(d, 'tok'), 'from-file');
    const f = path.join(d, 'cfg');
    fs.writeFileSync(f, kubeconfig('c', [{ ctx: 'c', cluster: 'c', server: 'https://127.0.0.1:6443', user: 'u', userBody: 'tokenFile: tok' }]));
    const cfg = loadKubeConfig({ kubeconfig: f });
    const opts: { headers?: Record<string, string> } = {};
    await cfg.kc.applyToHTTPSOptions(opts as never);
    assert.equal(opts.headers?.Authorization, 'Bearer from-file');
  });

  it('gives a typed noConfig error for nothing, a broken file, an unknown context', () => {
    const d = tmp();
    const code = (fn: () => unknown): string | undefined => {
      try { fn(); } catch (e) { return e instanceof ClusterError && e.info.kind === 'noConfig' ? e.info.detail : 'other'; }
      return undefined;
    };
    assert.equal(code(() => loadKubeConfig({ env: {}, homeDir: d, serviceAccountDir: d })), 'none');
    const broken = path.join(d, 'broken');
    fs.writeFileSync(broken, 'clusters: [\n');
    assert.equal(code(() => loadKubeConfig({ kubeconfig: broken })), 'unreadable');
    const ok = path.join(d, 'ok');
    fs.writeFileSync(ok, kubeconfig('c', [{ ctx: 'c', cluster: 'c', server: 'https://127.0.0.1:1', user: 'u' }]));
    assert.equal(code(() => loadKubeConfig({ kubeconfig: ok, context: 'nope' })), 'unknownContext');
    fs.writeFileSync(ok, kubeconfig('', [{ ctx: 'c', cluster: 'c', server: 'https://127.0.0.1:1', user: 'u' }]));
    assert.equal(code(() => loadKubeConfig({ kubeconfig: ok })), 'noCurrentContext');
  });
});
