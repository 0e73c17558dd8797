// The rule pages of docs/regles/ against the code: one page per diagnostic code (codes of the message catalogue and
// of the registered rules), no page without a code, and each page says where its diagnostic is shown, as the code
// publishes it (editor-only codes: `EDITOR_ONLY_CODES` of the engine; every other code comes out of `findingsFor`,
// which both the language server and `kube-apprenti check` publish). The list of codes is derived, never written here.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_ONLY_CODES } from '../../../core/analysis/engine';
import { codes } from '../../../core/analysis/messages';
import { rules } from '../../../core/analysis/rules/registry';

const DIR = join(__dirname, '..', '..', '..', 'docs', 'regles');
const HEADING = '## Où ce diagnostic s’affiche';
const EDITOR_AND_CLI = 'Éditeur (serveur de langage) et ligne de commande';
const EDITOR_ONLY = 'Éditeur seulement (fichiers ouverts)';

/** Every code the engine can report: the catalogue's and the registered rules'. */
function allCodes(): string[] {
  return [...new Set([...Object.keys(codes), ...rules.flatMap((r) => r.codes)])].sort();
}

/** Pages named `KAnnn-….md` (README.md is the index). */
function pages(): string[] {
  return readdirSync(DIR).filter((f) => /^KA\d{3}-.+\.md$/.test(f)).sort();
}

/** The first paragraph after the "how shown" heading, on one line. */
function whereShown(md: string): string | undefined {
  const at = md.indexOf(`\n${HEADING}\n`);
  if (at < 0) return undefined;
  const rest = md.slice(at + HEADING.length + 2).replace(/^\s+/, '');
  return rest.split(/\n\s*\n/)[0].replace(/\s*\n\s*/g, ' ');
}

describe('rule pages (docs/regles)', () => {
  it('derives a non-trivial list of codes, including the editor-only ones', () => {
    const list = allCodes();
    assert.ok(list.length >= 50, `${list.length} codes`);
    for (const c of EDITOR_ONLY_CODES) assert.ok(list.includes(c), `${c} is not a known code`);
  });

  it('has one page per code, named after its slug', () => {
    const files = new Set(pages());
    const missing = allCodes().filter((code) => !codes[code] || !files.has(`${codes[code].slug}.md`));
    assert.deepEqual(missing, [], 'codes without a page (or without an entry in messages/codes.ts)');
  });

  it('has no page without a code (a page per code, no stale or duplicate page)', () => {
    const known = new Set(allCodes());
    const orphans = pages().filter((f) => {
      const code = f.slice(0, 5);
      return !known.has(code) || `${codes[code].slug}.md` !== f;
    });
    assert.deepEqual(orphans, [], 'pages whose code is unknown, or whose name is not the code’s slug');
  });

  it('says on every page where the diagnostic is shown, as the code publishes it', () => {
    const wrong: string[] = [];
    for (const code of allCodes()) {
      const info = codes[code];
      if (!info) continue; // reported by the page test above
      let md: string;
      try { md = readFileSync(join(DIR, `${info.slug}.md`), 'utf8'); } catch { continue; }
      const where = whereShown(md);
      const expected = EDITOR_ONLY_CODES.has(code) ? EDITOR_ONLY : EDITOR_AND_CLI;
      if (!where) wrong.push(`${code}: no « ${HEADING.slice(3)} » section`);
      else if (!where.startsWith(expected)) wrong.push(`${code}: says « ${where.slice(0, 60)}… », expected « ${expected} »`);
      else if (EDITOR_ONLY_CODES.has(code) && !/ne le signale pas/.test(where)) wrong.push(`${code}: should say the CLI does not report it`);
    }
    assert.deepEqual(wrong, []);
  });
});
