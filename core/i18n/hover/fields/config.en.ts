// Curated English hovers: ConfigMaps, Secrets, storage (PVC, PV) and ServiceAccounts (pair of config.fr.ts).
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const configEn: FieldDocs = {
  ...fieldsOf(`${CORE}.ConfigMap`, {
    data: {
      texte: 'The **non-sensitive** settings of the application, as key–value pairs. Pods read them as environment variables (`envFrom`, `configMapKeyRef`) or as files (volume).',
      exemple: 'data:\n  APP_TITLE: "My application"\n  LOG_LEVEL: info\n  nginx.conf: |\n    server { listen 80; }',
      erreur: 'Values are strings: quote `"8080"` or `"true"`. Sensitive data (password, token, URL with a password) belongs in a Secret. After a change, restart the Pods that read it as variables.',
    },
    binaryData: {
      texte: 'Binary data, base64-encoded (rare: prefer `data` for text).',
      exemple: 'binaryData:\n  logo.png: iVBORw0KGgo...',
    },
    immutable: {
      texte: 'With `true`, the content can no longer be changed (the object must be deleted and recreated); it also lightens the load on the cluster.',
      exemple: 'immutable: true',
    },
  }),
  ...fieldsOf(`${CORE}.Secret`, {
    data: {
      texte: 'The **sensitive** data, each value base64-encoded. Base64 is not encryption: anyone who reads this file or the Secret can decode the value.',
      exemple: 'data:\n  password: bXlfcGFzc3dvcmQ=   # echo -n "my_password" | base64',
      erreur: 'Encode with `echo -n` (without `-n`, a newline is added to the value). Do not commit this file to Git: add it to `.gitignore` and provide a `secret.yaml.template`.',
    },
    stringData: {
      texte: 'The same data as `data`, but written in clear text: Kubernetes encodes it in base64 itself when it stores it.',
      exemple: 'stringData:\n  password: my_password',
      erreur: 'Easier to write, but the file then holds the secret in clear text: do not commit it. A key present in both `data` and `stringData` takes the value of `stringData`.',
    },
    type: {
      texte: 'Type of the Secret: `Opaque` (the default, free-form data), `kubernetes.io/tls` (certificate: `tls.crt` and `tls.key`), `kubernetes.io/dockerconfigjson` (registry credentials)…',
      exemple: 'type: Opaque',
      erreur: 'A specific type requires its keys: a `kubernetes.io/tls` Secret without `tls.crt` and `tls.key` is rejected.',
    },
    immutable: {
      texte: 'With `true`, the content of the Secret can no longer be changed (it must be deleted and recreated).',
      exemple: 'immutable: true',
    },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaim`, {
    metadata: {
      texte: 'Metadata of the PVC; in a StatefulSet’s `volumeClaimTemplates`, `name` is the prefix of the created PVCs (`www` gives `www-web-0`, `www-web-1`…).',
      exemple: 'metadata:\n  name: www',
    },
    spec: {
      texte: 'What the PVC asks for: access modes, size (`resources.requests.storage`) and storage class.',
      exemple: 'spec:\n  accessModes: ["ReadWriteOnce"]\n  resources:\n    requests:\n      storage: 1Gi',
      erreur: 'In `volumeClaimTemplates`, `spec` goes in each item of the list, under its `metadata`, not at the StatefulSet level.',
    },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaimSpec`, {
    accessModes: {
      texte: 'How the volume can be mounted: `ReadWriteOnce` (read-write by a single node), `ReadOnlyMany` (read-only by several nodes), `ReadWriteMany` (read-write by several nodes), `ReadWriteOncePod` (a single Pod).',
      exemple: 'accessModes: ["ReadWriteOnce"]',
      erreur: 'It is a list. Many storage back ends only offer `ReadWriteOnce`: asking for `ReadWriteMany` then leaves the PVC `Pending`.',
    },
    resources: {
      texte: 'Requested storage size (`requests.storage`).',
      exemple: 'resources:\n  requests:\n    storage: 2Gi',
      erreur: 'Units: `Gi`, `Mi` (`2Gi`), not `2Go` or `2GB`.',
    },
    storageClassName: {
      texte: 'Storage class (StorageClass) that provides the volume. Without this field, the cluster’s default class is used; `""` disables dynamic provisioning.',
      exemple: 'storageClassName: standard',
      erreur: 'A class that does not exist in the cluster leaves the PVC `Pending`: check with `kubectl get storageclass`.',
    },
    volumeMode: {
      texte: '`Filesystem` (the default: a file system mounted in a directory) or `Block` (raw device).',
      exemple: 'volumeMode: Filesystem',
    },
    volumeName: {
      texte: 'Binds the PVC to a specific PersistentVolume, instead of letting one be chosen or created.',
      exemple: 'volumeName: pv0003',
    },
    selector: {
      texte: 'Restricts the acceptable existing PersistentVolumes to those carrying these labels.',
      exemple: 'selector:\n  matchLabels:\n    type: local',
    },
  }),
  ...fieldsOf(`${CORE}.VolumeResourceRequirements`, {
    requests: {
      texte: 'Amount of storage requested, with the `storage` key.',
      exemple: 'requests:\n  storage: 1Gi',
    },
    limits: { texte: 'Maximum amount of storage (rarely used).', exemple: 'limits:\n  storage: 2Gi' },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeSpec`, {
    capacity: { texte: 'Size of the volume (`storage`).', exemple: 'capacity:\n  storage: 10Gi' },
    accessModes: {
      texte: 'Access modes this volume offers (`ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany`, `ReadWriteOncePod`).',
      exemple: 'accessModes: ["ReadWriteOnce"]',
    },
    persistentVolumeReclaimPolicy: {
      texte: 'What to do with the volume when its PVC is deleted: `Delete` (delete the data, the default for dynamically provisioned volumes) or `Retain` (keep it).',
      exemple: 'persistentVolumeReclaimPolicy: Retain',
      erreur: 'With `Delete`, a `kubectl delete -f .` that also deletes the PVC erases the data for good.',
    },
    storageClassName: { texte: 'Storage class this volume belongs to.', exemple: 'storageClassName: manual' },
    hostPath: {
      texte: 'Volume stored in a directory of a node: only for tests on a single-node cluster.',
      exemple: 'hostPath:\n  path: /mnt/data',
    },
  }),
  ...fieldsOf(`${CORE}.ServiceAccount`, {
    automountServiceAccountToken: {
      texte: 'With `false`, the Pods that use this account do not receive a Kubernetes API access token (unless they ask for it).',
      exemple: 'automountServiceAccountToken: false',
    },
    imagePullSecrets: {
      texte: 'Registry Secrets added automatically to the Pods that use this account.',
      exemple: 'imagePullSecrets:\n  - name: registry-credential',
    },
  }),
  ...fieldsOf(`${CORE}.NamespaceSpec`, {
    finalizers: { texte: 'Managed by Kubernetes: do not write it in a manifest.', exemple: '# leave out' },
  }),
};
