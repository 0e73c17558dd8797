// The per-document time budget (KA106.time) with a virtual clock: the process CPU clock (a system call that costs
// 1 to 2 ms on a busy virtual machine) is read only for documents whose rules run past a few milliseconds, and the
// budget still stops a document whose rules burn more than the budget of both wall clock and CPU time.
import { strict as assert } from 'node:assert';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { DocRule } from '../../../core/analysis/rules/rule';

/** Replaces `performance.now` and `process.cpuUsage` with a virtual wall clock and CPU clock during `run`. */
function withVirtualClocks<T>(run: (clock: { wall: number; cpu: number; cpuReads: number }) => T): T {
  const clock = { wall: 1000, cpu: 0, cpuReads: 0 };
  const realNow = performance.now;
  const realCpu = process.cpuUsage;
  performance.now = () => clock.wall;
  process.cpuUsage = (() => { clock.cpuReads++; return { user: clock.cpu * 1000, system: 0 }; }) as typeof process.cpuUsage;
  try {
    return run(clock);
  } finally {
    performance.now = realNow;
    process.cpuUsage = realCpu;
  }
}

const docs = (n: number) => Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\n`).join('---\n');

/** A rule that takes `ms` of wall clock and `cpuMs` of CPU time on each document. */
function spending(id: string, clock: { wall: number; cpu: number }, ms: number, cpuMs = ms): DocRule {
  return { id, codes: [], scope: 'document', check() { clock.wall += ms; clock.cpu += cpuMs; } };
}

/** A rule that reports one KA039 per document (to see whether it ran). */
const marker: DocRule = { id: 'marker', codes: ['KA039'], scope: 'document', check(ctx) { ctx.report({ code: 'KA039', range: { start: ctx.doc.base, end: ctx.doc.base } }); } };

function analyse(rules: DocRule[], n: number) {
  const ws = new ManifestWorkspace();
  ws.setFile('file:///w/a.yaml', docs(n));
  return new Analyzer(ws, rules).findingsFor('file:///w/a.yaml');
}

describe('per-document time budget', () => {
  it('never reads the CPU clock for documents whose rules take a few milliseconds', () => {
    withVirtualClocks((clock) => {
      const found = analyse([spending('a', clock, 2), spending('b', clock, 3), marker], 200);
      assert.equal(found.filter((f) => f.code === 'KA039').length, 200);
      assert.equal(clock.cpuReads, 0);
    });
  });

  it('stops a document whose rules spend more than the budget of wall clock and CPU time (KA106.time)', () => {
    withVirtualClocks((clock) => {
      const found = analyse([spending('slow-1', clock, 30), spending('slow-2', clock, 300), marker], 2);
      const budget = found.filter((f) => f.code === 'KA106');
      assert.equal(budget.length, 2);
      assert.deepEqual(budget.map((f) => [f.messageKey, f.args.rule]), [['KA106.time', 'slow-2'], ['KA106.time', 'slow-2']]);
      assert.equal(found.filter((f) => f.code === 'KA039').length, 0, 'the rules after the budget are skipped');
    });
  });

  it('does not stop a document that took long on the wall clock only (a busy machine)', () => {
    withVirtualClocks((clock) => {
      const found = analyse([spending('waits-1', clock, 30, 1), spending('waits-2', clock, 300, 1), marker], 2);
      assert.equal(found.filter((f) => f.code === 'KA106').length, 0);
      assert.equal(found.filter((f) => f.code === 'KA039').length, 2);
    });
  });
});
