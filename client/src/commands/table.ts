// The one table of the extension's commands: id, handler, menus. Every command is registered from here
// (client/src/commands/register.ts); package.json `contributes.commands` and `contributes.menus` must say the same
// (checked both ways by test/unit/commands/table.test.ts). A command's title is `%<id>.title%` in package.nls.json.
import type * as vscode from 'vscode';
import { runApply, type ApplyUiDeps } from '../applyUi/applyCommands';
import { runDiff, type DiffContentProvider } from '../applyUi/diffCommand';
import { documentAt, resolveTarget } from '../applyUi/documents';
import { applyRender, diffRender } from '../applyUi/renderCommands';
import { historyCommand, pauseCommand, restartCommand, statusCommand, undoCommand, type WorkloadArg } from '../applyUi/rolloutCommands';
import { changeConnection } from '../connection/commands/changeConnection';
import { switchContext } from '../connection/commands/switchContext';
import { switchNamespace } from '../connection/commands/switchNamespace';
import type { ConnectionManager } from '../connection/manager';
import { deletePod } from '../inspect/deletePod';
import { showEvents, type EventsProvider } from '../inspect/events';
import { openLiveYaml } from '../inspect/liveYaml';
import { showLogs, stopAllLogs } from '../inspect/logs';
import { portForward, stopForwards } from '../inspect/portForward';
import { scaleCommand } from '../inspect/scale';
import { createExerciseCommand, type ExerciseOptions } from '../labs/commands/createExercise';
import { checkStep, exportProgress, openLabs, reloadLabs, resetStep, startLab, type StepArg } from '../labs/commands/labCommands';
import type { LabController } from '../labs/panel/controller';
import type { DoctorServices } from '../doctor/register';
import type { MapArg, MapController } from '../map/mapPanel';
import { openManifest } from '../tree/commands/openManifest';
import { snapshot } from '../tree/commands/snapshot';
import type { TreeNode } from '../tree/model/types';
import type { ClusterTreeProvider } from '../tree/treeProvider';
import { checkWorkspace } from './checkWorkspace';
import type { RenderPreview } from '../render/previewFeature';

/** What the handlers need, built once by the features' register functions (clusterMain.ts). */
export interface CommandServices {
  conn: ConnectionManager;
  tree: ClusterTreeProvider;
  events: EventsProvider;
  diffs: DiffContentProvider;
  apply: ApplyUiDeps;
  labs: LabController;
  doctor: DoctorServices;
  map: MapController;
  /** The render preview (extension bundle), absent when the language client did not start. */
  render?: RenderPreview;
}

/** A `contributes.menus` entry of the command (`where` is the menu id). */
export interface MenuSpec {
  where: string;
  when: string;
  group?: string;
}

export interface CommandSpec {
  id: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- VS Code passes untyped arguments; each handler types its own
  run: (s: CommandServices, ...args: any[]) => unknown;
  menus?: MenuSpec[];
  /** Registered but not declared in package.json (test hooks). */
  internal?: boolean;
}

/** Files of a chart or an overlay: Chart.yaml, kustomization.yaml, a template. */
const RENDER_FILES = 'resourceScheme == file && (resourceFilename =~ /^(Chart|kustomization)\\.ya?ml$/ || resourcePath =~ /\\/templates\\/.+\\.(ya?ml|tpl)$/)';

