// The doctor's catalogues: same keys and placeholders in French and English, French typography.
import * as assert from 'node:assert/strict';
import { doctorEn } from '../../../core/i18n/doctor/en';
import { doctorFr } from '../../../core/i18n/doctor/fr';

const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('doctor catalogue', () => {
  it('English has every French key with the same placeholders', () => {
    assert.deepEqual(Object.keys(doctorEn).sort(), Object.keys(doctorFr).sort());
    for (const [k, fr] of Object.entries(doctorFr)) assert.deepEqual(params(doctorEn[k as keyof typeof doctorFr]), params(fr), k);
  });
  it('French texts use non-breaking spaces and typographic apostrophes', () => {
    for (const [k, fr] of Object.entries(doctorFr)) {
      assert.doesNotMatch(fr, / [:;?!]|« | »|'/, k);
    }
  });
  it('every broken finding has a fact, a reason and a fix', () => {
    const keys = Object.keys(doctorFr);
    for (const seen of keys.filter((k) => k.endsWith('.seen'))) {
      const code = seen.slice(0, -'.seen'.length);
      if (['forbidden', 'service.noSelector', 'service.portsUndeclared'].includes(code) || code.startsWith('config.')) continue;
      assert.ok(keys.includes(`${code}.why`) && keys.includes(`${code}.fix`), code);
    }
  });
});
