// Shared helpers of the workspace checks.
import type { FieldExpectation } from '../../format/types';
import { t, type Lang } from '../../../i18n/labs';
import { LabError } from '../../errors';
import type { WorkspaceSnapshot, WsResource } from '../types';

export function splitRef(ref: string): { kind: string; name?: string } {
  const i = ref.indexOf('/');
  return i < 0 ? { kind: ref } : { kind: ref.slice(0, i), name: ref.slice(i + 1) };
}

/** Resources of the snapshot named by `Kind/name` (kind compared without case), optionally in one file. */
export function findResources(ws: WorkspaceSnapshot, ref: string, file?: string): WsResource[] {
  const { kind, name } = splitRef(ref);
  return ws.resources.filter((r) => r.kind.toLowerCase() === kind.toLowerCase()
    && (name === undefined || r.name === name) && (file === undefined || r.file === file));
}

export function requireWorkspace(ws: WorkspaceSnapshot | undefined): WorkspaceSnapshot {
  if (!ws) throw new LabError('noSnapshot');
  return ws;
}

function show(v: unknown): string {
  if (typeof v === 'string') return `« ${v} »`;
  if (v && typeof v === 'object' && !Array.isArray(v)) return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${typeof x === 'object' ? JSON.stringify(x) : String(x)}`).join(', ')} }`;
  return JSON.stringify(v);
}

/** « = 6379 », « correspond à /^a/ », « ≥ 3 et ≤ 5 »… */
export function describeExpectation(e: FieldExpectation, lang: Lang): string {
  const parts: string[] = [];
  if (e.absent === true) parts.push(t(lang, 'attente.absent'));
  if (e.absent === false) parts.push(t(lang, 'attente.présent'));
  if (e.equals !== undefined) parts.push(t(lang, 'attente.égal', { valeur: show(e.equals) }));
  if (e.matches !== undefined) parts.push(t(lang, 'attente.correspond', { valeur: `/${e.matches}/` }));
  if (e.contains !== undefined) parts.push(t(lang, 'attente.contient', { valeur: show(e.contains) }));
  if (e.min !== undefined) parts.push(t(lang, 'attente.min', { valeur: e.min }));
  if (e.max !== undefined) parts.push(t(lang, 'attente.max', { valeur: e.max }));
  if (parts.length === 0) parts.push(t(lang, 'attente.présent'));
  return parts.join(t(lang, 'attente.et'));
}