export const COMMANDS: readonly CommandSpec[] = [
  {
    id: 'kubeApprenti.diagnostiquer',
    run: (s, arg?: Parameters<DoctorServices['run']>[0]) => s.doctor.run(arg),
    menus: [
      { where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-(service|ingress|deployment|statefulset|daemonset|pod|job)\\b/ && viewItem =~ /\\bcan-get\\b/', group: '1_voir@0' },
    ],
  },
  {
    id: 'kubeApprenti.carte',
    run: (s, arg?: MapArg) => s.map.open(arg),
    menus: [
      { where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-(namespace|object)\\b/', group: '1_voir@9' },
    ],
  },
  {
    id: 'kubeApprenti.verifierEspace',
    run: () => checkWorkspace(),
  },
  {
    id: 'kubeApprenti.rendu.apercu',
    run: (s, uri?: vscode.Uri) => s.render?.open(uri),
    menus: [
      { where: 'editor/title', when: RENDER_FILES, group: 'navigation@5' },
      { where: 'commandPalette', when: 'editorLangId == yaml || resourceFilename =~ /\\.tpl$/' },
    ],
  },
  {
    id: 'kubeApprenti.rendu.choisirValeurs',
    run: (s, uri?: vscode.Uri) => s.render?.choose(uri),
    menus: [
      { where: 'commandPalette', when: 'editorLangId == yaml || resourceFilename =~ /\\.tpl$/' },
    ],
  },
  {
    id: 'kubeApprenti.arbre.actualiser',
    run: (s) => s.tree.retry(),
    menus: [
      {where: 'view/title', when: 'view == kubeApprenti.arbre', group: 'navigation@2'},
    ],
  },
  {
    id: 'kubeApprenti.arbre.reessayer',
    run: (s) => s.tree.retry(),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-retry\\b/', group: 'inline@1'},
      {where: 'commandPalette', when: 'false'},
    ],
  },
  {
    id: 'kubeApprenti.connexion.changer',
    run: (s) => changeConnection(s.conn),
    menus: [
      {where: 'view/title', when: 'view == kubeApprenti.arbre', group: 'navigation@1'},
    ],
  },
  {
    id: 'kubeApprenti.connexion.changerContexte',
    run: (s) => switchContext(s.conn),
  },
  {
    id: 'kubeApprenti.connexion.changerEspace',
    run: (s) => switchNamespace(s.conn),
  },
  {
    id: 'kubeApprenti.objet.ouvrirManifeste',
    run: (_s, node?: TreeNode) => openManifest(node),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bhas-manifest\\b/', group: 'inline@1'},
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bhas-manifest\\b/', group: '1_voir@1'},
      {where: 'commandPalette', when: 'false'},
    ],
  },
  {
    id: 'kubeApprenti.objet.yamlDirect',
    run: (s, node?: TreeNode) => openLiveYaml(s.conn, node),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bcan-get\\b/', group: '1_voir@2'},
    ],
  },
  {
    id: 'kubeApprenti.objet.evenements',
    run: (s, node?: TreeNode) => showEvents(s.conn, s.events, node),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bcan-events\\b/', group: '1_voir@3'},
    ],
  },
  {
    id: 'kubeApprenti.pod.journaux',
    run: (s, node?: TreeNode) => showLogs(s.conn, node, false),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-container\\b/ && viewItem =~ /\\bcan-logs\\b/', group: 'inline@2'},
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\b(ka-pod|ka-container)\\b/ && viewItem =~ /\\bcan-logs\\b/', group: '2_journaux@1'},
    ],
  },
  {
    id: 'kubeApprenti.pod.journauxPrecedents',
    run: (s, node?: TreeNode) => showLogs(s.conn, node, true),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\b(ka-pod|ka-container)\\b/ && viewItem =~ /\\bcan-logs\\b/', group: '2_journaux@2'},
    ],
  },
  {
    id: 'kubeApprenti.journaux.arreter',
    run: () => stopAllLogs(),
    menus: [
      {where: 'view/title', when: 'view == kubeApprenti.arbre', group: '9_autres@2'},
    ],
  },
  {
    id: 'kubeApprenti.pod.supprimer',
    run: (s, node?: TreeNode) => deletePod(s.conn, node),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-pod\\b/ && viewItem =~ /\\bcan-delete\\b/', group: '4_modifier@9'},
    ],
  },
  {
    id: 'kubeApprenti.objet.mettreAEchelle',
    run: (s, node?: TreeNode, replicas?: number) => scaleCommand(s.conn, node, replicas),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\b(ka-deployment|ka-statefulset)\\b/ && viewItem =~ /\\bcan-scale\\b/', group: '4_modifier@1'},
    ],
  },
  {
    id: 'kubeApprenti.objet.redirigerPort',
    run: (s, node?: TreeNode) => portForward(s.conn, node),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\b(ka-pod|ka-service)\\b/ && viewItem =~ /\\bcan-portforward\\b/', group: '3_reseau@1'},
    ],
  },
  {
    id: 'kubeApprenti.redirections.arreter',
    run: () => stopForwards(),
    menus: [
      {where: 'view/title', when: 'view == kubeApprenti.arbre', group: '9_autres@1'},
    ],
  },
  {
    id: 'kubeApprenti.appliquer',
    run: (s, uri?: vscode.Uri, uris?: vscode.Uri[]) => runApply(s.apply, resolveTarget(uri, uris), false),
    menus: [
      {where: 'explorer/context', when: 'explorerResourceIsFolder || resourceExtname =~ /^\\.(ya?ml|json)$/', group: '7_kubeApprenti@1'},
      {where: 'editor/context', when: 'editorLangId == yaml', group: '7_kubeApprenti@1'},
      {where: 'editor/title', when: 'editorLangId == yaml && resourceScheme != kube-apprenti-diff', group: 'navigation@90'},
    ],
  },
  {
    id: 'kubeApprenti.appliquerSelection',
    run: (s) => runApply(s.apply, resolveTarget(undefined, undefined, true), false),
    menus: [
      {where: 'commandPalette', when: 'editorLangId == yaml && editorHasSelection'},
      {where: 'editor/context', when: 'editorLangId == yaml && editorHasSelection', group: '7_kubeApprenti@2'},
    ],
  },
  {
    id: 'kubeApprenti.simuler',
    run: (s, uri?: vscode.Uri, uris?: vscode.Uri[]) => runApply(s.apply, resolveTarget(uri, uris), true),
    menus: [
      {where: 'explorer/context', when: 'explorerResourceIsFolder || resourceExtname =~ /^\\.(ya?ml|json)$/', group: '7_kubeApprenti@2'},
      {where: 'editor/context', when: 'editorLangId == yaml', group: '7_kubeApprenti@3'},
    ],
  },
  {
    id: 'kubeApprenti.diff',
    run: (s, uri?: vscode.Uri, uris?: vscode.Uri[]) => runDiff(s.diffs, s.apply.diagnostics, resolveTarget(uri, uris)),
    menus: [
      {where: 'explorer/context', when: 'explorerResourceIsFolder || resourceExtname =~ /^\\.(ya?ml|json)$/', group: '7_kubeApprenti@3'},
      {where: 'editor/context', when: 'editorLangId == yaml', group: '7_kubeApprenti@4'},
    ],
  },
  {
    id: 'kubeApprenti.appliquerRessource',
    run: (s, uri: vscode.Uri, index: number) => runApply(s.apply, documentAt(uri, index), false),
    menus: [
      {where: 'commandPalette', when: 'false'},
    ],
  },
  {
    id: 'kubeApprenti.diffRessource',
    run: (s, uri: vscode.Uri, index: number) => runDiff(s.diffs, s.apply.diagnostics, documentAt(uri, index)),
    menus: [
      {where: 'commandPalette', when: 'false'},
    ],
  },
  {
    id: 'kubeApprenti.appliquerRendu',
    run: (s, uri?: vscode.Uri, values?: string[]) => applyRender(s.apply, uri, values),
    menus: [
      {where: 'commandPalette', when: 'resourceFilename =~ /^(Chart\\.ya?ml|kustomization\\.ya?ml|Kustomization)$/'},
      {where: 'explorer/context', when: 'resourceFilename =~ /^(Chart\\.ya?ml|kustomization\\.ya?ml|Kustomization)$/', group: '7_kubeApprenti@4'},
    ],
  },
  {
    id: 'kubeApprenti.diffRendu',
    run: (s, uri?: vscode.Uri, values?: string[]) => diffRender(s.diffs, s.apply, uri, values),
    menus: [
      {where: 'commandPalette', when: 'resourceFilename =~ /^(Chart\\.ya?ml|kustomization\\.ya?ml|Kustomization)$/'},
    ],
  },
  {
    id: 'kubeApprenti.deploiement.statut',
    run: (_s, arg?: WorkloadArg) => statusCommand(arg),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-(deployment|statefulset|daemonset)\\b/ && viewItem =~ /\\bcan-get\\b/', group: '3_deploiement@1'},
    ],
  },
  {
    id: 'kubeApprenti.deploiement.redemarrer',
    run: (_s, arg?: WorkloadArg) => restartCommand(arg),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-(deployment|statefulset|daemonset)\\b/ && viewItem =~ /\\bcan-patch\\b/', group: '3_deploiement@3'},
    ],
  },
  {
    id: 'kubeApprenti.deploiement.annuler',
    run: (_s, arg?: WorkloadArg) => undoCommand(arg),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-(deployment|statefulset|daemonset)\\b/ && viewItem =~ /\\bcan-patch\\b/', group: '3_deploiement@4'},
    ],
  },
  {
    id: 'kubeApprenti.deploiement.historique',
    run: (s, arg?: WorkloadArg) => historyCommand(s.diffs, arg),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-(deployment|statefulset|daemonset)\\b/ && viewItem =~ /\\bcan-get\\b/', group: '3_deploiement@2'},
    ],
  },
  {
    id: 'kubeApprenti.deploiement.pause',
    run: (_s, arg?: WorkloadArg) => pauseCommand(arg, true),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-deployment\\b/ && viewItem =~ /\\bcan-patch\\b/', group: '3_deploiement@5'},
    ],
  },
  {
    id: 'kubeApprenti.deploiement.reprendre',
    run: (_s, arg?: WorkloadArg) => pauseCommand(arg, false),
    menus: [
      {where: 'view/item/context', when: 'view == kubeApprenti.arbre && viewItem =~ /\\bka-deployment\\b/ && viewItem =~ /\\bcan-patch\\b/', group: '3_deploiement@6'},
    ],
  },
  {
    id: 'kubeApprenti.labs.ouvrir',
    run: (s, labId?: string) => openLabs(s.labs, labId),
    menus: [
      {where: 'view/title', when: 'view == kubeApprenti.arbre', group: 'navigation@3'},
    ],
  },
  {
    id: 'kubeApprenti.labs.demarrer',
    run: (s, labId?: string) => startLab(s.labs, labId),
  },
  {
    id: 'kubeApprenti.labs.verifier',
    run: (s, arg?: StepArg) => checkStep(s.labs, arg),
  },
  {
    id: 'kubeApprenti.labs.reinitialiserEtape',
    run: (s, arg?: StepArg) => resetStep(s.labs, arg),
  },
  {
    id: 'kubeApprenti.labs.exporterProgression',
    run: (s, file?: string) => exportProgress(s.labs, file),
  },
  {
    id: 'kubeApprenti.labs.recharger',
    run: (s) => reloadLabs(s.labs),
  },
  {
    id: 'kubeApprenti.labs.creerExercice',
    run: (_s, folder?: vscode.Uri, options?: ExerciseOptions) => createExerciseCommand(folder, options),
    menus: [
      {where: 'explorer/context', when: 'explorerResourceIsFolder', group: '7_kubeApprenti@9'},
    ],
  },
  {
    id: 'kubeApprenti.arbre.instantane',
    internal: true, // used by the in-host tests only: not declared in package.json
    run: (s, labels?: string[]) => snapshot(s.tree, labels),
  },
  {
    id: 'kubeApprenti.carte.etat',
    internal: true, // used by the in-host tests only: the graph the map last drew
    run: (s) => s.map.current,
  },
  {
    id: 'kubeApprenti.carte.ouvrirNoeud',
    internal: true, // used by the in-host tests only: what a click on a node does
    run: (s, id: string) => s.map.openNode(id),
  },
];
