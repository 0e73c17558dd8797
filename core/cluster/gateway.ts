// Typed operations on a cluster. With kubeconfig.ts, the only module importing @kubernetes/client-node.
// Requests are sent raw (our own JSON/YAML bodies, query flags such as fieldValidation=Strict, Warning headers kept),
// through client-node's authentication (certificates, tokens, rotating token files, exec plugins) and HTTP agent.
import { Writable, type Duplex } from 'node:stream';
import { HttpMethod, IsomorphicFetchHttpLibrary, PortForward, RequestContext, Watch } from '@kubernetes/client-node';
import { Discovery } from './discovery';
import { ClusterError, fromHttpStatus, toClusterError } from './errors';
import { loadKubeConfig, type ConnectionOptions, type LoadedConfig } from './kubeconfig';
import { parseWarnings, queryString, resourcePath } from './paths';
import type { ApiObjectRef, ApiResource, K8sList, K8sObject, TypeRef } from './types';
import { FIELD_MANAGER } from './write/fieldManager';
const DEFAULT_TIMEOUT_MS = 30_000;

export type Query = Record<string, string | number | boolean | undefined>;

export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Query;
  /** A string is sent as is; an object is sent as JSON. */
  body?: string | object;
  contentType?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface Answer<T> {
  body: T;
  /** Admission/deprecation warnings (HTTP `Warning` headers). */
  warnings: string[];
  status: number;
}

export interface WriteOptions {
  dryRun?: boolean;
  fieldManager?: string;
}

export interface ApplyOptions extends WriteOptions {
  /** Take ownership of conflicting fields (kubectl --force-conflicts). */
  force?: boolean;
  /** Field validation; Strict by default so misspelt fields are errors. */
  fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
}

export type PatchType = 'merge' | 'strategic' | 'json';
const PATCH_CONTENT: Record<PatchType, string> = {
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  json: 'application/json-patch+json',
};

export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
}

export type WatchEvent = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

export class ClusterGateway {
  readonly discovery: Discovery;
  private readonly http = new IsomorphicFetchHttpLibrary();
  /**
   * client-node builds a new undici Agent (so a new TLS connection) on every request; keep the first one so that
   * requests reuse their connections. Headers (tokens that rotate) are still recomputed for each request.
   */
  private dispatcher: ReturnType<RequestContext['getDispatcher']>;

  constructor(readonly config: LoadedConfig, private readonly timeoutMs = DEFAULT_TIMEOUT_MS) {
    this.discovery = new Discovery((path) => this.request<unknown>({ method: 'GET', path }).then((a) => a.body));
  }

  /** Loads the configuration (kubeconfig or in-cluster) and returns a gateway; throws ClusterError `noConfig`. */
  static connect(options: ConnectionOptions = {}): ClusterGateway {
    return new ClusterGateway(loadKubeConfig(options));
  }

  get namespace(): string {
    return this.config.namespace;
  }

  get server(): string {
    return this.config.server;
  }

