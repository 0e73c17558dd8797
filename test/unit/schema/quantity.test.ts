import { strict as assert } from 'node:assert';
import { isValidQuantity, suggestQuantity } from '../../../core/analysis/schema/quantity';
import { readPlain11 } from '../../../core/analysis/schema/scalars';

describe('schema: quantity grammar (resource.ParseQuantity)', () => {
  it('accepts the forms the API server accepts', () => {
    for (const q of ['500m', '200Mi', '200M', '1Gi', '0.5', '.5', '1.', '+1', '-1', '1e3', '1E-2', '10n', '5u', '2k', '3Ti', '1Ei', '256000', '0']) {
      assert.ok(isValidQuantity(q), q);
    }
  });
  it('rejects units that are not Kubernetes suffixes', () => {
    for (const q of ['200MB', '200mb', '1 Gi', '0.5 cpu', '1GB', '2Go', '', 'Mi', '1.5.5', '1e', '1Kb', '100Mib', '1K']) {
      assert.ok(!isValidQuantity(q), q);
    }
  });
  it('suggests the intended spelling', () => {
    assert.equal(suggestQuantity('200MB'), '200Mi');
    assert.equal(suggestQuantity('1 Gi'), '1Gi');
    assert.equal(suggestQuantity('2Go'), '2Gi');
    assert.equal(suggestQuantity('0.5 cpu'), '0.5');
    assert.equal(suggestQuantity('abc'), undefined);
  });
});

describe('schema: YAML 1.1 scalars as kubectl reads them', () => {
  it('reads yes/no/on/off as booleans', () => {
    for (const t of ['yes', 'No', 'ON', 'off', 'y', 'true']) assert.equal(readPlain11(t).type, 'boolean', t);
  });
  it('reads numbers', () => {
    assert.deepEqual(readPlain11('0755'), { type: 'integer', value: 493 });
    assert.deepEqual(readPlain11('1_000'), { type: 'integer', value: 1000 });
    assert.deepEqual(readPlain11('0x1F'), { type: 'integer', value: 31 });
    assert.equal(readPlain11('3.0').type, 'number');
    assert.equal(readPlain11('1e3').type, 'number');
  });
  it('reads null and strings', () => {
    assert.equal(readPlain11('~').type, 'null');
    assert.equal(readPlain11('').type, 'null');
    assert.equal(readPlain11('nginx:1.25').type, 'string');
    assert.equal(readPlain11('500m').type, 'string');
    assert.equal(readPlain11('1.2.3').type, 'string');
  });
});
