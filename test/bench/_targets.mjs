// The one way a benchmark ends when it has targets: every target missed is listed with the value measured and the
// target, and the process exits non-zero (npm run bench then reports the benchmark as failed). Used by every
// benchmark of this folder that states a target; test/unit/architecture/benchTargets.test.ts checks it.

/**
 * @param {{ what: string, ok: boolean, value: string, target?: string }[]} targets
 * @returns {number} how many targets were missed (process.exitCode is set to 1 when any was)
 */
export function finishTargets(targets) {
  const missed = targets.filter((t) => !t.ok);
  if (!missed.length) return 0;
  console.log(`\n${missed.length} objectif(s) non atteint(s) :`);
  for (const t of missed) console.log(`  ✘ ${t.what} : ${t.value}${t.target ? ` (objectif ${t.target})` : ''}`);
  process.exitCode = 1;
  return missed.length;
}
