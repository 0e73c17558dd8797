// The labs engine's coded errors (LabError: a core/i18n/labErrors key and its arguments), shown in the user's
// language where they are caught: the check runner, `lab check`, toLabError (CLI, panel), the solve actions.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { problemLine } from '../../../cli/commands/labCommands';
import { parsePath } from '../../../core/labs/checks/fieldPath';
import { refOf, toLabError } from '../../../core/labs/cluster/gatewayReader';
import { checkLabFolder } from '../../../core/labs/checkLab';
import { errorText, LabError } from '../../../core/labs/errors';
import type { Lab, ManifestFieldCheck } from '../../../core/labs/format/types';
import { exportCsv, verifyCsv } from '../../../core/labs/grading/csv';
import { runCheck } from '../../../core/labs/runner';
import { describeAction, insideWorkDir, solveStep } from '../../../core/labs/solve';
import { snapshotTexts } from '../../../core/labs/workspace/snapshot';

const ROOT = path.join(__dirname, '..', '..', '..');
const NB = '\u00a0';

function thrown(fn: () => unknown): unknown {
  try { fn(); } catch (e) { return e; }
  assert.fail('no error thrown');
}

const DEPLOY = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n';

describe('labs: coded errors in the user’s language', () => {
  it('a bad field path: a LabError with its key, French (typeset) or English where it is shown', () => {
    const e = thrown(() => parsePath('spec[0'));
    assert.ok(e instanceof LabError);
    assert.equal(e.key, 'badPath');
    assert.equal(errorText(e, 'fr'), `chemin invalide «${NB}spec[0${NB}» (position 5).`);
    assert.equal(errorText(e, 'en'), 'invalid path “spec[0” (position 5).');
    // Without a language (a catch that does not render it), the product's default language.
    assert.equal((e as Error).message, errorText(e, 'fr'));
    assert.equal(errorText(new Error('plain'), 'en'), 'plain');
  });

  it('a field check with a bad path, and a check without snapshot, say so in the check context’s language', async () => {
    const check: ManifestFieldCheck = { type: 'manifeste.champ', resource: 'Deployment/web', path: 'spec[=x]', equals: 2, failMessage: 'x' };
    const workspace = snapshotTexts('/w', new Map([['d.yaml', DEPLOY]]));
    const en = await runCheck(check, 0, { lang: 'en', workspace, clock: { startedAt: 0 } });
    assert.equal(en.status, 'failed');
    assert.equal(en.detail, 'Error in the lab: invalid path “spec[=x]” (position 5).');
    const fr = await runCheck(check, 0, { lang: 'fr', workspace, clock: { startedAt: 0 } });
    assert.equal(fr.detail, `Erreur dans le lab${NB}: chemin invalide «${NB}spec[=x]${NB}» (position 5).`);
    const good: ManifestFieldCheck = { ...check, path: 'spec.replicas' };
    const none = await runCheck(good, 0, { lang: 'en', clock: { startedAt: 0 } });
    assert.equal(none.status, 'error');
    assert.equal(none.detail, 'workspace check without a snapshot of the manifests.');
    assert.equal((await runCheck(good, 0, { lang: 'fr', clock: { startedAt: 0 } })).detail, 'vérification de l’espace de travail sans instantané des manifestes.');
  });

  it('lab check: a bad `chemin` is an error (severity `error`) with its message in the language asked', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-chemin-'));
    try {
      fs.cpSync(path.join(ROOT, 'labs', 'l01-premier-pod'), dir, { recursive: true });
      const file = path.join(dir, 'lab.yaml');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('chemin: metadata.labels', 'chemin: metadata.labels[=]'));
      for (const [lang, text] of [['en', 'invalid path “metadata.labels[=]” (position 16).'], ['fr', `chemin invalide «${NB}metadata.labels[=]${NB}» (position 16).`]] as const) {
        const r = await checkLabFolder(dir, lang);
        const p = r.problems.find((x) => x.path?.endsWith('.chemin'));
        assert.ok(p, JSON.stringify(r.problems));
        assert.equal(p.severity, 'error');
        assert.equal(p.message, text);
      }
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('problems of lab check have the English severities `error` and `warning`, shown as ✗ and ⚠', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-orphelin-'));
    try {
      fs.cpSync(path.join(ROOT, 'labs', 'l01-premier-pod'), dir, { recursive: true });
      fs.mkdirSync(path.join(dir, 'solution', 'orpheline'), { recursive: true });
      const r = await checkLabFolder(dir, 'en');
      const orphan = r.problems.find((p) => p.message.includes('orpheline'));
      assert.equal(orphan?.severity, 'warning');
      assert.match(problemLine(orphan, 'en', dir), /^⚠ /);
      fs.writeFileSync(path.join(dir, 'lab.yaml'), 'id: x\nétapes: [\n');
      const broken = await checkLabFolder(dir, 'en');
      assert.deepEqual(broken.problems.map((p) => p.severity), ['error']);
      assert.match(problemLine(broken.problems[0], 'en', dir), /^✗ /);
    } finally { fs.rmSync(dir, { recursive: true, force: true }); }
  });

  it('an unknown kind and a path outside the lab folder become LabClusterErrors in the language asked (CLI, panel)', () => {
    const kind = thrown(() => refOf('Gadget'));
    assert.equal(toLabError(kind, 'en').message, 'Kind of resource unknown to labs: “Gadget”.');
    assert.equal(toLabError(kind, 'fr').message, `Genre de ressource inconnu des labs${NB}: «${NB}Gadget${NB}».`);
    const outside = thrown(() => insideWorkDir(os.tmpdir(), '../elsewhere.yaml'));
    assert.equal(toLabError(outside, 'en').message, 'Path outside the lab’s folder: “../elsewhere.yaml”.');
    assert.equal(toLabError(outside, 'fr').message, `Chemin hors du dossier du lab${NB}: «${NB}../elsewhere.yaml${NB}».`);
  });

  it('solve: actions without a cluster fail with a coded error, and the log lines follow the language', async () => {
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'solve-'));
    try {
      const lab = { dir: workDir, solutionFiles: {}, startFiles: [] } as unknown as Lab;
      const logs: string[] = [];
      const run = (solve: unknown[], lang: 'fr' | 'en') => solveStep({ lab, step: { id: 's', solve } as unknown as Lab['def']['steps'][number], workDir, labels: {}, lang, log: (l) => logs.push(l) });
      for (const [solve, key, en, fr] of [
        [[{ apply: ['a.yaml'] }], 'applyNeedsCluster', 'Applying files needs a cluster.', 'Appliquer des fichiers a besoin d’un cluster.'],
        [[{ applyRender: 'k8s' }], 'applyRenderNeedsCluster', 'Applying a render needs a cluster.', 'Appliquer un rendu a besoin d’un cluster.'],
        [[{ scale: { deployment: 'web', replicas: 2 } }], 'needsCluster', 'This action needs a cluster.', 'Cette action a besoin d’un cluster.'],
      ] as const) {
        const err = await run([...solve], 'en').then(() => undefined, (e: unknown) => e);
        assert.ok(err instanceof LabError, String(err));
        assert.equal(err.key, key);
        assert.equal(toLabError(err, 'en').message, en);
        assert.equal(toLabError(err, 'fr').message, fr);
      }
      await run(['solution'], 'en');
      await run(['solution'], 'fr');
      assert.deepEqual(logs.slice(-2), ['copy of the solution', 'copie de la solution']);
      assert.equal(describeAction('solution'), 'copie de la solution');
    } finally { fs.rmSync(workDir, { recursive: true, force: true }); }
  });

  it('a student’s unsigned CSV says so in the language of the export; the signature check ignores that line', () => {
    const data = { student: 'alice', labs: [] } as unknown as Parameters<typeof exportCsv>[0];
    const fr = exportCsv(data, undefined);
    const en = exportCsv(data, undefined, 'en');
    assert.match(fr, /\n# non signé \(aucune clé de classe\)\n$/);
    assert.match(en, /\n# unsigned \(no class key\)\n$/);
    assert.equal(verifyCsv(en, 'k'), 'missing');
    assert.equal(verifyCsv(fr, 'k'), 'missing');
  });
});
