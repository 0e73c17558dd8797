// The workspace model: every YAML file, split into documents, parsed one document at a time, with the
// resources indexed across files. Updating a file re-parses only the documents whose text changed and updates
// the index with the difference; unchanged documents keep their parse (their offset is just moved).
import { extractResources } from './extract';
import { GitFacts } from './gitFacts';
import { ManifestIndex } from './manifestIndex';
import { classify, looksBinary } from '../parse/fileKind';
import { parseChunk } from '../parse/parseDocument';
import { isBlankChunk, splitDocuments } from '../parse/splitDocuments';
import { inheritLineStarts } from './ranges';
import { kustomizeGeneratedNames, kustomizePatchUris } from './kustomize';
import type { ManifestDoc, ManifestFile, Resource } from './types';
import { isRenderedUri, RenderRegistry } from '../render/renders';

export interface WorkspaceOptions {
  /** Files larger than this are skipped with a notice (default 5 MB). */
  maxFileSize?: number;
}

export interface FileUpdate {
  file: ManifestFile;
  /** Documents that were parsed anew (the others were reused). */
  parsedDocs: number;
  reusedDocs: number;
  /** True when the set of resources or their content changed (dependents need a re-check). */
  indexChanged: boolean;
}

export class ManifestWorkspace {
  readonly index = new ManifestIndex();
  /** Git facts given by the adapters (`.git` folders, `.gitignore` texts); a change re-runs the cross-file rules. */
  readonly git = new GitFacts(() => { this.version++; });
  /** Rendered Helm charts and Kustomize overlays: their objects are virtual files of this model. */
  readonly renders: RenderRegistry = new RenderRegistry(this);
  private readonly fileMap = new Map<string, ManifestFile>();
  /** Kustomization file → the patch files it lists (exempt from completeness rules). */
  private readonly patchesByKustomization = new Map<string, Set<string>>();
  private readonly generatedByKustomization = new Map<string, { ConfigMap: Set<string>; Secret: Set<string> }>();
  /** Folders whose YAML files are all loaded (checks of relative paths only look inside them). */
  private readonly roots = new Set<string>();
  /** Folders under the roots whose files were not listed (see `addRoot`). */
  private readonly unlisted = new Set<string>();
  private readonly maxFileSize: number;
  /** Incremented on every change of any file. */
  version = 0;
  /** Incremented when a document that does not parse appears or disappears. */
  brokenVersion = 0;
  /** Incremented when a kustomization changes (patches, generated names). */
  kustomizeVersion = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.maxFileSize = options.maxFileSize ?? 5 * 1024 * 1024;
  }

  getFile(uri: string): ManifestFile | undefined {
    return this.fileMap.get(uri);
  }

  files(): Iterable<ManifestFile> {
    return this.fileMap.values();
  }

  /** URIs of the files (rendered objects' virtual files excluded: their findings are shown on their sources). */
  uris(): string[] {
    const out: string[] = [];
    for (const k of this.fileMap.keys()) if (!isRenderedUri(k)) out.push(k);
    return out;
  }

  hasFile(uri: string): boolean {
    return this.fileMap.has(uri);
  }

  /** Adds or replaces a file's text. Cheap when only one document changed. */
  setFile(uri: string, text: string): FileUpdate {
    this.version++;
    const old = this.fileMap.get(uri);
    if (old && old.text === text) return { file: old, parsedDocs: 0, reusedDocs: old.docs.length, indexChanged: false };
    const { kind, reason } = classify(uri, text);
    const file: ManifestFile = { uri, text, kind, docs: [] };
    if (reason) file.reason = reason;
    if (text.length > this.maxFileSize) file.skipped = 'too-large';
    else if (looksBinary(text)) file.skipped = 'binary';
    if (file.skipped) file.skippedSize = text.length;
    // Which documents left and which arrived: only their resources change in the index.
    let removed: ManifestDoc[] = old ? old.docs : [];
    let added: ManifestDoc[] = [];
    if (!file.skipped && kind !== 'helm-template') {
      const fast = old && old.kind === kind && !old.skipped && old.docs.length > 0 ? this.spliceDocs(old, text, kind) : undefined;
      if (fast) {
        file.docs = fast.docs;
        removed = fast.removed;
        added = fast.added;
        // The line starts move with the text: only the edited region will be scanned again.
        if (old) inheritLineStarts(old, file, fast.from, fast.oldTo);
      } else {
        const oldDocs = new Map<string, ManifestDoc[]>();
        if (old && old.kind === kind) for (const d of old.docs) pushTo(oldDocs, d.text, d);
        const r = this.buildDocs(uri, text, 0, splitDocuments(text), kind, oldDocs, 0);
        file.docs = r.docs;
        added = r.added;
        const kept = new Set(r.docs);
        removed = old ? old.docs.filter((d) => !kept.has(d)) : [];
      }
    }
    // One batch, so that an edit that changes nothing the cross-file rules depend on leaves the topic versions alone.
    this.index.topics.begin();
    for (const d of removed) { d.dead = true; for (const r of d.resources) this.index.remove(r); }
    for (const d of added) for (const r of d.resources) this.index.add(r);
    this.index.topics.end();
    let indexChanged = removed.some((d) => d.resources.length > 0) || added.some((d) => d.resources.length > 0);
    this.fileMap.set(uri, file);
    if (removed.some((d) => d.broken) || added.some((d) => d.broken)) this.brokenVersion++;
    if (kind === 'kustomization' || old?.kind === 'kustomization') {
      this.kustomizeVersion++;
      this.patchesByKustomization.delete(uri);
      this.generatedByKustomization.delete(uri);
      if (kind === 'kustomization') {
        this.patchesByKustomization.set(uri, kustomizePatchUris(file));
        this.generatedByKustomization.set(uri, kustomizeGeneratedNames(file));
      }
      indexChanged = true;
    }
    return { file, parsedDocs: added.length, reusedDocs: file.docs.length - added.length, indexChanged };
  }

  /** Records a file that is not analysed (too large or binary), without its text. */
  setSkipped(uri: string, reason: 'binary' | 'too-large', size: number): void {
    this.removeFile(uri);
    this.version++;
    this.fileMap.set(uri, { uri, text: '', kind: 'manifest', docs: [], skipped: reason, skippedSize: size });
  }

  removeFile(uri: string): boolean {
    const old = this.fileMap.get(uri);
    if (!old) return false;
    this.version++;
    this.index.batch(() => { for (const d of old.docs) { d.dead = true; for (const r of d.resources) this.index.remove(r); } });
    if (old.docs.some((d) => d.broken)) this.brokenVersion++;
    if (old.kind === 'kustomization') this.kustomizeVersion++;
    this.fileMap.delete(uri);
    this.patchesByKustomization.delete(uri);
    this.generatedByKustomization.delete(uri);
    return true;
  }

  /** True when some kustomization generates a ConfigMap/Secret of that name (configMapGenerator, secretGenerator). */
  isGenerated(kind: 'ConfigMap' | 'Secret', name: string): boolean {
    for (const g of this.generatedByKustomization.values()) if (g[kind].has(name)) return true;
    return false;
  }

  /**
   * Declares a folder (URI) whose YAML files are all loaded in the model, except under `notListed` (folders the
   * file walker did not enter: dependencies, build output, a lab's starter and solution copies, too deep).
   */
  addRoot(folderUri: string, notListed: Iterable<string> = []): void {
    const root = folderUri.replace(/\/+$/, '');
    this.roots.add(root);
    for (const u of notListed) this.unlisted.add(u.replace(/\/+$/, ''));
    this.version++;
  }

  removeRoot(folderUri: string): void {
    const root = folderUri.replace(/\/+$/, '');
    this.roots.delete(root);
    for (const u of [...this.unlisted]) if (u === root || u.startsWith(`${root}/`)) this.unlisted.delete(u);
    this.version++;
  }

  /** True when `uri` is inside a folder whose YAML files are all loaded. */
  isFullyKnown(uri: string): boolean {
    for (const u of this.unlisted) if (uri === u || uri.startsWith(`${u}/`)) return false;
    for (const r of this.roots) if (uri === r || uri.startsWith(`${r}/`)) return true;
    return false;
  }

  /** True when a file of the model is `uri` or lies under the folder `uri`. */
  existsPath(uri: string): boolean {
    const u = uri.replace(/\/+$/, '');
    if (this.fileMap.has(u)) return true;
    const prefix = `${u}/`;
    for (const k of this.fileMap.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** True when a kustomization of the workspace lists this file as a patch (a partial object). */
  isKustomizePatch(uri: string): boolean {
    for (const set of this.patchesByKustomization.values()) if (set.has(uri)) return true;
    return false;
  }

  /** Every resource of a file. */
  resourcesOf(uri: string): Resource[] {
    const f = this.fileMap.get(uri);
    if (!f) return [];
    const out: Resource[] = [];
    for (const d of f.docs) out.push(...d.resources);
    return out;
  }

  /** The document containing a file offset. */
  docAt(uri: string, offset: number): ManifestDoc | undefined {
    const f = this.fileMap.get(uri);
    if (!f || f.docs.length === 0) return undefined;
    let lo = 0;
    let hi = f.docs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (f.docs[mid].base <= offset) lo = mid;
      else hi = mid - 1;
    }
    return f.docs[lo];
  }

  /** The resource whose source contains a file offset (List items included). */
  resourceAt(uri: string, offset: number): Resource | undefined {
    const doc = this.docAt(uri, offset);
    if (!doc) return undefined;
    const rel = offset - doc.base;
    for (const r of doc.resources) {
      const range = (r.node as { range?: [number, number, number] }).range;
      if (!range || (rel >= range[0] && rel <= range[2])) return r;
    }
    return doc.resources[0];
  }

  /** Turns chunks into documents, reusing old documents with the same text (their offset is updated). */
  private buildDocs(uri: string, text: string, offset: number, chunks: Array<{ start: number; text: string }>, kind: ManifestFile['kind'],
    oldDocs: Map<string, ManifestDoc[]>, firstIndex: number): { docs: ManifestDoc[]; added: ManifestDoc[] } {
    const docs: ManifestDoc[] = [];
    const added: ManifestDoc[] = [];
    for (let i = 0; i < chunks.length; i++) {
      const c = chunks[i];
      const prev = oldDocs.get(c.text)?.shift();
      if (prev) {
        prev.base = offset + c.start;
        prev.index = firstIndex + i;
        docs.push(prev);
        continue;
      }
      const doc = this.parseDoc(uri, c.text, offset + c.start, firstIndex + i, kind);
      docs.push(doc);
      added.push(doc);
    }
    return { docs, added };
  }

  /**
   * An edit usually touches one place: find it by comparing the old and new texts from both ends, re-split only
   * the documents around it (one more on each side, so that an added or removed `---` is seen), keep the others
   * (moved by the length difference). Returns undefined when the edit is not local enough to be worth it.
   */
  private spliceDocs(old: ManifestFile, text: string, kind: ManifestFile['kind']): { docs: ManifestDoc[]; added: ManifestDoc[]; removed: ManifestDoc[]; from: number; oldTo: number } | undefined {
    const a = old.text;
    const prefix = commonPrefix(a, text);
    const suffix = commonSuffix(a, text, Math.min(a.length, text.length) - prefix);
    const delta = text.length - a.length;
    const changeEndOld = a.length - suffix;
    const docs = old.docs;
    const ends = (i: number) => docs[i].base + docs[i].text.length;
    let i0 = 0;
    while (i0 + 1 < docs.length && ends(i0) <= prefix) i0++;
    let i1 = i0;
    while (i1 + 1 < docs.length && ends(i1) < changeEndOld) i1++;
    i0 = Math.max(0, i0 - 1);
    i1 = Math.min(docs.length - 1, i1 + 1);
    const regionStart = docs[i0].base;
    const regionEndNew = ends(i1) + delta;
    if (ends(docs.length - 1) !== a.length || regionEndNew < regionStart || regionEndNew > text.length) return undefined;
    const oldDocs = new Map<string, ManifestDoc[]>();
    for (let i = i0; i <= i1; i++) pushTo(oldDocs, docs[i].text, docs[i]);
    const chunks = splitDocuments(text.slice(regionStart, regionEndNew));
    if (chunks.length === 1 && chunks[0].text === '' && regionEndNew > regionStart) return undefined;
    const middle = this.buildDocs(old.uri, text, regionStart, chunks, kind, oldDocs, i0);
    const out = docs.slice(0, i0);
    out.push(...middle.docs);
    for (let i = i1 + 1; i < docs.length; i++) {
      const d = docs[i];
      d.base += delta;
      d.index = out.length;
      out.push(d);
    }
    // Old documents of the region that found no identical chunk are gone.
    const removed: ManifestDoc[] = [];
    for (const list of oldDocs.values()) removed.push(...list);
    return { docs: out, added: middle.added, removed, from: prefix, oldTo: changeEndOld };
  }

  private parseDoc(uri: string, text: string, base: number, index: number, kind: ManifestFile['kind']): ManifestDoc {
    const blank = isBlankChunk(text);
    const parsed = parseChunk(blank ? '' : text);
    const doc: ManifestDoc = { uri, base, index, text, yaml: parsed.yaml, issues: parsed.issues, broken: parsed.broken, resources: [] };
    if (blank) doc.issues = [];
    if (kind === 'manifest' && !blank) doc.resources = extractResources(doc);
    return doc;
  }
}

/** Length of the common prefix of two strings (compares blocks natively, then characters). */
export function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = 65536; step >= 16; step >>= 4) {
    while (i + step <= n && a.slice(i, i + step) === b.slice(i, i + step)) i += step;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the common suffix, at most `max`. */
export function commonSuffix(a: string, b: string, max: number): number {
  let k = 0;
  for (let step = 65536; step >= 16; step >>= 4) {
    while (k + step <= max && a.slice(a.length - k - step, a.length - k) === b.slice(b.length - k - step, b.length - k)) k += step;
  }
  while (k < max && a.charCodeAt(a.length - 1 - k) === b.charCodeAt(b.length - 1 - k)) k++;
  return k;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const arr = map.get(key);
  if (arr) arr.push(value);
  else map.set(key, [value]);
}
