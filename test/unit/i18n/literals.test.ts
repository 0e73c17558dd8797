// Guard: a user-visible French sentence lives in a core/i18n catalogue (fr + en), never as a string literal in
// code. Scans every string and template literal (comments excluded, via the TypeScript parser) of core/, cli/,
// client/src/, server/src/ and webviews/ outside the catalogues, and fails on one that reads as French prose.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..', '..');

/** French prose: two French function words, or an accented word next to a space-separated word. */
const FRENCH_WORDS = /(?<![\w\p{L}-])(est|n’est|n'est|une|introuvable|illisible|vous|votre|vos|les|des|du|dans|pour|avec|sans|aucun|aucune|fichier|dossier|étape|erreur|ou|ni|qui|que|pas|sur|le|la|un|trop|plus|moins|déjà|encore)(?![\w\p{L}-])/giu;

/** Where French literals are expected: the catalogues, and data that is French by format. */
const ALLOWED_DIRS = ['core/i18n/', 'core/analysis/messages/', 'webviews/node_modules/'];
const ALLOWED_FILES: Record<string, string> = {
  // lab.yaml's French keys (the format's vocabulary) and their aliases.
  'core/labs/format/fromYaml.ts': 'lab.yaml keys',
};

/** Three words in a row, one of them with a French accent (`Indiquez le nombre de réplicas`). */
const ACCENTED_PHRASE = /(?=[^\n]*[àâçéèêëîïôûùœ])[\p{L}’']{2,}\s+[\p{L}’']+\s+[\p{L}’']{2,}/u;

/**
 * Known debt, file by file: the number of French literals still there. The count must match exactly, so the list
 * only shrinks (move the sentences to a catalogue, then lower or remove the entry); a new file or a new sentence fails.
 */
const PENDING: Record<string, number> = {
};

export function isFrenchProse(text: string): boolean {
  const words = text.match(FRENCH_WORDS) ?? [];
  if (new Set(words.map((w) => w.toLowerCase())).size >= 2 && /\s/.test(text)) return true;
  if (/[’«»]/.test(text) && /[\p{L}]{2,}\s+[\p{L}]{2,}/u.test(text)) return true;
  return /[àâçéèêëîïôûùœ]/.test(text) && ACCENTED_PHRASE.test(text);
}

/** `{ fr: '…', en: '…' }`: a French text with its English beside it (an inline bilingual pair, e.g. a snippet). */
function inBilingualPair(node: ts.Node): boolean {
  const prop = node.parent;
  if (!prop || !ts.isPropertyAssignment(prop) || prop.initializer !== node) return false;
  const name = prop.name.getText();
  if (name !== 'fr') return false;
  const obj = prop.parent;
  return ts.isObjectLiteralExpression(obj) && obj.properties.some((p) => p.name?.getText() === 'en');
}

function findTs(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) { if (e !== 'node_modules' && e !== 'dist' && e !== 'out') findTs(p, out); } else if (/\.ts$/.test(e) && !e.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** `file:line: text` for each French literal of a source text. */
export function frenchLiterals(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    let literal: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node)) literal = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' … ');
    // Import paths and object keys are not prose.
    const parent = node.parent;
    const isKey = parent && (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === node;
    if (literal !== undefined && !isKey && !ts.isImportDeclaration(parent) && !inBilingualPair(node) && isFrenchProse(literal)) {
      found.push(`${file}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${literal.slice(0, 80)}`);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('i18n: no French sentence outside the catalogues', () => {
  const roots = ['core', 'cli', join('client', 'src'), join('server', 'src'), 'webviews'];
  const sources = roots.flatMap((d) => findTs(join(ROOT, d)))
    .map((f) => relative(ROOT, f).split(sep).join('/'))
    .filter((f) => !ALLOWED_DIRS.some((d) => f.startsWith(d)) && !(f in ALLOWED_FILES));

  it('finds the sources, and every allowed or pending file exists', () => {
    assert.ok(sources.length > 100, String(sources.length));
    for (const f of [...Object.keys(ALLOWED_FILES), ...Object.keys(PENDING)]) assert.ok(existsSync(join(ROOT, f)), f);
  });

  it('recognises French prose and leaves code alone', () => {
    assert.equal(frenchLiterals('x.ts', 'const a = `lab.yaml est trop volumineux (${n} Ko).`;').length, 1);
    assert.equal(frenchLiterals('x.ts', "const a = 'lab.yaml n\\'est pas un fichier texte.';").length, 1);
    assert.equal(frenchLiterals('x.ts', '// le fichier est introuvable\nconst a = msg(d, lang, \'loadLab.tooBig\');').length, 0);
    assert.equal(frenchLiterals('x.ts', "const a = { 'résoudre': 1 }; const b = 'kubectl get pods -n default';").length, 0);
  });

  it('keeps every French sentence in a core/i18n catalogue (fr + en), known debt aside', () => {
    const found = sources.flatMap((f) => frenchLiterals(f, readFileSync(join(ROOT, f), 'utf8')));
    const byFile = new Map<string, string[]>();
    for (const x of found) { const f = x.slice(0, x.indexOf(':')); byFile.set(f, [...(byFile.get(f) ?? []), x]); }
    const unexpected = [...byFile].filter(([f, xs]) => xs.length !== (PENDING[f] ?? 0)).flatMap(([f, xs]) => (PENDING[f] ? [`${f}: ${xs.length} French literals, PENDING says ${PENDING[f]}`, ...xs] : xs));
    const cleared = Object.keys(PENDING).filter((f) => !byFile.has(f)).map((f) => `${f}: no French literal left, remove it from PENDING`);
    assert.deepEqual([...unexpected, ...cleared], []);
  });
});
