// The one edit distance of the project (diagnostics' suggestions, object names, lab files' keys). Pure.

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions counting 1: `contianer` → `container`).
 * When the lengths differ by more than `max`, returns `max + 1` without computing (callers only compare with a limit).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j], before[j - 2] + 1);
    }
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length];
}