  /** Sends one request; throws ClusterError for any failure (status ≥ 400, network, timeout). */
  async request<T>(req: RawRequest): Promise<Answer<T>> {
    const url = this.config.server.replace(/\/+$/, '') + req.path + queryString(req.query);
    let status: number;
    let text: string;
    let headers: Record<string, string>;
    try {
      const ctx = new RequestContext(url, HttpMethod[req.method]);
      ctx.setHeaderParam('Accept', 'application/json');
      ctx.setHeaderParam('User-Agent', 'kube-apprenti');
      if (req.body !== undefined) {
        ctx.setHeaderParam('Content-Type', req.contentType ?? 'application/json');
        ctx.setBody(typeof req.body === 'string' ? req.body : JSON.stringify(req.body));
      }
      const timeout = AbortSignal.timeout(req.timeoutMs ?? this.timeoutMs);
      ctx.setSignal(req.signal ? AbortSignal.any([req.signal, timeout]) : timeout);
      await this.authenticate(ctx);
      const res = await this.http.send(ctx).toPromise();
      status = res.httpStatusCode;
      headers = res.headers;
      text = await res.body.text();
    } catch (err) {
      throw toClusterError(err, this.config.server);
    }
    if (status >= 400) throw fromHttpStatus(status, text);
    let body: unknown = text;
    if (text && (headers['content-type'] ?? '').includes('json')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { body: body as T, warnings: parseWarnings(headers.warning), status };
  }

  private async authenticate(ctx: RequestContext): Promise<void> {
    await this.config.kc.applySecurityAuthentication(ctx);
    if (this.dispatcher) ctx.setDispatcher(this.dispatcher);
    else this.dispatcher = ctx.getDispatcher();
  }

  /** Discovery for one kind (plural, scope); throws ClusterError `unknownKind`. */
  resource(apiVersion: string, kind: string): Promise<ApiResource> {
    return this.discovery.resource(apiVersion, kind);
  }

  /** URL path of an object or collection; the namespace defaults to the context's for namespaced kinds. */
  async pathOf(ref: TypeRef, subresource?: string): Promise<{ path: string; resource: ApiResource; namespace?: string }> {
    const resource = await this.resource(ref.apiVersion, ref.kind);
    const namespace = resource.namespaced ? ref.namespace ?? this.config.namespace : undefined;
    return { path: resourcePath(resource, namespace, ref.name, subresource), resource, namespace };
  }

  async get<T extends K8sObject = K8sObject>(ref: ApiObjectRef, subresource?: string): Promise<T> {
    const { path } = await this.pathOf(ref, subresource);
    return (await this.request<T>({ method: 'GET', path })).body;
  }

  /** Like get() but undefined when the object does not exist. */
  async getOrNull<T extends K8sObject = K8sObject>(ref: ApiObjectRef): Promise<T | undefined> {
    try {
      return await this.get<T>(ref);
    } catch (err) {
      if (err instanceof ClusterError && err.kind === 'notFound') return undefined;
      throw err;
    }
  }

  /** Lists objects; `namespace: '*'` lists every namespace, no namespace uses the context's. */
  async list<T extends K8sObject = K8sObject>(apiVersion: string, kind: string, opts: ListOptions = {}): Promise<K8sList<T>> {
    const resource = await this.resource(apiVersion, kind);
    const ns = opts.namespace === '*' ? undefined : opts.namespace ?? this.config.namespace;
    const path = resourcePath(resource, ns);
    const query = { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, limit: opts.limit };
    return (await this.request<K8sList<T>>({ method: 'GET', path, query })).body;
  }

  /**
   * Server-side apply of a manifest sent as is (YAML text or JSON object), so the server sees the student's exact
   * fields: `PATCH …?fieldManager=kube-apprenti&fieldValidation=Strict[&dryRun=All][&force=true]`.
   */
  async apply<T extends K8sObject = K8sObject>(ref: ApiObjectRef, manifest: string | object, opts: ApplyOptions = {}): Promise<Answer<T>> {
    const { path } = await this.pathOf(ref);
    return this.request<T>({
      method: 'PATCH', path, body: manifest, contentType: 'application/apply-patch+yaml',
      query: {
        fieldManager: opts.fieldManager ?? FIELD_MANAGER, fieldValidation: opts.fieldValidation ?? 'Strict',
        dryRun: opts.dryRun ? 'All' : undefined, force: opts.force ? true : undefined,
      },
    });
  }

  async patch<T extends K8sObject = K8sObject>(ref: ApiObjectRef, body: object, type: PatchType, opts: WriteOptions & { subresource?: string } = {}): Promise<Answer<T>> {
    const { path } = await this.pathOf(ref, opts.subresource);
    return this.request<T>({
      method: 'PATCH', path, body, contentType: PATCH_CONTENT[type],
      query: { fieldManager: opts.fieldManager ?? FIELD_MANAGER, dryRun: opts.dryRun ? 'All' : undefined },
    });
  }

  async create<T extends K8sObject = K8sObject>(ref: TypeRef, body: object, opts: WriteOptions = {}): Promise<Answer<T>> {
    const { path } = await this.pathOf({ ...ref, name: undefined });
    return this.request<T>({
      method: 'POST', path, body,
      query: { fieldManager: opts.fieldManager ?? FIELD_MANAGER, dryRun: opts.dryRun ? 'All' : undefined, fieldValidation: 'Strict' },
    });
  }

  async delete(ref: ApiObjectRef, opts: { dryRun?: boolean; propagationPolicy?: 'Foreground' | 'Background' | 'Orphan' } = {}): Promise<Answer<unknown>> {
    const { path } = await this.pathOf(ref);
    return this.request({
      method: 'DELETE', path, query: { dryRun: opts.dryRun ? 'All' : undefined, propagationPolicy: opts.propagationPolicy },
    });
  }

  /** Server version (`/version`), handy to check connectivity. */
  async version(): Promise<{ gitVersion: string; major: string; minor: string }> {
    return (await this.request<{ gitVersion: string; major: string; minor: string }>({ method: 'GET', path: '/version', timeoutMs: 10_000 })).body;
  }

  /**
   * Streams a GET response (pod logs with follow=true): onChunk gets text as it arrives. Resolves when the stream
   * ends (server closed it, or abort()); rejects with ClusterError when the server answers ≥ 400 (with its message).
   */
  async stream(req: { path: string; query?: Query; signal?: AbortSignal }, onChunk: (text: string) => void): Promise<void> {
    const url = this.config.server.replace(/\/+$/, '') + req.path + queryString(req.query);
    try {
      const ctx = new RequestContext(url, HttpMethod.GET);
      ctx.setHeaderParam('User-Agent', 'kube-apprenti');
      if (req.signal) ctx.setSignal(req.signal);
      await this.authenticate(ctx);
      const res = await this.http.send(ctx).toPromise();
      if (res.httpStatusCode >= 400) throw fromHttpStatus(res.httpStatusCode, await res.body.text());
      const body = res.body.stream();
      if (!body) return;
      const decoder = new TextDecoder();
      const reader = body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        onChunk(decoder.decode(value, { stream: true }));
      }
    } catch (err) {
      if (req.signal?.aborted) return;
      throw toClusterError(err, this.config.server);
    }
  }

