// The engine's fuzz loop, shared by the unit test (FUZZ_CASES, 4000 by default) and a long run for `npm run bench`:
// mutated manifests (and hostile YAML: deep nesting, alias bombs) through the whole engine, one workspace updated
// incrementally. It reports the first problem it meets (an exception, a rule failure, a range outside the text, an
// internal name in a message) with its input, and the slowest case.
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';
import type { Finding } from '../../../core/analysis/model';
import { hostileInputs } from './hostile';
import { BUILTIN, corpusTexts, mulberry32, mutate, mutateHostile } from './mutate';

export interface FuzzResult {
  cases: number;
  slowestMs: number;
  slowestCase: number;
  /** Text of the slowest case's first 2,000 characters. */
  slowestInput: string;
  /** The first problem met, with the case's input; undefined when every case passed. */
  problem?: string;
}

/** Internal names that must never reach a user: they mean an argument was built from the wrong value. */
const INTERNAL = ['Symbol(', '[object Object]', 'undefined', 'NaN'];

/** The internal names found in a finding's messages (fr and en) that the analysed text does not itself contain. */
export function leakedInternals(f: Finding, sourceText: string): string[] {
  const out: string[] = [];
  for (const lang of ['fr', 'en'] as const) {
    const m = formatMessage(f.messageKey ?? f.code, f.args, lang);
    for (const bad of INTERNAL) if (m.includes(bad) && !sourceText.includes(bad)) out.push(`${lang}: ${bad} in « ${m} »`);
  }
  return out;
}

export function runFuzz(cases: number, seed = 20261125, boundMs = Infinity): FuzzResult {
  const base = [...BUILTIN, ...corpusTexts(), ...hostileInputs()];
  const rnd = mulberry32(seed);
  const ws = new ManifestWorkspace();
  ws.addRoot('file:///fuzz');
  const analyzer = new Analyzer(ws);
  const result: FuzzResult = { cases: 0, slowestMs: 0, slowestCase: -1, slowestInput: '' };
  for (let i = 0; i < cases; i++) {
    const src = base[Math.floor(rnd() * base.length)];
    // One case in twenty is hostile (deep nesting, alias bomb), the others ordinary mutations.
    const text = rnd() < 0.05 ? mutateHostile(src, rnd) : mutate(src, rnd);
    const uri = `file:///fuzz/f${i % 40}.yaml`; // 40 files updated again and again: incremental paths too
    const t0 = performance.now();
    let findings: Finding[];
    try {
      ws.setFile(uri, text);
      findings = analyzer.findingsFor(uri);
    } catch (err) {
      result.problem = `case ${i} crashed: ${(err as Error).stack}\n--- input ---\n${text.slice(0, 5000)}`;
      return result;
    }
    const ms = performance.now() - t0;
    result.cases = i + 1;
    if (ms > result.slowestMs) Object.assign(result, { slowestMs: ms, slowestCase: i, slowestInput: text.slice(0, 2000) });
    const problem = ms >= boundMs ? `case ${i} took ${ms.toFixed(0)} ms`
      : analyzer.failures.length ? `case ${i}: a rule threw: ${analyzer.failures.join('; ')}`
        : findings.some((f) => f.code === 'KA102') ? `case ${i}: a rule failed: ${JSON.stringify(findings.filter((f) => f.code === 'KA102').map((f) => f.args))}`
          : findings.find((f) => !(f.range.start >= 0 && f.range.end <= text.length + 1 && f.range.start <= f.range.end))
            ? `case ${i}: a range outside the text (${text.length})`
            : findings.flatMap((f) => leakedInternals(f, text)).map((l) => `case ${i}: ${l}`)[0];
    if (problem) {
      result.problem = `${problem}\n--- input ---\n${text.slice(0, 5000)}`;
      return result;
    }
    if (i % 97 === 0) ws.removeFile(`file:///fuzz/f${(i + 7) % 40}.yaml`);
  }
  return result;
}

/** Analysis time of each hostile input alone, in a fresh workspace (ms), with the codes it got. */
export function hostileTimings(): Array<{ size: number; ms: number; codes: string[] }> {
  return hostileInputs().map((text) => {
    const ws = new ManifestWorkspace();
    const analyzer = new Analyzer(ws);
    const t0 = performance.now();
    ws.setFile('file:///hostile/a.yaml', text);
    const codes = analyzer.findingsFor('file:///hostile/a.yaml').map((f) => f.code);
    return { size: text.length, ms: performance.now() - t0, codes };
  });
}

// A long run for the bench: `npx tsx test/unit/fuzz/runFuzz.ts 40000` prints the slowest case and the hostile inputs' times.
if (require.main === module) {
  const cases = Number(process.argv[2] ?? process.env.FUZZ_CASES ?? 4000);
  const t0 = performance.now();
  const r = runFuzz(cases);
  const total = performance.now() - t0;
  console.log(`fuzz: ${r.cases}/${cases} cases in ${(total / 1000).toFixed(1)} s; slowest case ${r.slowestCase}: ${r.slowestMs.toFixed(0)} ms`);
  for (const h of hostileTimings()) console.log(`hostile input of ${h.size} characters: ${h.ms.toFixed(0)} ms (${h.codes.join(', ')})`);
  if (r.problem) {
    console.log(r.problem);
    process.exitCode = 1;
  }
}
