// Meta-test of the catalogue (like eslint's "Missing documentation for rule" and TypeScript's duplicate-code
// check): every code has a default severity, a doc page and a French message (parity with English and typography:
// test/unit/i18n/catalogues.test.ts); every rule has its test file.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codes } from '../../../core/analysis/messages';
import { codes as coreCodes } from '../../../core/analysis/messages/codes';
import { fr } from '../../../core/analysis/messages/fr';
import { rules } from '../../../core/analysis/rules/registry';

const ROOT = join(__dirname, '..', '..', '..');

describe('diagnostic catalogue', () => {
  it('has a French page per core code, with what/why/how/example sections', () => {
    for (const [code, info] of Object.entries(coreCodes)) {
      assert.ok(info.slug.startsWith(`${code}-`), `${code} slug`);
      const page = join(ROOT, 'docs', 'regles', `${info.slug}.md`);
      assert.ok(existsSync(page), `missing doc page ${page}`);
      const md = readFileSync(page, 'utf8');
      for (const section of ['## Ce qui est vérifié', '## Pourquoi', '## Comment corriger', '## Exemple']) assert.ok(md.includes(section), `${info.slug}: ${section}`);
    }
  });

  // Same keys, placeholders and typography in both languages: test/unit/i18n/catalogues.test.ts (every catalogue).
  it('has a French message for every code', () => {
    for (const code of Object.keys(coreCodes)) {
      const variants = Object.keys(fr).filter((k) => k === code || k.startsWith(`${code}.`));
      assert.ok(variants.length > 0, `no French message for ${code}`);
    }
  });

  it('says « chiffré » of no Secret and ends messages with punctuation', () => {
    for (const [key, text] of Object.entries(fr)) {
      assert.ok(!/\bchiffré/i.test(text), `${key} says chiffré`);
      if (!key.startsWith('fix.') && !key.startsWith('related.')) assert.match(text, /[.?!)]$/, `${key} should end with punctuation`);
    }
  });

  it('lists unique codes, all known, with one test file per rule', () => {
    const seen = new Set<string>();
    for (const rule of rules) {
      assert.ok(!seen.has(rule.id), `duplicate rule ${rule.id}`);
      seen.add(rule.id);
      for (const code of rule.codes) assert.ok(codes[code], `${rule.id}: unknown code ${code}`);
      if (rule.id !== 'schema-validation') {
        assert.ok(existsSync(join(ROOT, 'test', 'unit', 'analysis', 'rules', `${rule.id}.test.ts`)), `missing test for ${rule.id}`);
        assert.ok(existsSync(join(ROOT, 'core', 'analysis', 'rules', `${rule.id}.ts`)), `rule file ${rule.id}.ts`);
      }
    }
  });
});
