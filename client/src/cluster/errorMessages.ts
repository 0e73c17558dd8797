// Sentences a beginner understands for every ClusterError, in French (default) and English. Never raw JSON.
import type { ClusterErrorInfo } from './errors';
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
  const fr = lang === 'fr';
  switch (info.kind) {
    case 'unreachable': {
      const where = info.server ?? hints.server;
      const tls = info.code && /CERT|TLS|SSL|EPROTO|SIGNED/.test(info.code);
      if (tls) {
        return fr
          ? `Connexion sécurisée impossible avec le serveur d'API${where ? ` ${code(where)}` : ''} : son certificat n'est pas reconnu (${info.code}). Vérifiez le champ certificate-authority de votre kubeconfig.`
          : `Cannot establish a secure connection to the API server${where ? ` ${code(where)}` : ''}: its certificate is not trusted (${info.code}). Check certificate-authority in your kubeconfig.`;
      }
      return fr
        ? `Le serveur d'API du cluster${where ? ` (${code(where)})` : ''} ne répond pas${info.code ? ` (${info.code})` : ''}. Le cluster est-il démarré ? Vérifiez le contexte choisi et votre connexion réseau.`
        : `The cluster's API server${where ? ` (${code(where)})` : ''} does not answer${info.code ? ` (${info.code})` : ''}. Is the cluster running? Check the selected context and your network.`;
    }
    case 'timeout':
      return fr
        ? `Le serveur d'API${info.server ? ` (${code(info.server)})` : ''} a mis trop de temps à répondre. Réessayez dans un instant ; si cela persiste, le cluster est peut-être surchargé ou injoignable.`
        : `The API server${info.server ? ` (${code(info.server)})` : ''} took too long to answer. Try again in a moment; if it persists, the cluster may be overloaded or unreachable.`;
    case 'unauthorized':
      return fr
        ? `Le cluster ne reconnaît pas votre identité : votre jeton d'accès a probablement expiré ou n'est plus valide. Renouvelez vos identifiants (par exemple en relançant votre service, ou en téléchargeant un nouveau kubeconfig).`
        : `The cluster does not recognise you: your access token has probably expired or is no longer valid. Renew your credentials (restart your service or download a new kubeconfig).`;
    case 'forbidden':
      return describeForbidden(info, fr, hints);
    case 'notFound': {
      if (info.resource === 'namespaces' && info.name) {
        return fr
          ? `L'espace de noms ${code(info.name)} n'existe pas. Créez-le d'abord (un objet kind: Namespace dans le même envoi, ou kubectl create namespace ${info.name}), ou changez metadata.namespace.`
          : `Namespace ${code(info.name)} does not exist. Create it first (a kind: Namespace object in the same apply, or kubectl create namespace ${info.name}), or change metadata.namespace.`;
      }
      const what = info.resource ? kindLabel(info.resource, lang).replace(/s$/, '') : fr ? "L'objet" : 'The object';
      return fr
        ? `${what}${info.name ? ` ${code(info.name)}` : ''} n'existe pas${info.namespace ? ` dans l'espace de noms ${code(info.namespace)}` : ''} (ou le type de ressource est inconnu de ce cluster).`
        : `${what}${info.name ? ` ${code(info.name)}` : ''} does not exist${info.namespace ? ` in namespace ${code(info.namespace)}` : ''} (or this cluster does not know that resource type).`;
    }
    case 'conflict':
      return describeConflict(info, fr);
    case 'invalid': {
      const list = info.causes.filter((c) => c.message).map((c) => (c.field ? `${c.field} : ${c.message}` : c.message));
      const head = fr ? 'Le cluster refuse ce manifeste' : 'The cluster rejects this manifest';
      if (list.length === 0) return `${head}${fr ? ' : ' : ': '}${info.message}`;
      return `${head}${fr ? ' : ' : ': '}${list.join(' ; ')}`;
    }
    case 'unknownKind':
      return fr
        ? `Ce cluster ne connaît pas le type ${code(info.resourceKind)} avec apiVersion ${code(info.apiVersion)}. Vérifiez l'orthographe de kind et d'apiVersion (par exemple apps/v1 pour un Deployment), ou installez d'abord la CRD qui le définit.`
        : `This cluster does not know kind ${code(info.resourceKind)} with apiVersion ${code(info.apiVersion)}. Check the spelling of kind and apiVersion (e.g. apps/v1 for a Deployment), or install the CRD that defines it first.`;
    case 'noConfig':
      return describeNoConfig(info, fr);
    case 'other':
      return fr
        ? `Le cluster a répondu par une erreur${info.status ? ` (HTTP ${info.status})` : ''} : ${info.message}`
        : `The cluster answered with an error${info.status ? ` (HTTP ${info.status})` : ''}: ${info.message}`;
  }
}

