// A document that does not parse may define the object a rule looks for: rules then lower their finding to a
// hint instead of asserting that the object is missing.
import type { ManifestDoc } from '../index/types';
import type { ManifestWorkspace } from '../index/workspace';

const cache = new WeakMap<ManifestWorkspace, { version: number; docs: ManifestDoc[] }>();

/** Documents of manifests that do not parse (cached per workspace version). */
function brokenDocs(ws: ManifestWorkspace): ManifestDoc[] {
  const c = cache.get(ws);
  if (c && c.version === ws.version) return c.docs;
  const docs: ManifestDoc[] = [];
  for (const file of ws.files()) if (file.kind === 'manifest') for (const d of file.docs) if (d.broken) docs.push(d);
  cache.set(ws, { version: ws.version, docs });
  return docs;
}

/** True when a document with YAML errors contains every `key: value` pair (as text). */
export function mentionedInBrokenDoc(ws: ManifestWorkspace, pairs: Array<[string, string]>): boolean {
  {
    for (const doc of brokenDocs(ws)) {
      if (pairs.every(([k, v]) => new RegExp(`(^|[\\s{,])["']?${escape(k)}["']?\\s*:\\s*["']?${escape(v)}["']?\\s*($|[,}#\\n])`, 'm').test(doc.text))) return true;
    }
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
