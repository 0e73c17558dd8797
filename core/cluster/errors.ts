// The one place where any cluster failure (HTTP status, network error, client-node exception, bad kubeconfig)
// becomes a small typed union. French/English sentences are built from it in errorMessages.ts.

export interface FieldCause {
  /** Field path as the API server wrote it (`spec.replicas`, `.spec.template.spec.containers[name="web"].image`). */
  field?: string;
  reason?: string;
  message: string;
}

export interface ManagerConflict {
  manager: string;
  field: string;
}

export type NoConfigDetail = 'none' | 'unknownContext' | 'noCurrentContext' | 'unknownCluster' | 'unreadable';

export type ClusterErrorInfo =
  | { kind: 'unreachable'; server?: string; code?: string; message?: string }
  | { kind: 'unauthorized'; message?: string }
  | { kind: 'forbidden'; verb?: string; resource?: string; group?: string; name?: string; namespace?: string; user?: string; message: string }
  | { kind: 'notFound'; resource?: string; group?: string; name?: string; namespace?: string; message?: string }
  | { kind: 'conflict'; reason: 'fieldManager' | 'alreadyExists' | 'modified'; conflicts: ManagerConflict[]; message: string }
  | { kind: 'invalid'; status: number; reason?: string; causes: FieldCause[]; message: string }
  | { kind: 'noConfig'; detail: NoConfigDetail; context?: string; files?: string[]; message?: string }
  | { kind: 'unknownKind'; apiVersion: string; resourceKind: string }
  | { kind: 'timeout'; server?: string }
  | { kind: 'other'; status?: number; reason?: string; message: string };

export type ClusterErrorKind = ClusterErrorInfo['kind'];

export class ClusterError extends Error {
  constructor(readonly info: ClusterErrorInfo) {
    super(`${info.kind}: ${'message' in info && info.message ? info.message : info.kind}`);
    this.name = 'ClusterError';
  }
  get kind(): ClusterErrorKind {
    return this.info.kind;
  }
}

/** Kubernetes `Status` object as returned in error bodies. */
export interface K8sStatus {
  kind?: string;
  status?: string;
  message?: string;
  reason?: string;
  code?: number;
  details?: { name?: string; group?: string; kind?: string; causes?: { reason?: string; message?: string; field?: string }[] };
}

const FORBIDDEN_RE = /User "([^"]*)" cannot ([\w-]+) resource "([^"]+)" in API group "([^"]*)"(?: in the namespace "([^"]+)")?/;
const CONFLICT_RE = /conflict with "([^"]+)"/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET',
  'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'SELF_SIGNED_CERT_IN_CHAIN', 'ERR_TLS_CERT_ALTNAME_INVALID', 'EPROTO']);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Builds the typed error from an HTTP status and the response body (a Status JSON, or anything else). */
export function fromHttpStatus(httpStatus: number, body: string | K8sStatus | undefined): ClusterError {
  const st = typeof body === 'string' ? parseStatus(body) : body;
  const message = st?.message ?? (typeof body === 'string' && body ? body.slice(0, 500) : `HTTP ${httpStatus}`);
  const reason = st?.reason;
  const details = st?.details;
  const causes: FieldCause[] = (details?.causes ?? []).map((c) => ({ field: c.field, reason: c.reason, message: c.message ?? '' }));
  switch (httpStatus) {
    case 401:
      return new ClusterError({ kind: 'unauthorized', message });
    case 403: {
      const m = FORBIDDEN_RE.exec(message);
      if (m) {
        return new ClusterError({ kind: 'forbidden', user: m[1], verb: m[2], resource: m[3], group: m[4], namespace: m[5],
          name: details?.name, message });
      }
      return new ClusterError({ kind: 'forbidden', message, resource: details?.kind, group: details?.group, name: details?.name });
    }
    case 404:
      return new ClusterError({ kind: 'notFound', resource: details?.kind, group: details?.group, name: details?.name, message });
    case 409: {
      if (reason === 'AlreadyExists') return new ClusterError({ kind: 'conflict', reason: 'alreadyExists', conflicts: [], message });
      const conflicts = causes
        .filter((c) => c.reason === 'FieldManagerConflict' || CONFLICT_RE.test(c.message))
        .map((c) => ({ manager: CONFLICT_RE.exec(c.message)?.[1] ?? c.message, field: c.field ?? '' }));
      const isFm = conflicts.length > 0 || /Apply failed with \d+ conflict/.test(message);
      return new ClusterError({ kind: 'conflict', reason: isFm ? 'fieldManager' : 'modified', conflicts, message });
    }
    case 400:
    case 422:
      return new ClusterError({ kind: 'invalid', status: httpStatus, reason, causes: causes.length ? causes : causesFromMessage(message), message });
    case 500: {
      // server-side apply reports schema errors (unknown field, wrong type) as internal errors
      const parsed = /failed to create typed patch object/.test(message) ? causesFromMessage(message) : [];
      if (parsed.length) return new ClusterError({ kind: 'invalid', status: httpStatus, reason, causes: parsed, message });
      return new ClusterError({ kind: 'other', status: httpStatus, reason, message });
    }
    case 408:
    case 504:
      return new ClusterError({ kind: 'timeout' });
    default:
      return new ClusterError({ kind: 'other', status: httpStatus, reason, message });
  }
}

