// Outline of a file: one symbol per Kubernetes object (`Deployment/web`, as kubectl writes it), with its containers as children, and
// folding ranges (one per document, one per multi-line block).
import { isMap, isPair, isScalar, isSeq, visit, type Node } from 'yaml';
import type { OffsetRange } from '../model';
import { rangeOf } from '../index/ranges';
import type { ManifestWorkspace } from '../index/workspace';
import { get } from '../util/yamlNodes';

export interface ObjectSymbol {
  name: string;
  /** The object's kind ('' when it has none), or 'container' / 'initContainer' for children. */
  kind: string;
  detail?: string;
  range: OffsetRange;
  selectionRange: OffsetRange;
  children: ObjectSymbol[];
}

function fullRange(base: number, node: Node): OffsetRange {
  const r = node.range!;
  return { start: base + r[0], end: base + Math.max(r[0], r[2] ?? r[1]) };
}

export function documentSymbols(ws: ManifestWorkspace, uri: string): ObjectSymbol[] {
  const file = ws.getFile(uri);
  if (!file || file.kind !== 'manifest') return [];
  const out: ObjectSymbol[] = [];
  for (const doc of file.docs) {
    for (const res of doc.resources) {
      if (!res.node.range) continue;
      const nameNode = get(get(res.node, 'metadata'), 'name') ?? get(res.node, 'kind') ?? res.node;
      const children: ObjectSymbol[] = [];
      for (const c of res.podTemplate?.containers ?? []) {
        if (!c.node.range) continue;
        const cn = get(c.node, 'name') ?? c.node;
        children.push({
          name: c.name ?? '?', kind: c.init ? 'initContainer' : 'container', detail: String((get(c.node, 'image') as { value?: unknown } | undefined)?.value ?? ''),
          range: fullRange(doc.base, c.node), selectionRange: rangeOf(doc, cn), children: [],
        });
      }
      out.push({
        name: res.name ? `${res.kind ?? '?'}/${res.name}` : res.kind ?? '?',
        kind: res.kind ?? '',
        detail: [res.apiVersion, res.explicitNamespace ? `namespace ${res.explicitNamespace}` : ''].filter(Boolean).join(' · '),
        range: fullRange(doc.base, res.node),
        selectionRange: rangeOf(doc, nameNode),
        children,
      });
    }
  }
  return out;
}

export interface LineFold {
  startLine: number;
  endLine: number;
}

/** Folding ranges: each document of a multi-document file, and each block spanning several lines. */
export function foldingRanges(ws: ManifestWorkspace, uri: string, lineOf: (offset: number) => number): LineFold[] {
  const file = ws.getFile(uri);
  if (!file || file.skipped) return [];
  const out: LineFold[] = [];
  const add = (start: number, end: number) => {
    const a = lineOf(start);
    const b = lineOf(Math.max(start, end - 1));
    if (b > a) out.push({ startLine: a, endLine: b });
  };
  for (const doc of file.docs) {
    const text = doc.text.replace(/\s+$/, '');
    // From the first line of content (after the `---` marker and comments) to the last.
    const first = /^(?:(?:---|\.\.\.)[^\n]*\n|[ \t]*(?:#[^\n]*)?\n)*/.exec(text)?.[0].length ?? 0;
    if (file.docs.length > 1 && text.length > first) add(doc.base + first, doc.base + text.length);
    const contents = doc.yaml.contents;
    if (!contents) continue;
    visit(doc.yaml, {
      Pair(_key, pair) {
        const v = pair.value as Node | null;
        if (!isPair(pair) || !isScalar(pair.key) || !(isMap(v) || isSeq(v)) || !v.range || !pair.key.range) return;
        add(doc.base + pair.key.range[0], doc.base + v.range[1]);
      },
      Seq(_key, seq) {
        for (const item of seq.items) {
          const n = item as Node | null;
          if (isMap(n) && n.range) add(doc.base + n.range[0], doc.base + n.range[1]);
        }
      },
    });
  }
  return out;
}
