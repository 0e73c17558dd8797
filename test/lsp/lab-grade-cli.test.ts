// The built CLI (`node dist/cli.js lab grade`, after `node esbuild.mjs`) on a class folder of three signed exports, one
// of them edited after signing: the table is the one computed in process, the tampered file is flagged and excluded,
// the exit code says a file was flagged; without the key nothing can be checked.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeExports, gradeMarkdown } from '../../core/labs/grading/grade';
import { KEY, classExports } from '../unit/labs/classExports';

const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

function cli(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, 'lab', 'grade', ...args], { encoding: 'utf8', env: { ...process.env, KUBE_APPRENTI_CLE_CLASSE: '', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('built CLI: lab grade', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    assert.ok(existsSync(CLI), `${CLI} missing: run node esbuild.mjs first`);
    dir = mkdtempSync(join(tmpdir(), 'ka-classe-'));
    for (const e of classExports()) writeFileSync(join(dir, e.file), e.text);
    writeFileSync(join(dir, 'alice.csv'), 'ignored,csv\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the class table in Markdown, flags the tampered export and exits 1', () => {
    const r = cli([dir, '--cle', KEY]);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.out, gradeMarkdown(gradeExports(classExports(), KEY)));
    assert.match(r.out, /^\| l03-service-endpoints \| reparer \| 1\/2 \| 50\u00a0% \| 0,5 \| 1 \|$/m);
    assert.match(r.out, /^Étape la plus difficile\u00a0: l03-service-endpoints \/ reparer/m);
    assert.match(r.out, /^- eve\.json \(Ève Petit\)\u00a0: signature invalide/m);
    assert.doesNotMatch(r.out, /\| Ève Petit \|/);
  });

  it('CSV and JSON on stdout, flags on stderr; the key may come from KUBE_APPRENTI_CLE_CLASSE', () => {
    const csv = cli([dir, '--format', 'csv'], { KUBE_APPRENTI_CLE_CLASSE: KEY });
    assert.equal(csv.code, 1);
    assert.equal(csv.out.split('\n')[0], 'lab,étape,titre,élèves,réussies,taux,indices (moyenne),résoudre');
    assert.match(csv.err, /⚠ eve\.json \(Ève Petit\)\u00a0: signature invalide/);
    const csvEn = cli([dir, '--format', 'csv', '--langue', 'en'], { KUBE_APPRENTI_CLE_CLASSE: KEY }).out.split('\n');
    assert.equal(csvEn[0], 'lab,step,title,students,passed,rate,hints (mean),solve');
    assert.ok(csvEn.includes('student,file,signature,steps passed,steps,time spent (s),hints,solve'), csvEn.join('\n'));
    assert.ok(csvEn.some((l) => /^Alice Durand,alice\.json,valid,4,4,/.test(l)), csvEn.join('\n'));
    const json = cli([dir, '--format=json', '--key', KEY]);
    const report = JSON.parse(json.out);
    assert.deepEqual(report.students.map((e: { student: string; stepsPassed: number }) => [e.student, e.stepsPassed]), [['Alice Durand', 4], ['Bob Leroy', 2]]);
    assert.equal(report.steps[0].step, 'reparer');
  });

  it('without the key: signatures not checked (said on stderr), nothing excluded, exit 0', () => {
    const r = cli([dir]);
    assert.equal(r.code, 0);
    assert.match(r.err, /Signatures non vérifiées\u00a0: donnez la clé de la classe avec --cle/);
    assert.match(r.out, /\| Ève Petit \| eve\.json \| non vérifiée \(sans clé\) \|/);
  });

  it('usage errors exit 2 in French', () => {
    const bad = cli([dir, '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--format/);
    assert.equal(cli([join(dir, 'nulle-part')]).code, 2);
  });
});
