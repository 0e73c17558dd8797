// `kube-apprenti doctor <type>/<nom> [-n N] [--kubeconfig F] [--context C] [--format text|json] [--langue fr|en] [--manifestes P]…`
// « Pourquoi ça ne marche pas ? » : follows Ingress → Service → Pods → containers → config and stops at the first
// broken link. Read-only: never writes to the cluster.
import { existsSync } from 'node:fs';
import { diagnose, renderText, type StartKind } from '../../core/doctor';
import { manifestLookupFromPaths } from '../../core/doctor/fileManifests';
import { readDoctorView } from '../../core/doctor/readView';
import { ct } from '../../core/i18n/cli';
import { parseCommand, usageError, type CommandSpec } from '../args';
import { COMMON_OPTIONS, EXIT, commonOptions, connect, failWithHints, out } from '../clusterOptions';
import type { CliCommand } from './index';

export const DOCTOR_SPEC = {
  name: 'doctor',
  synopsis: 'synopsis.workload',
  options: {
    format: { type: 'string', choices: ['text', 'json'], default: 'text', help: 'opt.doctor.format' },
    manifestes: { type: 'string', multiple: true, value: 'P', help: 'opt.doctor.manifestes' },
    ...COMMON_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  notes: 'notes.doctor',
} as const satisfies CommandSpec;

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
  summary: 'summary.doctor',
  specs: [DOCTOR_SPEC],
  async run(args) {
    const p = parseCommand(DOCTOR_SPEC, args);
    if ('exit' in p) return p.exit;
    const target = parseTarget(p.positionals[0]);
    const common = commonOptions(p.values);
    if (!target) return usageError(DOCTOR_SPEC, ct(common.lang, 'doctor.badTarget', { target: p.positionals[0] }), common.lang);
    const format = p.values.format;
    const paths = p.values.manifestes;
    const absent = paths.find((f) => !existsSync(f));
    if (absent) return usageError(DOCTOR_SPEC, ct(common.lang, 'doctor.pathNotFound', { path: absent }), common.lang);
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
