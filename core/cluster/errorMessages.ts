// Sentences a beginner understands for every ClusterError, in French (default) and English. Never raw JSON.
import type { ClusterErrorInfo } from './errors';
import { type Args, plural } from '../i18n';
import { ce, type ClusterErrorKey, clusterErrorsText } from '../i18n/clusterErrors';
import { kindLabel, requiredRoles, verbPhrase, type Lang } from './rbacWords';

export type { Lang } from './rbacWords';

export interface ErrorHints {
  /** Role the user is known to have in the namespace (e.g. from a SelfSubjectRulesReview), like `view`. */
  currentRole?: string;
  /** Namespace where currentRole applies. */
  roleNamespace?: string;
  /** Context name and API server, for the unreachable/unauthorized messages. */
  context?: string;
  server?: string;
}

const code = (s: string): string => `\`${s}\``;

/** One or two sentences, no JSON, in the requested language. */
export function describeClusterError(info: ClusterErrorInfo, lang: Lang = 'fr', hints: ErrorHints = {}): string {
  const t = (key: ClusterErrorKey, args?: Args): string => ce(lang, key, args);
  const opt = (key: ClusterErrorKey, value: string | number | undefined, args: Args = {}): string => (value ? t(key, { value, ...args }) : '');
  switch (info.kind) {
    case 'unreachable': {
      const where = info.server ?? hints.server;
      const tls = info.code && /CERT|TLS|SSL|EPROTO|SIGNED/.test(info.code);
      if (tls) return t('tls', { where: opt('at', where && code(where)), code: info.code });
      return t('unreachable', { where: opt('in', where && code(where)), code: opt('in', info.code) });
    }
    case 'timeout':
      return t('timeout', { where: opt('in', info.server && code(info.server)) });
    case 'unauthorized':
      return t('unauthorized');
    case 'forbidden':
      return describeForbidden(info, lang, hints);
    case 'notFound': {
      if (info.resource === 'namespaces' && info.name) return t('namespaceMissing', { name: code(info.name), rawName: info.name });
      const what = info.resource ? kindLabel(info.resource, lang).replace(/s$/, '') : t('theObject');
      return t('notFound', { what, name: opt('at', info.name && code(info.name)), namespace: info.namespace ? t('inNamespace', { namespace: code(info.namespace) }) : '' });
    }
    case 'conflict':
      return describeConflict(info, lang);
    case 'invalid': {
      const list = info.causes.filter((c) => c.message).map((c) => (c.field ? t('causeOfField', { field: c.field, message: c.message }) : c.message));
      return t('invalid', { causes: list.length === 0 ? info.message : list.join(t('causeSeparator')) });
    }
    case 'unknownKind':
      return t('unknownKind', { kind: code(info.resourceKind), apiVersion: code(info.apiVersion) });
    case 'noConfig':
      return describeNoConfig(info, lang);
    case 'other':
      return t('other', { status: info.status ? t('httpStatus', { status: info.status }) : '', message: info.message });
  }
}

function describeForbidden(info: Extract<ClusterErrorInfo, { kind: 'forbidden' }>, lang: Lang, hints: ErrorHints): string {
  const t = (key: ClusterErrorKey, args?: Args): string => ce(lang, key, args);
  if (!info.verb || !info.resource) {
    if (/exceeded quota/.test(info.message)) return t('quota', { message: info.message });
    if (/being terminated/.test(info.message)) return t('terminating');
    return t('forbiddenRaw', { message: info.message });
  }
  const action = verbPhrase(info.verb, info.resource, lang);
  const roles = requiredRoles(info.verb, info.resource, Boolean(info.namespace));
  const ns = info.namespace;
  const who = shortUser(info.user);
  // « … dans `x` : il faut le rôle `edit` dans `x` » says the namespace once
  const nsForRole = hints.currentRole && (hints.roleNamespace ?? ns) === ns ? undefined : ns;
  const inNs = nsForRole ? t('roleIn', { namespace: code(nsForRole) }) : '';
  const needed = roles.clusterWide
    ? t('roleClusterWide', { roles: roles.roles.map(code).join(t('or')) })
    : roles.roles.length > 2
      ? t('roleAtLeast', { role: code(roles.roles[0]), namespace: inNs })
      : t('roleOneOf', { roles: roles.roles.map(code).join(t('or')), namespace: inNs });
  let first: string;
  if (hints.currentRole) {
    const where = hints.roleNamespace ?? ns;
    first = t('forbiddenWithRole', { role: code(hints.currentRole), where: where ? t('roleIn', { namespace: code(where) }) : '', needed, action });
  } else {
    first = t('forbidden', { who: who ? ` ${code(who)}` : '', action, namespace: ns ? t('inNamespace', { namespace: code(ns) }) : '', needed });
  }
  const advice = hints.roleNamespace && ns && hints.roleNamespace !== ns
    ? t('adviceOwnNamespace', { namespace: code(hints.roleNamespace) })
    : t('adviceAskRole');
  return `${first}${advice}`;
}

function describeConflict(info: Extract<ClusterErrorInfo, { kind: 'conflict' }>, lang: Lang): string {
  if (info.reason === 'alreadyExists') return ce(lang, 'alreadyExists', { message: info.message });
  if (info.reason === 'modified') return ce(lang, 'modified');
  const fields = info.conflicts.map((c) => ce(lang, 'managedBy', { field: c.field, manager: code(c.manager) }));
  return plural(clusterErrorsText, lang, 'conflict', fields.length, { fields: fields.join(', ') });
}

function describeNoConfig(info: Extract<ClusterErrorInfo, { kind: 'noConfig' }>, lang: Lang): string {
  const files = info.files?.length ? info.files.map(code).join(', ') : '';
  const context = code(info.context ?? '');
  switch (info.detail) {
    case 'none': return ce(lang, 'noConfig');
    case 'unknownContext': return ce(lang, 'unknownContext', { context });
    case 'noCurrentContext': return ce(lang, 'noCurrentContext', { files });
    case 'unknownCluster': return ce(lang, 'unknownCluster', { context, files });
    case 'unreadable': return ce(lang, 'unreadableConfig', { files, message: info.message ? ce(lang, 'detail', { message: info.message }) : '' });
  }
}

function shortUser(user: string | undefined): string | undefined {
  if (!user) return undefined;
  const sa = /^system:serviceaccount:([^:]+):(.+)$/.exec(user);
  return sa ? `${sa[2]} (${sa[1]})` : user;
}
