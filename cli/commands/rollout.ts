// `kube-apprenti rollout status|restart|undo|history|pause|resume <type>/<nom> [--to-revision N] [--revision N]
//  [--timeout 300] [--dry-run] [--context C] [-n N] [--kubeconfig F] [--langue en] [--oui]`
import { stringify } from 'yaml';
import type { Args } from '../../core/i18n';
import { type CliKey, ct } from '../../core/i18n/cli';
import { ClusterError } from '../../core/cluster/errors';
import type { ClusterGateway } from '../../core/cluster/gateway';
import { followRollout } from '../../core/cluster/rollout/follow';
import { rolloutHistory } from '../../core/cluster/rollout/history';
import { actionText, RolloutError, statusText } from '../../core/cluster/rollout/messages';
import { kubectlRef, parseWorkloadRef, type WorkloadRef } from '../../core/cluster/rollout/workloadRef';
import { detectSelf, isSelf, selfWarning } from '../../core/cluster/selfPod';
import { rolloutRestart, rolloutUndo, setPaused } from '../../core/cluster/write';
import { parseCommand, usageError, type CommandSpec } from '../args';
import { COMMON_OPTIONS, DRY_RUN_OPTION, EXIT, commonOptions, connect, failWithHints, failWrite, guardWrite, out, type Common } from '../clusterOptions';
import type { CliCommand } from './index';

const ACTIONS = ['status', 'restart', 'undo', 'history', 'pause', 'resume'] as const;

export const ROLLOUT_SPEC = {
  name: 'rollout',
  synopsis: 'synopsis.rollout',
  options: {
    timeout: { type: 'integer', value: 'value.seconds', default: 300, help: 'opt.rollout.timeout' },
    revision: { type: 'integer', value: 'N', help: 'opt.rollout.revision' },
    'to-revision': { type: 'integer', value: 'N', help: 'opt.rollout.toRevision' },
    'dry-run': DRY_RUN_OPTION,
    ...COMMON_OPTIONS,
  },
  positionals: { min: 2, max: 2 },
  notes: 'notes.rollout',
} as const satisfies CommandSpec;
type Action = typeof ACTIONS[number];

export const rollout: CliCommand = {
  summary: 'summary.rollout',
  specs: [ROLLOUT_SPEC],
  async run(args) {
    const p = parseCommand(ROLLOUT_SPEC, args);
    if ('exit' in p) return p.exit;
    const [action, target] = p.positionals;
    const common = commonOptions(p.values);
    if (!ACTIONS.includes(action as Action)) return usageError(ROLLOUT_SPEC, ct(common.lang, 'rollout.unknownAction', { action, actions: ACTIONS.join(', ') }), common.lang);
    const ref = parseWorkloadRef(target, common.namespace);
    if (!ref) {
      process.stderr.write(`${ct(common.lang, 'badTarget', { target })}\n`);
      return EXIT.usage;
    }
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    try {
      return await runAction(gw, action as Action, { ...ref, namespace: ref.namespace ?? gw.namespace }, common, {
        toRevision: p.values['to-revision'] ?? 0, revision: p.values.revision ?? 0,
        timeoutMs: p.values.timeout * 1000, dryRun: p.values['dry-run'],
      });
    } catch (err) {
      return failWrite(gw, err, common.lang);
    }
  },
};

interface Flags { toRevision: number; revision: number; timeoutMs: number; dryRun: boolean }

async function runAction(gw: ClusterGateway, action: Action, ref: WorkloadRef, c: Common, f: Flags): Promise<number> {
  const t = (key: CliKey, args?: Args): string => ct(c.lang, key, args);
  const kubectl = (extra = ''): void => out(t('equivalent', { command: `kubectl rollout ${action} ${kubectlRef(ref)} -n ${ref.namespace}${extra}` }));
  if (action === 'status') {
    let lastLine = '';
    let lastStuck = '';
    const res = await followRollout(gw, ref, {
      timeoutMs: f.timeoutMs, revision: f.revision, lang: c.lang,
      onUpdate: (u) => {
        const line = statusText(ref.kind, ref.name, u.status, c.lang);
        if (line !== lastLine) out(line);
        lastLine = line;
        if (u.stuck?.text && u.stuck.text !== lastStuck) out(`  ⚠ ${u.stuck.text}`);
        lastStuck = u.stuck?.text ?? lastStuck;
      },
    });
    kubectl();
    if (res.result === 'done') return EXIT.ok;
    if (res.result === 'timeout') out(t('rollout.timeout', { seconds: f.timeoutMs / 1000 }));
    if (res.result === 'error') return failWithHints(gw, new ClusterError(res.error), c.lang);
    return EXIT.failure;
  }
  if (action === 'history') {
    const h = await rolloutHistory(gw, ref);
    if (f.revision > 0) {
      const r = h.revisions.find((x) => x.revision === f.revision);
      if (!r) throw new RolloutError({ code: 'revisionNotFound', revision: f.revision });
      out(`${t('rollout.revision', { revision: r.revision })}${r.changeCause ? ` — ${r.changeCause}` : ''}`);
      out(stringify({ template: r.template }, { lineWidth: 0 }));
      kubectl(` --revision=${f.revision}`);
      return EXIT.ok;
    }
    if (h.revisions.length === 0) out(t('rollout.noHistory'));
    else out(t('rollout.historyHead'));
    for (const r of h.revisions) out(`${String(r.revision).padEnd(8)}${r.current ? '*' : ' '} ${(r.changeCause ?? t('rollout.noCause')).padEnd(36)} ${r.images.join(', ')}`);
    if (h.revisions.length) out(t('rollout.currentMark'));
    kubectl();
    return EXIT.ok;
  }
  const refused = f.dryRun ? undefined : guardWrite(gw, c, t('rollout.change', { ref: kubectlRef(ref) }));
  if (refused !== undefined) return refused;
  if ((action === 'restart' || action === 'pause') && !c.yes && isSelf(await detectSelf(gw), ref)) {
    process.stderr.write(`${selfWarning(ref, t('rollout.restartIt'), c.lang)}\n${t('confirmAgain')}\n`);
    return EXIT.usage;
  }
  if (action === 'restart') {
    const r = await rolloutRestart(gw, ref, { dryRun: f.dryRun });
    out(r.changed ? actionText.restarted(ref.kind, ref.name, c.lang) : actionText.restartedAlready(c.lang));
  } else if (action === 'undo') {
    const r = await rolloutUndo(gw, ref, f.toRevision, { dryRun: f.dryRun });
    out(r.changed ? actionText.rolledBack(ref.kind, ref.name, r.revision, c.lang) : actionText.rollbackSkipped(r.revision, c.lang));
    kubectl(f.toRevision ? ` --to-revision=${f.toRevision}` : '');
    return EXIT.ok;
  } else {
    const paused = action === 'pause';
    const r = await setPaused(gw, ref, paused, { dryRun: f.dryRun });
    out(r.changed ? (paused ? actionText.paused(ref.name, c.lang) : actionText.resumed(ref.name, c.lang)) : paused ? actionText.alreadyPaused(ref.name, c.lang) : actionText.notPaused(ref.name, c.lang));
  }
  kubectl();
  return EXIT.ok;
}
