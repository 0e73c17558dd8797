// Pure URL helpers for the Kubernetes REST API (tested on their own).
import type { ApiResource } from './types';

/** `/api/v1` or `/apis/apps/v1`. */
export function groupVersionPath(group: string, version: string): string {
  return group ? `/apis/${group}/${version}` : `/api/${version}`;
}

/**
 * Path of a collection or an object: `/apis/apps/v1/namespaces/default/deployments/web[/scale]`.
 * Namespace is ignored for cluster-scoped resources; omitted namespace on a namespaced resource lists all namespaces.
 */
export function resourcePath(res: Pick<ApiResource, 'group' | 'version' | 'plural' | 'namespaced'>, namespace?: string, name?: string, subresource?: string): string {
  let p = groupVersionPath(res.group, res.version);
  if (res.namespaced && namespace) p += `/namespaces/${encodeURIComponent(namespace)}`;
  p += `/${res.plural}`;
  if (name) p += `/${encodeURIComponent(name)}`;
  if (name && subresource) p += `/${subresource}`;
  return p;
}

/** Query string from optional values (undefined/false-less values dropped), with a leading `?` when not empty. */
export function queryString(query: Record<string, string | number | boolean | undefined> | undefined): string {
  if (!query) return '';
  const parts: string[] = [];
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    parts.push(`${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Parses HTTP `Warning` headers (`299 - "text"`, possibly several joined by commas) into their texts. */
export function parseWarnings(header: string | undefined | null): string[] {
  if (!header) return [];
  const out: string[] = [];
  for (const m of header.matchAll(/\d{3} [^ ]+ "((?:[^"\\]|\\.)*)"/g)) out.push(m[1].replace(/\\(.)/g, '$1'));
  return out;
}
