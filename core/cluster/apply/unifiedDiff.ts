// A small unified line diff (LCS) for the CLI's `diff` output. Pure.

type Op = { t: ' ' | '-' | '+'; line: string };

function lineOps(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  if (n * m > 4_000_000) return [...a.map((line) => ({ t: '-' as const, line })), ...b.map((line) => ({ t: '+' as const, line }))];
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { ops.push({ t: ' ', line: a[i] }); i++; j++; }
    else if (lcs[i + 1][j] >= lcs[i][j + 1]) ops.push({ t: '-', line: a[i++] });
    else ops.push({ t: '+', line: b[j++] });
  }
  while (i < n) ops.push({ t: '-', line: a[i++] });
  while (j < m) ops.push({ t: '+', line: b[j++] });
  return ops;
}

/** Unified diff with `context` lines around changes; empty string when equal. */
export function unifiedDiff(before: string, after: string, nameBefore: string, nameAfter: string, context = 3): string {
  const split = (s: string): string[] => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));
  const ops = lineOps(split(before), split(after));
  if (ops.every((o) => o.t === ' ')) return '';
  const out = [`--- ${nameBefore}`, `+++ ${nameAfter}`];
  let k = 0;
  while (k < ops.length) {
    if (ops[k].t === ' ') { k++; continue; }
    let start = Math.max(0, k - context);
    let end = k;
    // extend the hunk while changes are closer than 2*context
    for (;;) {
      while (end < ops.length && ops[end].t !== ' ') end++;
      let next = end;
      while (next < ops.length && ops[next].t === ' ' && next - end < 2 * context) next++;
      if (next < ops.length && ops[next].t !== ' ' && next - end < 2 * context) end = next;
      else break;
    }
    end = Math.min(ops.length, end + context);
    const aStart = ops.slice(0, start).filter((o) => o.t !== '+').length;
    const bStart = ops.slice(0, start).filter((o) => o.t !== '-').length;
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter((o) => o.t !== '+').length;
    const bLen = hunk.filter((o) => o.t !== '-').length;
    out.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`);
    for (const o of hunk) out.push(`${o.t}${o.line}`);
    k = end;
    start = end;
  }
  return out.join('\n');
}
