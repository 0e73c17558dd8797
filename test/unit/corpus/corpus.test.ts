// The shared corpus (../shared/corpus, see its README): every case folder is opened as a workspace and must pass
// as the README defines it: every required finding reported on one of its lines, with the right category and
// the mentioned words in the French message; on valid/ and removed-apis/, no other error or warning.
// Category `schema` belongs to the schema validation (rules/schema-validation.ts): those findings are required
// once that rule is real, and skipped with a reason while it is the placeholder.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../../../core/analysis/engine';
import { computeLineStarts, positionAt } from '../../../core/analysis/index/ranges';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';

export const CORPUS = process.env.KUBE_APPRENTI_CORPUS ?? join(__dirname, '..', '..', 'fixtures', 'corpus');

/** Our codes for each category of the corpus. */
export const CATEGORY_CODES: Record<string, string[]> = {
  'selector-no-match': ['KA001'],
  'deployment-selector-mismatch': ['KA002'],
  'targetport-mismatch': ['KA010', 'KA011'],
  'ingress-backend': ['KA006', 'KA007'],
  'probe-port': ['KA056'],
  'ref-missing': ['KA100', 'KA005', 'KA009', 'KA017'],
  schema: ['KA037', 'KA054', 'KA063', 'KA021', 'KA044', 'KA065', 'KA041', 'KA042', 'KA043', 'KA046', ...Array.from({ length: 50 }, (_, i) => `KA${150 + i}`)],
  apiversion: ['KA038'],
  naming: ['KA057', 'KA070', 'KA071', 'KA072', 'KA073'],
  'yaml-syntax': ['KA039', 'KA040', 'KA067', 'KA069'],
  'secret-base64': ['KA018', 'KA019', 'KA020'],
};

interface ExpectedFinding { file: string; lines: number[]; category: string; mentions: string[]; optional?: boolean }
export interface Got { code: string; file: string; line: number; severity: string; message: string }

export function runCase(dir: string): Got[] {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  const ws = new ManifestWorkspace();
  const root = pathToFileURL(dir).href;
  ws.addRoot(root);
  const texts = new Map<string, string>();
  for (const f of files) {
    texts.set(f, readFileSync(join(dir, f), 'utf8'));
    ws.setFile(`${root}/${f}`, texts.get(f)!);
  }
  const analyzer = new Analyzer(ws);
  const out: Got[] = [];
  for (const f of files) {
    const starts = computeLineStarts(texts.get(f)!);
    for (const x of analyzer.findingsFor(`${root}/${f}`)) {
      out.push({ code: x.code, file: f, line: positionAt(starts, x.range.start).line, severity: x.severity, message: formatMessage(x.messageKey ?? x.code, x.args, 'fr') });
    }
  }
  return out;
}

function cases(part: string): string[] {
  const dir = join(CORPUS, part);
  return existsSync(dir) ? readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json'))).sort() : [];
}

describe('shared corpus (README definition of passing)', function () {
  before(function () {
    assert.ok(existsSync(CORPUS), `corpus missing: ${CORPUS}`);
  });

  for (const part of ['kube-linter', 'valid', 'removed-apis', 'kubeconform']) {
    describe(part, () => {
      for (const c of cases(part)) {
        const dir = join(CORPUS, part, c);
        const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { findings: ExpectedFinding[] };
        const required = expected.findings.filter((e) => !e.optional);
        it(`${c}${required.some((e) => e.category === 'schema') ? ' [schema]' : ''}`, function () {
          const got = runCase(dir);
          for (const e of required) {
            const codes = CATEGORY_CODES[e.category];
            assert.ok(codes, `unknown category ${e.category}`);
            const hit = got.find((g) => g.file === e.file && e.lines.includes(g.line) && codes.includes(g.code)
              && e.mentions.every((m) => g.message.includes(m)));
            assert.ok(hit, `${c}: ${e.file}:${e.lines.join('/')} expected ${e.category} ${JSON.stringify(e.mentions)}; got ${JSON.stringify(got.filter((g) => g.file === e.file).map((g) => [g.line, g.code]))}`);
          }
          if (part === 'valid' || part === 'removed-apis') {
            const allowed = (g: Got) => expected.findings.some((e) => e.file === g.file && e.lines.includes(g.line) && CATEGORY_CODES[e.category]?.includes(g.code));
            const extra = got.filter((g) => (g.severity === 'error' || g.severity === 'warning') && !allowed(g));
            assert.deepEqual(extra, [], `${c}: unexpected errors or warnings`);
          }
        });
      }
    });
  }
});
