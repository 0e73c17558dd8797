// `lab verify --solve`: in a fresh namespace, for each step, run its `résoudre` then its checks (workspace checks on a
// temporary working folder, cluster checks on the namespace). For instructors and for the test suite. No vscode import.
import { lt } from '../i18n/labAuthoring';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatResult, summary } from '../cluster/apply/report';
import type { ClusterGateway } from '../cluster/gateway';
import { applyFiles } from '../cluster/write';
import { applyDocuments } from '../cluster/apply/engine';
import { renderForApply } from '../render/forApply';
import { t } from '../i18n/labs';
import { labRenderer, targetIn } from './workspace/rendered';
import { LabClusterActions } from './cluster/actions';
import { GatewayReader, toLabError } from './cluster/gatewayReader';
import type { CheckResult } from './checks/types';
import type { Environment, Lab } from './format/types';
import type { Lang } from '../i18n/labs';
import { labLabels, writeMarker } from './labels';
import { snapshotPods } from './podsSnapshot';
import { runStep, stepApplies } from './runner';
import { copyStartFiles, solveStep, type ApplyFn, type ApplyRenderFn } from './solve';
import { snapshotFolder } from './workspace/snapshot';

export interface VerifyOptions {
  gw: ClusterGateway;
  /** Namespace to use; a fresh one is created (and deleted at the end) when absent. */
  namespace?: string;
  env: Environment;
  keep?: boolean;
  lang?: Lang;
  /** Multiplies the checks' timeouts. */
  timeoutScale?: number;
  /** Lets `commande` checks run (--autoriser-commandes); refused otherwise. */
  allowCommands?: boolean;
  print: (line: string) => void;
}

export interface VerifyReport {
  ok: boolean;
  namespace: string;
  steps: { id: string; status: 'passed' | 'failed' | 'skipped'; results: CheckResult[]; error?: string }[];
}

const MARK: Record<CheckResult['status'], string> = { passed: '✓', failed: '✗', skipped: '–', error: '!' };

/** Creates `lab-<id>-<random>` and waits for its default ServiceAccount (Pods cannot be created before). */
export async function freshNamespace(gw: ClusterGateway, labId: string): Promise<string> {
  const name = `${`verif-${labId}`.slice(0, 52)}-${Math.random().toString(36).slice(2, 8)}`.replace(/-+$/, '');
  await gw.create({ apiVersion: 'v1', kind: 'Namespace' }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kube-apprenti/verification': 'true' } } });
  for (let i = 0; i < 100; i++) {
    if (await gw.getOrNull({ apiVersion: 'v1', kind: 'ServiceAccount', name: 'default', namespace: name })) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return name;
}

export function labApplyFn(gw: ClusterGateway, namespace: string, labId: string, lang: Lang, force: boolean): ApplyFn {
  return async (paths) => {
    const report = await applyFiles(paths, { gateway: gw, namespace, labels: labLabels(labId), force, lang });
    if (!report.ok) {
      const lines = report.results.flatMap((r) => formatResult(r, false, lang));
      throw new Error(`${summary(report, lang)}\n${lines.join('\n')}`);
    }
  };
}

/** Applies the render of a chart or an overlay of the working folder (`appliquer-rendu`), labelled for the lab. */
export function labApplyRenderFn(gw: ClusterGateway, namespace: string, labId: string, lang: Lang, force: boolean): ApplyRenderFn {
  return async (dir) => {
    const target = targetIn(dir, (f) => fs.existsSync(f));
    if (!target) throw new Error(t(lang, 'détail.pasUnRendu', { rendu: dir }));
    const rendered = await renderForApply(labRenderer(), target, { namespace, lang });
    if (rendered.error) throw new Error(rendered.error);
    const report = await applyDocuments(gw, rendered.docs, { namespace, labels: labLabels(labId), force, lang });
    if (!report.ok) {
      const lines = report.results.flatMap((r) => formatResult({ ...r, range: undefined }, false, lang));
      throw new Error(`${summary(report, lang)}\n${lines.join('\n')}`);
    }
  };
}

export async function verifyLab(lab: Lab, o: VerifyOptions): Promise<VerifyReport> {
  const lang = o.lang ?? 'fr';
  const created = !o.namespace;
  const namespace = o.namespace ?? await freshNamespace(o.gw, lab.def.id);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `lab-${lab.def.id}-`));
  const report: VerifyReport = { ok: true, namespace, steps: [] };
  o.print(lt(lang, 'verify.head', { title: lab.def.title, id: lab.def.id, namespace, env: o.env }));
  try {
    writeMarker(workDir, lab.def.id);
    copyStartFiles(lab, workDir, true);
    const actions = new LabClusterActions(o.gw, namespace, lang);
    const reader = new GatewayReader(o.gw, lang, namespace);
    for (const [i, step] of lab.def.steps.entries()) {
      const head = lt(lang, 'verify.step', { n: i + 1, total: lab.def.steps.length, title: step.title });
      if (!stepApplies(step, o.env)) {
        o.print(lt(lang, 'verify.skipped', { head, env: o.env }));
        report.steps.push({ id: step.id, status: 'skipped', results: [] });
        continue;
      }
      const clock = { startedAt: Date.now(), podsAtStart: await snapshotPods(reader, step).catch(() => undefined) };
      try {
        await solveStep({ lab, step, workDir, actions, apply: labApplyFn(o.gw, namespace, lab.def.id, lang, true),
          applyRender: labApplyRenderFn(o.gw, namespace, lab.def.id, lang, true), labels: labLabels(lab.def.id), lang });
      } catch (err) {
        const msg = toLabError(err, lang).message;
        o.print(lt(lang, 'verify.solveFailed', { head, error: msg }));
        report.steps.push({ id: step.id, status: 'failed', results: [], error: msg });
        report.ok = false;
        continue;
      }
      const run = await runStep(step, o.env, { lang, workspace: snapshotFolder(workDir), cluster: reader, clock, workDir, timeoutScale: o.timeoutScale,
        allowCommand: async () => o.allowCommands === true });
      o.print(`${run.passed ? '✓' : '✗'} ${head}`);
      for (const r of run.results) {
        o.print(`    ${MARK[r.status]} ${r.title}`);
        if (r.status !== 'passed') o.print(`      ${r.failMessage ?? ''}${r.detail ? ` — ${r.detail}` : ''}`);
      }
      report.steps.push({ id: step.id, status: run.passed ? 'passed' : 'failed', results: run.results });
      if (!run.passed) report.ok = false;
    }
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
    if (created && !o.keep) {
      await o.gw.delete({ apiVersion: 'v1', kind: 'Namespace', name: namespace }).catch(() => undefined);
    }
  }
  const passed = report.steps.filter((s) => s.status === 'passed').length;
  o.print(report.ok ? lt(lang, 'verify.ok', { n: passed }) : lt(lang, 'verify.failed', { id: lab.def.id }));
  return report;
}