/** Extracts field causes from the text of strict-decoding and schema errors (400 BadRequest carries no `causes`). */
export function causesFromMessage(message: string): FieldCause[] {
  const out: FieldCause[] = [];
  // json/yaml strict decoding: `strict decoding error: unknown field "spec.foo", duplicate field "x"`
  for (const m of message.matchAll(/(unknown|duplicate) field "([^"]+)"/g)) {
    out.push({ field: m[2], reason: m[1] === 'unknown' ? 'FieldValueNotSupported' : 'FieldValueDuplicate', message: `${m[1]} field "${m[2]}"` });
  }
  if (out.length) return out;
  // server-side apply (structured-merge-diff), answered with HTTP 500:
  // `failed to create typed patch object (ns/name; apps/v1, Kind=Deployment): .spec.replicass: field not declared in schema`
  // or, for several: `…: errors:\n  .spec.replicas: expected numeric (int or float), got string\n  .spec…: …`
  const smd = /failed to create typed patch object \([^)]*\): ([\s\S]*)$/.exec(message);
  const text = smd ? smd[1].replace(/^errors:\s*/, '') : message;
  for (const line of text.split('\n')) {
    const m = /^\s*(\.\S+?): (.+)$/.exec(line);
    if (!m) continue;
    const reason = /not declared in schema/.test(m[2]) ? 'FieldValueNotSupported' : /^expected /.test(m[2]) ? 'FieldValueTypeInvalid' : 'FieldValueInvalid';
    out.push({ field: m[1], reason, message: m[2] });
  }
  return out;
}

function parseStatus(text: string): K8sStatus | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as K8sStatus) : undefined;
  } catch {
    return undefined;
  }
}

/** Turns anything thrown while talking to a cluster into a ClusterError (never loses the original message). */
export function toClusterError(err: unknown, server?: string): ClusterError {
  if (err instanceof ClusterError) return err;
  const e = err as { name?: string; message?: string; code?: unknown; statusCode?: unknown; body?: unknown; cause?: { code?: string; message?: string; name?: string } } | undefined;
  // client-node Watch: Error with a numeric `statusCode` and no body
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400) return fromHttpStatus(e.statusCode, undefined);
  // client-node ApiException: numeric `code` and a `body` (string or parsed object)
  if (e && typeof e.code === 'number' && e.code >= 400) {
    return fromHttpStatus(e.code, typeof e.body === 'string' || (e.body && typeof e.body === 'object') ? (e.body as string | K8sStatus) : undefined);
  }
  const name = e?.name ?? '';
  if (name === 'TimeoutError' || name === 'AbortError') return new ClusterError({ kind: 'timeout', server });
  const code = (typeof e?.code === 'string' ? e.code : undefined) ?? e?.cause?.code ?? (e?.cause?.name === 'ConnectTimeoutError' ? 'UND_ERR_CONNECT_TIMEOUT' : undefined);
  if (code && TIMEOUT_CODES.has(code)) return new ClusterError({ kind: 'timeout', server });
  if (code && (NETWORK_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) {
    return new ClusterError({ kind: 'unreachable', server, code, message: e?.cause?.message ?? e?.message });
  }
  if (name === 'TypeError' && e?.message === 'fetch failed') {
    // fetch refuses some ports outright (1, 9, 6000…): `cause.message === 'bad port'`, no code
    if (e.cause?.message === 'bad port') return new ClusterError({ kind: 'unreachable', server, code: 'BAD_PORT', message: 'bad port' });
    return new ClusterError({ kind: 'unreachable', server, code, message: e?.cause?.message });
  }
  return new ClusterError({ kind: 'other', message: e?.message ?? String(err) });
}
