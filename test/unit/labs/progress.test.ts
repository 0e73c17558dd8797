import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { detectEnvironment } from '../../../core/labs/environment';
import { loadLab } from '../../../core/labs/format/loadLab';
import type { Lab } from '../../../core/labs/format/types';
import { labLabelsForFiles, labOfFile, writeMarker } from '../../../core/labs/labels';
import * as P from '../../../core/labs/progress';
import { labView, summaries } from '../../../core/labs/viewModel';

const ROOT = path.join(__dirname, '..', '..', '..');
const lab = loadLab(path.join(ROOT, 'labs', 'l13-tp-sspcloud-ensai'), 'extension').lab as Lab;

describe('labs: progress, view model, environment, labels', () => {
  it('records runs: attempts, first pass time, hints capped, completion ignores optional steps', () => {
    let s = P.startLab(P.EMPTY_PROGRESS, lab, 1000);
    assert.equal(s.labs[lab.def.id].currentStep, 'diagnostics');
    for (const st of lab.def.steps) {
      s = P.selectStep(s, lab.def.id, st.id, 2000);
      if (st.optional) continue;
      s = P.recordRun(s, lab, st.id, false, [], 3000);
      s = P.recordRun(s, lab, st.id, true, [], 4000);
      s = P.recordRun(s, lab, st.id, true, [], 9000);
    }
    const lp = s.labs[lab.def.id];
    assert.equal(lp.steps.diagnostics.attempts, 3);
    assert.equal(lp.steps.diagnostics.passedAt, 4000);
    assert.equal(lp.completedAt, 4000);
    assert.deepEqual(P.counts(lab, lp), { done: lab.def.steps.length - 1, total: lab.def.steps.length });
    for (let i = 0; i < 10; i++) s = P.revealHint(s, lab, 'configmap');
    assert.equal(s.labs[lab.def.id].steps.configmap.hintsShown, lab.def.steps[1].hints?.length);
  });

  it('restartStep forgets the pass and the Pod snapshot but keeps hints and attempts', () => {
    let s = P.startLab(P.EMPTY_PROGRESS, lab, 1000);
    s = P.recordPodsAtStart(s, lab.def.id, 'diagnostics', { 'app=x': ['u1'] });
    s = P.revealHint(s, lab, 'diagnostics');
    s = P.recordRun(s, lab, 'diagnostics', true, [], 2000);
    s = P.restartStep(s, lab.def.id, 'diagnostics', 5000);
    const sp = s.labs[lab.def.id].steps.diagnostics;
    assert.equal(sp.startedAt, 5000);
    assert.equal(sp.passedAt, undefined);
    assert.equal(sp.podsAtStart, undefined);
    assert.equal(sp.hintsShown, 1);
    assert.equal(sp.attempts, 1);
  });

  it('« Réinitialiser l’étape » restarts the checks’ clock but keeps the time already spent, and the export says so', () => {
    const MIN = 60_000;
    let s = P.startLab(P.EMPTY_PROGRESS, lab, 0);
    s = P.recordPodsAtStart(s, lab.def.id, 'diagnostics', { 'app=x': ['u1'] });
    s = P.recordRun(s, lab, 'diagnostics', false, [], 25 * MIN);
    const before = P.exportProgress(s, [lab], 'tp', 26 * MIN).labs[0].details[0];
    assert.equal(before.timeSpentS, 25 * 60);
    assert.equal('resets' in before, false);
    s = P.resetStep(s, lab.def.id, 'diagnostics', 30 * MIN);
    const sp = s.labs[lab.def.id].steps.diagnostics;
    // The checks compare creation times and Pods with the new start: what existed before the reset does not count.
    assert.equal(sp.startedAt, 30 * MIN);
    assert.equal(sp.podsAtStart, undefined);
    assert.equal(sp.lastResults, undefined);
    // Right after the reset, the export shows the same time as just before it (never less), and one reset.
    const just = P.exportProgress(s, [lab], 'tp', 31 * MIN).labs[0].details[0];
    assert.equal(just.timeSpentS, before.timeSpentS);
    assert.equal(just.resets, 1);
    assert.equal(just.attempts, 1);
    // Passed 4 minutes after the reset: 25 + 4 minutes in all.
    s = P.recordRun(s, lab, 'diagnostics', true, [], 34 * MIN);
    const after = P.exportProgress(s, [lab], 'tp', 40 * MIN).labs[0].details[0];
    assert.equal(after.timeSpentS, 29 * 60);
    assert.equal(after.passedAt, new Date(34 * MIN).toISOString());
    // A second reset of the passed step: its time up to the pass stays; the pass is forgotten.
    s = P.resetStep(s, lab.def.id, 'diagnostics', 50 * MIN);
    const twice = P.exportProgress(s, [lab], 'tp', 51 * MIN).labs[0].details[0];
    assert.deepEqual([twice.timeSpentS, twice.resets, twice.passedAt], [29 * 60, 2, undefined]);
  });

  it('a step restarted because it was opened too early does not carry the time (it belonged to the previous step)', () => {
    const MIN = 60_000;
    let s = P.startLab(P.EMPTY_PROGRESS, lab, 0);
    s = P.selectStep(s, lab.def.id, 'configmap', 2 * MIN);
    s = P.recordRun(s, lab, 'configmap', false, [], 5 * MIN);
    s = P.recordRun(s, lab, 'diagnostics', true, [], 10 * MIN);
    s = P.restartStep(s, lab.def.id, 'configmap', 11 * MIN);
    const cm = P.exportProgress(s, [lab], 'tp', 11 * MIN).labs[0].details[1];
    assert.deepEqual([cm.timeSpentS, cm.resets, cm.attempts], [0, undefined, 1]);
  });

  it('a step opened before its predecessor passed starts again (what the predecessor created does not count)', () => {
    let s = P.startLab(P.EMPTY_PROGRESS, lab, 1000);
    s = P.selectStep(s, lab.def.id, 'configmap', 2000);
    assert.equal(P.startedTooEarly(lab, s, 'configmap'), false);
    s = P.recordRun(s, lab, 'diagnostics', true, [], 3000);
    assert.equal(P.startedTooEarly(lab, s, 'configmap'), true);
    s = P.restartStep(s, lab.def.id, 'configmap', 4000);
    assert.equal(P.startedTooEarly(lab, s, 'configmap'), false);
  });

  it('damaged stored progress gives an empty state, not a crash', () => {
    assert.deepEqual(P.normalizeProgress('garbage'), { version: 1, labs: {} });
    assert.deepEqual(P.normalizeProgress({ version: 7 }), { version: 1, labs: {} });
  });

  it('exports a JSON for the instructor: checks passed, time spent, hints, résoudre, student name', () => {
    let s = P.startLab(P.EMPTY_PROGRESS, lab, Date.parse('2026-09-01T08:00:00Z'));
    s = P.setStudent(s, '  Camille Martin ');
    s = P.revealHint(s, lab, 'diagnostics');
    const passed = lab.def.steps[0].checks.map((c, i) => ({ index: i, type: c.type, title: 't', status: 'passed' as const }));
    s = P.recordRun(s, lab, 'diagnostics', true, passed, Date.parse('2026-09-01T08:05:00Z'));
    s = P.markSolved(s, lab.def.id, 'diagnostics');
    const out = P.exportProgress(s, [lab], 'tp-ensai', Date.parse('2026-09-01T09:00:00Z'));
    assert.equal(out.tool, 'Kube Apprenti');
    assert.equal(out.format, 3);
    assert.equal(out.student, 'Camille Martin');
    assert.equal(out.workspace, 'tp-ensai');
    assert.equal(out.labs[0].stepsPassed, 1);
    const n = lab.def.steps[0].checks.length;
    assert.deepEqual(out.labs[0].details[0], {
      id: 'diagnostics', title: lab.def.steps[0].title, passedAt: '2026-09-01T08:05:00.000Z', attempts: 1, checksPassed: n, checks: n,
      timeSpentS: 300, hintsUsed: 1, solveUsed: true, solutionShown: false, optional: false,
    });
    assert.equal(out.labs[0].details[1].solveUsed, false);
    assert.equal(out.labs[0].details[2].optional, true);
  });

  it('the view sends only the hints already revealed, and marks steps of another environment', () => {
    let s = P.startLab(P.EMPTY_PROGRESS, lab);
    s = P.revealHint(s, lab, 'configmap');
    const v = labView(lab, s, { env: 'local', lang: 'fr', workDirLabel: 'ws/l13', started: true, instructor: false });
    const cm = v.steps.find((x) => x.id === 'configmap')!;
    assert.equal(cm.hints.length, 1);
    assert.equal(cm.hintsTotal, 2);
    assert.ok(cm.hasSolution);
    assert.ok(v.steps.every((x) => x.applicable));
    const l07 = loadLab(path.join(ROOT, 'labs', 'l07-ingress'), 'extension').lab as Lab;
    const v7 = labView(l07, P.EMPTY_PROGRESS, { env: 'local', lang: 'fr', workDirLabel: 'x', started: false, instructor: false });
    assert.equal(v7.steps.find((x) => x.id === 'adresse-publique')?.applicable, false);
    const { labs } = summaries([{ dir: l07.dir, lab: l07, problems: [] }], P.EMPTY_PROGRESS, 'sspcloud-lecture');
    assert.equal(labs[0].applicable, false);
  });

  it('detects the environment: setting first, then in-cluster role', () => {
    assert.equal(detectEnvironment({}), 'local');
    assert.equal(detectEnvironment({ setting: 'auto', inCluster: true, level: 'edit' }), 'sspcloud-edition');
    assert.equal(detectEnvironment({ setting: 'auto', inCluster: true, level: 'view' }), 'sspcloud-lecture');
    assert.equal(detectEnvironment({ setting: 'sspcloud-lecture', inCluster: false }), 'sspcloud-lecture');
  });

  it('the marker of a working folder gives the lab labels to any apply of its files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-marker-'));
    writeMarker(path.join(dir, 'l01-premier-pod'), 'l01-premier-pod');
    const file = path.join(dir, 'l01-premier-pod', 'k8s', 'redis-pod.yaml');
    assert.equal(labOfFile(file), 'l01-premier-pod');
    assert.deepEqual(labLabelsForFiles([path.join(dir, 'autre.yaml'), file]), { 'kube-apprenti/lab': 'l01-premier-pod' });
    assert.deepEqual(labLabelsForFiles([path.join(dir, 'autre.yaml')]), {});
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
