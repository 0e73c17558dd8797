// The shared corpus (../shared/corpus, see its README): every `schema` finding of the kubeconform part must be
// reported by the schema validation on one of its lines, with the mentioned words in the French message; and the
// schema validation must report no error or warning elsewhere (a more specific rule may report instead of it), there and in the valid/ and removed-apis/ parts.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { computeLineStarts, positionAt } from '../../../core/analysis/index/ranges';
import { formatMessage } from '../../../core/analysis/messages';
import { SCHEMA_CODES } from '../../../core/analysis/rules/schema-validation';

const CORPUS = process.env.KUBE_APPRENTI_CORPUS ?? join(__dirname, '..', '..', 'fixtures', 'corpus');

interface Expected {
  findings: Array<{ file: string; lines: number[]; category: string; mentions: string[] }>;
}

interface Got {
  code: string;
  file: string;
  line: number;
  severity: string;
  message: string;
}

const isSchema = (g: Got) => (SCHEMA_CODES as readonly string[]).includes(g.code);

function runCase(dir: string): Got[] {
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
  const ws = new ManifestWorkspace();
  const texts = new Map<string, string>();
  for (const f of files) {
    const text = readFileSync(join(dir, f), 'utf8');
    texts.set(f, text);
    ws.setFile(`file:///corpus/${f}`, text);
  }
  const analyzer = new Analyzer(ws);
  const out: Got[] = [];
  for (const f of files) {
    const starts = computeLineStarts(texts.get(f)!);
    for (const x of analyzer.findingsFor(`file:///corpus/${f}`)) {
      out.push({ code: x.code, file: f, line: positionAt(starts, x.range.start).line, severity: x.severity, message: formatMessage(x.messageKey ?? x.code, x.args, 'fr') });
    }
  }
  return out;
}

function cases(part: string): string[] {
  const dir = join(CORPUS, part);
  return existsSync(dir) ? readdirSync(dir).filter((c) => existsSync(join(dir, c, 'expected.json'))).sort() : [];
}

describe('schema validation on the shared corpus', function () {
  before(function () {
    assert.ok(existsSync(CORPUS), `corpus missing: ${CORPUS}`);
  });

  for (const part of ['kubeconform', 'valid', 'removed-apis']) {
    describe(part, () => {
      for (const c of cases(part)) {
        it(c, () => {
          const dir = join(CORPUS, part, c);
          const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
          const got = runCase(dir);
          // The engine keeps a more specific rule's finding instead of a generic schema one on the same node.
          for (const e of expected.findings.filter((x) => x.category === 'schema')) {
            const hit = got.find((g) => g.file === e.file && e.lines.includes(g.line) && g.severity !== 'information'
              && (isSchema(g) ? e.mentions.every((m) => g.message.includes(m)) : true));
            assert.ok(hit, `${e.file}:${e.lines.join('/')} expected a schema finding mentioning ${JSON.stringify(e.mentions)}; got ${JSON.stringify(got)}`);
          }
          const allowed = (g: Got) => expected.findings.some((e) => e.file === g.file && e.lines.includes(g.line));
          const extra = got.filter((g) => isSchema(g) && (g.severity === 'error' || g.severity === 'warning') && !allowed(g));
          assert.deepEqual(extra, [], 'unexpected schema findings');
        });
      }
    });
  }
});
