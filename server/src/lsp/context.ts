// What every LSP feature handler receives: the open documents, the workspace model and index, the engine,
// and the current settings (an immutable snapshot, replaced when the client changes its configuration).
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RenderChoices } from './choices';
import type { Analyzer } from '../../../core/analysis/engine';
import type { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import type { Lang } from '../../../core/analysis/model';
import { LANGS } from '../../../core/i18n';
import { DEFAULT_VERSION, normalizeTargetVersion, normalizeVersion, type KubernetesMinor } from '../../../core/analysis/schema/catalog';

export interface Settings {
  /** Language of every message (`kubeApprenti.langue`): French by default. */
  readonly langue: Lang;
  /** `kubeApprenti.diagnostics.activer`. */
  readonly diagnosticsEnabled: boolean;
  /** Schemas used for validation, hovers and completion (`kubeApprenti.versionKubernetes`), mapped to a shipped version. */
  readonly kubernetesVersion: KubernetesMinor;
  /** The targeted version itself ('1.34'), for the rules whose verdict depends on it (see TARGET_VERSIONS). */
  readonly kubernetesTarget: string;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({ langue: 'fr', diagnosticsEnabled: true, kubernetesVersion: DEFAULT_VERSION, kubernetesTarget: DEFAULT_VERSION });

export interface ServerContext {
  readonly connection: Connection;
  /** Documents open in the editor (their text wins over the file on disk). */
  readonly documents: TextDocuments<TextDocument>;
  /** Every YAML file of the workspace folders, parsed per document and indexed (see core/analysis/README.md). */
  readonly workspace: ManifestWorkspace;
  /** The diagnostics engine over `workspace`. */
  readonly analyzer: Analyzer;
  /** Current settings snapshot. */
  settings(): Settings;
  /** Called after the settings changed (e.g. the language). */
  onSettingsChanged(listener: (settings: Settings) => void): void;
  /** Workspace folder URIs given by the client. */
  workspaceFolders(): readonly string[];
  /** Values files and overlays chosen for the renders and the preview. */
  readonly choices: RenderChoices;
  /**
   * The model a file is analysed in: the workspace's, or the one of a chart or overlay opened from outside every
   * workspace folder (its files stay out of the workspace model). Hovers, completion, fixes and navigation read it.
   */
  modelFor(uri: string): Model;
}

/** A workspace model and the engine over it. */
export interface Model {
  readonly workspace: ManifestWorkspace;
  readonly analyzer: Analyzer;
}

/** Reads `kubeApprenti` settings from an initializationOptions or didChangeConfiguration payload. */
export function parseSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const section = (obj.kubeApprenti && typeof obj.kubeApprenti === 'object' ? obj.kubeApprenti : obj) as Record<string, unknown>;
  const langue = (LANGS as readonly unknown[]).includes(section.langue) ? section.langue as Lang : base.langue;
  const diag = section.diagnostics as Record<string, unknown> | undefined;
  const enabled = typeof diag?.activer === 'boolean' ? diag.activer
    : typeof section['diagnostics.activer'] === 'boolean' ? section['diagnostics.activer'] as boolean : base.diagnosticsEnabled;
  const requested = typeof section.versionKubernetes === 'string' ? section.versionKubernetes : undefined;
  const version = requested !== undefined ? normalizeVersion(requested) : base.kubernetesVersion;
  const target = requested !== undefined ? normalizeTargetVersion(requested) : base.kubernetesTarget;
  return Object.freeze({ langue, diagnosticsEnabled: enabled, kubernetesVersion: version, kubernetesTarget: target });
}
