// Entry of the map's webview (bundled as dist/webviews/map.js): draws what the extension host sends (core/map/protocol.ts)
// and posts back the node to open. Keyboard: every drawn object is focusable, Enter or Space opens it.
import type { HostToMapView, MapViewToHost } from '../../core/map/protocol';
import css from './styles.css';
import { renderMap } from './render';

interface VsCodeApi { postMessage(m: MapViewToHost): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const nodeOf = (t: EventTarget | null): HTMLElement | null => (t instanceof Element ? t.closest<HTMLElement>('g.node[tabindex]') : null);
/** What a click or Enter opens: a node, or a broken link (edge or list item) = the object holding the reference. */
const openableOf = (t: EventTarget | null): HTMLElement | null =>
  (t instanceof Element ? t.closest<HTMLElement>('g.node[tabindex], g.edge.broken[tabindex], g.edge-mark, li.broken-item[tabindex]') : null);
const open = (g: HTMLElement | null) => {
  const id = g?.dataset.id ?? g?.dataset.from;
  if (id) vscode.postMessage({ type: 'open', id });
};

root.addEventListener('click', (ev) => open(openableOf(ev.target)));
document.getElementById('refresh')?.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
root.addEventListener('keydown', (ev) => {
  const g = openableOf(ev.target);
  if (g && (ev.key === 'Enter' || ev.key === ' ')) { ev.preventDefault(); open(g); }
});
// Hovering or focusing a node highlights its edges.
const highlight = (g: HTMLElement | null) => {
  root.querySelectorAll('g.edge.lit').forEach((e) => e.classList.remove('lit'));
  const id = g?.dataset.id;
  if (id) root.querySelectorAll<SVGGElement>('g.edge').forEach((e) => { if (e.dataset.from === id || e.dataset.to === id) e.classList.add('lit'); });
};
root.addEventListener('focusin', (ev) => highlight(nodeOf(ev.target)));
root.addEventListener('mouseover', (ev) => highlight(nodeOf(ev.target)));

window.addEventListener('message', (ev: MessageEvent<HostToMapView>) => {
  const m = ev.data;
  if (m.type !== 'graph') return;
  const focused = nodeOf(document.activeElement)?.dataset.id;
  root.innerHTML = renderMap(m.graph, m.lang, m.note);
  root.dataset.ready = 'true';
  root.dataset.updated = m.updated;
  if (focused) root.querySelector<HTMLElement>(`g.node[data-id="${CSS.escape(focused)}"]`)?.focus();
});
vscode.postMessage({ type: 'ready' });
