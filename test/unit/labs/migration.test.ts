// Upgrading keeps what students and instructors already have: progress saved by the previous version (French check
// statuses) and progress exports in format 2 (French keys, signed over them) are read by today's code. The fixtures in
// test/fixtures/labs-format-2 were written by the previous version's own code (same students as classExports.ts).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportCsv, verifyCsv } from '../../../core/labs/grading/csv';
import { gradeExports } from '../../../core/labs/grading/grade';
import { signExport, verifyExport } from '../../../core/labs/grading/signature';
import * as P from '../../../core/labs/progress';
import { labView } from '../../../core/labs/viewModel';
import { KEY, alice, lab } from './classExports';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures', 'labs-format-2');
const read = (f: string): string => fs.readFileSync(path.join(FIXTURES, f), 'utf8');

describe('labs: progress and exports of the previous version still load', () => {
  it('saved progress with French check statuses becomes today’s shape, and the panel and the export read it', () => {
    const saved = JSON.parse(read('progression-enregistree.json')) as unknown;
    assert.match(JSON.stringify(saved), /"status":"réussie"/);
    const state = P.normalizeProgress(saved);
    const [s1, s2] = lab.def.steps;
    const lp = state.labs[lab.def.id];
    assert.deepEqual(lp.steps[s1.id].lastResults!.map((r) => r.status), s1.checks.map(() => 'passed'));
    assert.deepEqual(lp.steps[s2.id].lastResults!.map((r) => r.status), s2.checks.map((_c, i) => (i === 0 ? 'passed' : 'failed')));
    assert.equal(state.student, 'Alice Durand');
    const out = P.exportProgress(state, [lab], 'tp', Date.parse('2026-10-05T09:00:00Z'));
    assert.equal(out.labs[0].details[0].checksPassed, s1.checks.length);
    assert.equal(out.labs[0].details[1].checksPassed, 1);
    const view = labView(lab, state, { lang: 'fr', env: 'local', workDirLabel: 'l03', started: true, instructor: false });
    assert.deepEqual(view.steps.slice(0, 2).map((s) => s.passed), [true, false]);
    // today's state goes through unchanged
    assert.deepEqual(P.normalizeProgress(state), state);
  });

  it('a format-2 export keeps its signature: graded like the same export written today; an edited one is caught', () => {
    const old = [{ file: 'alice.json', text: read('alice.json') }, { file: 'bob-modifie.json', text: read('bob-modifie.json') }];
    assert.equal(verifyExport(JSON.parse(old[0].text) as object, KEY), 'valid');
    const r = gradeExports(old, KEY);
    assert.deepEqual(r.files.map((f) => [f.file, f.student, f.signature, f.counted]),
      [['alice.json', 'Alice Durand', 'valid', true], ['bob-modifie.json', 'Bob Leroy', 'invalid', false]]);
    const today = gradeExports([{ file: 'alice.json', text: JSON.stringify(signExport(alice(), KEY)) }], KEY);
    assert.deepEqual(r.steps, today.steps);
    assert.deepEqual(r.students, today.students);
    const migrated = P.migrateExport(JSON.parse(old[0].text));
    const { signature: _a, ...fresh } = alice();
    const { signature: _b, ...fromOld } = migrated!;
    assert.deepEqual(fromOld, fresh);
  });

  it('the student CSV keeps its French headers: today’s CSV is byte for byte the previous version’s', () => {
    const before = read('alice.csv');
    assert.equal(verifyCsv(before, KEY), 'valid');
    assert.equal(exportCsv(signExport(alice(), KEY), KEY), before);
    assert.match(before.split('\n')[0], /^étudiant,lab,étape,réussie,vérifications réussies,/);
  });

  it('anything else is not an export', () => {
    for (const raw of [null, 'x', {}, { outil: 'Kube Apprenti' }, { outil: 'Kube Apprenti', labs: [{ id: 'l' }] }, { tool: 'Autre', labs: [] }]) {
      assert.equal(P.migrateExport(raw), undefined, JSON.stringify(raw));
    }
  });
});
