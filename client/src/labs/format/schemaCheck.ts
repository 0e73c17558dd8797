// A small JSON Schema (draft-07 subset) interpreter that validates lab.yaml against schemas/lab.schema.json and
// explains each problem in French. The schema stays the single description of the format: the editor validates
// with it too. Supported keywords: type, enum, const, pattern, minLength, minimum, maximum, minItems, uniqueItems,
// minProperties, properties, required, additionalProperties, items, $ref (local), allOf, if/then, oneOf.

import { editDistance } from '../../../../server/src/analysis/util/editDistance';

export interface SchemaProblem {
  /** Path in the document, e.g. `étapes[1].vérifications[0].échec`. */
  path: string;
  message: string;
}

type Schema = boolean | { [k: string]: unknown };
type Obj = Record<string, unknown>;

const TYPE_FR: Record<string, string> = {
  string: 'un texte', integer: 'un nombre entier', number: 'un nombre', boolean: 'un booléen (true ou false)',
  object: 'un dictionnaire (clé: valeur)', array: 'une liste', null: 'null',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function hasType(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

function show(v: unknown): string {
  return typeof v === 'string' ? `« ${v} »` : JSON.stringify(v);
}

/** Closest known key (Levenshtein ≤ 2, or same letters without accents), to suggest « vouliez-vous dire … ? ». */
export function closestKey(key: string, known: string[]): string | undefined {
  const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const exact = known.find((k) => plain(k) === plain(key));
  if (exact) return exact;
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = editDistance(plain(k), plain(key), 2);
    if (d < bestD) { bestD = d; best = k; }
  }
  return best;
}

export class SchemaChecker {
  constructor(private readonly root: Obj) {}

  check(value: unknown): SchemaProblem[] {
    const out: SchemaProblem[] = [];
    this.visit(this.root, value, '', out);
    return dedupe(out);
  }

  private resolve(s: Schema): Schema {
    if (typeof s === 'object' && typeof s.$ref === 'string') {
      const parts = s.$ref.replace(/^#\//, '').split('/');
      let cur: unknown = this.root;
      for (const p of parts) cur = (cur as Obj)[p];
      if (cur === undefined) throw new Error(`$ref introuvable dans le schéma : ${s.$ref}`);
      return this.resolve(cur as Schema);
    }
    return s;
  }

  private matches(schema: Schema, value: unknown): boolean {
    const out: SchemaProblem[] = [];
    this.visit(schema, value, '', out);
    return out.length === 0;
  }

  private visit(schemaIn: Schema, v: unknown, path: string, out: SchemaProblem[]): void {
    const s = this.resolve(schemaIn);
    if (s === true) return;
    if (s === false) { out.push({ path, message: 'cette clé n\'est pas permise ici.' }); return; }
    const where = path || 'le document';
    if (s.const !== undefined && v !== s.const) { out.push({ path, message: `${where} doit valoir ${show(s.const)}.` }); return; }
    if (Array.isArray(s.enum) && !s.enum.includes(v)) {
      out.push({ path, message: `valeur ${show(v)} non reconnue ; valeurs possibles : ${s.enum.map((e) => String(e)).join(', ')}.` });
      return;
    }
    if (typeof s.type === 'string' && !hasType(v, s.type)) {
      out.push({ path, message: `${where} doit être ${TYPE_FR[s.type] ?? s.type} (trouvé : ${TYPE_FR[typeOf(v)] ?? typeOf(v)}).` });
      return;
    }
    if (typeof v === 'string') this.visitString(s, v, path, out);
    if (typeof v === 'number') this.visitNumber(s, v, path, out);
    if (Array.isArray(v)) this.visitArray(s, v, path, out);
    else if (v !== null && typeof v === 'object') this.visitObject(s, v as Obj, path, out);
    if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) this.visit(sub, v, path, out);
    if (s.if !== undefined && s.then !== undefined && this.matches(s.if as Schema, v)) this.visit(s.then as Schema, v, path, out);
    if (Array.isArray(s.oneOf)) this.visitOneOf(s.oneOf as Schema[], v, path, out);
  }

  private visitString(s: Obj, v: string, path: string, out: SchemaProblem[]): void {
    if (typeof s.minLength === 'number' && v.length < s.minLength) out.push({ path, message: `texte trop court (au moins ${s.minLength} caractères).` });
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(v)) out.push({ path, message: `${show(v)} n'a pas la forme attendue (${s.pattern}).` });
  }

  private visitNumber(s: Obj, v: number, path: string, out: SchemaProblem[]): void {
    if (typeof s.minimum === 'number' && v < s.minimum) out.push({ path, message: `${v} est trop petit (minimum ${s.minimum}).` });
    if (typeof s.maximum === 'number' && v > s.maximum) out.push({ path, message: `${v} est trop grand (maximum ${s.maximum}).` });
  }

  private visitArray(s: Obj, v: unknown[], path: string, out: SchemaProblem[]): void {
    if (typeof s.minItems === 'number' && v.length < s.minItems) out.push({ path, message: `la liste doit contenir au moins ${s.minItems} élément(s).` });
    if (s.uniqueItems === true && new Set(v.map((x) => JSON.stringify(x))).size !== v.length) out.push({ path, message: 'la liste contient des doublons.' });
    if (s.items !== undefined) v.forEach((item, i) => this.visit(s.items as Schema, item, join(path, i), out));
  }

  private visitObject(s: Obj, v: Obj, path: string, out: SchemaProblem[]): void {
    const props = (s.properties ?? {}) as Record<string, Schema>;
    if (Array.isArray(s.required)) {
      for (const r of s.required as string[]) if (!(r in v)) out.push({ path, message: `la clé obligatoire « ${r} » manque${path ? '' : ' dans lab.yaml'}.` });
    }
    if (typeof s.minProperties === 'number' && Object.keys(v).length < s.minProperties) out.push({ path, message: `au moins ${s.minProperties} clé(s) attendue(s).` });
    for (const [k, val] of Object.entries(v)) {
      if (k in props) this.visit(props[k], val, join(path, k), out);
      else if (s.additionalProperties === false) {
        const hint = closestKey(k, Object.keys(props));
        out.push({ path: join(path, k), message: `clé inconnue « ${k} »${hint ? ` : vouliez-vous dire « ${hint} » ?` : '.'}` });
      } else if (s.additionalProperties !== undefined && typeof s.additionalProperties === 'object') {
        this.visit(s.additionalProperties as Schema, val, join(path, k), out);
      }
    }
  }

  private visitOneOf(branches: Schema[], v: unknown, path: string, out: SchemaProblem[]): void {
    const ok = branches.filter((b) => this.matches(b, v)).length;
    if (ok === 1) return;
    if (ok > 1) { out.push({ path, message: 'valeur ambiguë (plusieurs formes possibles).' }); return; }
    // Report the branch that shares the value's key (object) or the list of accepted forms.
    const key = v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v)[0] : undefined;
    const named = branches.map((b) => this.resolve(b)).find((b) => typeof b === 'object' && key !== undefined && b.title === key);
    if (named) { this.visit(named, v, path, out); return; }
    const titles = branches.map((b) => this.resolve(b)).map((b) => (typeof b === 'object' ? String(b.title ?? '?') : '?'));
    out.push({ path, message: `forme non reconnue ${show(key ?? v)} ; formes possibles : ${titles.join(', ')}.` });
  }
}

function dedupe(list: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const k = `${p.path}\u0000${p.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
