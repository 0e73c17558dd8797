// The doctor's catalogues: same keys and placeholders in French and English, French typography.
import * as assert from 'node:assert/strict';
import { doctorEn } from '../../../core/i18n/doctor/en';
import { doctorFr } from '../../../core/i18n/doctor/fr';
import { en as explainEn } from '../../../core/i18n/explain/en';
import { fr as explainFr } from '../../../core/i18n/explain/fr';
import { POD_REASONS } from '../../../core/doctor/pods';
import { explainState } from '../../../core/cluster/explainCatalog';
import { DOCTOR_RESOURCES } from '../../../core/doctor/types';

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
  it('every kubelet reason the doctor can meet has a French explanation (with its English one) in the catalogue of states', () => {
    for (const reason of POD_REASONS) {
      const fr = explainFr.states[reason];
      const en = explainEn.states[reason];
      assert.ok(fr?.text && en?.text, reason);
      assert.equal(Boolean(fr.remedy), Boolean(en.remedy), reason);
      const shown = explainState('fr', reason); // what the doctor shows, French typography applied
      assert.doesNotMatch(`${shown.text} ${shown.cause ?? ''} ${shown.remedy ?? ''}`, / [:;?!]|« | »|'/, reason);
    }
  });
  it('every resource the doctor reads has its name in the catalogue (« votre compte ne peut pas lire les … »)', () => {
    for (const r of DOCTOR_RESOURCES) assert.ok(`resource.${r}` in doctorFr, r);
  });
});
