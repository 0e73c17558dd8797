// `kube-apprenti scale <type>/<nom> --replicas N [--dry-run] [--context C] [-n N] [--kubeconfig F] [--langue en] [--oui]`
import { ClusterError } from '../../cluster/errors';
import type { Args } from '../../../../core/i18n';
import { type CliKey, ct } from '../../../../core/i18n/cli';
import { scaleWorkload } from '../../cluster/rollout/actions';
import { actionText, refusalText, RolloutError } from '../../cluster/rollout/messages';
import { detectSelf, isSelf, selfWarning } from '../../cluster/selfPod';
import { COMMON_OPTIONS, EXIT, connect, failWithHints, guardWrite, out, parse } from '../clusterOptions';
import type { CliCommand } from './index';

const USAGE = `Usage : kube-apprenti scale <type>/<nom> --replicas N [--dry-run] [--context C] [-n N] [--kubeconfig F] [--langue fr|en] [--oui]
Types : deployment (deploy), statefulset (sts), replicaset (rs).
Codes de sortie : 0 succès, 1 échec, 2 usage, 3 erreur inattendue, 4 accès refusé, 5 cluster injoignable.
`;

const KINDS: Record<string, string> = {
  deployment: 'Deployment', deployments: 'Deployment', deploy: 'Deployment',
  statefulset: 'StatefulSet', statefulsets: 'StatefulSet', sts: 'StatefulSet',
  replicaset: 'ReplicaSet', replicasets: 'ReplicaSet', rs: 'ReplicaSet',
};

export const scale: CliCommand = {
  summary: 'change le nombre de réplicas d\'un Deployment, StatefulSet ou ReplicaSet',
  async run(args) {
    const p = parse(args, { ...COMMON_OPTIONS, replicas: { type: 'string' }, 'dry-run': { type: 'boolean' } }, USAGE);
    if (!p) return EXIT.usage;
    const m = /^([a-z]+)(?:\.apps)?\/(.+)$/.exec(p.positionals[0] ?? '');
    const kind = m ? KINDS[m[1]] : undefined;
    const replicas = typeof p.values.replicas === 'string' && /^\d+$/.test(p.values.replicas) ? Number(p.values.replicas) : undefined;
    if (p.values.help || !m || !kind || replicas === undefined || p.positionals.length !== 1) {
      process.stderr.write(USAGE);
      return p.values.help ? EXIT.ok : EXIT.usage;
    }
    const { common } = p;
    const t = (key: CliKey, args?: Args): string => ct(common.lang, key, args);
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    const ref = { apiVersion: 'apps/v1', kind, name: m[2], namespace: common.namespace ?? gw.namespace };
    const dryRun = Boolean(p.values['dry-run']);
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
      if (err instanceof RolloutError) {
        process.stderr.write(`${refusalText(err.refusal, common.lang)}\n`);
        return EXIT.failure;
      }
      if (err instanceof ClusterError) return failWithHints(gw, err, common.lang);
      throw err;
    }
  },
};
