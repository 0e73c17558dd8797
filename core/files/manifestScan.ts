// Finds which Kubernetes objects a YAML file defines (kind, name, namespace, line), with the `yaml` library.
// Pure: text in, entries out; broken documents are skipped, never thrown.
import { LineCounter, parseAllDocuments } from 'yaml';
import { nestingExceeds } from '../analysis/parse/limits';
import { MAX_FILE_SIZE } from './walker';

export interface ManifestEntry {
  kind: string;
  name: string;
  namespace?: string;
  /** 0-based line where the object's document starts (its `apiVersion`/`kind`). */
  line: number;
}

export function scanManifests(text: string): ManifestEntry[] {
  const out: ManifestEntry[] = [];
  for (const { object, line } of documentObjects(text)) {
    const e = entryOf(object);
    if (e) out.push({ ...e, line });
  }
  return out;
}

/**
 * Every object of a YAML file's documents (the items of a `…List` one by one), with the 0-based line where its
 * document starts. Nothing for a file too large, binary or too deeply nested for `yaml`'s recursive composer (the
 * diagnostics say KA105); a document that cannot be read is skipped (`skipBroken`: also one with a syntax error).
 */
export function* documentObjects(text: string, { skipBroken = false } = {}): Generator<{ object: unknown; line: number }> {
  if (text.length > MAX_FILE_SIZE || text.includes('\u0000') || nestingExceeds(text) !== -1) return;
  const lc = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter: lc, uniqueKeys: false });
  } catch {
    return;
  }
  if (!Array.isArray(docs)) return;
  for (const doc of docs) {
    if (skipBroken && doc.errors.length) continue;
    let js: unknown;
    try { js = doc.toJS({ maxAliasCount: 50 }); } catch { continue; }
    const line = lc.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line - 1;
    for (const object of isList(js) ? (js as { items: unknown[] }).items : [js]) yield { object, line };
  }
}

function isList(js: unknown): boolean {
  const o = js as { kind?: unknown; items?: unknown } | null;
  return !!o && typeof o === 'object' && typeof o.kind === 'string' && o.kind.endsWith('List') && Array.isArray(o.items);
}

function entryOf(o: unknown): Omit<ManifestEntry, 'line'> | undefined {
  if (!o || typeof o !== 'object') return undefined;
  const x = o as { kind?: unknown; apiVersion?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
  if (typeof x.kind !== 'string' || typeof x.apiVersion !== 'string') return undefined;
  const name = x.metadata?.name;
  if (typeof name !== 'string' || !name) return undefined;
  const ns = x.metadata?.namespace;
  return { kind: x.kind, name, namespace: typeof ns === 'string' && ns ? ns : undefined };
}

/** Index of entries by kind/name, namespace-aware: an entry without namespace matches the namespace it is applied to. */
export class ManifestLookup<L> {
  private readonly byKey = new Map<string, { ns?: string; loc: L }[]>();

  add(e: ManifestEntry, loc: L): void {
    const k = `${e.kind}/${e.name}`;
    const list = this.byKey.get(k) ?? [];
    list.push({ ns: e.namespace, loc });
    this.byKey.set(k, list);
  }

  find(kind: string, name: string, namespace: string): L | undefined {
    const list = this.byKey.get(`${kind}/${name}`);
    if (!list) return undefined;
    return (list.find((x) => x.ns === namespace) ?? list.find((x) => x.ns === undefined))?.loc;
  }
}
