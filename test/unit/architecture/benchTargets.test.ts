// Every benchmark that states a target fails (non-zero exit) when the target is missed, and says which one: they all
// end through test/bench/_targets.mjs (finishTargets), checked here by running it in a real Node process, and no
// benchmark prints « DÉPASSÉ » or ✘ with its own exit logic (the doctor and tree benches once printed « DÉPASSÉ » and
// exited 0).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '..', '..', '..');
const BENCH = join(ROOT, 'test/bench');

function runFinish(targets: unknown[]): { status: number | null; out: string } {
  const helper = pathToFileURL(join(BENCH, '_targets.mjs')).href;
  const code = `import { finishTargets } from ${JSON.stringify(helper)}; finishTargets(${JSON.stringify(targets)});`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return { status: r.status, out: r.stdout + r.stderr };
}

describe('benchmarks: a missed target fails the run', () => {
  it('finishTargets exits 1 and names each missed target with its value and target', () => {
    const r = runFinish([
      { what: 'premier affichage', ok: true, value: '300 ms', target: '< 1000 ms' },
      { what: 'rafraîchissement (médiane)', ok: false, value: '140.0 ms', target: '< 100 ms' },
    ]);
    assert.equal(r.status, 1, r.out);
    assert.match(r.out, /1 objectif\(s\) non atteint\(s\)/);
    assert.match(r.out, /✘ rafraîchissement \(médiane\) : 140\.0 ms \(objectif < 100 ms\)/);
    assert.doesNotMatch(r.out, /premier affichage/);
  });

  it('finishTargets exits 0 and prints nothing when every target is met', () => {
    const r = runFinish([{ what: 'a', ok: true, value: '1 ms', target: '< 2 ms' }]);
    assert.equal(r.status, 0, r.out);
    assert.equal(r.out, '');
  });

  it('every benchmark that prints a target verdict ends through finishTargets, and none forces exit 0 over it', () => {
    const benches = readdirSync(BENCH).filter((f) => f.endsWith('.mjs') && !f.startsWith('_'));
    const withTargets = benches.filter((f) => /DÉPASSÉ|objectif|budget|'✘'/.test(readFileSync(join(BENCH, f), 'utf8')));
    assert.ok(withTargets.length >= 5, `benchmarks with targets: ${withTargets.join(', ')}`);
    for (const f of withTargets) {
      const src = readFileSync(join(BENCH, f), 'utf8');
      assert.match(src, /finishTargets\(/, `${f} states a target but does not end through finishTargets`);
      assert.doesNotMatch(src, /process\.exit\(0\)/, `${f} exits 0 whatever the targets`);
      assert.doesNotMatch(src, /process\.exitCode = 1/, `${f} has its own exit logic`);
    }
  });
});