function describeForbidden(info: Extract<ClusterErrorInfo, { kind: 'forbidden' }>, fr: boolean, hints: ErrorHints): string {
  const lang: Lang = fr ? 'fr' : 'en';
  if (!info.verb || !info.resource) {
    if (/exceeded quota/.test(info.message)) {
      return fr
        ? `Le quota de ressources de l'espace de noms est dépassé : ${info.message}. Réduisez les requests/limits ou le nombre de réplicas, ou supprimez des objets inutiles.`
        : `The namespace's resource quota is exceeded: ${info.message}. Lower requests/limits or replicas, or delete unused objects.`;
    }
    if (/being terminated/.test(info.message)) {
      return fr
        ? `L'espace de noms est en cours de suppression : impossible d'y créer quoi que ce soit pour l'instant.`
        : `The namespace is being deleted: nothing can be created in it for now.`;
    }
    return fr ? `Accès refusé par le cluster : ${info.message}` : `Access denied by the cluster: ${info.message}`;
  }
  const action = verbPhrase(info.verb, info.resource, lang);
  const roles = requiredRoles(info.verb, info.resource, Boolean(info.namespace));
  const ns = info.namespace;
  const who = shortUser(info.user);
  // « … dans `x` : il faut le rôle `edit` dans `x` » says the namespace once
  const nsForRole = hints.currentRole && (hints.roleNamespace ?? ns) === ns ? undefined : ns;
  const roleText = roles.clusterWide
    ? fr
      ? `il faut un droit sur tout le cluster (rôle de cluster ${roles.roles.map(code).join(' ou ')}), que seul l'administrateur du cluster peut accorder`
      : `this needs a cluster-wide permission (cluster role ${roles.roles.map(code).join(' or ')}), which only the cluster administrator can grant`
    : fr
      ? `il faut ${roles.roles.length > 2 ? `au moins le rôle ${code(roles.roles[0])}` : `le rôle ${roles.roles.map(code).join(' ou ')}`}${nsForRole ? ` dans ${code(nsForRole)}` : ''}`
      : `this needs ${roles.roles.length > 2 ? `at least the role ${code(roles.roles[0])}` : `the role ${roles.roles.map(code).join(' or ')}`}${nsForRole ? ` in ${code(nsForRole)}` : ''}`;
  let first: string;
  if (hints.currentRole) {
    const where = hints.roleNamespace ?? ns;
    first = fr
      ? `Accès refusé : votre compte a le rôle ${code(hints.currentRole)}${where ? ` dans ${code(where)}` : ''} : ${roleText} pour ${action}`
      : `Access denied: your account has the role ${code(hints.currentRole)}${where ? ` in ${code(where)}` : ''}: ${roleText} to ${action}`;
  } else {
    first = fr
      ? `Accès refusé : votre compte${who ? ` ${code(who)}` : ''} n'a pas le droit de ${action}${ns ? ` dans l'espace de noms ${code(ns)}` : ''} ; ${roleText}`
      : `Access denied: your account${who ? ` ${code(who)}` : ''} may not ${action}${ns ? ` in namespace ${code(ns)}` : ''}; ${roleText}`;
  }
  const advice = fr
    ? hints.roleNamespace && ns && hints.roleNamespace !== ns
      ? ` Travaillez plutôt dans votre espace de noms ${code(hints.roleNamespace)}.`
      : ' Demandez ce rôle à la personne qui gère le cluster (sur SSPCloud : relancez votre service avec le rôle voulu).'
    : hints.roleNamespace && ns && hints.roleNamespace !== ns
      ? ` Work in your own namespace ${code(hints.roleNamespace)} instead.`
      : ' Ask the cluster administrator for this role (on SSPCloud: restart your service with the needed role).';
  return `${first}.${advice}`;
}

