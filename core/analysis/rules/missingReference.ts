// Shared logic of the "referenced object is missing" rules (ConfigMap, Secret, PVC, ServiceAccount, pull secrets,
// Ingress TLS Secrets, HorizontalPodAutoscaler targets, RoleBinding subjects).
// Severity policy: objects that are often created outside the manifests (Secrets created with kubectl, PVCs of
// another example) are only a hint unless the workspace manages objects of that kind in that namespace, or a
// similarly named one exists (a probable typo).
import { rangeOf } from '../index/ranges';
import type { Reference, ReferenceKind, Resource } from '../index/types';
import type { ManifestIndex } from '../index/manifestIndex';
import { formatList } from '../messages';
import type { Severity } from '../model';
import { closestName, describe, replaceValueEdit } from './helpers';
import type { WorkspaceRuleContext } from './rule';
import { mentionedInBrokenDoc } from './brokenDocs';

export interface MissingPolicy {
  code: string;
  kind: ReferenceKind;
  /** Which references this rule handles. */
  accept(ref: Reference): boolean;
  /** Severity when the workspace manages this kind in the namespace (or a close name exists). */
  managed: Severity;
  /** Severity otherwise. */
  unmanaged: Severity;
  /** Only a close name (probable typo) raises the severity to `managed`. */
  closeOnly?: boolean;
  /** Say nothing unless the workspace defines objects of this kind in the target's namespace (otherwise the
   * object is probably created out of band). */
  onlyWhenManaged?: boolean;
  /** Extra reasons to ignore a reference (built-in names, generated objects…). */
  ignore?(ref: Reference, ctx: WorkspaceRuleContext): boolean;
  messageKey?(ref: Reference): string;
  /** The catalogue has a `<code>.closest` wording, used when a similarly named object exists. */
  closestVariant?: boolean;
}

export function targetsOf(index: ManifestIndex, kind: string, namespace: string): Resource[] {
  return index.ofKind(kind, namespace).filter((r) => r.isKubernetes);
}

export function checkMissing(ctx: WorkspaceRuleContext, policy: MissingPolicy): void {
  const prefix = `obj:${policy.kind}:`;
  const slot = `${policy.code}:${policy.kind}`;
  for (const res of ctx.index.referrers(policy.kind)) {
    if (!res.isKubernetes) continue;
    const deps: unknown[] = [ctx.index.topicIn(prefix, res.namespace), ctx.workspace.brokenVersion, ctx.workspace.kustomizeVersion];
    // References into another namespace (RoleBinding subjects): their namespace's objects count too.
    for (const ref of res.references) {
      if (ref.targetKind === policy.kind && ref.namespace !== res.namespace) deps.push(ctx.index.topicIn(prefix, ref.namespace));
    }
    ctx.memo(res, deps, () => {
      for (const ref of res.references) {
        if (ref.targetKind !== policy.kind || !policy.accept(ref) || ref.optional) continue;
        if (ref.key !== undefined && res.references.some((r) => r !== ref && r.nameNode === ref.nameNode && r.key === undefined)) continue;
        if (policy.ignore?.(ref, ctx)) continue;
        const found = ctx.index.findResources({ kind: policy.kind, name: ref.name, namespace: ref.namespace }).some((r) => r.isKubernetes);
        if (found) continue;
        const known = targetsOf(ctx.index, policy.kind, ref.namespace).map((r) => r.name ?? '').filter(Boolean).sort();
        if (policy.onlyWhenManaged && known.length === 0) continue;
        const closest = closestName(ref.name, known);
        let severity = closest || (known.length > 0 && !policy.closeOnly) ? policy.managed : policy.unmanaged;
        if (mentionedInBrokenDoc(ctx.workspace, [['kind', policy.kind], ['name', ref.name]])) severity = policy.unmanaged === 'warning' ? 'information' : policy.unmanaged;
        ctx.report({
          uri: res.uri, code: policy.code, messageKey: policy.messageKey?.(ref)
            ?? (closest && policy.closestVariant ? `${policy.code}.closest` : known.length ? policy.code : `${policy.code}.none`),
          range: rangeOf(res.doc, ref.nameNode), severity,
          args: { name: ref.name, kind: policy.kind, namespace: ref.namespace || 'default', known: formatList(known), owner: describe(res), closest: closest ?? '' },
          fixes: closest ? [{ titleKey: 'fix.rename', args: { value: closest }, edits: [replaceValueEdit(res.doc, ref.nameNode, closest)], preferred: true }] : undefined,
        });
      }
    }, slot);
  }
}
