#!/usr/bin/env node
// `npm start`: builds the extension, starts the local cluster, starts code-server with the extension installed and a
// practice workspace open, then prints the URL. Ctrl+C stops code-server and the cluster.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeServerBin, startCodeServer } from '../test/harness/codeServer.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const say = (s) => console.log(`[kube-apprenti] ${s}`);

say('installation des outils (chromium n’est utilisé que par les tests ; code-server)…');
const csBin = codeServerBin(ROOT);
say('construction de l’extension…');
if (!existsSync('node_modules')) execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
execFileSync('node', ['esbuild.mjs', '--production'], { stdio: 'inherit' });
say('moteur de rendu Helm/Kustomize (la première fois, construction depuis les modules Go : quelques minutes)…');
execFileSync('bash', ['scripts/renderer-build.sh'], { stdio: ['ignore', 'ignore', 'inherit'] });
mkdirSync('.test-work', { recursive: true });
const vsix = path.join(ROOT, '.test-work/kube-apprenti.vsix');
execFileSync('npx', ['vsce', 'package', '--no-dependencies', '--out', vsix], { stdio: ['ignore', 'ignore', 'inherit'] });
say('démarrage du cluster local (la première fois, construction de Kubernetes depuis les sources : 15 à 30 min)…');
let clusterWasRunning = true;
try { execFileSync('node', ['scripts/cluster.mjs', 'status'], { stdio: 'ignore' }); } catch { clusterWasRunning = false; }
execFileSync('node', ['scripts/cluster.mjs', 'up'], { stdio: ['ignore', 'ignore', 'inherit'] });

const atelier = path.join(ROOT, '.atelier');
if (!existsSync(atelier)) cpSync(path.join(ROOT, 'test/fixtures/ws'), atelier, { recursive: true });
const port = Number(process.env.PORT || 8080);
const host = process.env.HOST || '127.0.0.1';
const cs = await startCodeServer({ bin: csBin, work: path.join(ROOT, '.test-work/cs-start'), folder: atelier, vsix: [vsix], port, host,
  env: { KUBECONFIG: path.join(ROOT, '.cluster/etudiant.kubeconfig') } });
say(`prêt ! Ouvrez ${cs.folderUrl}`);
say(`(cluster : .cluster/admin.kubeconfig, .cluster/etudiant.kubeconfig, .cluster/lecteur.kubeconfig ; arrêt : Ctrl+C)`);
console.log(cs.folderUrl);
const stop = async () => {
  say(clusterWasRunning ? 'arrêt de code-server (le cluster, déjà démarré avant, reste en marche)…' : 'arrêt de code-server et du cluster…');
  await cs.stop();
  // like npm test: a cluster that was running before npm start is left running
  if (!clusterWasRunning) execFileSync('node', ['scripts/cluster.mjs', 'down'], { stdio: 'inherit' });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
