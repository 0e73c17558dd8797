// The one edit distance (diagnostics' suggestions, object names, lab keys).
import * as assert from 'node:assert/strict';
import { editDistance } from '../../../core/analysis/util/editDistance';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions like Levenshtein', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('', 'ab'), 2);
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('replicas', 'replica'), 1);
  });
  it('counts an adjacent transposition as one edit', () => {
    assert.equal(editDistance('contianer', 'container'), 1);
    assert.equal(editDistance('ab', 'ba'), 1);
    assert.equal(editDistance('ca', 'abc'), 3);
  });
  it('stops early past the limit when the lengths alone exceed it', () => {
    assert.equal(editDistance('a', 'abcdef', 2), 3);
    assert.equal(editDistance('abcd', 'abce', 2), 1);
  });
});
