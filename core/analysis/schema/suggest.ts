// "Did you mean…?": the closest candidate within a sensible edit distance.
import { editDistance } from '../util/editDistance';

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
    const dist = Math.min(editDistance(word, c, 3), editDistance(w, norm(c), 3) + 0.5);
    if (dist <= max && dist < bestScore) {
      best = c;
      bestScore = dist;
    }
  }
  return best;
}
