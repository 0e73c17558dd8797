// Entry point for applying files and folders (CLI, labs, VS Code explorer). No vscode import.
import * as path from 'node:path';
import { ClusterGateway } from '../gateway';
import type { ConnectionOptions } from '../kubeconfig';
import { applyDocuments } from './engine';
import { collectFiles, parseManifestText, readManifestFiles } from './manifests';
import { kubectlApplyCommand } from './report';
import type { ApplyReport, ApplyRunOptions } from './result';

export interface ApplyFilesOptions extends ApplyRunOptions {
  /** An existing connection; otherwise one is opened from `connection` (kubeconfig/context/namespace). */
  gateway?: ClusterGateway;
  connection?: ConnectionOptions;
}

export interface ApplyFilesReport extends ApplyReport {
  /** Manifest files read (folders expanded). */
  files: string[];
  /** The equivalent kubectl command. */
  command: string;
}

/**
 * Applies files and folders: `kubectl apply --server-side -f <paths>` with a dry run of everything first.
 * Throws ClusterError only when no connection can be made (`noConfig`); every other failure is in the report.
 */
export async function applyFiles(paths: string[], options: ApplyFilesOptions = {}): Promise<ApplyFilesReport> {
  const gw = options.gateway ?? ClusterGateway.connect({ ...options.connection, namespace: options.namespace ?? options.connection?.namespace });
  const files = collectFiles(paths, options.recursive);
  const given = new Set(paths.map((p) => path.resolve(p)));
  const fromFolder = new Set(files.filter((f) => !given.has(f)));
  const docs = readManifestFiles(files, fromFolder);
  const report = await applyDocuments(gw, docs, options);
  const command = kubectlApplyCommand({
    files: paths, recursive: options.recursive, namespace: options.namespace, context: options.connection?.context,
    kubeconfig: options.connection?.kubeconfig, dryRun: options.dryRun, force: options.force,
  });
  return { ...report, files, command };
}

/** Applies YAML text from an editor (whole document or selection). `file` labels the results (a path or URI). */
export async function applyText(gw: ClusterGateway, text: string, file: string, options: ApplyRunOptions & { baseOffset?: number; fullText?: string } = {}): Promise<ApplyFilesReport> {
  const docs = parseManifestText(text, file, { baseOffset: options.baseOffset, fullText: options.fullText });
  const report = await applyDocuments(gw, docs, options);
  const command = kubectlApplyCommand({ files: [file], namespace: options.namespace, dryRun: options.dryRun, force: options.force, stdin: options.baseOffset !== undefined });
  return { ...report, files: [file], command };
}
