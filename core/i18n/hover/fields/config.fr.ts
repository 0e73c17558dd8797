// Curated French hovers: ConfigMaps, Secrets, storage (PVC, PV) and ServiceAccounts.
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const configFr: FieldDocs = {
  ...fieldsOf(`${CORE}.ConfigMap`, {
    data: {
      texte: 'Les paramètres **non sensibles** de l’application, en paires clé–valeur. Les Pods les lisent comme variables d’environnement (`envFrom`, `configMapKeyRef`) ou comme fichiers (volume).',
      exemple: 'data:\n  APP_TITLE: "Mon application"\n  LOG_LEVEL: info\n  nginx.conf: |\n    server { listen 80; }',
      erreur: 'Les valeurs sont des chaînes : mettez `"8080"` ou `"true"` entre guillemets. Une donnée sensible (mot de passe, jeton, URL avec mot de passe) va dans un Secret. Après modification, redémarrez les Pods qui la lisent en variables.',
    },
    binaryData: {
      texte: 'Données binaires, encodées en base64 (rare : préférez `data` pour du texte).',
      exemple: 'binaryData:\n  logo.png: iVBORw0KGgo...',
    },
    immutable: {
      texte: 'Avec `true`, le contenu ne peut plus être modifié (il faut supprimer et recréer l’objet) ; cela allège aussi la charge du cluster.',
      exemple: 'immutable: true',
    },
  }),
  ...fieldsOf(`${CORE}.Secret`, {
    data: {
      texte: 'Les données **sensibles**, chaque valeur encodée en base64. Base64 n’est pas un chiffrement : toute personne qui lit ce fichier ou le Secret peut décoder la valeur.',
      exemple: 'data:\n  password: bW9uX21vdF9kZV9wYXNzZQ==   # echo -n "mon_mot_de_passe" | base64',
      erreur: 'Encodez avec `echo -n` (sans `-n`, un retour à la ligne s’ajoute à la valeur). Ne versionnez pas ce fichier dans Git : ajoutez-le au `.gitignore` et fournissez un `secret.yaml.template`.',
    },
    stringData: {
      texte: 'Les mêmes données que `data`, mais écrites en clair : Kubernetes les encode lui-même en base64 à l’enregistrement.',
      exemple: 'stringData:\n  password: mon_mot_de_passe',
      erreur: 'Plus simple à écrire, mais le fichier contient alors le secret en clair : ne le versionnez pas. Une clé présente dans `data` et `stringData` prend la valeur de `stringData`.',
    },
    type: {
      texte: 'Type du Secret : `Opaque` (par défaut, données libres), `kubernetes.io/tls` (certificat : `tls.crt` et `tls.key`), `kubernetes.io/dockerconfigjson` (identifiants de registre)…',
      exemple: 'type: Opaque',
      erreur: 'Un type précis exige ses clés : un Secret `kubernetes.io/tls` sans `tls.crt` et `tls.key` est refusé.',
    },
    immutable: {
      texte: 'Avec `true`, le contenu du Secret ne peut plus être modifié (il faut le supprimer et le recréer).',
      exemple: 'immutable: true',
    },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaim`, {
    metadata: {
      texte: 'Métadonnées de la PVC ; dans `volumeClaimTemplates` d’un StatefulSet, `name` sert de préfixe aux PVC créées (`www` donne `www-web-0`, `www-web-1`…).',
      exemple: 'metadata:\n  name: www',
    },
    spec: {
      texte: 'Ce que la PVC demande : modes d’accès, taille (`resources.requests.storage`) et classe de stockage.',
      exemple: 'spec:\n  accessModes: ["ReadWriteOnce"]\n  resources:\n    requests:\n      storage: 1Gi',
      erreur: 'Dans `volumeClaimTemplates`, `spec` se place dans chaque élément de la liste, sous son `metadata`, et non au niveau du StatefulSet.',
    },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaimSpec`, {
    accessModes: {
      texte: 'Comment le volume peut être monté : `ReadWriteOnce` (lecture-écriture par un seul nœud), `ReadOnlyMany` (lecture seule par plusieurs nœuds), `ReadWriteMany` (lecture-écriture par plusieurs nœuds), `ReadWriteOncePod` (un seul Pod).',
      exemple: 'accessModes: ["ReadWriteOnce"]',
      erreur: 'C’est une liste. Beaucoup de stockages ne proposent que `ReadWriteOnce` : demander `ReadWriteMany` laisse alors la PVC en `Pending`.',
    },
    resources: {
      texte: 'Taille de stockage demandée (`requests.storage`).',
      exemple: 'resources:\n  requests:\n    storage: 2Gi',
      erreur: 'Unités : `Gi`, `Mi` (`2Gi`), pas `2Go` ni `2GB`.',
    },
    storageClassName: {
      texte: 'Classe de stockage (StorageClass) qui fournit le volume. Sans ce champ, la classe par défaut du cluster est utilisée ; `""` désactive la création automatique.',
      exemple: 'storageClassName: standard',
      erreur: 'Une classe qui n’existe pas dans le cluster laisse la PVC en `Pending` : vérifiez avec `kubectl get storageclass`.',
    },
    volumeMode: {
      texte: '`Filesystem` (par défaut : un système de fichiers monté dans un dossier) ou `Block` (périphérique brut).',
      exemple: 'volumeMode: Filesystem',
    },
    volumeName: {
      texte: 'Lie la PVC à un PersistentVolume précis, au lieu d’en laisser choisir ou créer un.',
      exemple: 'volumeName: pv0003',
    },
    selector: {
      texte: 'Restreint les PersistentVolumes existants acceptables à ceux qui portent ces labels.',
      exemple: 'selector:\n  matchLabels:\n    type: local',
    },
  }),
  ...fieldsOf(`${CORE}.VolumeResourceRequirements`, {
    requests: {
      texte: 'Quantité de stockage demandée, avec la clé `storage`.',
      exemple: 'requests:\n  storage: 1Gi',
    },
    limits: { texte: 'Quantité maximale de stockage (rarement utilisée).', exemple: 'limits:\n  storage: 2Gi' },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeSpec`, {
    capacity: { texte: 'Taille du volume (`storage`).', exemple: 'capacity:\n  storage: 10Gi' },
    accessModes: {
      texte: 'Modes d’accès que ce volume propose (`ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany`, `ReadWriteOncePod`).',
      exemple: 'accessModes: ["ReadWriteOnce"]',
    },
    persistentVolumeReclaimPolicy: {
      texte: 'Que faire du volume quand sa PVC est supprimée : `Delete` (supprimer les données, par défaut pour les volumes créés automatiquement) ou `Retain` (les garder).',
      exemple: 'persistentVolumeReclaimPolicy: Retain',
      erreur: 'Avec `Delete`, `kubectl delete -f .` qui supprime aussi la PVC efface définitivement les données.',
    },
    storageClassName: { texte: 'Classe de stockage à laquelle appartient ce volume.', exemple: 'storageClassName: manual' },
    hostPath: {
      texte: 'Volume stocké dans un dossier d’un nœud : seulement pour les tests sur un cluster à un nœud.',
      exemple: 'hostPath:\n  path: /mnt/data',
    },
  }),
  ...fieldsOf(`${CORE}.ServiceAccount`, {
    automountServiceAccountToken: {
      texte: 'Avec `false`, les Pods qui utilisent ce compte ne reçoivent pas de jeton d’accès à l’API Kubernetes (sauf s’ils le demandent).',
      exemple: 'automountServiceAccountToken: false',
    },
    imagePullSecrets: {
      texte: 'Secrets de registre ajoutés automatiquement aux Pods qui utilisent ce compte.',
      exemple: 'imagePullSecrets:\n  - name: registry-credential',
    },
  }),
  ...fieldsOf(`${CORE}.NamespaceSpec`, {
    finalizers: { texte: 'Géré par Kubernetes : à ne pas écrire dans un manifeste.', exemple: '# à omettre' },
  }),
};
