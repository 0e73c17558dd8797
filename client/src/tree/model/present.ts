// Presentation helpers: icons per severity (per kind: kinds.ts), tooltips in Markdown, ages, kubectl equivalents.
import { explainState, type Explanation } from '../../../../core/cluster/explainCatalog';
import type { Severity } from '../../../../core/cluster/explainPod';
import { RESOURCES, type ResourceId } from '../../../../core/cluster/watchResources';
import type { ManifestLocation, ModelEnv, ObjRef } from './types';

export const SEVERITY_ICON: Record<Severity, { id: string; color?: string }> = {
  ok: { id: 'pass-filled', color: 'testing.iconPassed' },
  done: { id: 'pass', color: 'disabledForeground' },
  progress: { id: 'sync', color: 'charts.blue' },
  warning: { id: 'warning', color: 'list.warningForeground' },
  error: { id: 'error', color: 'list.errorForeground' },
};

/** Escapes Markdown special characters in text coming from the cluster. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]|<>~])/g, '\\$1');
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** `5 s`, `3 min`, `2 h`, `4 j` (fr) / `4 d` (en). */
export function age(env: ModelEnv, iso: string | undefined): string {
  if (!iso) return '?';
  const s = Math.max(0, Math.round((env.now() - Date.parse(iso)) / 1000));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min`;
  if (s < 86400) return `${Math.floor(s / 3600)} h`;
  return env.t('age.days', { n: Math.floor(s / 86400) });
}

export function kubectlGet(ref: ObjRef): string {
  const t = RESOURCES[ref.resource];
  return `kubectl get ${t.kubectlName} ${ref.name}${ref.namespace ? ` -n ${ref.namespace}` : ''}`;
}

export function kubectlDescribe(ref: ObjRef): string {
  const t = RESOURCES[ref.resource];
  return `kubectl describe ${t.kubectlName} ${ref.name}${ref.namespace ? ` -n ${ref.namespace}` : ''}`;
}

export function kubectlList(resource: ResourceId, namespace: string): string {
  return `kubectl get ${RESOURCES[resource].kubectlName === 'pvc' ? 'pvc' : RESOURCES[resource].id} -n ${namespace}`;
}

/** A state as a tree row shows it: the explanation's title first, kubectl's status after (« Image introuvable
 * (ImagePullBackOff) »); the status alone when the catalogue has no better words for it. */
export function stateText(env: ModelEnv, status: string, reasonKey: string): string {
  const title = explainState(env.lang, reasonKey, { reason: status }).title;
  return title === status || title === reasonKey ? status : env.t('desc.state', { title, status });
}

/** The explanation block of a tooltip: title, text, cause, remedy, and Kubernetes' own message. */
export function explanationMd(env: ModelEnv, e: Explanation, reason: string | undefined, severity: Severity, detail?: string): string {
  const icon = `$(${SEVERITY_ICON[severity].id})`;
  const lines = [`${icon} **${md(e.title)}**${reason && reason !== e.title ? ` (${code(reason)})` : ''}`, '', md(e.text)];
  if (e.cause) lines.push('', `*${env.t('tip.cause')} :* ${md(e.cause)}`);
  if (e.remedy) lines.push('', `*${env.t('tip.remedy')} :* ${md(e.remedy)}`);
  if (detail) lines.push('', `*${env.t('tip.k8sMessage')} :* ${code(detail.length > 400 ? `${detail.slice(0, 400)}…` : detail)}`);
  return lines.join('\n');
}

export function stateMd(env: ModelEnv, key: string, args: Record<string, string | number>, severity: Severity, detail?: string, reason?: string): string {
  return explanationMd(env, explainState(env.lang, key, args), reason ?? key, severity, detail);
}

/** Header + body + manifest line + kubectl equivalent: the common frame of object tooltips. */
export function objectTooltip(env: ModelEnv, ref: ObjRef, body: string[], manifest: ManifestLocation | undefined, extraCommand?: string): string {
  const head = `**${ref.kind} ${md(ref.name)}**${ref.namespace ? ` — ${env.t('tip.namespace')} ${code(ref.namespace)}` : ''}`;
  const parts = [head, '', ...body];
  if (env.isSelf(ref)) parts.push('', `$(shield) ${md(env.t('tip.self'))}`);
  parts.push('', manifest ? `$(go-to-file) ${md(env.t('tip.definedIn', { file: manifest.label, line: manifest.line + 1 }))}` : `*${md(env.t('tip.notInWorkspace'))}*`);
  parts.push('', `${env.t('tip.kubectl')} : ${code(extraCommand ?? kubectlDescribe(ref))}`);
  return parts.join('\n');
}
