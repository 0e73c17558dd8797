// English texts of « Appliquer le rendu » (domain `renderApply`).
import type { RenderApplyKey } from './fr';

export const en: Record<RenderApplyKey, string> = {
  failedHelm: 'The chart does not render: nothing was applied. {detail}',
  failedKustomize: 'The overlay does not build: nothing was applied. {detail}',
  errorAt: '{message} ({where})',
  empty: 'The render of “{dir}” holds no Kubernetes object: nothing to apply.',
  noTarget: 'This file is neither the Chart.yaml of a Helm chart nor the kustomization.yaml of a Kustomize overlay.',
  rendering: 'Rendering “{dir}”…',
  pickValues: 'Which values file should the chart be rendered with?',
  commandLine: 'Equivalent command: {command}',
  showDetails: 'Show details',
  onlyDefaults: 'values.yaml only',
  rendererMissing: 'the ka-render engine cannot be found; build it with "{command}" (or give its path in the KUBE_APPRENTI_RENDERER variable)',
};