function describeConflict(info: Extract<ClusterErrorInfo, { kind: 'conflict' }>, fr: boolean): string {
  if (info.reason === 'alreadyExists') {
    return fr ? `Cet objet existe déjà : ${info.message}` : `This object already exists: ${info.message}`;
  }
  if (info.reason === 'modified') {
    return fr
      ? `L'objet a été modifié par quelqu'un d'autre pendant l'opération. Relisez-le et réessayez.`
      : `The object was changed by someone else meanwhile. Reload it and try again.`;
  }
  const fields = info.conflicts.map((c) => (fr ? `${c.field} (géré par ${code(c.manager)})` : `${c.field} (managed by ${code(c.manager)})`));
  return fr
    ? `Conflit : ${fields.length > 1 ? 'ces champs ont' : 'ce champ a'} été modifié${fields.length > 1 ? 's' : ''} par un autre outil depuis votre dernier déploiement : ${fields.join(', ')}. Le cluster vous protège contre l'écrasement de ce changement. Vous pouvez forcer (votre fichier reprend la main sur ${fields.length > 1 ? 'ces champs' : 'ce champ'}, comme kubectl apply --server-side --force-conflicts) ou reporter la valeur actuelle dans votre fichier.`
    : `Conflict: ${fields.length > 1 ? 'these fields were' : 'this field was'} changed by another tool since your last apply: ${fields.join(', ')}. The cluster protects that change from being overwritten. You can force it (your file takes ownership back, like kubectl apply --server-side --force-conflicts) or copy the current value into your file.`;
}

function describeNoConfig(info: Extract<ClusterErrorInfo, { kind: 'noConfig' }>, fr: boolean): string {
  const files = info.files?.length ? info.files.map(code).join(', ') : '';
  switch (info.detail) {
    case 'none':
      return fr
        ? `Aucun cluster configuré : ni fichier kubeconfig (variable KUBECONFIG ou ~/.kube/config), ni compte de service Kubernetes (mode « dans le cluster »). Ajoutez un kubeconfig ou indiquez-en un avec --kubeconfig.`
        : `No cluster configured: no kubeconfig file (KUBECONFIG or ~/.kube/config) and no in-cluster service account. Add a kubeconfig or pass one with --kubeconfig.`;
    case 'unknownContext':
      return fr
        ? `Le contexte ${code(info.context ?? '')} n'existe pas dans votre kubeconfig. Listez les contextes disponibles avec kubectl config get-contexts.`
        : `Context ${code(info.context ?? '')} does not exist in your kubeconfig. List contexts with kubectl config get-contexts.`;
    case 'noCurrentContext':
      return fr
        ? `Votre kubeconfig ${files} ne désigne aucun contexte courant (current-context). Choisissez-en un (kubectl config use-context …) ou passez --context.`
        : `Your kubeconfig ${files} has no current context. Pick one (kubectl config use-context …) or pass --context.`;
    case 'unknownCluster':
      return fr
        ? `Le contexte ${code(info.context ?? '')} désigne un cluster absent de votre kubeconfig ${files}.`
        : `Context ${code(info.context ?? '')} points to a cluster missing from your kubeconfig ${files}.`;
    case 'unreadable':
      return fr
        ? `Impossible de lire le kubeconfig ${files}${info.message ? ` : ${info.message}` : ''}. Vérifiez que le fichier existe et que c'est un YAML valide.`
        : `Cannot read kubeconfig ${files}${info.message ? `: ${info.message}` : ''}. Check that the file exists and is valid YAML.`;
  }
}

function shortUser(user: string | undefined): string | undefined {
  if (!user) return undefined;
  const sa = /^system:serviceaccount:([^:]+):(.+)$/.exec(user);
  return sa ? `${sa[2]} (${sa[1]})` : user;
}
