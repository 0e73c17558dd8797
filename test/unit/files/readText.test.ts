// core/files/readText.ts: files read as the editor shows them.
import { strict as assert } from 'node:assert';
import { decodeText } from '../../../core/files/readText';

describe('decodeText (core/files/readText.ts)', () => {
  it('drops a leading UTF-8 byte order mark, and only that', () => {
    assert.equal(decodeText(Buffer.from('\uFEFFa: é\n', 'utf8')), 'a: é\n');
    assert.equal(decodeText(Buffer.from('a: \uFEFF\n', 'utf8')), 'a: \uFEFF\n');
    assert.equal(decodeText(Buffer.from('', 'utf8')), '');
    // A view on part of a larger buffer reads only its own bytes.
    const big = Buffer.from('xx\uFEFFkind: Pod\nyy', 'utf8');
    assert.equal(decodeText(big.subarray(2, big.length - 2)), 'kind: Pod\n');
  });
});
