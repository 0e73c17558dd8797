// A document that does not parse may define the object a rule looks for: rules then lower their finding to a
// hint instead of asserting that the object is missing.
import type { ManifestWorkspace } from '../index/workspace';

/** True when a document with YAML errors contains every `key: value` pair (as text). */
export function mentionedInBrokenDoc(ws: ManifestWorkspace, pairs: Array<[string, string]>): boolean {
  for (const file of ws.files()) {
    if (file.kind !== 'manifest') continue;
    for (const doc of file.docs) {
      if (!doc.broken) continue;
      if (pairs.every(([k, v]) => new RegExp(`(^|[\\s{,])["']?${escape(k)}["']?\\s*:\\s*["']?${escape(v)}["']?\\s*($|[,}#\\n])`, 'm').test(doc.text))) return true;
    }
  }
  return false;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
