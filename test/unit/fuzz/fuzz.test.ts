// Fuzz: thousands of mutated manifests (deterministic seed) through the whole engine, one workspace updated
// incrementally, one case in twenty made hostile (deep nesting, alias bombs). Zero crashes (no exception, no rule
// failure reported as KA102), no internal name in a message, every analysis bounded in time. FUZZ_CASES sets the
// number of cases (a long run: `FUZZ_CASES=40000 npx mocha test/unit/fuzz/fuzz.test.ts`, or runFuzz from the bench).
import { strict as assert } from 'node:assert';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { hostileInputs } from './hostile';
import { BUILTIN, corpusTexts } from './mutate';
import { leakedInternals, runFuzz } from './runFuzz';

const CASES = Number(process.env.FUZZ_CASES ?? 4000);
// A hang detector, not a speed target (speed lives in npm run bench): generous enough for a loaded 2-core CI machine.
const BOUND_MS = 20000;

describe('fuzz: mutated manifests never crash the engine', function () {
  this.timeout(Math.max(10 * 60 * 1000, CASES * 500));
  it(`analyses ${CASES} mutated documents without crash, each within ${BOUND_MS} ms`, () => {
    const r = runFuzz(CASES, 20261125, BOUND_MS);
    assert.equal(r.problem, undefined);
    assert.equal(r.cases, CASES);
    if (process.env.FUZZ_VERBOSE) console.log(`slowest: case ${r.slowestCase}, ${r.slowestMs.toFixed(0)} ms\n${r.slowestInput.slice(0, 300)}`);
  });

  it('never shows an internal name (Symbol(…), [object Object], undefined) on the corpus and hostile inputs, fr and en', () => {
    const texts = [...BUILTIN, ...corpusTexts(), ...hostileInputs()];
    const ws = new ManifestWorkspace();
    ws.addRoot('file:///corpus');
    texts.forEach((t, i) => ws.setFile(`file:///corpus/f${i}.yaml`, t));
    const analyzer = new Analyzer(ws);
    let seen = 0;
    texts.forEach((t, i) => {
      for (const f of analyzer.findingsFor(`file:///corpus/f${i}.yaml`)) {
        seen++;
        assert.deepEqual(leakedInternals(f, t), [], `file ${i}`);
      }
    });
    assert.ok(seen > 500, `only ${seen} findings`);
  });

  it('catches an internal name in a message (the guard itself)', () => {
    const f = { code: 'KA046', severity: 'error' as const, uri: 'file:///x', range: { start: 0, end: 1 }, args: { field: String(Symbol('<<')), where: 'Pod.spec' } };
    assert.ok(leakedInternals(f, 'a: 1\n').length > 0);
    assert.deepEqual(leakedInternals({ ...f, args: { field: 'foo', where: 'Pod.spec' } }, 'a: 1\n'), []);
  });
});
