// What may the user do? One SelfSubjectRulesReview per namespace (cached), with SelfSubjectAccessReview as a
// fallback when the rules are incomplete and for cluster-scoped questions (may I list namespaces?).
// No vscode import. One RbacCache per connection (context + user).
import { toClusterError } from './errors';

export interface ResourceRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
}

/** The user's level in a namespace, named after the built-in roles: view < edit < admin. */
export type RoleLevel = 'admin' | 'edit' | 'view' | 'none';

export interface NamespaceAccess {
  namespace: string;
  rules: ResourceRule[];
  /** The API server could not list every rule (e.g. a webhook authorizer): a "no" may be wrong, ask SSAR. */
  incomplete: boolean;
  level: RoleLevel;
  /** Set when the review itself failed (then nothing is known and `level` is 'none'). */
  error?: unknown;
}

/** Does one rule set allow verb on group/resource[/subresource] (optionally a given name)? Pure. */
export function rulesAllow(rules: ResourceRule[], verb: string, group: string, resource: string, name?: string): boolean {
  const base = resource.split('/')[0];
  return rules.some((r) => {
    if (!r.verbs.includes('*') && !r.verbs.includes(verb)) return false;
    const groups = r.apiGroups ?? [];
    if (!groups.includes('*') && !groups.includes(group)) return false;
    const res = r.resources ?? [];
    const sub = resource.includes('/') ? resource.slice(base.length + 1) : undefined;
    const resOk = res.includes('*') || res.includes(resource) || (sub !== undefined && (res.includes(`${base}/*`) || res.includes(`*/${sub}`)));
    if (!resOk) return false;
    if (r.resourceNames && r.resourceNames.length > 0) return name !== undefined && r.resourceNames.includes(name);
    return true;
  });
}

/** Level from the rules: admin may create RoleBindings, edit may create Deployments and delete Pods, view may list Pods. */
export function levelOf(rules: ResourceRule[]): RoleLevel {
  if (rulesAllow(rules, 'create', 'rbac.authorization.k8s.io', 'rolebindings')) return 'admin';
  if (rulesAllow(rules, 'create', 'apps', 'deployments') && rulesAllow(rules, 'delete', '', 'pods')) return 'edit';
  if (rulesAllow(rules, 'list', '', 'pods')) return 'view';
  return 'none';
}

export type PostJson = (path: string, body: object) => Promise<unknown>;

interface RulesReviewStatus {
  resourceRules?: ResourceRule[];
  incomplete?: boolean;
  evaluationError?: string;
}

export interface RbacCacheOptions {
  /** Cached answers expire after this delay (roles can change while the IDE runs). */
  ttlMs?: number;
}

export class RbacCache {
  private readonly reviews = new Map<string, { at: number; p: Promise<NamespaceAccess> }>();
  private readonly known = new Map<string, NamespaceAccess>();
  private readonly access = new Map<string, { at: number; p: Promise<boolean> }>();
  private readonly ttl: number;

  constructor(private readonly post: PostJson, opts: RbacCacheOptions = {}) {
    this.ttl = opts.ttlMs ?? 5 * 60_000;
  }

  /** The rules of a namespace (cached). Never throws: a failed review gives level 'none' with `error` set. */
  review(namespace: string): Promise<NamespaceAccess> {
    const hit = this.reviews.get(namespace);
    if (hit && Date.now() - hit.at < this.ttl) return hit.p;
    const p = this.fetchRules(namespace);
    this.reviews.set(namespace, { at: Date.now(), p });
    void p.then((a) => {
      this.known.set(namespace, a);
      if (a.error) this.reviews.delete(namespace); // retry next time
    });
    return p;
  }

  /** Last known access of a namespace, synchronously (undefined until a review finished). */
  peek(namespace: string): NamespaceAccess | undefined {
    return this.known.get(namespace);
  }

  /** May the user do verb on group/resource in namespace? Uses the rules, then an AccessReview when they are incomplete. */
  async can(namespace: string, verb: string, group: string, resource: string, name?: string): Promise<boolean> {
    const a = await this.review(namespace);
    if (rulesAllow(a.rules, verb, group, resource, name)) return true;
    if (!a.incomplete && !a.error) return false;
    return this.accessReview({ namespace, verb, group, resource, name });
  }

  /** Cluster-scoped question (namespace omitted), e.g. may I list namespaces? Cached. False when the review fails. */
  canCluster(verb: string, group: string, resource: string): Promise<boolean> {
    return this.accessReview({ verb, group, resource });
  }

  invalidate(): void {
    this.reviews.clear();
    this.access.clear();
    this.known.clear();
  }

  private async fetchRules(namespace: string): Promise<NamespaceAccess> {
    try {
      const body = (await this.post('/apis/authorization.k8s.io/v1/selfsubjectrulesreviews', {
        apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectRulesReview', spec: { namespace },
      })) as { status?: RulesReviewStatus };
      const rules = body.status?.resourceRules ?? [];
      return { namespace, rules, incomplete: !!body.status?.incomplete, level: levelOf(rules) };
    } catch (err) {
      return { namespace, rules: [], incomplete: true, level: 'none', error: toClusterError(err) };
    }
  }

  private accessReview(attrs: { namespace?: string; verb: string; group: string; resource: string; name?: string }): Promise<boolean> {
    const key = JSON.stringify(attrs);
    const hit = this.access.get(key);
    if (hit && Date.now() - hit.at < this.ttl) return hit.p;
    const [resource, subresource] = attrs.resource.split('/');
    const p = (async () => {
      try {
        const body = (await this.post('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
          apiVersion: 'authorization.k8s.io/v1', kind: 'SelfSubjectAccessReview',
          spec: { resourceAttributes: { namespace: attrs.namespace, verb: attrs.verb, group: attrs.group, resource, subresource, name: attrs.name } },
        })) as { status?: { allowed?: boolean } };
        return !!body.status?.allowed;
      } catch {
        this.access.delete(key);
        return false;
      }
    })();
    this.access.set(key, { at: Date.now(), p });
    return p;
  }
}
