// The JSON-lines protocol of ka-render (renderer/main.go): one request per line on stdin, one response per line on
// stdout. Shared by the client (client.ts) and the code that turns responses into workspace documents.

export interface HelmRequest {
  op: 'helm';
  /** Absolute path of the chart folder. */
  chart: string;
  /** Absolute paths of extra values files (`-f`), in order. */
  values?: string[];
  /** `--set a.b=c` expressions. */
  set?: string[];
  release?: string;
  namespace?: string;
  /** Kubernetes version for `.Capabilities.KubeVersion` (e.g. `1.36.3`). */
  kubeVersion?: string;
  /** Absolute path → text used instead of the file on disk (unsaved editor buffers). */
  files?: Record<string, string>;
  timeoutMs?: number;
}

export interface KustomizeRequest {
  op: 'kustomize';
  /** Absolute path of the folder holding kustomization.yaml. */
  dir: string;
  files?: Record<string, string>;
  timeoutMs?: number;
}

export interface CreateRequest { op: 'create'; name: string; dir: string; timeoutMs?: number }
export interface PingRequest { op: 'ping'; timeoutMs?: number }

export type RenderRequest = HelmRequest | KustomizeRequest | CreateRequest | PingRequest;

/** One template's output (Helm: `monsterchart/templates/deployment.yaml`) or the whole build (Kustomize: name ''). */
export interface RenderedFile { name: string; text: string }

export type FailureKind = 'template' | 'values' | 'chart' | 'kustomize' | 'timeout' | 'request' | 'internal' | 'unavailable';

export interface RenderFailure { kind: FailureKind; message: string }

export interface RenderResponse {
  id: number;
  version?: string;
  files?: RenderedFile[];
  values?: Record<string, unknown>;
  path?: string;
  error?: RenderFailure;
  /** Time spent in the helper, in milliseconds. */
  ms: number;
}
