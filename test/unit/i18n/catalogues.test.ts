// One test over every catalogue of the product: the domains of core/i18n (discovered: every folder holding fr.ts
// and en.ts), the analysis messages (diagnostics, fixes, schema errors) and the hover texts. For each: the same
// keys in French and English, the same placeholders per key, French typography in French (as the user reads it:
// after core/i18n's typesetting), no French spacing in English.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, frenchTypography, placeholders, prefixed } from '../../../core/i18n';
import { en as messagesEn } from '../../../core/analysis/messages/en';
import { fr as messagesFr } from '../../../core/analysis/messages/fr';
import { schemaEn } from '../../../core/analysis/messages/schema.en';
import { schemaFr } from '../../../core/analysis/messages/schema.fr';
import { curatedFields } from '../../../core/analysis/hover/catalog';
import { hoverLabels } from '../../../core/i18n/hover/labels';

const ROOT = join(__dirname, '..', '..', '..');
type Flat = Map<string, string>;

/** Nested catalogues (explanations, hover docs) as `a.b.c` → text. */
function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'string') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

interface Pair { name: string; fr: Flat; en: Flat; enMayLack?: boolean; notProse?: (key: string) => boolean }

function findFiles(dir: string, name: string, found: string[] = []): string[] {
  if (!existsSync(dir)) return found;
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) findFiles(p, name, found);
    else if (e === name) found.push(p);
  }
  return found;
}

/* eslint-disable @typescript-eslint/no-require-imports */
function load(file: string): Record<string, unknown> { return require(file) as Record<string, unknown>; }

function pairs(): Pair[] {
  const out: Pair[] = [];
  for (const frFile of findFiles(join(ROOT, 'core', 'i18n'), 'fr.ts')) {
    const dir = frFile.slice(0, -'fr.ts'.length);
    const enFile = join(dir, 'en.ts');
    assert.ok(existsSync(enFile), `${relative(ROOT, dir)}: fr.ts without en.ts`);
    // The catalogue is the `fr` (`en`) export, else the first exported object.
    const pick = (mod: Record<string, unknown>, name: string) => mod[name] ?? Object.values(mod).find((v) => v && typeof v === 'object');
    const frCat = pick(load(frFile), 'fr');
    const enCat = pick(load(enFile), 'en');
    assert.ok(frCat && enCat, `${relative(ROOT, dir)}: fr.ts and en.ts must export their catalogue`);
    out.push({ name: relative(ROOT, dir), fr: flatten(frCat), en: flatten(enCat), enMayLack: false, notProse: (k) => /(^|\.)(exemple|example)$/.test(k) });
  }
  out.push({ name: 'analysis messages', fr: flatten({ ...messagesFr, ...schemaFr }), en: flatten({ ...messagesEn, ...schemaEn }) });
  out.push({ name: 'hover labels', fr: flatten(hoverLabels('fr')), en: flatten(hoverLabels('en')) });
  // Curated field docs: complete in both languages (test/unit/hover/catalogue-en.test.ts checks their structure).
  out.push({ name: 'hover fields', fr: flatten(curatedFields('fr')), en: flatten(curatedFields('en')), enMayLack: false, notProse: (k) => /\.(exemple|example)$/.test(k) });
  for (const kindsFr of [...findFiles(join(ROOT, 'server', 'src', 'analysis', 'hover'), 'kinds.fr.ts'), ...findFiles(join(ROOT, 'core'), 'kinds.fr.ts')]) {
    const kindsEn = kindsFr.replace(/kinds\.fr\.ts$/, 'kinds.en.ts');
    const f = Object.values(load(kindsFr))[0];
    const e = Object.values(load(kindsEn))[0];
    out.push({ name: relative(ROOT, kindsFr), fr: flatten(f), en: flatten(e), notProse: (k) => /\.(exemple|example)$/.test(k) });
  }
  return out;
}

/** The prose of a text: code spans, fenced blocks, URLs, and YAML quoted in « » (`« restartPolicy: Never »`, the
 * plain-text form of code in quick-fix titles) removed. */
function prose(text: string): string {
  return text.replace(/«(\s*)[\w.{}]+: [^»]*?(\s*)»/g, '«$1CODE$2»').replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, 'CODE').replace(/\]\([^)]*\)/g, '] ').replace(/https?:\/\/\S+/g, 'URL');
}

