// `kube-apprenti doctor <type>/<nom> [-n N] [--kubeconfig F] [--context C] [--format text|json] [--langue fr|en] [--manifestes P]…`
// « Pourquoi ça ne marche pas ? » : follows Ingress → Service → Pods → containers → config and stops at the first
// broken link. Read-only: never writes to the cluster.
import { existsSync } from 'node:fs';
import { diagnose, renderText, type StartKind } from '../../../../core/doctor';
import { manifestLookupFromPaths } from '../../doctor/fileManifests';
import { readDoctorView } from '../../doctor/readView';
import { COMMON_OPTIONS, EXIT, connect, failWithHints, out, parse } from '../clusterOptions';
import type { CliCommand } from './index';

const USAGE = `Usage : kube-apprenti doctor <type>/<nom> [-n N] [--kubeconfig F] [--context C] [--format text|json] [--langue fr|en]
       [--manifestes <fichier|dossier>]… (pour montrer la ligne du manifeste de chaque maillon)
Types : ingress (ing), service (svc), deployment (deploy), statefulset (sts), daemonset (ds), pod (po), job.
Codes de sortie : 0 tout est ✔, 1 un maillon est cassé, 2 usage, 3 erreur inattendue,
4 rien de cassé mais des maillons non vérifiables (droits insuffisants) ou accès refusé, 5 cluster injoignable.
`;

export const KINDS: Record<string, StartKind> = {
  ingress: 'Ingress', ingresses: 'Ingress', ing: 'Ingress',
  service: 'Service', services: 'Service', svc: 'Service',
  deployment: 'Deployment', deployments: 'Deployment', deploy: 'Deployment',
  statefulset: 'StatefulSet', statefulsets: 'StatefulSet', sts: 'StatefulSet',
  daemonset: 'DaemonSet', daemonsets: 'DaemonSet', ds: 'DaemonSet',
  pod: 'Pod', pods: 'Pod', po: 'Pod',
  job: 'Job', jobs: 'Job',
};

/** `svc/web`, `deployment.apps/web` → { kind, name }; undefined when not a supported start point. */
export function parseTarget(arg: string | undefined): { kind: StartKind; name: string } | undefined {
  const m = /^([a-z]+)(?:\.[a-z0-9.]+)?\/([a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/.exec(arg ?? '');
  const kind = m ? KINDS[m[1]] : undefined;
  return m && kind ? { kind, name: m[2] } : undefined;
}

export const doctor: CliCommand = {
  summary: 'pourquoi ça ne marche pas ? suit le chemin Ingress → Service → Pods et nomme le premier maillon cassé',
  async run(args) {
    const p = parse(args, { ...COMMON_OPTIONS, format: { type: 'string' }, manifestes: { type: 'string', multiple: true } }, USAGE);
    if (!p) return EXIT.usage;
    const target = parseTarget(p.positionals[0]);
    const format = p.values.format ?? 'text';
    if (p.values.help || !target || p.positionals.length !== 1 || (format !== 'text' && format !== 'json')) {
      if (!p.values.help && p.positionals[0] && !target) process.stderr.write(`Cible non reconnue : ${p.positionals[0]}\n\n`);
      process.stderr.write(USAGE);
      return p.values.help ? EXIT.ok : EXIT.usage;
    }
    const { common } = p;
    const paths = p.values.manifestes ?? [];
    const absent = paths.find((f) => !existsSync(f));
    if (absent) {
      process.stderr.write(`${common.lang === 'fr' ? 'Chemin introuvable\u00a0: ' : 'Path not found: '}${absent}\n`);
      return EXIT.usage;
    }
    const gw = connect(common);
    if (typeof gw === 'number') return gw;
    const namespace = common.namespace ?? gw.namespace;
    try {
      const manifest = paths.length ? manifestLookupFromPaths(paths) : undefined;
      const view = await readDoctorView(gw, namespace, { lang: common.lang, manifest });
      const report = await diagnose(view, target, common.lang);
      if (format === 'json') out(JSON.stringify(report, null, 2));
      else process.stdout.write(renderText(report, common.lang));
      return report.verdict === 'ok' ? EXIT.ok : report.verdict === 'broken' ? EXIT.failure : EXIT.forbidden;
    } catch (err) {
      return failWithHints(gw, err, common.lang);
    }
  },
};
