// Deterministic mutations of manifests, shared by the fuzz test and the parser fast path's differential test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { aliasChain, billionLaughs, deepBlockSeqs, mergeBomb } from './hostile';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

/** The same seeded PRNG (mulberry32) as the exercises of `lab mutate`. */
export { prng as mulberry32 } from '../../../core/labs/mutants/exercise';

export function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d).sort()) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e)) out.push(readFileSync(p, 'utf8'));
    }
  };
  // In the repository (copies of the shared corpus and seed manifests): the inputs never depend on what lies outside it.
  for (const dir of [join(FIXTURES, 'seed-manifests'), join(FIXTURES, 'corpus')]) walk(dir);
  return out;
}

export const BUILTIN = [
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: http\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{containerPort: 80, name: http}]\n          livenessProbe: {httpGet: {path: /, port: http}}\n          envFrom: [{configMapRef: {name: cfg}}]\n',
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  a: YWJj\n  b: &x bXktc2VjcmV0Cg==\n  c: *x\n',
  'base: &b\n  image: nginx\nlist:\n  - <<: *b\n    name: x\n',
  // An alias bomb: must stay cheap.
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nkind: Pod\napiVersion: v1\nspec:\n  containers: *f\n',
];

const TOKENS = ['\t', '"', "'", ':', ': ', '- ', '---\n', '...\n', '{{ .Values.x }}', '{', '}', '[', ']', '&a ', '*a', '<<: *a\n', '\n', '  ', '#', '|', '>', '\u0000', 'é', '\uFEFF', 'null', '~', 'yes', '0755', '!!binary ', '%YAML 1.2\n', 'kind: List\nitems:\n', 'apiVersion: v1\n'];

export function mutate(text: string, rnd: () => number): string {
  let t = text;
  const n = 1 + Math.floor(rnd() * 4);
  for (let k = 0; k < n; k++) {
    const pos = Math.floor(rnd() * (t.length + 1));
    const lines = t.split('\n');
    switch (Math.floor(rnd() * 8)) {
      case 0: t = t.slice(0, pos) + t.slice(pos + 1 + Math.floor(rnd() * 5)); break; // delete
      case 1: t = t.slice(0, pos) + TOKENS[Math.floor(rnd() * TOKENS.length)] + t.slice(pos); break; // insert a token
      case 2: { const i = Math.floor(rnd() * lines.length); lines.splice(i, 0, lines[Math.floor(rnd() * lines.length)] ?? ''); t = lines.join('\n'); break; } // duplicate a line
      case 3: { const i = Math.floor(rnd() * lines.length); lines[i] = (rnd() < 0.5 ? '  ' : '') + (lines[i] ?? '').replace(/^ {1,2}/, rnd() < 0.5 ? '' : ' '); t = lines.join('\n'); break; } // indentation
      case 4: t = t.slice(0, pos); break; // truncate
      case 5: { const i = Math.floor(rnd() * lines.length); const j = Math.floor(rnd() * lines.length); [lines[i], lines[j]] = [lines[j], lines[i]]; t = lines.join('\n'); break; } // swap lines
      case 6: t = t.replace(/: [^\n]*/, (m) => (rnd() < 0.5 ? ': ' : m + m)); break; // empty or double a value
      default: t = t.slice(0, pos) + String.fromCharCode(Math.floor(rnd() * 0x2fff)) + t.slice(pos); break; // random character
    }
  }
  return t;
}

/**
 * A hostile mutation (for the engine's fuzz only: the fast path's differential test compares with `yaml` itself,
 * which must not meet these): deep flow or block nesting, or an alias bomb, spliced into the text.
 */
export function mutateHostile(text: string, rnd: () => number): string {
  const pos = Math.floor(rnd() * (text.length + 1));
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const depth = [200, 300, 2000, 20000][Math.floor(rnd() * 4)];
  const bomb = (t: string) => t.split('\n').slice(4).join('\n'); // without its apiVersion/kind/metadata head
  switch (Math.floor(rnd() * 7)) {
    case 0: return text.slice(0, pos) + '['.repeat(depth) + text.slice(pos); // unclosed flow
    case 1: return text.slice(0, pos) + '{a: '.repeat(depth >> 2) + 'x' + '}'.repeat(depth >> 2) + text.slice(pos); // closed flow
    case 2: return text.slice(0, lineStart) + bomb(deepBlockSeqs(depth)) + text.slice(lineStart); // `- - - x`
    case 3: { // block mappings, one more space per level, from this line on
      const lines = Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`);
      return text.slice(0, lineStart) + lines.join('\n') + ' v\n' + text.slice(lineStart);
    }
    case 4: return text + bomb(billionLaughs(4 + Math.floor(rnd() * 6), 4 + Math.floor(rnd() * 6)));
    case 5: return text + bomb(mergeBomb(4 + Math.floor(rnd() * 8), 2 + Math.floor(rnd() * 8)));
    default: return text.slice(0, lineStart) + bomb(aliasChain(50 + Math.floor(rnd() * 400))) + text.slice(lineStart);
  }
}