/** Typography faults of a French text as the user reads it. */
export function frenchFaults(raw: string): string[] {
  const faults: string[] = [];
  const shown = prose(frenchTypography(raw));
  const rawProse = prose(raw);
  if (/'/.test(rawProse)) faults.push('straight apostrophe (use ’)');
  if (/"/.test(rawProse)) faults.push('straight double quote (use « »)');
  // `: ; ? !` ending a clause (followed by a space or the end) must follow a non-breaking space.
  for (const m of shown.matchAll(/(.)([:;?!])(?=\s|$)/g)) {
    if (m[1] !== '\u00a0' && m[1] !== '\u202f' && !/[:;?!]/.test(m[1])) faults.push(`no non-breaking space before « ${m[2]} » (…${shown.slice(Math.max(0, m.index! - 15), m.index! + 2)})`);
  }
  for (const m of shown.matchAll(/«(.)/g)) if (m[1] !== '\u00a0' && m[1] !== '\u202f') faults.push('no non-breaking space after «');
  for (const m of shown.matchAll(/(.)»/g)) if (m[1] !== '\u00a0' && m[1] !== '\u202f') faults.push('no non-breaking space before »');
  return faults;
}

export function englishFaults(text: string): string[] {
  const p = prose(text);
  const faults: string[] = [];
  if (/[\u00a0\u202f]/.test(p)) faults.push('non-breaking space in English');
  if (/ [:;](?=\s|$)/.test(p)) faults.push('space before : or ; in English');
  if (/[«»’]/.test(p) && /[«»]/.test(p)) faults.push('French quotes in English');
  return faults;
}

describe('i18n: every catalogue', () => {
  const all = pairs();

  it('discovers the domains of core/i18n and the analysis and hover catalogues', () => {
    const names = all.map((p) => p.name);
    for (const d of ['core/i18n/tree', 'core/i18n/labs', 'core/i18n/explain', 'core/i18n/applyUi', 'analysis messages', 'hover labels', 'hover fields']) assert.ok(names.includes(d), `${d} not found in ${names.join(', ')}`);
    for (const p of all) assert.ok(p.fr.size > 0, `${p.name} is empty`);
  });

  for (const p of all) {
    describe(p.name, () => {
      it('has the same keys in French and English', () => {
        const missing = [...p.fr.keys()].filter((k) => !p.en.has(k));
        const extra = [...p.en.keys()].filter((k) => !p.fr.has(k));
        assert.deepEqual(extra, [], `${p.name}: English keys absent from French`);
        if (!p.enMayLack) assert.deepEqual(missing, [], `${p.name}: French keys absent from English`);
      });

      it('uses the same placeholders per key', () => {
        const bad: string[] = [];
        for (const [k, f] of p.fr) {
          const e = p.en.get(k);
          if (e === undefined) continue;
          const a = [...new Set(placeholders(f))].sort().join(',');
          const b = [...new Set(placeholders(e))].sort().join(',');
          if (a !== b) bad.push(`${k}: fr {${a}} / en {${b}}`);
        }
        assert.deepEqual(bad, []);
      });

      it('follows French typography in French', () => {
        const bad: string[] = [];
        for (const [k, v] of p.fr) if (!p.notProse?.(k)) for (const f of frenchFaults(v)) bad.push(`${k}: ${f}`);
        assert.deepEqual(bad, []);
      });

      it('has no French spacing in English', () => {
        const bad: string[] = [];
        for (const [k, v] of p.en) if (!p.notProse?.(k)) for (const f of englishFaults(v)) bad.push(`${k}: ${f}`);
        assert.deepEqual(bad, []);
      });
    });
  }
});

describe('i18n: format and prefix', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(format('{a} et {b}', { a: 1 }), '1 et {b}');
    assert.equal(format('{ressource} · {clé}', { ressource: 'Pod/x', clé: 'k' }), 'Pod/x · k');
  });
  it('typesets French templates, not their arguments nor code spans, and not English', () => {
    assert.equal(format('Trouvé : {v} ; « {w} » ?', { v: 'a : b', w: 'c' }, 'fr'), 'Trouvé\u00a0: a : b\u00a0; «\u00a0c\u00a0»\u00a0?');
    assert.equal(format('`a : b` : ok', {}, 'fr'), '`a : b`\u00a0: ok');
    assert.equal(format('Found: {v}?', { v: 'x' }, 'en'), 'Found: x?');
  });
  it('writes the product prefix with French spacing in French only', () => {
    assert.equal(prefixed('fr', 'ok'), 'Kube Apprenti\u00a0: ok');
    assert.equal(prefixed('en', 'ok'), 'Kube Apprenti: ok');
  });
  it('the checks catch what they are meant to catch', () => {
    assert.deepEqual(frenchFaults('Le Pod n\'existe pas:  « x »'), ['straight apostrophe (use ’)', 'no non-breaking space before « : » (…Pod n\'existe pas:)']);
    assert.deepEqual(frenchFaults('Il faut `a: b` : c’est « ça ».'), []);
    assert.deepEqual(frenchFaults('Ajouter « restartPolicy: Never »'), []);
    assert.deepEqual(frenchFaults('Ajouter « Never»'), ['no non-breaking space before »']);
    assert.deepEqual(englishFaults('Found : x'), ['space before : or ; in English']);
  });
});

