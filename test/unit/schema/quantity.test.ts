import { strict as assert } from 'node:assert';
import { isValidQuantity, suggestQuantity } from '../../../core/analysis/schema/quantity';
import { Scalar } from 'yaml';
import { nodeType, readPlain11, readScalar } from '../../../core/analysis/schema/scalars';

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
  it('reads plain decimals like the general rules (the regex path), and nodeType agrees with readScalar', () => {
    // The general reading of an integer written in decimal, without the shortcut: INT, then Number of the digits.
    const general = (t: string) => (/^[0-9][0-9_]*$/.test(t) && !/^0[0-7]+$/.test(t) ? Number(t.replace(/_/g, '')) : undefined);
    let seed = 7;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const alphabet = '0123456789_-+.exob';
    for (let k = 0; k < 5000; k++) {
      const len = 1 + Math.floor(rnd() * 8);
      let t = '';
      for (let i = 0; i < len; i++) t += alphabet[Math.floor(rnd() * (k % 2 ? 10 : alphabet.length))];
      const r = readPlain11(t);
      const g = general(t);
      if (g !== undefined && !t.includes('_')) assert.deepEqual(r, { type: 'integer', value: g }, t);
      const node = Object.assign(new Scalar(t), { type: Scalar.PLAIN, source: t });
      assert.equal(nodeType(node, 'kubectl'), readScalar(node, 'kubectl').type, t);
    }
    for (const t of ['0', '7', '80', '8080', '007', '0755', '08', '9007199254740993', 'yes', '', '~', '1.5', '-3']) {
      const node = Object.assign(new Scalar(t), { type: Scalar.PLAIN, source: t });
      assert.equal(nodeType(node, 'kubectl'), readScalar(node, 'kubectl').type, t);
    }
  });
});
