// `kube-apprenti scale <type>/<nom> --replicas N [--dry-run] [--context C] [-n N] [--kubeconfig F] [--langue en] [--oui]`
import { actionText } from '../../core/cluster/rollout/messages';
import type { Args } from '../../core/i18n';
import { type CliKey, ct } from '../../core/i18n/cli';
import { detectSelf, isSelf, selfWarning } from '../../core/cluster/selfPod';
import { scaleWorkload } from '../../core/cluster/write';
import { parseCommand, usageError, type CommandSpec } from '../args';
import { COMMON_OPTIONS, DRY_RUN_OPTION, EXIT, commonOptions, connect, failWithHints, failWrite, guardWrite, out } from '../clusterOptions';
import type { CliCommand } from './index';

export const SCALE_SPEC = {
  name: 'scale',
  synopsis: 'synopsis.scale',
  options: {
    replicas: { type: 'integer', value: 'N', help: 'opt.scale.replicas' },
    'dry-run': DRY_RUN_OPTION,
    ...COMMON_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  notes: 'notes.scale',
} as const satisfies CommandSpec;

const KINDS: Record<string, string> = {
  deployment: 'Deployment', deployments: 'Deployment', deploy: 'Deployment',
  statefulset: 'StatefulSet', statefulsets: 'StatefulSet', sts: 'StatefulSet',
  replicaset: 'ReplicaSet', replicasets: 'ReplicaSet', rs: 'ReplicaSet',
};

export const scale: CliCommand = {
  summary: 'summary.scale',
  specs: [SCALE_SPEC],
  async run(args) {
    const p = parseCommand(SCALE_SPEC, args);
    if ('exit' in p) return p.exit;
    const m = /^([a-z]+)(?:\.apps)?\/(.+)$/.exec(p.positionals[0]);
    const kind = m ? KINDS[m[1]] : undefined;
    const replicas = p.values.replicas;
    const common = commonOptions(p.values);
    if (!m || !kind) return usageError(SCALE_SPEC, ct(common.lang, 'badTarget', { target: p.positionals[0] }), common.lang);
    if (replicas === undefined) return usageError(SCALE_SPEC, ct(common.lang, 'scale.replicasMissing'), common.lang);
    const t = (key: CliKey, args?: Args): string => ct(common.lang, key, args);
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    const ref = { apiVersion: 'apps/v1', kind, name: m[2], namespace: common.namespace ?? gw.namespace };
    const dryRun = p.values['dry-run'];
    if (!dryRun) {
      const refused = guardWrite(gw, common, t('scale.action', { target: p.positionals[0] }));
      if (refused !== undefined) return refused;
      if (replicas === 0 && !common.yes && isSelf(await detectSelf(gw), ref)) {
        process.stderr.write(`${selfWarning(ref, t('scale.toZero'), common.lang)}\n${t('confirmAgain')}\n`);
        return EXIT.usage;
      }
    }
    try {
      const r = await scaleWorkload(gw, ref, replicas, { dryRun });
      const scaled = actionText.scaled(kind, ref.name, r.from, r.to, common.lang);
      out(dryRun ? t('scale.dryRun', { text: scaled }) : scaled);
      out(t('equivalent', { command: `kubectl scale ${kind.toLowerCase()}/${ref.name} --replicas=${replicas} -n ${ref.namespace}${dryRun ? ' --dry-run=server' : ''}` }));
      return EXIT.ok;
    } catch (err) {
      return failWrite(gw, err, common.lang);
    }
  },
};
