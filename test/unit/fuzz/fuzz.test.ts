// Fuzz: thousands of mutated manifests (deterministic seed) through the whole engine, one workspace updated
// incrementally. Zero crashes (no exception, no rule failure reported as KA102), every analysis bounded in time.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../../server/src/analysis/engine';
import { ManifestWorkspace } from '../../../server/src/analysis/index/workspace';
import { formatMessage } from '../../../server/src/analysis/messages';

const SHARED = join(__dirname, '..', '..', '..', '..', 'shared');
const CASES = Number(process.env.FUZZ_CASES ?? 4000);
// A hang detector, not a speed target (speed lives in npm run bench): generous enough for a loaded 2-core CI machine.
const BOUND_MS = 20000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusTexts(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e)) out.push(readFileSync(p, 'utf8'));
    }
  };
  for (const dir of [join(SHARED, 'research', 'seed-manifests'), join(SHARED, 'corpus')]) if (existsSync(dir)) walk(dir);
  return out;
}

const BUILTIN = [
  'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: http\n',
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports: [{containerPort: 80, name: http}]\n          livenessProbe: {httpGet: {path: /, port: http}}\n          envFrom: [{configMapRef: {name: cfg}}]\n',
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ndata:\n  a: YWJj\n  b: &x bXktc2VjcmV0Cg==\n  c: *x\n',
  'base: &b\n  image: nginx\nlist:\n  - <<: *b\n    name: x\n',
  // An alias bomb: must stay cheap.
  'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\ng: [*f, *f, *f, *f, *f, *f, *f, *f, *f]\nkind: Pod\napiVersion: v1\nspec:\n  containers: *f\n',
];

const TOKENS = ['\t', '"', "'", ':', ': ', '- ', '---\n', '...\n', '{{ .Values.x }}', '{', '}', '[', ']', '&a ', '*a', '<<: *a\n', '\n', '  ', '#', '|', '>', '\u0000', 'é', '\uFEFF', 'null', '~', 'yes', '0755', '!!binary ', '%YAML 1.2\n', 'kind: List\nitems:\n', 'apiVersion: v1\n'];

function mutate(text: string, rnd: () => number): string {
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

describe('fuzz: mutated manifests never crash the engine', function () {
  this.timeout(10 * 60 * 1000);
  it(`analyses ${CASES} mutated documents without crash, each within ${BOUND_MS} ms`, () => {
    const base = [...BUILTIN, ...corpusTexts()];
    const rnd = mulberry32(20261125);
    const ws = new ManifestWorkspace();
    ws.addRoot('file:///fuzz');
    const analyzer = new Analyzer(ws);
    let slowest = 0;
    for (let i = 0; i < CASES; i++) {
      const src = base[Math.floor(rnd() * base.length)];
      const text = mutate(src, rnd);
      const uri = `file:///fuzz/f${i % 40}.yaml`; // 40 files updated again and again: incremental paths too
      const t0 = performance.now();
      let findings;
      try {
        ws.setFile(uri, text);
        findings = analyzer.findingsFor(uri);
        for (const f of findings) formatMessage(f.messageKey ?? f.code, f.args, i % 2 ? 'fr' : 'en');
      } catch (err) {
        assert.fail(`case ${i} crashed: ${(err as Error).stack}\n--- input ---\n${text}`);
      }
      const ms = performance.now() - t0;
      slowest = Math.max(slowest, ms);
      assert.ok(ms < BOUND_MS, `case ${i} took ${ms.toFixed(0)} ms\n--- input ---\n${text.slice(0, 2000)}`);
      assert.deepEqual(analyzer.failures, [], `case ${i}: a rule threw\n--- input ---\n${text}`);
      const crashed = findings.filter((f) => f.code === 'KA102');
      assert.deepEqual(crashed.map((f) => f.args), [], `case ${i}: a rule failed\n--- input ---\n${text}`);
      for (const f of findings) assert.ok(f.range.start >= 0 && f.range.end <= text.length + 1 && f.range.start <= f.range.end, `case ${i}: range ${JSON.stringify(f.range)} outside the text (${text.length})`);
      if (i % 97 === 0) ws.removeFile(`file:///fuzz/f${(i + 7) % 40}.yaml`);
    }
    assert.ok(slowest < BOUND_MS);
  });
});
