// Grading a class: canonical JSON, HMAC-SHA256 signature of a student's export, tampering detected, signed CSV, and
// the `lab grade` table on three exports of which one was edited after signing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { labGrade } from '../../../cli/commands/labCommands';
import { CSV_SIGNATURE_PREFIX, exportCsv, verifyCsv } from '../../../core/labs/grading/csv';
import { exportFileName } from '../../../core/labs/grading/fileName';
import { gradeCsv, gradeExports, gradeMarkdown } from '../../../core/labs/grading/grade';
import { canonicalJson, deriveKey, signExport, verifyExport } from '../../../core/labs/grading/signature';
import * as P from '../../../core/labs/progress';
import { KEY, alice, bob, classExports } from './classExports';

/** The same data with every object's keys in reverse order. */
function reversedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversedKeys);
  if (!v || typeof v !== 'object') return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversedKeys(x)]));
}

describe('labs: signed progress export and class grading', () => {
  it('canonical JSON sorts keys, drops undefined members, keeps array order, and ignores formatting', () => {
    assert.equal(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'é' }], e: null }), '{"a":[3,{"c":"é"}],"b":1,"e":null}');
    const data = alice();
    const reordered = JSON.parse(JSON.stringify(reversedKeys(data), null, 4));
    assert.notEqual(JSON.stringify(reordered), JSON.stringify(data));
    assert.equal(canonicalJson(reordered), canonicalJson(data));
    assert.notEqual(canonicalJson({ a: 1 }), canonicalJson({ a: '1' }));
  });

  it('the key is derived from the class secret (trimmed, NFC), different secrets give different keys', () => {
    assert.equal(deriveKey(` ${KEY}\n`).toString('hex'), deriveKey(KEY).toString('hex'));
    assert.equal(deriveKey('Cle\u0301').toString('hex'), deriveKey('Clé').toString('hex'));
    assert.notEqual(deriveKey('ENSAI-2026-groupe-A').toString('hex'), deriveKey(KEY).toString('hex'));
    assert.equal(deriveKey(KEY).length, 32);
  });

  it('a signed export verifies after a JSON round trip, and any edit or a wrong key is detected', () => {
    const signed = signExport(alice(), KEY);
    assert.equal(signed.signature?.algorithm, 'HMAC-SHA256');
    const file = JSON.parse(JSON.stringify(signed, null, 2)) as P.ExportedProgress;
    assert.equal(verifyExport(file, KEY), 'valid');
    assert.equal(verifyExport(file, 'une-autre-classe'), 'invalid');
    assert.equal(verifyExport(file, undefined), 'unchecked');
    const edited = structuredClone(file);
    edited.labs[0].details[3].hintsUsed = 0;
    assert.equal(verifyExport(edited, KEY), 'invalid');
    const renamed = structuredClone(file);
    renamed.student = 'Bob Leroy';
    assert.equal(verifyExport(renamed, KEY), 'invalid');
    const stripped = structuredClone(file);
    delete stripped.signature;
    assert.equal(verifyExport(stripped, KEY), 'missing');
    const unsigned = signExport(alice(), '   ');
    assert.deepEqual(unsigned.signature, { algorithm: 'none' });
    assert.equal(verifyExport(unsigned, KEY), 'missing');
  });

  it('the student CSV has one line per step and a signature line that detects edits', () => {
    const csv = exportCsv(signExport(bob(), KEY), KEY);
    const lines = csv.trimEnd().split('\n');
    assert.equal(lines[0], 'étudiant,lab,étape,réussie,vérifications réussies,vérifications,temps passé (s),indices,résoudre,solution vue');
    // 6 = the checks of l03's « ecrire-service » step (one was added when the mutation test found it too lax)
    assert.equal(lines[1], 'Bob Leroy,l03-service-endpoints,ecrire-service,oui,6,6,1200,3,non,non');
    assert.equal(lines[3], 'Bob Leroy,l03-service-endpoints,casser-selecteur,non,1,2,720,0,non,non');
    assert.ok(lines[5].startsWith(CSV_SIGNATURE_PREFIX));
    assert.equal(verifyCsv(csv, KEY), 'valid');
    assert.equal(verifyCsv(csv.replace('casser-selecteur,non', 'casser-selecteur,oui'), KEY), 'invalid');
    assert.equal(verifyCsv(exportCsv(bob(), undefined), KEY), 'missing');
  });

  it('the export file name comes from the student name, without accents', () => {
    assert.equal(exportFileName('Ève  Petit-Dupré'), 'progression-kube-apprenti-eve-petit-dupre.json');
    assert.equal(exportFileName(undefined), 'progression-kube-apprenti.json');
  });

  it('grades three exports, one tampered with: rates per step (hardest first) and totals per student', () => {
    const inputs = classExports();
    const report = gradeExports(inputs, KEY);
    assert.deepEqual(report.files.map((f) => [f.file, f.signature, f.counted]), [
      ['alice.json', 'valid', true], ['bob.json', 'valid', true], ['eve.json', 'invalid', false],
    ]);
    const N = '\u00a0';
    assert.equal(gradeMarkdown(report), [
      '# Bilan de la classe',
      '',
      '3 export(s) lu(s), 2 compté(s), 1 exclu(s).',
      '',
      '## Réussite par étape (de la plus difficile à la plus facile)',
      '',
      '| Lab | Étape | Réussie par | Taux | Indices (moyenne) | Résoudre |',
      '|---|---|---|---|---|---|',
      `| l03-service-endpoints | reparer | 1/2 | 50${N}% | 0,5 | 1 |`,
      `| l03-service-endpoints | casser-selecteur | 1/2 | 50${N}% | 0 | 0 |`,
      `| l03-service-endpoints | ecrire-service | 2/2 | 100${N}% | 2 | 0 |`,
      `| l03-service-endpoints | appliquer | 2/2 | 100${N}% | 0 | 0 |`,
      '',
      `Étape la plus difficile${N}: l03-service-endpoints / reparer (50${N}% de réussite).`,
      '',
      '## Par étudiant',
      '',
      '| Étudiant | Fichier | Signature | Étapes réussies | Temps | Indices | Résoudre |',
      '|---|---|---|---|---|---|---|',
      `| Alice Durand | alice.json | valide | 4/4 | 25${N}min | 2 | 1 |`,
      `| Bob Leroy | bob.json | valide | 2/4 | 40${N}min | 3 | 0 |`,
      '',
      '## Fichiers signalés',
      '',
      `- eve.json (Ève Petit)${N}: signature invalide\u00a0: le fichier a été modifié après l’export, ou signé avec une autre clé (exclu des taux).`,
      '',
    ].join('\n'));
    const csv = gradeCsv(report).split('\n');
    assert.equal(csv[1], 'l03-service-endpoints,reparer,Réparer et réappliquer,2,1,0.5,0.5,1');
    assert.equal(csv[7], 'Alice Durand,alice.json,valide,4,4,1500,2,1');
    // Without the key the signatures cannot be checked: nothing is excluded, the tampered file is counted.
    const blind = gradeExports(inputs, undefined);
    assert.deepEqual(blind.files.map((f) => f.signature), ['unchecked', 'unchecked', 'unchecked']);
    assert.equal(blind.students.length, 3);
  });

  it('writes the class report in English on request (--langue en)', () => {
    const md = gradeMarkdown(gradeExports(classExports(), KEY, 'en'), 'en').split('\n');
    assert.equal(md[0], '# Class report');
    assert.equal(md[2], '3 export(s) read, 2 counted, 1 left out.');
    assert.ok(md.includes('| Student | File | Signature | Steps passed | Time | Hints | Solve |'));
    assert.ok(md.includes('- eve.json (Ève Petit): invalid signature: the file was changed after the export, or signed with another key (left out of the rates).'));
    assert.ok(md.some((l) => l.startsWith('| Alice Durand | alice.json | valid | 4/4 |')));
  });

  it('an unreadable file is flagged and excluded; an unsigned one is flagged when a key is given', () => {
    const r = gradeExports([
      { file: 'notes.json', text: '{"bonjour": true}' },
      { file: 'zoe.json', text: JSON.stringify(signExport(bob(), undefined)) },
    ], KEY);
    assert.deepEqual(r.files.map((f) => [f.signature, f.counted, !!f.warning]), [['unreadable', false, true], ['missing', true, true]]);
  });

  it('lab grade (in process) exits 1 when a signature is invalid and 2 on a missing folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'classe-'));
    fs.writeFileSync(path.join(dir, 'alice.json'), JSON.stringify(signExport(alice(), KEY)));
    const write = process.stdout.write.bind(process.stdout);
    const errWrite = process.stderr.write.bind(process.stderr);
    let out = '';
    process.stdout.write = ((s: string) => { out += s; return true; }) as typeof process.stdout.write;
    process.stderr.write = ((s: string) => { out += s; return true; }) as typeof process.stderr.write;
    try {
      assert.equal(await labGrade([dir, '--cle', KEY, '--format', 'json']), 0);
      assert.equal(JSON.parse(out).students[0].student, 'Alice Durand');
      const bad = signExport(bob(), KEY);
      bad.labs[0].details[2].passedAt = '2026-10-05T09:00:00.000Z';
      fs.writeFileSync(path.join(dir, 'bob.json'), JSON.stringify(bad));
      assert.equal(await labGrade([dir, '--cle', KEY]), 1);
      assert.equal(await labGrade([path.join(dir, 'absent')]), 2);
    } finally {
      process.stdout.write = write;
      process.stderr.write = errWrite;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
