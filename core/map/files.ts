// The objects a workspace YAML file defines, with the line of each document (for « open the manifest »).
// Pure: text in, objects out; broken documents are skipped, never thrown (same limits as core/files/manifestScan.ts).
import { LineCounter, parseAllDocuments } from 'yaml';
import { nestingExceeds } from '../analysis/parse/limits';
import { MAX_FILE_SIZE } from '../files/walker';
import type { FileObject, KObject } from './types';

export function fileObjects(text: string, uri: string, label: string): FileObject[] {
  if (text.length > MAX_FILE_SIZE || text.includes('\u0000') || nestingExceeds(text) !== -1) return [];
  const lc = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
  } catch {
    return [];
  }
  if (!Array.isArray(docs)) return [];
  const out: FileObject[] = [];
  for (const doc of docs) {
    if (doc.errors.length) continue;
    let js: unknown;
    try { js = doc.toJS({ maxAliasCount: 50 }); } catch { continue; }
    const x = js as { kind?: unknown; items?: unknown } | null;
    const items = x && typeof x.kind === 'string' && x.kind.endsWith('List') && Array.isArray(x.items) ? x.items : [js];
    const line = lc.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line - 1;
    for (const o of items) {
      const k = o as KObject | null;
      if (!k || typeof k !== 'object' || typeof k.kind !== 'string' || typeof k.apiVersion !== 'string') continue;
      if (!k.metadata || typeof k.metadata !== 'object' || typeof k.metadata.name !== 'string' || !k.metadata.name) continue;
      out.push({ object: k, manifest: { uri, label, line } });
    }
  }
  return out;
}
