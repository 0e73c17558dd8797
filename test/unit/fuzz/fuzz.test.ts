// Fuzz: thousands of mutated manifests (deterministic seed) through the whole engine, one workspace updated
// incrementally. Zero crashes (no exception, no rule failure reported as KA102), every analysis bounded in time.
import { strict as assert } from 'node:assert';
import { Analyzer } from '../../../server/src/analysis/engine';
import { ManifestWorkspace } from '../../../server/src/analysis/index/workspace';
import { formatMessage } from '../../../server/src/analysis/messages';
import { BUILTIN, corpusTexts, mulberry32, mutate } from './mutate';

const CASES = Number(process.env.FUZZ_CASES ?? 4000);
// A hang detector, not a speed target (speed lives in npm run bench): generous enough for a loaded 2-core CI machine.
const BOUND_MS = 20000;

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
