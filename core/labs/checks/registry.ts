// Explicit registry: check type → implementation (no side-effect imports).
import type { Check, CheckType } from '../format/types';
import { command } from './command';
import { access } from './cluster/access';
import { deploymentReady } from './cluster/deploymentReady';
import { endpoints } from './cluster/endpoints';
import { events } from './cluster/events';
import { clusterExists } from './cluster/exists';
import { clusterField } from './cluster/field';
import { podsRecreated } from './cluster/podsRecreated';
import { restarts } from './cluster/restarts';
import { revisions } from './cluster/revisions';
import type { CheckKind } from './kind';
import { diagnosticPresent, noDiagnostic } from './workspace/diagnostics';
import { fileContains, fileExists } from './workspace/files';
import { manifestExists } from './workspace/manifestExists';
import { manifestField } from './workspace/manifestField';
import { manifestSelector } from './workspace/manifestSelector';
import { renderField } from './workspace/renderField';
import { secretValue } from './workspace/secretValue';

type Registry = { [T in CheckType]: CheckKind<Extract<Check, { type: T }>> };

export const checkKinds: Registry = {
  'manifeste.existe': manifestExists,
  'manifeste.champ': manifestField,
  'manifeste.selecteur': manifestSelector,
  'manifeste.sans-diagnostic': noDiagnostic,
  'manifeste.diagnostic': diagnosticPresent,
  'manifeste.secret': secretValue,
  'fichier.existe': fileExists,
  'fichier.contient': fileContains,
  'rendu.existe': renderField,
  'rendu.champ': renderField,
  'cluster.existe': clusterExists,
  'cluster.absent': clusterExists,
  'cluster.champ': clusterField,
  'cluster.deployment-pret': deploymentReady,
  'cluster.endpoints': endpoints,
  'cluster.pods-recrees': podsRecreated,
  'cluster.redemarrages': restarts,
  'cluster.revisions': revisions,
  'cluster.evenement': events,
  'cluster.autorisation': access,
  commande: command,
};

export function kindOf(c: Check): CheckKind {
  // The registry is keyed by the same discriminant, so the cast only widens the parameter type.
  return checkKinds[c.type] as unknown as CheckKind;
}
