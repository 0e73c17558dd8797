// The connection the whole extension works with: which context and namespace (chosen in the status bar, remembered,
// never written into the user's kubeconfig), the live ClusterSession, reloads when a kubeconfig file changes.
// Other features read it through getConnection() / connectionOptions() so that they act where the tree looks.
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { ClusterError, toClusterError } from '../../../core/cluster/errors';
import { describeClusterError } from '../../../core/cluster/errorMessages';
import { kubeconfigFiles, type ConnectionOptions } from '../../../core/cluster/kubeconfig';
import { currentLang } from '../i18n';
import { KubeconfigWatcher } from './kubeconfigWatcher';
import { ClusterSession } from './session';

const STATE_KEY = 'kubeApprenti.connexion.choix';

interface Choice {
  context?: string;
  /** Namespace chosen per context. */
  namespaces: Record<string, string>;
}

export class ConnectionManager implements vscode.Disposable {
  private current?: ClusterSession;
  private failure?: ClusterError;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = new KubeconfigWatcher(() => this.reload());
  private accessTimer?: ReturnType<typeof setInterval>;
  private hubOff?: () => void;
  private refreshing = false;

  constructor(private readonly memento: vscode.Memento) {}

  get session(): ClusterSession | undefined { return this.current; }

  /** Why there is no session (French/English sentence), or undefined. */
  get problem(): string | undefined {
    return this.failure ? describeClusterError(this.failure.info, currentLang()) : undefined;
  }

  /** Options to pass to loadKubeConfig / ClusterGateway.connect to act on the same context and namespace as the tree. */
  options(): ConnectionOptions {
    const c = this.choice();
    const ctx = c.context;
    return { context: ctx, namespace: ctx ? c.namespaces[ctx] : this.current ? c.namespaces[this.current.context] : undefined };
  }

  private choice(): Choice {
    return this.memento.get<Choice>(STATE_KEY) ?? { namespaces: {} };
  }

  async setContext(context: string): Promise<void> {
    const c = this.choice();
    await this.memento.update(STATE_KEY, { ...c, context });
    this.reload();
  }

  async setNamespace(namespace: string): Promise<void> {
    const c = this.choice();
    const ctx = this.current?.context ?? c.context;
    if (!ctx) return;
    await this.memento.update(STATE_KEY, { ...c, namespaces: { ...c.namespaces, [ctx]: namespace } });
    this.reload();
  }

  /** (Re)loads the configuration and opens a new session; never throws (the problem is shown instead). */
  reload(): void {
    this.hubOff?.();
    this.current?.dispose();
    this.current = undefined;
    this.failure = undefined;
    const c = this.choice();
    try {
      let session: ClusterSession;
      try {
        session = ClusterSession.open({ context: c.context, namespace: c.context ? c.namespaces[c.context] : undefined });
      } catch (err) {
        // a remembered context that vanished from the kubeconfig: fall back to the current one
        if (!(err instanceof ClusterError && err.info.kind === 'noConfig' && err.info.detail === 'unknownContext')) throw err;
        session = ClusterSession.open({});
      }
      const ns = c.namespaces[session.context];
      if (!c.context && ns && ns !== session.namespace) {
        session.dispose();
        session = ClusterSession.open({ namespace: ns });
      }
      this.current = session;
      this.hubOff = session.hub.onDidChange(() => this.onHubChange());
      void session.refreshAccess().then(() => { if (this.current === session) this.changed.fire(); });
    } catch (err) {
      this.failure = toClusterError(err);
    }
    this.watchFiles();
    this.changed.fire();
  }

  /** When the server comes back after a failure at start, the rights were unknown: ask again (once at a time). */
  private onHubChange(): void {
    const s = this.current;
    if (!s || this.refreshing) return;
    const a = s.access(s.namespace);
    const unknown = s.canListNamespaces === undefined || !a || !!a.error;
    if (!unknown) return;
    if (!s.hub.all().some(({ informer }) => informer.currentStatus.state === 'synced')) return;
    this.refreshing = true;
    s.rbac.invalidate();
    void s.refreshAccess().then(() => {
      this.refreshing = false;
      if (this.current === s) this.changed.fire();
    });
  }

  /** Kubeconfig files (or where they would appear) are polled: a change reloads the connection. */
  private watchFiles(): void {
    const loaded = this.current?.config.files ?? [];
    const candidates = kubeconfigFiles({});
    const fallback = process.env.KUBECONFIG?.split(path.delimiter).filter(Boolean) ?? [path.join(os.homedir(), '.kube', 'config')];
    this.watcher.watch(loaded.length ? loaded : candidates.length ? candidates : fallback);
  }

  /** Periodically re-asks the rights (roles can change while the IDE runs, e.g. SSPCloud relaunch with another role). */
  startAccessRefresh(everyMs = 5 * 60_000): void {
    this.accessTimer = setInterval(() => {
      const s = this.current;
      if (!s) return;
      s.rbac.invalidate();
      void s.refreshAccess().then(() => { if (this.current === s) this.changed.fire(); });
    }, everyMs);
  }

  dispose(): void {
    this.watcher.dispose();
    if (this.accessTimer) clearInterval(this.accessTimer);
    this.hubOff?.();
    this.current?.dispose();
    this.changed.dispose();
  }
}

let instance: ConnectionManager | undefined;

/** The extension-wide connection (created by registerTree). */
export function getConnection(): ConnectionManager | undefined {
  return instance;
}

export function setConnection(m: ConnectionManager | undefined): void {
  instance = m;
}
