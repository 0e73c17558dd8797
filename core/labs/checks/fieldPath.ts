// Field paths used by `manifeste.champ` and `cluster.champ`:
//   spec.template.spec.containers[0].ports[0].containerPort
//   spec.template.spec.containers[*].image            (any element)
//   spec.template.spec.containers[0].env[name=REDIS_URL].value
//   metadata.annotations["deployment.kubernetes.io/revision"]
import type { FieldExpectation } from '../format/types';
import { type Lang, t } from '../../i18n/labs';
import { errorText, LabError } from '../errors';

export type Segment =
  | { k: 'key'; key: string }
  | { k: 'index'; index: number }
  | { k: 'any' }
  | { k: 'where'; key: string; value: string };

export function parsePath(p: string): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  const fail = (): never => { throw new LabError('badPath', { path: p, position: i + 1 }); };
  while (i < p.length) {
    if (p[i] === '.') { i++; continue; }
    if (p[i] === '[') {
      const end = p.indexOf(']', i);
      if (end < 0) fail();
      const inner = p.slice(i + 1, end).trim();
      if (/^\d+$/.test(inner)) out.push({ k: 'index', index: Number(inner) });
      else if (inner === '*') out.push({ k: 'any' });
      else if (/^"[^"]*"$/.test(inner) || /^'[^']*'$/.test(inner)) out.push({ k: 'key', key: inner.slice(1, -1) });
      else {
        const eq = inner.indexOf('=');
        if (eq <= 0) fail();
        out.push({ k: 'where', key: inner.slice(0, eq).trim(), value: inner.slice(eq + 1).trim().replace(/^["']|["']$/g, '') });
      }
      i = end + 1;
      continue;
    }
    const m = /^[^.[\]]+/.exec(p.slice(i));
    if (!m) fail();
    out.push({ k: 'key', key: m![0] });
    i += m![0].length;
  }
  if (out.length === 0) fail();
  return out;
}

/** All values reached by the path (several with `[*]` or `[clé=valeur]`); missing branches give nothing. */
export function evaluatePath(root: unknown, p: string | Segment[]): unknown[] {
  let cur: unknown[] = [root];
  for (const seg of typeof p === 'string' ? parsePath(p) : p) {
    const next: unknown[] = [];
    for (const v of cur) {
      if (v === null || v === undefined) continue;
      if (seg.k === 'key' && typeof v === 'object' && !Array.isArray(v)) {
        const x = (v as Record<string, unknown>)[seg.key];
        if (x !== undefined) next.push(x);
      } else if (seg.k === 'index' && Array.isArray(v)) {
        if (seg.index < v.length) next.push(v[seg.index]);
      } else if (seg.k === 'any' && Array.isArray(v)) {
        next.push(...v);
      } else if (seg.k === 'where' && Array.isArray(v)) {
        for (const el of v) {
          if (el && typeof el === 'object' && scalarText((el as Record<string, unknown>)[seg.key]) === seg.value) next.push(el);
        }
      }
    }
    cur = next;
  }
  return cur.filter((v) => v !== null && v !== undefined);
}

function scalarText(v: unknown): string | undefined {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** Equality where scalars compare by their text (6379 equals "6379"), maps and lists structurally. */
export function looseEqual(a: unknown, b: unknown): boolean {
  const sa = scalarText(a);
  const sb = scalarText(b);
  if (sa !== undefined || sb !== undefined) return sa !== undefined && sa === sb;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => looseEqual(x, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => looseEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

function contains(value: unknown, expected: unknown): boolean {
  if (typeof value === 'string') return typeof expected !== 'object' && value.includes(String(expected));
  if (Array.isArray(value)) return value.some((el) => looseEqual(el, expected) || (isMap(expected) && isMap(el) && contains(el, expected)));
  if (isMap(value) && isMap(expected)) {
    return Object.entries(expected).every(([k, v]) => k in value && (looseEqual(value[k], v) || (isMap(v) && contains(value[k], v))));
  }
  return false;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function numeric(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

/** True when one value meets every expectation given. */
export function meets(value: unknown, e: FieldExpectation): boolean {
  if (e.equals !== undefined && !looseEqual(value, e.equals)) return false;
  if (e.matches !== undefined) {
    const t = scalarText(value);
    if (t === undefined || !new RegExp(e.matches, 'u').test(t)) return false;
  }
  if (e.contains !== undefined && !contains(value, e.contains)) return false;
  if (e.min !== undefined || e.max !== undefined) {
    const n = numeric(value);
    if (n === undefined) return false;
    if (e.min !== undefined && n < e.min) return false;
    if (e.max !== undefined && n > e.max) return false;
  }
  return true;
}

/** Applies an expectation to the values a path reached: some value must meet it (or none must exist, for `absent`). */
export function expectationHolds(values: unknown[], e: FieldExpectation): boolean {
  if (e.absent === true) return values.length === 0;
  if (e.absent === false && values.length === 0) return false;
  return values.some((v) => meets(v, e));
}

/** Short text of the value(s) found, for the detail line of a failed check. */
export function describeValues(values: unknown[], lang: Lang): string {
  if (values.length === 0) return t(lang, 'valeur.absente');
  const txt = values.slice(0, 3).map((v) => (typeof v === 'string' ? t(lang, 'valeur.texte', { valeur: v }) : JSON.stringify(v))).join(', ');
  return values.length > 3 ? `${txt}…` : txt;
}

/**
 * The verdict of a field check on one object (manifest, render or live): the path is evaluated, then the
 * expectation; an invalid path or an unmet expectation says what was found.
 */
export function fieldVerdict(object: unknown, path: string, e: FieldExpectation, lang: Lang): { ok: boolean; detail?: string } {
  let values: unknown[];
  try {
    values = evaluatePath(object, path);
  } catch (err) {
    return { ok: false, detail: t(lang, 'détail.cheminInvalide', { message: errorText(err, lang) }) };
  }
  if (expectationHolds(values, e)) return { ok: true };
  return { ok: false, detail: t(lang, 'détail.trouvé', { valeur: describeValues(values, lang) }) };
}
