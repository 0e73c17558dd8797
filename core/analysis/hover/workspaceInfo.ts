// Hover sections that look at the rest of the workspace: which Pods a selector matches, which Services select a
// set of labels, what a reference (configMapRef, claimName, Ingress backend…) points to, and a Secret's decoded value.
import { isScalar, type Node } from 'yaml';
import type { Lang } from '../model';
import { formatText } from '../messages';
import { lineStarts, positionAt, rangeOf } from '../index/ranges';
import type { Resource } from '../index/types';
import type { ManifestWorkspace } from '../index/workspace';
import { baseName } from '../parse/fileKind';
import type { Located } from '../schema/cursor';
import { decodeSecretValue } from '../util/base64';
import { entries, get, getPath, stringMap } from '../util/yamlNodes';
import { hoverLabels } from '../../i18n/hover/labels';

const FEMININE = new Set(['ConfigMap', 'PersistentVolumeClaim', 'IngressClass']);

/** `Deployment \`web\` (deployment.yaml, ligne 3)` */
export function placeText(ws: ManifestWorkspace, res: Resource, lang: Lang): string {
  const file = ws.getFile(res.uri);
  const line = file ? positionAt(lineStarts(file), rangeOf(res.doc, res.node).start).line + 1 : 0;
  return formatText(hoverLabels(lang).place, { kind: res.kind ?? '?', name: res.name ?? '?', file: baseName(res.uri), line });
}

function bulletList(items: string[]): string {
  return items.map((i) => `\n- ${i}`).join('');
}

/** Index of the selector map in the path: Service `spec.selector`, or the last `matchLabels`. */
function selectorPath(res: Resource, path: Located['path']): string[] | undefined {
  const strings = path.map(String);
  if (res.kind === 'Service' && strings[0] === 'spec' && strings[1] === 'selector') return ['spec', 'selector'];
  const i = strings.lastIndexOf('matchLabels');
  return i >= 0 ? strings.slice(0, i + 1) : undefined;
}

function selectorSection(ws: ManifestWorkspace, res: Resource, path: string[], lang: Lang): string | undefined {
  const L = hoverLabels(lang);
  const selector = stringMap(getPath(res.node, path));
  if (selector.size === 0) return undefined;
  const matches = ws.index.podTemplatesMatching(selector, res.namespace);
  const owners = [...new Set(matches.map((t) => t.owner))];
  if (owners.length === 0) return formatText(res.kind === 'Service' ? L.selectsNothing : L.selectsNothingWorkload, { namespace: res.namespace });
  return formatText(L.selects, { list: bulletList(owners.slice(0, 10).map((o) => placeText(ws, o, lang))) });
}

function labelsSection(ws: ManifestWorkspace, res: Resource, path: string[], lang: Lang): string | undefined {
  const L = hoverLabels(lang);
  const li = path.indexOf('labels');
  if (li < 1 || path[li - 1] !== 'metadata') return undefined;
  const prefix = path.slice(0, li - 1).join('.');
  const tpl = res.podTemplate;
  if (!tpl || tpl.path !== prefix) {
    return prefix === '' && tpl && tpl.path !== '' ? formatText(L.objectLabels, { kind: res.kind ?? '' }) : undefined;
  }
  const services = ws.index.ofKind('Service', res.namespace).filter((svc) => {
    const sel = stringMap(getPath(svc.node, 'spec.selector'));
    if (sel.size === 0) return false;
    for (const [k, v] of sel) if (tpl.labels.get(k) !== v) return false;
    return true;
  });
  if (services.length === 0) return L.selectedByNone;
  return formatText(L.selectedBy, { list: bulletList(services.slice(0, 10).map((s) => placeText(ws, s, lang))) });
}

function keysOf(target: Resource): string[] {
  return [...entries(get(target.node, 'data')), ...entries(get(target.node, 'stringData'))].map((e) => e.key);
}

