// One live connection = one context + namespace: the gateway, ONE watch hub (one watch per type and namespace),
// the RBAC cache and the IDE's own workload. No vscode import, so benchmarks and cluster tests use it as is.
import type { ErrorHints } from '../../../core/cluster/errorMessages';
import { ClusterGateway } from '../../../core/cluster/gateway';
import type { ConnectionOptions, LoadedConfig } from '../../../core/cluster/kubeconfig';
import { loadKubeConfig } from '../../../core/cluster/kubeconfig';
import { RbacCache, type NamespaceAccess } from '../../../core/cluster/rbac';
import { detectSelf, isSelf, type SelfWorkload } from '../../../core/cluster/selfPod';
import type { ObjectRef } from '../../../core/cluster/types';
import { WatchHub, type WatchHubOptions } from '../../../core/cluster/watchHub';
import { gatewayTransport, statusOfClusterError } from '../../../core/cluster/watchTransport';

export interface SessionOptions {
  hub?: WatchHubOptions;
  env?: NodeJS.ProcessEnv;
  /** Delay before the watches of a connection that is not used any more are stopped. */
  inactivityTimeoutMs?: number;
}

export class ClusterSession {
  readonly gateway: ClusterGateway;
  readonly hub: WatchHub;
  readonly rbac: RbacCache;
  private selfWorkload?: SelfWorkload;
  private listNamespaces?: boolean;
  private disposed = false;

  constructor(readonly config: LoadedConfig, private readonly opts: SessionOptions = {}) {
    this.gateway = new ClusterGateway(config);
    const transport = gatewayTransport(this.gateway, { inactivityTimeoutMs: opts.inactivityTimeoutMs });
    this.hub = new WatchHub(transport, { ...opts.hub, informer: { statusOf: statusOfClusterError, ...opts.hub?.informer } });
    this.rbac = new RbacCache(async (path, body) => (await this.gateway.request<unknown>({ method: 'POST', path, body, timeoutMs: 15_000 })).body);
  }

  static open(options: ConnectionOptions = {}, opts: SessionOptions = {}): ClusterSession {
    return new ClusterSession(loadKubeConfig(options), opts);
  }

  get context(): string { return this.config.context; }
  get namespace(): string { return this.config.namespace; }
  get server(): string { return this.config.server; }
  get inCluster(): boolean { return this.config.source === 'inCluster'; }

  /** May the user list namespaces? undefined until asked once (see refreshAccess). */
  get canListNamespaces(): boolean | undefined { return this.listNamespaces; }

  get self(): SelfWorkload | undefined { return this.selfWorkload; }

  isSelf(ref: ObjectRef): boolean {
    return isSelf(this.selfWorkload, ref);
  }

  access(namespace: string): NamespaceAccess | undefined {
    return this.rbac.peek(namespace);
  }

  /** Hints for error sentences (errorMessages.ts): the role already known in `namespace`, the context and server. */
  errorHints(namespace?: string): ErrorHints {
    const access = namespace ? this.access(namespace) : undefined;
    return {
      currentRole: access && !access.error && access.level !== 'none' ? access.level : undefined,
      roleNamespace: this.namespace, context: this.context, server: this.server,
    };
  }

  /**
   * Asks the API server what the user may do in the current namespace and cluster-wide, and who we are.
   * Never throws: failures leave the answers unknown (the tree then tries and shows what the server says).
   */
  async refreshAccess(): Promise<void> {
    // the three questions at once: they gate what the tree offers, not what it shows
    const [access, canList, canWatch] = await Promise.all([
      this.rbac.review(this.namespace),
      this.rbac.canCluster('list', '', 'namespaces'),
      this.rbac.canCluster('watch', '', 'namespaces'),
      this.selfWorkload ? undefined : detectSelf(this.gateway, this.opts.env ?? process.env).then((w) => { this.selfWorkload = w; }, () => undefined),
    ]);
    if (this.disposed) return;
    // An unreachable server gives no answer at all: keep « unknown » rather than « forbidden ».
    this.listNamespaces = access.error ? this.listNamespaces : canList && canWatch;
  }

  dispose(): void {
    this.disposed = true;
    this.hub.dispose();
  }
}
