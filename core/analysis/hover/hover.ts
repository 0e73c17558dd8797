// Hovers on Kubernetes manifests (and lab.yaml): the field under the cursor explained in French, the kind and
// apiVersion with a documentation link, and what the workspace says about labels, selectors and references.
import type { Lang, OffsetRange } from '../model';
import { formatText } from '../messages';
import type { ManifestWorkspace } from '../index/workspace';
import { baseName } from '../parse/fileKind';
import { activeSchemas } from '../schema/catalog';
import { locate, nodeSpan } from '../schema/cursor';
import { splitApiVersion, versionRank, type K8sSchemas } from '../schema/k8sSchemas';
import { fieldAt } from '../schema/schemaPath';
import { kindDoc } from './catalog';
import { fieldSection } from './fieldHover';
import { hoverLabels } from '../../i18n/hover/labels';
import { labHover } from './labHover';
import { toolingFileOf, toolingHover } from './toolingHover';
import { frenchTypography } from '../../i18n';
import { workspaceSections } from './workspaceInfo';

export interface HoverResult {
  markdown: string;
  range: OffsetRange;
}

function stageText(version: string, lang: Lang): string {
  const L = hoverLabels(lang);
  const rank = versionRank(version);
  return rank >= 30000 ? L.stable : rank >= 20000 ? L.beta : rank >= 10000 ? L.alpha : '';
}

export function kindSection(schemas: K8sSchemas, apiVersion: string | undefined, kind: string | undefined, lang: Lang): string | undefined {
  if (!kind) return undefined;
  const L = hoverLabels(lang);
  const parts: string[] = [`**${kind}**${apiVersion ? ` · \`${apiVersion}\`` : ''}`];
  const builtin = schemas.apiVersionsOf(kind).length > 0;
  const doc = kindDoc(lang, kind);
  if (doc) parts.push(doc.texte);
  else if (!builtin) parts.push(formatText(L.customKind, { kind, k8sVersion: schemas.kubernetesVersion }));
  if (apiVersion) {
    const { group, version } = splitApiVersion(apiVersion);
    const stage = stageText(version, lang);
    parts.push(group ? formatText(L.apiVersion, { apiVersion, group, version, stage }) : formatText(L.coreGroup, { apiVersion, version, stage }));
  }
  const links: string[] = [];
  if (doc) links.push(`[${doc.fr ? L.docFr : L.docEn}](${doc.url})`);
  if (builtin) links.push(`\`kubectl explain ${kind.toLowerCase()}\``);
  if (links.length) parts.push(links.join(' · '));
  return parts.join('\n\n');
}

/** The hover at an offset, French typography applied to French hovers (core/i18n's frenchTypography). */
export function computeHover(ws: ManifestWorkspace, uri: string, offset: number, lang: Lang): HoverResult | undefined {
  const h = hoverAt(ws, uri, offset, lang);
  if (h && lang === 'fr') h.markdown = frenchTypography(h.markdown);
  return h;
}

function hoverAt(ws: ManifestWorkspace, uri: string, offset: number, lang: Lang): HoverResult | undefined {
  const file = ws.getFile(uri);
  if (!file || file.skipped) return undefined;
  const doc = ws.docAt(uri, offset);
  if (!doc) return undefined;
  const rel = offset - doc.base;
  const name = baseName(uri).toLowerCase();
  if (name === 'lab.yaml' || name === 'lab.yml') return labHover(doc, rel, lang);
  const tool = toolingFileOf(baseName(uri));
  if (tool) {
    const h = toolingHover(tool, doc, rel, lang);
    if (h || file.kind !== 'manifest') return h;
  }
  if (file.kind !== 'manifest') return undefined;
  const res = ws.resourceAt(uri, offset);
  if (!res) return undefined;
  const loc = locate(res.node, rel);
  const span = nodeSpan(loc?.node);
  if (!loc || !span) return undefined;
  const range = { start: doc.base + span[0], end: doc.base + span[1] };
  const schemas = activeSchemas();
  const sections: string[] = [];
  if (loc.path.length === 1 && (loc.path[0] === 'apiVersion' || loc.path[0] === 'kind')) {
    const k = kindSection(schemas, res.apiVersion, res.kind, lang);
    if (k) sections.push(k);
  } else if (res.apiVersion && res.kind) {
    const found = schemas.lookup(res.apiVersion, res.kind);
    const field = found ? fieldAt(schemas, found.definition, loc.path) : undefined;
    // What the workspace says (the target of a reference, a decoded Secret value…) comes before the field's doc.
    if (res.isKubernetes) sections.push(...workspaceSections(ws, res, loc, lang));
    if (found && field) {
      const f = fieldSection({ lang, schemas, field, path: loc.path, kind: res.kind, apiVersion: res.apiVersion });
      if (f) sections.push(f);
    }
  }
  if (!sections.length) return undefined;
  return { markdown: sections.join('\n\n---\n\n'), range };
}
