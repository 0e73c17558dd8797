// Explicit list of the rules (no side-effect registration). One rule per file; see rule.ts.
import { configMapData } from './configmap-data';
import { configMapMissing } from './configmap-missing';
import { containerHints } from './container-hints';
import { containerName } from './container-name';
import { cronSchedule } from './cron-schedule';
import { duplicateObject } from './duplicate-object';
import { duplicatePortName } from './duplicate-port-name';
import { emptyKeyIndentation } from './empty-key-indentation';
import { envFromKeyNames } from './envfrom-key-names';
import { envServiceName } from './env-service-name';
import { envValueType } from './env-value-type';
import { hpaScaleTarget } from './hpa-scale-target';
import { imageReference } from './image-reference';
import { ingressBackend } from './ingress-backend';
import { ingressClassAnnotation } from './ingress-class-annotation';
import { ingressPath } from './ingress-path';
import { ingressTlsSecret } from './ingress-tls-secret';
import { jobRestartPolicy } from './job-restart-policy';
import { kustomizePath } from './kustomize-path';
import { labelSyntax } from './label-syntax';
import { localhostEnv } from './localhost-env';
import { objectName } from './object-name';
import { overlappingSelectors } from './overlapping-selectors';
import { placementSelectorNoMatch } from './placement-selector-no-match';
import { podPlacementHints } from './pod-placement-hints';
import { portNameInvalid } from './port-name-invalid';
import { portValueType } from './port-value-type';
import { probeChecks } from './probe-checks';
import { probePort } from './probe-port';
import { pvcMissing } from './pvc-missing';
import { rbacApiGroups } from './rbac-api-groups';
import { rbacRoleRef } from './rbac-role-ref';
import { rbacSubjectServiceAccount } from './rbac-subject-service-account';
import { readinessBehindService } from './readiness-behind-service';
import { referenceKeyMissing } from './reference-key-missing';
import { removedApiVersion } from './removed-api-version';
import { resourceQuantities } from './resource-quantities';
import type { Rule } from './rule';
import { schemaValidation } from './schema-validation';
import { secretData } from './secret-data';
import { secretInGit } from './secret-in-git';
import { secretMissing } from './secret-missing';
import { serverManagedFields } from './server-managed-fields';
import { serviceAccountMissing } from './service-account-missing';
import { servicePortRules } from './service-port-rules';
import { serviceSelectorNoMatch } from './service-selector-no-match';
import { serviceTargetPort } from './service-target-port';
import { statefulSetService } from './statefulset-service';
import { typedSecretKeys } from './typed-secret-keys';
import { volumeMountFilePath } from './volume-mount-file-path';
import { volumeMountMissing } from './volume-mount-missing';
import { yaml11Strings } from './yaml11-strings';
import { workloadSelectorMismatch } from './workload-selector-mismatch';
import { yamlSyntax } from './yaml-syntax';

export const rules: readonly Rule[] = [
  // H. YAML
  yamlSyntax, emptyKeyIndentation, yaml11Strings,
  // G. Schema (schema engineer) and the checks of group G owned here
  schemaValidation, jobRestartPolicy, envValueType, cronSchedule, ingressPath, rbacApiGroups,
  // J. Removed APIs
  removedApiVersion, ingressClassAnnotation,
  // I. Names
  objectName, labelSyntax, containerName,
  // A. Cross-resource references
  serviceSelectorNoMatch, workloadSelectorMismatch, overlappingSelectors, placementSelectorNoMatch, configMapMissing,
  ingressBackend, referenceKeyMissing, secretMissing, rbacRoleRef, kustomizePath, envServiceName, statefulSetService,
  localhostEnv, volumeMountMissing, pvcMissing, serviceAccountMissing, duplicateObject, ingressTlsSecret, hpaScaleTarget,
  rbacSubjectServiceAccount,
  // B. Ports
  serviceTargetPort, portValueType, servicePortRules, duplicatePortName, probePort, portNameInvalid,
  // C. Secrets and ConfigMaps
  secretData, configMapData, volumeMountFilePath, typedSecretKeys, envFromKeyNames, secretInGit,
  // D. Probes
  probeChecks, readinessBehindService,
  // Cheap ones of other groups
  resourceQuantities, imageReference, containerHints, podPlacementHints, serverManagedFields,
];
