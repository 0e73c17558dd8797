// Loads the connection settings like kubectl does, with the in-cluster fallback used on SSPCloud.
// Order: explicit --kubeconfig, else $KUBECONFIG (several paths, first value wins), else ~/.kube/config,
// else the in-cluster service account (token re-read when it rotates). No vscode import: the CLI uses it.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { KubeConfig, type Cluster, type Context, type User } from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import { ClusterError } from './errors';
import { RotatingTokenFileAuth, rotatingTokenUser } from './tokenFileAuth';

export const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

export interface ConnectionOptions {
  /** Explicit kubeconfig file (like `kubectl --kubeconfig`). */
  kubeconfig?: string;
  /** Context to use instead of the current one (like `--context`). */
  context?: string;
  /** Namespace to use instead of the context's (like `--namespace`). */
  namespace?: string;
  /** Environment to read (defaults to process.env); tests pass their own. */
  env?: NodeJS.ProcessEnv;
  /** Service account folder for the in-cluster mode (defaults to SERVICE_ACCOUNT_DIR, or $KUBE_APPRENTI_SA_DIR). */
  serviceAccountDir?: string;
  /** Home folder (defaults to os.homedir()). */
  homeDir?: string;
}

export interface ContextSummary {
  name: string;
  cluster: string;
  user: string;
  namespace?: string;
  server?: string;
}

export interface LoadedConfig {
  kc: KubeConfig;
  source: 'kubeconfig' | 'inCluster';
  /** Kubeconfig files actually read (empty in-cluster). */
  files: string[];
  /** Effective context name. */
  context: string;
  /** Effective namespace (override, context, service account file, else `default`). */
  namespace: string;
  /** Where the namespace came from. */
  namespaceSource: 'option' | 'context' | 'serviceAccount' | 'default';
  server: string;
  user: string;
  contexts: ContextSummary[];
}

/** Loads the configuration; throws ClusterError `noConfig` with a reason when nothing usable is found. */
export function loadKubeConfig(options: ConnectionOptions = {}): LoadedConfig {
  const env = options.env ?? process.env;
  const saDir = options.serviceAccountDir ?? env.KUBE_APPRENTI_SA_DIR ?? SERVICE_ACCOUNT_DIR;
  const files = kubeconfigFiles(options, env);
  let kc: KubeConfig;
  let source: LoadedConfig['source'];
  let read: string[] = [];
  if (files.length > 0) {
    ({ kc, read } = loadFiles(files, options.kubeconfig !== undefined));
    source = 'kubeconfig';
  } else if (inClusterAvailable(env, saDir)) {
    kc = loadInCluster(env, saDir);
    source = 'inCluster';
  } else {
    throw new ClusterError({ kind: 'noConfig', detail: 'none' });
  }
  if (options.context) {
    if (!kc.getContextObject(options.context)) {
      throw new ClusterError({ kind: 'noConfig', detail: 'unknownContext', context: options.context });
    }
    kc.setCurrentContext(options.context);
  }
  // token files (in-cluster, kubectl's tokenFile) are re-read as soon as they rotate (tokenFileAuth.ts)
  kc.addAuthenticator(new RotatingTokenFileAuth());
  const ctx = kc.getContextObject(kc.getCurrentContext());
  if (!ctx) throw new ClusterError({ kind: 'noConfig', detail: 'noCurrentContext', files: read });
  const cluster = kc.getCluster(ctx.cluster);
  if (!cluster) throw new ClusterError({ kind: 'noConfig', detail: 'unknownCluster', context: ctx.name, files: read });
  const ns = pickNamespace(options.namespace, ctx, saDir);
  return {
    kc, source, files: read, context: ctx.name, namespace: ns.namespace, namespaceSource: ns.source,
    server: cluster.server, user: ctx.user, contexts: summarize(kc),
  };
}

/** The kubeconfig paths kubectl would consider, in order (explicit option, $KUBECONFIG, ~/.kube/config). */
export function kubeconfigFiles(options: ConnectionOptions, env: NodeJS.ProcessEnv = process.env): string[] {
  if (options.kubeconfig) return [path.resolve(options.kubeconfig)];
  if (env.KUBECONFIG && env.KUBECONFIG.length > 0) {
    return env.KUBECONFIG.split(path.delimiter).filter((f) => f.length > 0).map((f) => path.resolve(f))
      .filter((f) => fs.existsSync(f));
  }
  const home = options.homeDir ?? env.HOME ?? os.homedir();
  const def = path.join(home, '.kube', 'config');
  return fs.existsSync(def) ? [def] : [];
}