/** A language chosen inline: `fr ? … : …`, `lang === 'fr' ? …` (on one line or two), or a second `'fr' | 'en'` type. */
const INLINE = /(?<![.\w])fr\s*\?\s|===\s*'(?:fr|en)'\s*\?|'fr' \| 'en'/g;

describe('i18n: no language chosen inline', () => {
  /** Every source file of the core, the CLI, the client, the server and the webviews. */
  const sources = ['core', 'cli', 'client', 'server', 'webviews'].flatMap((d) => findTs(join(ROOT, d))).filter((f) => !relative(join(ROOT, 'core', 'i18n'), f).match(/^[^.]/));
  function findTs(dir: string, out: string[] = []): string[] {
    for (const e of readdirSync(dir)) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) { if (e !== 'node_modules') findTs(p, out); } else if (/\.(ts|mjs)$/.test(e)) out.push(p);
    }
    return out;
  }

  it('finds the sources', () => assert.ok(sources.length > 100, String(sources.length)));

  it('has no `fr ? … : …`, no `lang === \'fr\' ? …` and no second Lang type: texts come from core/i18n catalogues', () => {
    const found: string[] = [];
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(INLINE)) found.push(`${relative(ROOT, file)}:${text.slice(0, m.index).split('\n').length}: ${m[0].replace(/\s+/g, ' ')}`);
    }
    assert.deepEqual(found, []);
  });

  it('writes the product prefix « Kube Apprenti : » only through core/i18n (prefixed)', () => {
    const found: string[] = [];
    for (const file of sources) {
      readFileSync(file, 'utf8').split('\n').forEach((line, i) => { if (/Kube Apprenti ?:/.test(line)) found.push(`${relative(ROOT, file)}:${i + 1}`); });
    }
    assert.deepEqual(found, []);
  });

  it('the check catches an inline choice', () => {
    const inline = new RegExp(INLINE.source);
    for (const bad of ["x = fr ? 'a' : 'b'", "lang === 'fr' ? 'a' : 'b'", "c.lang === 'en' ? 'a' : 'b'", "return lang === 'fr'\n    ? 'a'\n    : 'b'", "lang: 'fr' | 'en'"]) assert.match(bad, inline);
    assert.doesNotMatch('doc.fr ? a : b', inline);
  });
});

describe('i18n: the manifest (package.nls.json, package.nls.fr.json)', () => {
  const read = (f: string) => JSON.parse(readFileSync(join(ROOT, f), 'utf8')) as Record<string, unknown>;
  const en = read('package.nls.json') as Record<string, string>;
  const fr = read('package.nls.fr.json') as Record<string, string>;
  const used = [...readFileSync(join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
  const pkg = read('package.json') as { contributes: { commands: { command: string; title: string }[]; configuration: { properties: Record<string, { markdownDescription?: string; description?: string }> } } };

  it('every %key% of package.json is in both files, and both files have the same keys', () => {
    assert.ok(used.length > 40, String(used.length));
    assert.deepEqual(used.filter((k) => !(k in en) || !(k in fr)), []);
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
  });

  it('command titles and setting descriptions are localised with the agreed keys', () => {
    for (const c of pkg.contributes.commands) assert.equal(c.title, `%${c.command}.title%`);
    for (const [id, p] of Object.entries(pkg.contributes.configuration.properties)) assert.equal(p.markdownDescription ?? p.description, `%${id}.description%`);
  });

  it('French and English typography', () => {
    const bad: string[] = [];
    for (const [k, v] of Object.entries(fr)) for (const f of frenchFaults(v)) bad.push(`fr ${k}: ${f}`);
    for (const [k, v] of Object.entries(en)) for (const f of englishFaults(v)) bad.push(`en ${k}: ${f}`);
    assert.deepEqual(bad, []);
  });
});
