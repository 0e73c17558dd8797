// Completion at the cursor: whole objects in an empty document, fields of the mapping being written, values of
// the key being written (allowed values, names of the workspace's objects, labels, ports).
import { isMap, parseDocument, type YAMLMap } from 'yaml';
import type { Lang } from '../model';
import type { ManifestWorkspace } from '../index/workspace';
import { baseName } from '../parse/fileKind';
import { nestingExceeds } from '../parse/limits';
import { hoverLabels } from '../../i18n/hover/labels';
import { activeSchemas, getLabSchema } from '../schema/catalog';
import { fieldAt } from '../schema/schemaPath';
import { str, getPath } from '../util/yamlNodes';
import { labFieldSchema } from '../hover/labHover';
import { typingContext, type TypingContext } from './context';
import { fieldItems, fieldSnippet } from './fieldItems';
import { OBJECT_SNIPPETS, snippetDescription } from './snippets';
import type { CompletionEntry } from './types';
import { valueItems } from './valueItems';

/** The document parsed without the line being typed (often the only broken line). */
function parseAround(docText: string, rel: number): YAMLMap | undefined {
  const start = docText.lastIndexOf('\n', rel - 1) + 1;
  const nl = docText.indexOf('\n', rel);
  const end = nl < 0 ? docText.length : nl;
  const blanked = docText.slice(0, start) + ' '.repeat(end - start) + docText.slice(end);
  if (nestingExceeds(blanked) !== -1) return undefined; // too deep for `yaml`'s recursive composer (KA105)
  try {
    const d = parseDocument(blanked, { logLevel: 'silent', uniqueKeys: false });
    return isMap(d.contents) ? d.contents : undefined;
  } catch {
    return undefined;
  }
}

function snippetItems(range: CompletionEntry['range'], lang: Lang): CompletionEntry[] {
  return OBJECT_SNIPPETS.map((s, i) => ({
    label: s.label, kind: 'snippet' as const, insertText: s.body, isSnippet: true, range,
    detail: hoverLabels(lang).snippetDetail, documentation: `${snippetDescription(s, lang)}\n\n\`\`\`yaml\n${s.body.replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1').replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d/g, '')}\n\`\`\``,
    sortText: `0${String(i).padStart(2, '0')}`, filterText: `${s.label} ${s.kind.toLowerCase()}`,
  }));
}

function labelKeyItems(ws: ManifestWorkspace, namespace: string, tc: TypingContext, range: CompletionEntry['range']): CompletionEntry[] {
  const byKey = new Map<string, Set<string>>();
  for (const t of ws.index.podTemplates(namespace)) {
    for (const [k, v] of t.labels) {
      if (tc.siblings.has(k)) continue;
      let set = byKey.get(k);
      if (!set) byKey.set(k, (set = new Set()));
      set.add(v);
    }
  }
  return [...byKey].map(([k, values]) => ({
    label: k, kind: 'label' as const, isSnippet: true, range, detail: [...values].map((v) => `${k}=${v}`).join(', '),
    insertText: `${k.replace(/[\\$}]/g, (c) => `\\${c}`)}: \${1|${[...values].map((v) => v.replace(/[,|\\$}]/g, (c) => `\\${c}`)).join(',')}|}`,
  }));
}

function labItems(docText: string, tc: TypingContext, range: CompletionEntry['range']): CompletionEntry[] {
  const root = getLabSchema();
  if (!root || tc.mode !== 'key') return [];
  const found = labFieldSchema(root, tc.path);
  return Object.entries(found?.schema.properties ?? {}).filter(([k]) => !tc.siblings.has(k) && k !== '$schema').map(([k, s]) => ({
    label: k, kind: 'field' as const, insertText: `${k}: $1`, isSnippet: true, range, documentation: s.description,
  }));
}

export function computeCompletion(ws: ManifestWorkspace, uri: string, offset: number, lang: Lang): CompletionEntry[] {
  const file = ws.getFile(uri);
  if (!file || file.skipped || file.kind === 'helm-template') return [];
  const doc = ws.docAt(uri, offset);
  const base = doc?.base ?? 0;
  const docText = doc?.text ?? file.text;
  const rel = offset - base;
  const tc = typingContext(docText, rel);
  if (!tc) return [];
  const range = { start: base + tc.wordStart, end: base + tc.wordEnd };
  const name = baseName(uri).toLowerCase();
  if (name === 'lab.yaml' || name === 'lab.yml') return labItems(docText, tc, range);
  if (file.kind !== 'manifest') return [];
  if (tc.mode === 'document') return snippetItems(range, lang);
  const schemas = activeSchemas();
  const found = tc.apiVersion && tc.kind ? schemas.lookup(tc.apiVersion, tc.kind) : undefined;
  const root = parseAround(docText, rel);
  const namespace = str(getPath(root, 'metadata.namespace')) ?? 'default';
  if (tc.mode === 'value') {
    const field = found ? fieldAt(schemas, found.definition, tc.path) : undefined;
    return valueItems({ ws, schemas, lang, field, path: tc.path, key: tc.key ?? '', apiVersion: tc.apiVersion, kind: tc.kind, namespace, root, range });
  }
  if (!found) {
    if (tc.path.length > 0) return [];
    const top = ['apiVersion', 'kind', 'metadata'].filter((k) => !tc.siblings.has(k));
    return top.map((k, i) => ({ label: k, kind: 'field' as const, insertText: fieldSnippet(schemas, k, k === 'metadata' ? { properties: { name: { type: 'string' } }, required: ['name'] } : { type: 'string' }), isSnippet: true, range, sortText: String(i) }));
  }
  const strings = tc.path.map(String);
  const selectorMap = (tc.kind === 'Service' && strings.join('.') === 'spec.selector') || strings[strings.length - 1] === 'matchLabels';
  if (selectorMap) return labelKeyItems(ws, namespace, tc, range);
  const field = tc.path.length ? fieldAt(schemas, found.definition, tc.path) : { schema: found.schema, definition: found.definition, mapKey: false, listItem: false };
  if (!field?.schema.properties) return [];
  return fieldItems({ schemas, schema: field.schema, definition: field.definition, lang, siblings: tc.siblings, range, topLevel: tc.path.length === 0, keyOnly: tc.keyOnly });
}
