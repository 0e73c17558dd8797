// Hints tied to diagnostics: a failed workspace check carries the diagnostic that explains it (code, the catalogue's
// sentence of the Problems panel, file and line), and its quick fix is the last hint level after the step's `indices`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Analyzer } from '../../../core/analysis/engine';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { formatMessage } from '../../../core/analysis/messages';
import { loadLab } from '../../../core/labs/format/loadLab';
import type { Lab } from '../../../core/labs/format/types';
import * as P from '../../../core/labs/progress';
import { runStep } from '../../../core/labs/runner';
import { labView } from '../../../core/labs/viewModel';
import { snapshotTexts } from '../../../core/labs/workspace/snapshot';

const ROOT = path.join(__dirname, '..', '..', '..');
const lab = loadLab(path.join(ROOT, 'labs', 'l03-service-endpoints'), 'extension').lab as Lab;
const step = lab.def.steps[0];
const DEPLOY = fs.readFileSync(path.join(lab.dir, 'depart', 'k8s', 'redis-deployment.yaml'), 'utf8');
const SERVICE = (label: string, targetPort: number) => `apiVersion: v1
kind: Service
metadata:
  name: redis
spec:
  selector:
    app: ${label}
    tier: backend
  ports:
    - port: 6379
      targetPort: ${targetPort}
`;
const WORK = '/tmp/ka-lab';

function files(service: string): Map<string, string> {
  return new Map([['k8s/redis-deployment.yaml', DEPLOY], ['k8s/redis-service.yaml', service]]);
}

async function run(service: string, lang: 'fr' | 'en' = 'fr') {
  return runStep(step, 'local', { lang, workspace: snapshotTexts(WORK, files(service), lang), clock: { startedAt: 0 } });
}

/** The message the language server publishes for the first finding with `code` (same engine, same catalogue). */
function problemsPanelMessage(service: string, code: string, lang: 'fr' | 'en'): string {
  const ws = new ManifestWorkspace();
  for (const [rel, text] of files(service)) ws.setFile(pathToFileURL(path.join(WORK, rel)).href, text);
  const f = [...new Analyzer(ws).analyzeAll().values()].flat().find((x) => x.code === code)!;
  return formatMessage(f.messageKey ?? f.code, f.args, lang);
}

describe('labs: hints tied to diagnostics', () => {
  it('a failed selector check shows KA001 with the Problems panel sentence and its line', async () => {
    const r = await run(SERVICE('rediss', 6379));
    const sel = r.results[1];
    assert.equal(sel.type, 'manifeste.selecteur');
    assert.equal(sel.status, 'failed');
    assert.deepEqual({ code: sel.diagnostic?.code, file: sel.diagnostic?.file, line: sel.diagnostic?.line }, { code: 'KA001', file: 'k8s/redis-service.yaml', line: 6 });
    assert.equal(sel.diagnostic?.message, problemsPanelMessage(SERVICE('rediss', 6379), 'KA001', 'fr'));
    assert.match(sel.diagnostic!.message, /^Le sélecteur du Service `redis`/);
    assert.match(sel.diagnostic!.fix ?? '', /^Aligner le sélecteur du Service/);
    // The `manifeste.sans-diagnostic` check of the same step points at the same diagnostic.
    assert.equal(r.results[4].diagnostic?.code, 'KA001');
    // Checks that passed carry nothing.
    assert.equal(r.results[0].diagnostic, undefined);
  });

  it('a failed field check shows the diagnostic reported on its resource (KA010 on a wrong targetPort), in English too', async () => {
    const fr = await run(SERVICE('redis', 6380));
    const tp = fr.results[3];
    assert.equal(tp.status, 'failed');
    assert.equal(tp.diagnostic?.code, 'KA010');
    assert.equal(tp.diagnostic?.line, 11);
    const en = await run(SERVICE('redis', 6380), 'en');
    assert.equal(en.results[3].diagnostic?.message, problemsPanelMessage(SERVICE('redis', 6380), 'KA010', 'en'));
    assert.notEqual(en.results[3].diagnostic?.message, tp.diagnostic?.message);
  });

  it('no diagnostic on the resource: the failed check has no diagnostic hint', async () => {
    const r = await run(SERVICE('redis', 6379).replace('port: 6379\n', 'port: 80\n'));
    assert.equal(r.results[2].status, 'failed');
    assert.equal(r.results[2].diagnostic, undefined);
  });

  it('hint levels: the step’s indices in order, then the diagnostic’s fix; the count is recorded', async () => {
    const r = await run(SERVICE('rediss', 6379));
    let s = P.startLab(P.EMPTY_PROGRESS, lab, 0);
    s = P.recordRun(s, lab, step.id, false, r.results, 1000);
    const n = step.hints!.length;
    for (let i = 0; i < n + 3; i++) s = P.revealHint(s, lab, step.id);
    assert.equal(s.labs[lab.def.id].steps[step.id].hintsShown, n + 1);
    const v = labView(lab, s, { env: 'local', lang: 'fr', workDirLabel: 'ws/l03', started: true, instructor: false }).steps[0];
    assert.equal(v.hintsTotal, n + 1);
    assert.equal(v.hintsUsed, n + 1);
    assert.deepEqual(v.hints.slice(0, n), step.hints);
    assert.equal(v.hints[n], `Correction proposée par le diagnostic KA001\u00a0: ${r.results[1].diagnostic!.fix}`);
    assert.equal(P.exportProgress(s, [lab]).labs[0].details[0].hintsUsed, n + 1);
    // Without a fix in the last run, only the step's indices are offered.
    const plain = P.recordRun(P.startLab(P.EMPTY_PROGRESS, lab, 0), lab, step.id, false, [], 1000);
    let p = plain;
    for (let i = 0; i < n + 3; i++) p = P.revealHint(p, lab, step.id);
    assert.equal(p.labs[lab.def.id].steps[step.id].hintsShown, n);
  });
});
