// The map's drawing as a string of HTML + SVG, with no DOM: layers from top to bottom (Ingress → Service → workload →
// Pod → config/storage), nodes ordered to shorten edges, rows wrapped so that a 30-object namespace stays readable.
// Pure, so that the benchmark measures it in Node. Every text goes through esc().
import type { Lang } from '../../core/i18n';
import { mt } from '../../core/map/text';
import type { MapEdge, MapGraph, MapNode } from '../../core/map/types';

export const NODE_W = 196;
export const NODE_H = 50;
const GAP_X = 28;
const ROW_GAP = 26;
const LAYER_GAP = 64;
const CAPTION_H = 22;
const MARGIN = 16;
const MAX_COLS = 6;
const LAYER_KEYS = ['ui.layer.ingress', 'ui.layer.service', 'ui.layer.workload', 'ui.layer.pod', 'ui.layer.config'] as const;

export interface Placed {
  node: MapNode;
  x: number;
  y: number;
}

export interface Layout {
  width: number;
  height: number;
  placed: Map<string, Placed>;
  captions: { layer: number; y: number }[];
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const short = (s: string, max: number): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Layered layout: barycenter ordering (two sweeps), then rows of at most MAX_COLS nodes per layer. */
export function layout(graph: MapGraph): Layout {
  const layers: MapNode[][] = [[], [], [], [], []];
  for (const n of graph.nodes) layers[n.layer].push(n);
  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    (neighbours.get(e.from) ?? neighbours.set(e.from, []).get(e.from)!).push(e.to);
    (neighbours.get(e.to) ?? neighbours.set(e.to, []).get(e.to)!).push(e.from);
  }
  const layerOf = new Map(graph.nodes.map((n) => [n.id, n.layer as number]));
  const pos = new Map<string, number>();
  const index = () => { for (const l of layers) l.forEach((n, i) => pos.set(n.id, l.length > 1 ? i / (l.length - 1) : 0.5)); };
  index();
  const sweep = (order: number[]) => {
    for (const li of order) {
      const l = layers[li];
      const score = new Map<string, number>();
      for (const n of l) {
        const ps = (neighbours.get(n.id) ?? []).filter((m) => layerOf.get(m) !== li && pos.has(m)).map((m) => pos.get(m)!);
        score.set(n.id, ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : pos.get(n.id)!);
      }
      l.sort((a, b) => score.get(a.id)! - score.get(b.id)! || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
      index();
    }
  };
  sweep([1, 2, 3, 4, 0]);
  sweep([3, 2, 1, 0, 4]);

  const cols = Math.min(MAX_COLS, Math.max(1, ...layers.map((l) => l.length)));
  const width = MARGIN * 2 + cols * NODE_W + (cols - 1) * GAP_X;
  const placed = new Map<string, Placed>();
  const captions: Layout['captions'] = [];
  let y = MARGIN;
  layers.forEach((l, li) => {
    if (!l.length) return;
    captions.push({ layer: li, y });
    y += CAPTION_H;
    for (let r = 0; r * MAX_COLS < l.length; r++) {
      const row = l.slice(r * MAX_COLS, (r + 1) * MAX_COLS);
      const rowW = row.length * NODE_W + (row.length - 1) * GAP_X;
      const x0 = (width - rowW) / 2;
      row.forEach((node, i) => placed.set(node.id, { node, x: x0 + i * (NODE_W + GAP_X), y }));
      y += NODE_H + ROW_GAP;
    }
    y += LAYER_GAP - ROW_GAP;
  });
  return { width, height: Math.max(y - LAYER_GAP + ROW_GAP + MARGIN, MARGIN * 2), placed, captions };
}

function edgePath(a: Placed, b: Placed): { d: string; mx: number; my: number } {
  const ax = a.x + NODE_W / 2, bx = b.x + NODE_W / 2;
  if (Math.abs(a.y - b.y) < 1) {
    // Same row: an arc below both nodes.
    const y = a.y + NODE_H, dip = 30;
    return { d: `M${ax},${y} C${ax},${y + dip} ${bx},${y + dip} ${bx},${y}`, mx: (ax + bx) / 2, my: y + dip * 0.75 };
  }
  const down = b.y > a.y;
  const y1 = down ? a.y + NODE_H : a.y, y2 = down ? b.y : b.y + NODE_H;
  const c = (y2 - y1) / 2;
  return { d: `M${ax},${y1} C${ax},${y1 + c} ${bx},${y2 - c} ${bx},${y2}`, mx: (ax + bx) / 2, my: (y1 + y2) / 2 };
}

export function originText(lang: Lang, n: MapNode): string {
  if (n.origin === 'both') return n.differsAt ? mt(lang, 'ui.origin.differsAt', { field: n.differsAt }) : mt(lang, n.differs ? 'ui.origin.differs' : 'ui.origin.both');
  return mt(lang, n.origin === 'file' ? 'ui.origin.file' : n.origin === 'cluster' ? 'ui.origin.cluster' : 'ui.origin.missing');
}

const originClass = (n: MapNode) => (n.origin === 'both' && n.differs ? 'differs' : n.origin);

function edgeSvg(lang: Lang, e: MapEdge, a: Placed, b: Placed, i: number): { edge: string; mark: string } {
  const { d, mx, my } = edgePath(a, b);
  const tip = e.broken ? mt(lang, 'ui.brokenLine', { from: e.from, to: e.to, reason: e.reason ?? '' }) : `${e.from} → ${e.to}${e.label ? ` (${e.label})` : ''}`;
  const cls = `edge${e.broken ? ' broken' : ''} k-${e.kind}`;
  // A broken edge opens the object that holds the broken reference (its `from`): that is where the fix goes. Its ✘
  // mark is drawn above the nodes (a separate layer) so that it can always be seen and clicked.
  const focus = e.broken ? ` tabindex="0" role="button" aria-label="${esc(tip)}"` : '';
  const ids = `data-from="${esc(e.from)}" data-to="${esc(e.to)}"`;
  const mark = e.broken
    ? `<g class="edge-mark" ${ids}><title>${esc(tip)}</title><circle class="mark" cx="${mx}" cy="${my}" r="9"/><text class="mark-text" x="${mx}" y="${my + 4}" text-anchor="middle">✘</text></g>`
    : '';
  return { edge: `<g class="${cls}" ${ids} data-edge="${i}"${focus}><title>${esc(tip)}</title><path d="${d}" marker-end="url(#${e.broken ? 'arrow-broken' : 'arrow'})"/></g>`, mark };
}

function nodeSvg(lang: Lang, p: Placed): string {
  const n = p.node;
  const where = n.manifest ? mt(lang, 'ui.openFile', { file: n.manifest.label, line: n.manifest.line + 1 }) : n.origin === 'cluster' ? mt(lang, 'ui.openLive') : '';
  const focusable = n.origin !== 'missing';
  const problems = n.problems ? mt(lang, 'ui.problems', { count: n.problems }) : '';
  const label = `${mt(lang, focusable ? 'ui.open' : 'ui.nodeName', { kind: n.kind, name: n.name })} — ${originText(lang, n)}${n.state ? ` — ${n.state}` : ''}${problems ? ` — ${problems}` : ''}${where ? ` — ${where}` : ''}`;
  return `<g class="node o-${originClass(n)}" data-id="${esc(n.id)}" transform="translate(${p.x},${p.y})"${focusable ? ' tabindex="0" role="button"' : ' role="img"'} aria-label="${esc(label)}">`
    + `<title>${esc(label)}</title><rect width="${NODE_W}" height="${NODE_H}" rx="6"/>`
    + `<text class="kind" x="10" y="18">${esc(short(n.kind, 26))}${n.state ? ` · ${esc(short(n.state, 16))}` : ''}</text>`
    + `<text class="name" x="10" y="38">${esc(short(n.name, n.problems ? 18 : 22))}</text>`
    + (n.problems ? `<g class="problems"><circle cx="${NODE_W - 16}" cy="33" r="9"/><text x="${NODE_W - 16}" y="37" text-anchor="middle">${n.problems > 9 ? '9+' : n.problems}</text></g>` : '')
    + '</g>';
}

/** The whole panel body: note, legend, SVG map, list of broken links (or « Pas encore de ressources »). */
export function renderMap(graph: MapGraph, lang: Lang, note?: string): string {
  const head = note ? `<p class="note" role="status">${esc(note)}</p>` : '';
  if (!graph.nodes.length) return `${head}<p class="empty">${esc(mt(lang, 'ui.empty', { namespace: graph.namespace }))}</p>`;
  const l = layout(graph);
  const origins: [string, string][] = [['file', 'ui.origin.file'], ['cluster', 'ui.origin.cluster'], ['both', 'ui.origin.both'], ['differs', 'ui.origin.differs'], ['missing', 'ui.origin.missing']]
    .map(([c, k]) => [c, mt(lang, k as 'ui.origin.file')]);
  const legend = `<div class="legend" aria-label="${esc(mt(lang, 'ui.legend'))}">${origins.map(([c, t]) => `<span class="chip o-${c}">${esc(t)}</span>`).join('')}</div>`;
  const broken = graph.edges.filter((e) => e.broken);
  const edges = graph.edges.map((e, i) => {
    const a = l.placed.get(e.from), b = l.placed.get(e.to);
    return a && b ? edgeSvg(lang, e, a, b, i) : { edge: '', mark: '' };
  });
  // Broken edges last: drawn over the others.
  const order = graph.edges.map((e, i) => [e, i] as const).sort((x, y) => Number(!!x[0].broken) - Number(!!y[0].broken)).map(([, i]) => edges[i].edge);
  const marks = edges.map((e) => e.mark).join('');
  const captions = l.captions.map((c) => `<text class="caption" x="${MARGIN}" y="${c.y + 14}">${esc(mt(lang, LAYER_KEYS[c.layer]))}</text>`).join('');
  const nodes = [...l.placed.values()].map((p) => nodeSvg(lang, p)).join('');
  const defs = '<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow"/></marker>'
    + '<marker id="arrow-broken" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="arrow-broken"/></marker></defs>';
  const svg = `<svg class="map" role="group" aria-label="${esc(mt(lang, 'ui.titleNs', { namespace: graph.namespace }))}" width="${l.width}" height="${l.height}" viewBox="0 0 ${l.width} ${l.height}">${defs}${captions}<g class="edges">${order.join('')}</g><g class="nodes">${nodes}</g><g class="marks">${marks}</g></svg>`;
  const list = broken.length
    ? `<h2 class="broken-title">${esc(mt(lang, 'ui.broken', { count: broken.length }))}</h2><ul class="broken-list">${broken.map((e) => `<li class="broken-item" tabindex="0" role="button" data-from="${esc(e.from)}" data-to="${esc(e.to)}">${esc(mt(lang, 'ui.brokenLine', { from: e.from, to: e.to, reason: e.reason ?? '' }))}</li>`).join('')}</ul>`
    : `<p class="no-broken">${esc(mt(lang, 'ui.noBroken'))}</p>`;
  return `${head}${legend}<div class="canvas">${svg}</div>${list}`;
}
