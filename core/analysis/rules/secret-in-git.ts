// KA023 — A manifest holding a Secret with real values, inside a Git work tree and ignored by no `.gitignore`:
// base64 is not encryption, whoever reads the repository reads the values (seed 000: ignore `secret.yaml`, ship a
// `secret.yaml.template`). One warning per file, on the `kind` of its first Secret with values. Quick fix: append the
// file to the nearest `.gitignore` (created when there is none) and create `<file>.template` with empty values.
//
// Git facts come from `workspace.git` (index/gitFacts.ts), filled by the adapters: without them (tests of other
// rules, labs, a folder outside any repository) this rule reports nothing.
// Not reported: `*.template` / `*.example` files, lab starter and solution copies (`depart/`, `solution/`), Secrets
// whose values are all empty or placeholders (`<mot-de-passe>`, `${DB_PASSWORD}`, `changeme`, `xxx`…, in `data`
// once decoded or in `stringData`): such a file already *is* a template, and warning on it would teach students
// to ignore the warning. A real value (even `password`) is reported.
import type { Pair } from 'yaml';
import type { GitStatus } from '../index/gitFacts';
import { rangeOf } from '../index/ranges';
import type { ManifestFile, Resource } from '../index/types';
import type { ManifestWorkspace } from '../index/workspace';
import type { Fix, TextEdit } from '../model';
import { decodeSecretValue } from '../util/base64';
import { gitignoreLine } from '../util/gitignore';
import { entries, get, getPair, text } from '../util/yamlNodes';
import type { WorkspaceRule } from './rule';

const TEMPLATE_FILE = /\.(template|example|sample|dist|tpl)$|\.(template|example|sample)\.ya?ml$/i;
const LAB_COPY = /\/(depart|solution)\//;
const PLACEHOLDERS = [
  /^<[^<>]*>$/, // <mot-de-passe>
  /^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$/, // ${DB_PASSWORD}, $TOKEN (envsubst)
  /^(x+|\*+|\.{3}|…|-+|_+|\?+)$/i,
  /^(change[-_ ]?me|changez[-_ ]?moi|todo|tbd|fixme|replace[-_ ]?me|placeholder|redacted|[aà][-_ ]remplir|your[-_ ].+|votre[-_ ].+)$/i,
];
const VALUE_FIELDS = ['data', 'stringData'] as const;

export const secretInGit: WorkspaceRule = {
  id: 'secret-in-git',
  codes: ['KA023'],
  scope: 'workspace',
  check(ctx) {
    const ws = ctx.workspace;
    const seen = new Set<string>();
    for (const res of ctx.index.ofKind('Secret')) {
      if (seen.has(res.uri) || res.apiVersion !== 'v1') continue;
      seen.add(res.uri);
      const file = ws.getFile(res.uri);
      if (!file || TEMPLATE_FILE.test(res.uri) || LAB_COPY.test(res.uri)) continue;
      // A new file object on every edit of the file; the Git facts have their own version.
      ctx.memo(file, [ws.git.version], () => checkFile(ctx.report, ws, file));
    }
  },
};

function checkFile(report: Parameters<WorkspaceRule['check']>[0]['report'], ws: ManifestWorkspace, file: ManifestFile): void {
  const secrets = ws.resourcesOf(file.uri).filter((r) => r.kind === 'Secret' && r.apiVersion === 'v1');
  const first = secrets.find(hasRealValue);
  if (!first) return;
  const status = ws.git.status(file.uri);
  if (!status || status.ignored) return;
  const kindNode = getPair(first.node, 'kind')?.value;
  report({
    code: 'KA023',
    uri: file.uri,
    range: rangeOf(first.doc, kindNode ?? first.node),
    args: { template: `${baseName(file.uri)}.template` },
    fixes: [ignoreAndTemplateFix(ws, file, secrets, status)],
  });
}

function hasRealValue(res: Resource): boolean {
  for (const field of VALUE_FIELDS) {
    for (const e of entries(get(res.node, field))) {
      if (!e.value) continue;
      const raw = text(e.value);
      if (raw === undefined) continue; // null, or not a scalar (refused by the API server anyway)
      let value = raw.trim();
      if (field === 'data') {
        const d = decodeSecretValue(raw);
        if (d.ok && d.isText && d.text !== undefined) value = d.text.trim();
      }
      if (value !== '' && !PLACEHOLDERS.some((p) => p.test(value))) return true;
    }
  }
  return false;
}

function ignoreAndTemplateFix(ws: ManifestWorkspace, file: ManifestFile, secrets: Resource[], status: GitStatus): Fix {
  const ignoreDir = status.nearestIgnoreDir ?? creationFolder(ws, file.uri, status.repository);
  const ignoreUri = `${ignoreDir}/.gitignore`;
  const rel = file.uri.slice(ignoreDir.length + 1).split('/').map(decode).join('/');
  const line = gitignoreLine(rel);
  const templateUri = `${file.uri}.template`;
  const edits: TextEdit[] = [];
  const creates: string[] = [templateUri];
  const existing = status.nearestIgnoreDir ? ws.git.ignoreFileText(ignoreUri) : undefined;
  if (existing !== undefined) {
    const sep = existing.length > 0 && !existing.endsWith('\n') ? '\n' : '';
    edits.push({ uri: ignoreUri, range: { start: existing.length, end: existing.length }, newText: `${sep}${line}\n` });
  } else {
    creates.push(ignoreUri);
    edits.push({ uri: ignoreUri, range: { start: 0, end: 0 }, newText: `${line}\n` });
  }
  edits.push({ uri: templateUri, range: { start: 0, end: 0 }, newText: templateText(file, secrets) });
  return { titleKey: 'fix.KA023', args: { path: line, template: baseName(templateUri) }, edits, creates, preferred: true };
}

/**
 * Where to create a `.gitignore` when the path has none: the workspace folder when it lies inside the repository
 * (the file stays in view), else the repository root (a `.gitignore` above the repository would have no effect).
 */
function creationFolder(ws: ManifestWorkspace, fileUri: string, repository: string): string {
  const below = fileUri.slice(repository.length + 1).split('/').slice(0, -1);
  let folder = repository;
  if (ws.isFullyKnown(folder)) return folder;
  for (const seg of below) {
    folder = `${folder}/${seg}`;
    if (ws.isFullyKnown(folder)) return folder;
  }
  return repository;
}

/** The file's text with every value of its Secrets' `data` and `stringData` replaced by `""`. */
function templateText(file: ManifestFile, secrets: Resource[]): string {
  const cuts: Array<{ start: number; end: number; text: string }> = [];
  for (const res of secrets) {
    for (const field of VALUE_FIELDS) {
      for (const e of entries(get(res.node, field))) {
        const node = (e.pair as Pair<unknown, unknown>).value as { range?: [number, number, number] } | null;
        if (!node?.range) continue;
        const r = rangeOf(res.doc, node);
        if (r.end <= r.start) continue;
        // Block scalars (`|`) end with their line break: keep it.
        cuts.push({ ...r, text: file.text[r.end - 1] === '\n' ? '""\n' : '""' });
      }
    }
  }
  let out = file.text;
  for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
  return out;
}

function baseName(uri: string): string {
  return decode(uri.slice(uri.lastIndexOf('/') + 1));
}

function decode(seg: string): string {
  try {
    return decodeURIComponent(seg);
  } catch {
    return seg;
  }
}
