// The input boxes of « Créer un exercice »: what each one accepts, and the French/English messages it shows.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { hostText } from '../../../core/i18n/labsHost';
import type * as Cmd from '../../../client/src/labs/commands/createExercise';
import { requireWithVscodeStub } from '../commands/vscodeStub';

const { seedProblem, countProblem, outProblem } = requireWithVscodeStub<typeof Cmd>(path.join(__dirname, '../../../client/src/labs/commands/createExercise.ts'));
const fr = hostText('fr');
const en = hostText('en');

describe('Créer un exercice: input validation', () => {
  it('seed: a whole number, zero or more', () => {
    for (const ok of ['42', '0', ' 7 ', '4294967295']) assert.equal(seedProblem(ok, fr), undefined, ok);
    for (const bad of ['', '-1', '4.2', 'abc', '4294967296']) assert.equal(seedProblem(bad, fr), 'Indiquez un nombre entier positif ou nul (par exemple 42).', bad);
  });

  it('number of mistakes: 1 to 10', () => {
    for (const ok of ['1', '3', '10']) assert.equal(countProblem(ok, fr), undefined, ok);
    for (const bad of ['0', '11', '', 'trois']) assert.equal(countProblem(bad, fr), 'Indiquez un nombre entier entre 1 et 10.', bad);
    assert.equal(countProblem('0', en), 'Enter a whole number between 1 and 10.');
  });

  it('output folder: relative to the workspace folder, never above it', () => {
    for (const ok of ['exercices', 'cours/exercices']) assert.equal(outProblem(ok, fr), undefined, ok);
    for (const bad of ['', '  ', '/tmp/x', '../ailleurs', 'a/../../b']) assert.match(outProblem(bad, fr) ?? '', /^Indiquez un chemin relatif/, bad);
  });

  it('French texts use non-breaking spaces before « : » and inside « »', () => {
    assert.match(fr('exerciseCreated', { id: 'ex-a-g42', dir: 'exercices/ex-a-g42', n: 2 }), /^Exercice «\u00a0ex-a-g42\u00a0» créé dans exercices\/ex-a-g42\u00a0: 2 erreur/);
  });
});
