// The workspace model: every YAML file, split into documents, parsed one document at a time, with the
// resources indexed across files. Updating a file re-parses only the documents whose text changed and updates
// the index with the difference; unchanged documents keep their parse (their offset is just moved).
import { extractResources } from './extract';
import { ManifestIndex } from './manifestIndex';
import { classifyFile, looksBinary } from '../parse/fileKind';
import { parseChunk } from '../parse/parseDocument';
import { isBlankChunk, splitDocuments } from '../parse/splitDocuments';
import { kustomizeGeneratedNames, kustomizePatchUris } from './kustomize';
import type { ManifestDoc, ManifestFile, Resource } from './types';

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
  private readonly fileMap = new Map<string, ManifestFile>();
  /** Kustomization file → the patch files it lists (exempt from completeness rules). */
  private readonly patchesByKustomization = new Map<string, Set<string>>();
  private readonly generatedByKustomization = new Map<string, { ConfigMap: Set<string>; Secret: Set<string> }>();
  /** Folders whose YAML files are all loaded (checks of relative paths only look inside them). */
  private readonly roots = new Set<string>();
  private readonly maxFileSize: number;
  /** Incremented on every change of any file. */
  version = 0;

  constructor(options: WorkspaceOptions = {}) {
    this.maxFileSize = options.maxFileSize ?? 5 * 1024 * 1024;
  }

  getFile(uri: string): ManifestFile | undefined {
    return this.fileMap.get(uri);
  }

  files(): Iterable<ManifestFile> {
    return this.fileMap.values();
  }

  uris(): string[] {
    return [...this.fileMap.keys()];
  }

  hasFile(uri: string): boolean {
    return this.fileMap.has(uri);
  }

  /** Adds or replaces a file's text. Cheap when only one document changed. */
  setFile(uri: string, text: string): FileUpdate {
    this.version++;
    const old = this.fileMap.get(uri);
    if (old && old.text === text) return { file: old, parsedDocs: 0, reusedDocs: old.docs.length, indexChanged: false };
    const kind = classifyFile(uri, text);
    const file: ManifestFile = { uri, text, kind, docs: [] };
    if (text.length > this.maxFileSize) file.skipped = 'too-large';
    else if (looksBinary(text)) file.skipped = 'binary';
    if (file.skipped) file.skippedSize = text.length;
    let parsed = 0;
    let reused = 0;
    const oldDocs = new Map<string, ManifestDoc[]>();
    if (old && old.kind === kind) for (const d of old.docs) pushTo(oldDocs, d.text, d);
    if (!file.skipped && kind !== 'helm-template') {
      const chunks = splitDocuments(text);
      for (let i = 0; i < chunks.length; i++) {
        const c = chunks[i];
        const candidates = oldDocs.get(c.text);
        const prev = candidates?.shift();
        if (prev) {
          prev.base = c.start;
          prev.index = i;
          file.docs.push(prev);
          reused++;
          continue;
        }
        file.docs.push(this.parseDoc(uri, c.text, c.start, i, kind));
        parsed++;
      }
    }
    // Index: remove the resources of documents that were not reused, add those of new documents.
    let indexChanged = false;
    const kept = new Set(file.docs);
    if (old) {
      for (const d of old.docs) {
        if (kept.has(d)) continue;
        for (const r of d.resources) { this.index.remove(r); indexChanged = true; }
      }
    }
    const oldSet = new Set(old?.docs ?? []);
    for (const d of file.docs) {
      if (oldSet.has(d)) continue;
      for (const r of d.resources) { this.index.add(r); indexChanged = true; }
    }
    this.fileMap.set(uri, file);
    if (kind === 'kustomization' || old?.kind === 'kustomization') {
      this.patchesByKustomization.delete(uri);
      this.generatedByKustomization.delete(uri);
      if (kind === 'kustomization') {
        this.patchesByKustomization.set(uri, kustomizePatchUris(file));
        this.generatedByKustomization.set(uri, kustomizeGeneratedNames(file));
      }
      indexChanged = true;
    }
    return { file, parsedDocs: parsed, reusedDocs: reused, indexChanged };
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
    for (const d of old.docs) for (const r of d.resources) this.index.remove(r);
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

  /** Declares a folder (URI) whose YAML files are all loaded in the model. */
  addRoot(folderUri: string): void {
    this.roots.add(folderUri.replace(/\/+$/, ''));
  }

  removeRoot(folderUri: string): void {
    this.roots.delete(folderUri.replace(/\/+$/, ''));
  }

  /** True when `uri` is inside a folder whose YAML files are all loaded. */
  isFullyKnown(uri: string): boolean {
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

  private parseDoc(uri: string, text: string, base: number, index: number, kind: ManifestFile['kind']): ManifestDoc {
    const blank = isBlankChunk(text);
    const parsed = parseChunk(blank ? '' : text);
    const doc: ManifestDoc = { uri, base, index, text, yaml: parsed.yaml, issues: parsed.issues, broken: parsed.broken, resources: [] };
    if (blank) doc.issues = [];
    if (kind === 'manifest' && !blank) doc.resources = extractResources(doc);
    return doc;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const arr = map.get(key);
  if (arr) arr.push(value);
  else map.set(key, [value]);
}
