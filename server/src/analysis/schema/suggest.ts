// "Did you mean…?" helpers: Damerau-Levenshtein distance and the closest candidate within a sensible distance.

export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > 3) return Math.abs(n - m);
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => {
    const row = new Array<number>(m + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

/**
 * The candidate closest to `word`: same letters ignoring case and `-`/`_` first, then the smallest edit
 * distance, at most 1 for short words, 2 from 5 letters, 3 from 12. Undefined when nothing is close enough.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[-_]/g, '');
  const w = norm(word);
  let best: string | undefined;
  let bestScore = Infinity;
  const max = word.length >= 12 ? 3 : word.length >= 5 ? 2 : 1;
  for (const c of candidates) {
    if (c === word) continue;
    if (norm(c) === w) return c;
    const dist = Math.min(editDistance(word, c), editDistance(w, norm(c)) + 0.5);
    if (dist <= max && dist < bestScore) {
      best = c;
      bestScore = dist;
    }
  }
  return best;
}
