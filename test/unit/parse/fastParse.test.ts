// The parser fast path must build exactly what `yaml` builds, or decline. Differential test over every manifest of
// the repository and of the public corpus, their documents mutated thousands of times, and hand-picked cases.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { parseFast } from '../../../core/analysis/parse/fastParse';
import { splitDocuments } from '../../../core/analysis/parse/splitDocuments';
import { corpusTexts, mulberry32, mutate } from '../fuzz/mutate';
// @ts-expect-error -- plain ES module shared with the benchmark
import { bigFile, workspaceFiles } from '../../bench/_corpusGen.mjs';

const ROOT = join(__dirname, '..', '..', '..');
const MUTATIONS = Number(process.env.FAST_PARSE_MUTATIONS ?? 20000);
const OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: true, strict: true, logLevel: 'silent' } as const;

/** Everything the analysis may read from a node tree, as a string. */
function snapshot(doc: Document.Parsed): string {
  const node = (n: unknown): unknown => {
    if (isScalar(n)) {
      const s = n as unknown as Record<string, unknown>;
      return ['S', typeof n.value === 'number' && Number.isNaN(n.value) ? 'NaN' : Object.is(n.value, -0) ? '-0' : n.value, typeof n.value,
        n.type, s.source, n.range, n.format, n.minFractionDigits, n.tag, s.anchor];
    }
    if (isMap(n)) return ['M', n.range, !!n.flow, n.tag, n.items.map((p) => (isPair(p) ? [node(p.key), node(p.value)] : 'not-a-pair'))];
    if (isSeq(n)) return ['Q', n.range, !!n.flow, n.tag, n.items.map(node)];
    return n === null ? null : ['?', String(n)];
  };
  return JSON.stringify([doc.range, node(doc.contents)]);
}

/** Returns true when the fast path accepted the chunk (and then asserts it agrees with `yaml`). */
function check(chunk: string, where: string): boolean {
  const fast = parseFast(chunk);
  if (!fast) return false;
  const ref = parseDocument(chunk, OPTIONS);
  assert.deepEqual([...ref.errors, ...ref.warnings].map((e) => e.code), [], `${where}: the fast path accepted a document \`yaml\` flags:\n${chunk}`);
  assert.equal(snapshot(fast), snapshot(ref), `${where}: different trees for:\n${chunk}`);
  assert.deepEqual(fast.toJS(), ref.toJS(), `${where}: different values`);
  return true;
}

function repositoryTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      if (statSync(p).isDirectory()) { if (!['node_modules', '.git', '.test-work', 'dist'].includes(e)) walk(p); } else if (/\.ya?ml$/.test(e)) out.push([p, readFileSync(p, 'utf8')]);
    }
  };
  for (const d of ['labs', 'test/fixtures', 'server', 'docs']) if (existsSync(join(ROOT, d))) walk(join(ROOT, d));
  return out;
}

describe('parser fast path (differential against `yaml`)', function () {
  this.timeout(10 * 60 * 1000);

  it('agrees with `yaml` on every document of the repository, the public corpus and the benchmark corpora', () => {
    const texts: Array<[string, string]> = [...repositoryTexts(), ...corpusTexts().map((t, i): [string, string] => [`corpus#${i}`, t]),
      ['bench:big', bigFile(200)], ...workspaceFiles(30).map((f: { name: string; text: string }): [string, string] => [`bench:${f.name}`, f.text])];
    let chunks = 0;
    let accepted = 0;
    for (const [where, text] of texts) {
      for (const c of splitDocuments(text)) {
        chunks++;
        if (check(c.text, where)) accepted++;
      }
    }
    // Most real manifests take the fast path (otherwise it would be pointless); the rest fall back to `yaml`.
    if (process.env.FAST_PARSE_VERBOSE) console.log(`fast path: ${accepted}/${chunks} documents`);
    assert.ok(chunks > 300, `only ${chunks} documents found`);
    assert.ok(accepted / chunks > 0.6, `fast path taken for ${accepted}/${chunks} documents`);
  });

  it(`agrees with \`yaml\` or declines on ${MUTATIONS} mutated documents`, () => {
    const base = [...repositoryTexts().map(([, t]) => t), ...corpusTexts()].flatMap((t) => splitDocuments(t).map((c) => c.text)).filter((t) => t.trim());
    const rnd = mulberry32(Number(process.env.FAST_PARSE_SEED ?? 42));
    let accepted = 0;
    for (let i = 0; i < MUTATIONS; i++) {
      const text = mutate(base[Math.floor(rnd() * base.length)], rnd);
      if (check(text, `mutation #${i}`)) accepted++;
    }
    if (process.env.FAST_PARSE_VERBOSE) console.log(`fast path: ${accepted}/${MUTATIONS} mutated documents`);
    assert.ok(accepted > MUTATIONS / 10, `fast path taken for only ${accepted} mutated documents`);
  });

  it('builds the same nodes on the shapes manifests use', () => {
    const cases = [
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: "web"\n  labels: {}\n  x:\nspec:\n  ports:\n    - port: 80\n      targetPort: 0.50\n  empty:\n  q: \'it\'\'s\'\n# trailing\n',
      '---\n# comment\nkind: Pod # why\nspec:\n  containers:\n  - name: a\n    args: []\n    command:\n    - sh\n    - -c\n    - echo a#b c\n\n\n  restartPolicy: Never\n',
      'a: 1\nb: -2\nc: +3\nd: 1.5\ne: .5\nf: 010\ng: ~\nh: Null\ni: TRUE\nj: yes\nm: "x"   # c\nn: \'\'\n',
      'top:\n    deep:\n        - x\n        - y: 1\n          z: 2\n    other: v\n',
      'k: v\n...\n',
      'key: value with: colon\n',
      'list:\n- a\n-\n- c\n',
      'a: "unterminated\n',
      'a: b\n  c: d\n',
      'a: &x 1\nb: *x\n',
      'a: |\n  text\n',
      'a: b\na: c\n',
    ];
    let accepted = 0;
    for (const [i, c] of cases.entries()) if (check(c, `case ${i}`)) accepted++;
    assert.ok(accepted >= 4, `the fast path took only ${accepted} of the plain cases`);
    // What it must leave to `yaml`: errors, anchors, block scalars, duplicate keys, multi-line values.
    for (const c of ['a: "unterminated\n', 'a: b\n  c: d\n', 'a: &x 1\nb: *x\n', 'a: |\n  text\n', 'a: b\na: c\n', 'a:\tb\n', 'k: v\r\n', 'k: 1e3\n', 'k: 0x1F\n', 'k: .inf\n', 'a:\n- x\n# c\n']) {
      assert.equal(parseFast(c), undefined, `should decline: ${JSON.stringify(c)}`);
    }
  });
});
