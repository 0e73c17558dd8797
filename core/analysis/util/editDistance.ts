// The one edit distance of the project (diagnostics' suggestions, object names, lab files' keys). Pure.

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions counting 1: `contianer` → `container`).
 * Past `max` the exact value does not matter (callers only compare with a limit): returns `max + 1` as soon as the
 * distance is known to exceed `max` (lengths differing by more, or two consecutive rows of the table all above it).
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max < Math.max(a.length, b.length) && lettersApart(a, b) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let row = new Array<number>(b.length + 1).fill(0);
  // Minimum of the previous row: a cell is at least the minimum of the row above or the one before it plus one,
  // so once two consecutive rows exceed `max`, every later row does.
  let prevMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, before[j - 2] + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max && prevMin > max) return max + 1;
    prevMin = rowMin;
    [before, prev, row] = [prev, row, before];
  }
  return prev[b.length];
}

/** Letter counts by character code modulo 256 (zero between calls). */
const counts = new Int32Array(256);

/**
 * A lower bound of the distance without the table: the letters of one string missing from the other (as multisets,
 * codes counted modulo 256, which only lowers it). A substitution mends at most one on each side, an insertion or a
 * deletion one, a transposition none.
 */
function lettersApart(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 255]++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 255]--;
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < a.length; i++) {
    const k = a.charCodeAt(i) & 255;
    const c = counts[k];
    if (c > 0) extra += c;
    else if (c < 0) missing -= c;
    counts[k] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const k = b.charCodeAt(i) & 255;
    const c = counts[k];
    if (c > 0) extra += c;
    else if (c < 0) missing -= c;
    counts[k] = 0;
  }
  return Math.max(extra, missing);
}
