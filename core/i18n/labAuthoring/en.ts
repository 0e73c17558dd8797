// English messages for lab authors (domain `labAuthoring`).
import type { LabAuthoringKey } from './fr';

export const en: Record<LabAuthoringKey, string> = {
  'load.tooBig': 'lab.yaml is too large ({size} KB, at most 512 KB).',
  'load.notText': 'lab.yaml is not a text file.',
  'load.badYaml': 'Unreadable YAML: {error}',
  'load.unreadable': 'lab.yaml cannot be read ({error}).',
  'load.missingText': 'step "{step}": the instructions file "{file}" cannot be found.',
  'check.duplicateId': 'the step id "{step}" is used twice.',
  'check.emptyText': 'the instructions "{file}" are empty or nearly so.',
  'check.unknownFile': 'the file "{file}" is neither in depart/ nor in a solution.',
  'check.noSolution': '"solution" requested but the folder solution/{step}/ is empty or missing.',
  'check.applyRenderTarget': '"appliquer-rendu" names "{dir}", which is neither a chart (Chart.yaml) nor an overlay (kustomization.yaml) of depart/ or the solutions.',
  'check.applyMissing': '"appliquer" names "{file}", missing from depart/ and the solutions.',
  'check.orphanSolution': 'the folder solution/{dir}/ matches no step.',
  'check.badRegex': 'invalid regular expression "{regex}": {error}',
  'check.unknownCode.fails': 'the code {code} does not exist (yet) in the analysis engine: this check will fail.',
  'check.unknownCode.passes': 'the code {code} does not exist (yet) in the analysis engine: this check will always pass.',
  'check.command': '"commande" check: it runs only in a trusted workspace, after confirmation.',
  'check.solutionFails': 'with the solution, the check "{check}" fails{detail}.',
  'check.solutionFails.detail': ' ({detail})',
  'check.passesBefore': 'the step "{step}" already passes before its solution.',
};
