import * as assert from 'node:assert/strict';
import { catalogue, t } from '../../../client/src/tree/text';
import { fr } from '../../../client/src/tree/text/fr';

describe('tree/status bar/inspect texts', () => {
  const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  it('English has every French key with the same placeholders', () => {
    const en = catalogue('en');
    assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort());
    for (const k of Object.keys(fr) as (keyof typeof fr)[]) assert.equal(ph(en[k]), ph(fr[k]), k);
  });
  it('French uses typographic apostrophes and « » quotes, never straight quotes', () => {
    for (const [k, v] of Object.entries(fr)) {
      assert.doesNotMatch(v, /'/, `${k}: straight apostrophe`);
      assert.doesNotMatch(v, /"/, `${k}: straight double quote`);
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    assert.equal(t('fr', 'status.text', { context: 'c', namespace: 'n', level: 'édition' }), 'c · n · édition');
    assert.equal(t('en', 'desc.pods', {}), '{count} Pod(s)');
  });
});