export function inClusterAvailable(env: NodeJS.ProcessEnv, saDir: string = SERVICE_ACCOUNT_DIR): boolean {
  return Boolean(env.KUBERNETES_SERVICE_HOST && env.KUBERNETES_SERVICE_PORT) && fs.existsSync(path.join(saDir, 'token'));
}

function loadFiles(files: string[], explicit: boolean): { kc: KubeConfig; read: string[] } {
  const kc = new KubeConfig();
  const read: string[] = [];
  let current = '';
  for (const file of files) {
    let part: KubeConfig;
    try {
      part = loadOneFile(file);
    } catch (err) {
      if (explicit || files.length === 1) {
        throw new ClusterError({ kind: 'noConfig', detail: 'unreadable', files: [file], message: errText(err) });
      }
      continue; // kubectl would stop on a broken file; we skip it when another one of $KUBECONFIG loads
    }
    read.push(file);
    if (!current && part.currentContext) current = part.currentContext;
    // kubectl's merge rule: the first file that defines a name wins.
    for (const c of part.clusters) if (!kc.clusters.some((x) => x.name === c.name)) kc.clusters.push(c);
    for (const u of part.users) if (!kc.users.some((x) => x.name === u.name)) kc.users.push(u);
    for (const c of part.contexts) if (!kc.contexts.some((x) => x.name === c.name)) kc.contexts.push(c);
  }
  if (read.length === 0) throw new ClusterError({ kind: 'noConfig', detail: 'unreadable', files });
  kc.currentContext = current;
  return { kc, read };
}

function loadOneFile(file: string): KubeConfig {
  const text = fs.readFileSync(file, 'utf8');
  const kc = new KubeConfig();
  kc.loadFromString(text, { onInvalidEntry: 'filter' });
  kc.makePathsAbsolute(path.dirname(file));
  // kubectl's `tokenFile` (re-read periodically) is not understood by client-node, which only knows `token-file`
  // (read once). Turn it into our rotating token-file provider, which re-reads the file when it changes.
  const raw = parseYaml(text) as { users?: { name?: string; user?: { tokenFile?: string; token?: string } }[] } | null;
  for (const entry of raw?.users ?? []) {
    const tokenFile = entry?.user?.tokenFile;
    if (!entry?.name || !tokenFile || entry.user?.token) continue;
    const abs = path.isAbsolute(tokenFile) ? tokenFile : path.join(path.dirname(file), tokenFile);
    kc.users = kc.users.map((u): User => (u.name === entry.name
      ? rotatingTokenUser(u, abs)
      : u));
  }
  return kc;
}

function loadInCluster(env: NodeJS.ProcessEnv, saDir: string): KubeConfig {
  const host = env.KUBERNETES_SERVICE_HOST ?? '';
  const port = env.KUBERNETES_SERVICE_PORT ?? '443';
  const hostPart = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  const caFile = path.join(saDir, 'ca.crt');
  const cluster: Cluster = {
    name: 'in-cluster', server: `https://${hostPart}:${port}`, skipTLSVerify: false,
    ...(fs.existsSync(caFile) ? { caFile } : {}),
  };
  const user: User = rotatingTokenUser({ name: 'in-cluster' }, path.join(saDir, 'token'));
  const saNs = readServiceAccountNamespace(saDir);
  const context: Context = { name: 'in-cluster', cluster: 'in-cluster', user: 'in-cluster', ...(saNs ? { namespace: saNs } : {}) };
  const kc = new KubeConfig();
  kc.loadFromOptions({ clusters: [cluster], users: [user], contexts: [context], currentContext: 'in-cluster' });
  return kc;
}

export function readServiceAccountNamespace(saDir: string = SERVICE_ACCOUNT_DIR): string | undefined {
  try {
    const ns = fs.readFileSync(path.join(saDir, 'namespace'), 'utf8').trim();
    return ns || undefined;
  } catch {
    return undefined;
  }
}

function pickNamespace(override: string | undefined, ctx: Context, saDir: string): { namespace: string; source: LoadedConfig['namespaceSource'] } {
  if (override) return { namespace: override, source: 'option' };
  if (ctx.namespace) return { namespace: ctx.namespace, source: 'context' };
  const sa = readServiceAccountNamespace(saDir);
  if (sa) return { namespace: sa, source: 'serviceAccount' };
  return { namespace: 'default', source: 'default' };
}

function summarize(kc: KubeConfig): ContextSummary[] {
  return kc.contexts.map((c) => ({
    name: c.name, cluster: c.cluster, user: c.user, namespace: c.namespace, server: kc.getCluster(c.cluster)?.server,
  }));
}

function errText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
