// contextValue of tree items: `ka-<kind>` then the actions the user's RBAC allows on it, so that package.json menus
// (`when: viewItem =~ /\bka-pod\b/ && viewItem =~ /\bcan-delete\b/`) only offer what will work.
//   can-get          open the live YAML                 (get)
//   can-events       show the object's events           (list events)
//   can-logs         pod/container logs                 (get pods/log)
//   can-delete       delete (pods)                      (delete)
//   can-scale        scale (Deployment, StatefulSet)    (patch <kind>/scale)
//   can-patch        restart, undo, pause… (rollout)    (patch)
//   can-portforward  port-forward (Pod, Service)        (create pods/portforward)
//   has-manifest     a workspace file defines it
//   ka-self          it runs this very IDE (destructive actions ask first)
// Which actions a resource type offers is declared by its descriptor (kinds.ts, `actions`).
import { rulesAllow, type NamespaceAccess } from '../../../../core/cluster/rbac';
import { RESOURCES, type ResourceId } from '../../../../core/cluster/watchResources';
import { OBJECT_KINDS } from './kinds';

export type Action = 'get' | 'events' | 'logs' | 'delete' | 'scale' | 'patch' | 'portforward';

/** The (verb, group, resource) an action needs on a resource type. */
export function requirement(action: Action, resource: ResourceId): { verb: string; group: string; resource: string } {
  const t = RESOURCES[resource];
  switch (action) {
    case 'get': return { verb: 'get', group: t.group, resource };
    case 'events': return { verb: 'list', group: '', resource: 'events' };
    case 'logs': return { verb: 'get', group: '', resource: 'pods/log' };
    case 'delete': return { verb: 'delete', group: t.group, resource };
    case 'scale': return { verb: 'patch', group: t.group, resource: `${resource}/scale` };
    case 'patch': return { verb: 'patch', group: t.group, resource };
    case 'portforward': return { verb: 'create', group: '', resource: 'pods/portforward' };
  }
}

export function allowed(access: NamespaceAccess | undefined, action: Action, resource: ResourceId, name?: string): boolean {
  if (!access) return false;
  const r = requirement(action, resource);
  return rulesAllow(access.rules, r.verb, r.group, r.resource, name);
}

export function objectContextValue(resource: ResourceId, access: NamespaceAccess | undefined, opts: { self?: boolean; manifest?: boolean; name?: string } = {}): string {
  const tokens = [`ka-${RESOURCES[resource].kind.toLowerCase()}`, 'ka-object'];
  for (const a of OBJECT_KINDS[resource]?.actions ?? []) if (allowed(access, a, resource, opts.name)) tokens.push(`can-${a}`);
  if (opts.manifest) tokens.push('has-manifest');
  if (opts.self) tokens.push('ka-self');
  return tokens.join(' ');
}

export function containerContextValue(access: NamespaceAccess | undefined, podName: string): string {
  const tokens = ['ka-container'];
  if (allowed(access, 'logs', 'pods', podName)) tokens.push('can-logs');
  return tokens.join(' ');
}