  /**
   * Forwards one TCP connection (socket) to a Pod's port, through the API server's portforward WebSocket (like
   * kubectl port-forward). Resolves once the WebSocket is open; errors of the stream go to onError.
   */
  async portForward(namespace: string, pod: string, port: number, socket: Duplex, onError: (message: string) => void): Promise<void> {
    const errors = new Writable({ write(chunk: Buffer, _enc, cb) { onError(chunk.toString()); cb(); } });
    try {
      await new PortForward(this.config.kc, true).portForward(namespace, pod, [port], socket, errors, socket);
    } catch (err) {
      throw toClusterError(err, this.config.server);
    }
  }

  /**
   * Watches a collection path (from pathOf / resourcePath). Returns an AbortController to stop it.
   * `done` receives a ClusterError on failure, or undefined when the server closed the watch normally.
   */
  async watch(path: string, query: Query, onEvent: (type: WatchEvent, obj: K8sObject) => void, done: (err?: ClusterError) => void,
    opts: { inactivityTimeoutMs?: number } = {}): Promise<AbortController> {
    const w = new Watch(this.config.kc);
    // client-node ends a watch that receives nothing for 30 s (TimeoutError); callers with their own watchdog
    // (the tree's informers, fed by bookmarks) ask for a longer delay.
    // requestTimeoutMs is declared private in client-node's typings but is a plain field read at each watch() call.
    if (opts.inactivityTimeoutMs) (w as unknown as { requestTimeoutMs: number }).requestTimeoutMs = opts.inactivityTimeoutMs;
    try {
      return await w.watch(path, query, (type, obj) => onEvent(type as WatchEvent, obj as K8sObject),
        // an AbortError is our own abort(): a normal end, not a failure
        (err: unknown) => done(err && (err as Error).name !== 'AbortError' ? toClusterError(err, this.config.server) : undefined));
    } catch (err) {
      throw toClusterError(err, this.config.server);
    }
  }
}