function referenceSection(ws: ManifestWorkspace, res: Resource, node: Node | undefined, lang: Lang): string | undefined {
  const L = hoverLabels(lang);
  const ref = res.references.find((r) => r.nameNode === node || r.keyNode === node);
  if (!ref) return undefined;
  const targets = ws.index.findResources({ kind: ref.targetKind, name: ref.name, namespace: ref.namespace || undefined });
  if (targets.length === 0) {
    return formatText(FEMININE.has(ref.targetKind) ? L.refMissingFem : L.refMissing, { kind: ref.targetKind, name: ref.name, namespace: ref.namespace || '—' });
  }
  const parts = [formatText(L.refFound, { target: targets.map((t) => placeText(ws, t, lang)).join(', ') })];
  if (ref.key !== undefined && (ref.targetKind === 'ConfigMap' || ref.targetKind === 'Secret')) {
    const keys = keysOf(targets[0]);
    const args = { key: ref.key, kind: ref.targetKind, name: ref.name, keys: keys.map((k) => `\`${k}\``).join(', ') || '—' };
    parts.push(formatText(keys.includes(ref.key) ? L.refKey : L.refKeyMissing, args));
  }
  return parts.join('\n\n');
}

function secretSection(res: Resource, loc: Located, lang: Lang): string | undefined {
  if (res.kind !== 'Secret' || loc.path.length !== 2 || loc.path[0] !== 'data' || !loc.pair) return undefined;
  const L = hoverLabels(lang);
  const v = loc.pair.value;
  if (!isScalar(v) || typeof v.value !== 'string') return undefined;
  const decoded = decodeSecretValue(v.value);
  const parts: string[] = [];
  if (!decoded.ok) parts.push(L.secretInvalid);
  else if (!decoded.isText) parts.push(formatText(L.secretBinary, { bytes: decoded.bytes?.length ?? 0 }));
  else {
    const text = decoded.text ?? '';
    if (/[\n`]/.test(text.replace(/\n$/, '')) || text.length > 80) parts.push(`${L.secretDecodedLong}\n\`\`\`\n${text}\n\`\`\``);
    else parts.push(formatText(L.secretDecoded, { value: text.replace(/\n$/, '') }));
    if (decoded.endsWithNewline) parts.push(L.secretNewline);
  }
  parts.push(`*${L.secretReminder}*`);
  return parts.join('\n\n');
}

/** Service `targetPort`: the ports of the selected Pods, and whether this one is among them. */
function targetPortSection(ws: ManifestWorkspace, res: Resource, loc: Located, lang: Lang): string | undefined {
  const p = loc.path;
  if (res.kind !== 'Service' || p.length !== 4 || p[0] !== 'spec' || p[1] !== 'ports' || p[3] !== 'targetPort') return undefined;
  const v = loc.pair?.value;
  const value = isScalar(v) ? v.value : undefined;
  const selector = stringMap(getPath(res.node, 'spec.selector'));
  if (!selector.size || (typeof value !== 'number' && typeof value !== 'string')) return undefined;
  const L = hoverLabels(lang);
  const ports: string[] = [];
  let matched = false;
  for (const t of ws.index.podTemplatesMatching(selector, res.namespace)) {
    for (const c of t.containers) {
      if (c.init) continue;
      for (const cp of c.ports) {
        if (cp.containerPort === value || (cp.name !== undefined && cp.name === value)) matched = true;
        ports.push(`\`${cp.containerPort ?? '?'}\`${cp.name ? ` (\`${cp.name}\`)` : ''} — ${c.name ?? '?'}, ${t.owner.kind} \`${t.owner.name ?? '?'}\``);
      }
    }
  }
  const selected = ws.index.podTemplatesMatching(selector, res.namespace).length;
  if (!ports.length) return selected ? formatText(L.targetPortNoPorts, { value: String(value) }) : undefined;
  return `${formatText(matched ? L.targetPortOk : L.targetPortNone, { value: String(value) })}${bulletList(ports.slice(0, 10))}`;
}

/** Every workspace-aware section that applies at the cursor. */
export function workspaceSections(ws: ManifestWorkspace, res: Resource, loc: Located, lang: Lang): string[] {
  const out: string[] = [];
  const path = loc.path.map(String);
  const ref = referenceSection(ws, res, loc.node, lang);
  if (ref) out.push(ref);
  const sel = selectorPath(res, loc.path);
  if (sel) {
    const s = selectorSection(ws, res, sel, lang);
    if (s) out.push(s);
  } else {
    const l = labelsSection(ws, res, path, lang);
    if (l) out.push(l);
  }
  const port = targetPortSection(ws, res, loc, lang);
  if (port) out.push(port);
  const secret = secretSection(res, loc, lang);
  if (secret) out.push(secret);
  return out;
}
