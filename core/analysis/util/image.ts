// Container image references: parsing `registry/repo:tag@digest` and validation like the kubelet's parser.

export interface ImageRef {
  /** Repository path without registry (`library/nginx`, `ragatzino/backend`). */
  repository: string;
  /** Last path segment (`nginx`). */
  name: string;
  tag?: string;
  digest?: string;
  registry?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses a reference; undefined when invalid (uppercase repository, spaces, placeholders…). */
export function parseImage(image: string): ImageRef | undefined {
  if (!image || /\s/.test(image)) return undefined;
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) { digest = rest.slice(at + 1); rest = rest.slice(0, at); if (!/^[a-z0-9]+:[a-fA-F0-9]{32,}$/.test(digest)) return undefined; }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); if (!TAG.test(tag)) return undefined; }
  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && (parts[0].includes('.') || parts[0].includes(':') || parts[0] === 'localhost')) registry = parts.shift();
  if (registry && !/^[a-zA-Z0-9.-]+(:\d+)?$/.test(registry)) return undefined;
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) return undefined;
  return { repository: parts.join('/'), name: parts[parts.length - 1], tag, digest, registry };
}
