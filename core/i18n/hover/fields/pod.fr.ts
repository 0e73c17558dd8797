// Curated French hovers: the pod spec, its volumes, scheduling constraints.
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const podFr: FieldDocs = {
  ...fieldsOf(`${CORE}.PodSpec`, {
    containers: {
      texte: 'Les conteneurs du Pod : au moins un. Ils partagent la même adresse IP (ils se joignent par `localhost`) et peuvent partager des volumes.',
      exemple: 'containers:\n  - name: web\n    image: nginx:1.27\n    ports:\n      - containerPort: 80',
      erreur: 'C’est une liste : chaque conteneur commence par un tiret `-`. Dans un Deployment, `containers` se place dans `spec.template.spec`, pas directement sous `spec`.',
    },
    initContainers: {
      texte: 'Conteneurs lancés l’un après l’autre avant les conteneurs principaux ; chacun doit se terminer avec succès (préparer des fichiers, attendre une dépendance…).',
      exemple: 'initContainers:\n  - name: attendre-redis\n    image: busybox:1.36\n    command: ["sh", "-c", "until nc -z redis 6379; do sleep 2; done"]',
      erreur: 'Tant qu’un conteneur d’initialisation échoue, le Pod reste en `Init:…` et les conteneurs principaux ne démarrent pas.',
    },
    restartPolicy: {
      texte: 'Que faire quand un conteneur s’arrête : `Always` (toujours le redémarrer, par défaut), `OnFailure` (seulement en cas d’erreur) ou `Never`.',
      exemple: 'restartPolicy: OnFailure',
      erreur: 'Un Job exige `Never` ou `OnFailure` (la valeur par défaut `Always` y est refusée) ; un Deployment n’accepte que `Always`. Ce champ se place dans la spécification du Pod, pas dans un conteneur.',
    },
    volumes: {
      texte: 'Les volumes du Pod : d’où viennent les fichiers (ConfigMap, Secret, PersistentVolumeClaim, dossier temporaire `emptyDir`…). Les conteneurs les montent avec `volumeMounts`.',
      exemple: 'volumes:\n  - name: data\n    persistentVolumeClaim:\n      claimName: redis-data',
      erreur: 'Un volume déclaré ici mais jamais monté ne sert à rien ; un `volumeMounts` qui nomme un volume absent fait refuser le Pod.',
    },
    nodeName: {
      texte: 'Place le Pod directement sur ce nœud, sans passer par le scheduler.',
      exemple: 'nodeName: minikube',
      erreur: 'À éviter : si le nœud n’existe pas, le Pod ne démarre jamais ; s’il manque de ressources, le kubelet rejette le Pod (`OutOfcpu`, `OutOfmemory`). Préférez `nodeSelector` ou l’affinité.',
    },
    nodeSelector: {
      texte: 'Labels que le nœud doit porter pour accueillir le Pod (tous doivent correspondre).',
      exemple: 'nodeSelector:\n  disktype: ssd',
      erreur: 'Si aucun nœud ne porte ces labels, le Pod reste en `Pending`. Ajoutez d’abord le label : `kubectl label nodes <nœud> disktype=ssd`.',
    },
    tolerations: {
      texte: 'Tolérances : autorisent le Pod à être placé sur des nœuds qui portent une « taint » (marque qui repousse les Pods).',
      exemple: 'tolerations:\n  - key: test-environment\n    operator: Equal\n    value: "true"\n    effect: NoSchedule',
      erreur: 'La clé, la valeur et l’effet doivent correspondre à la taint du nœud. Une tolérance autorise le nœud, elle n’y attire pas le Pod.',
    },
    affinity: {
      texte: 'Règles de placement plus fines que `nodeSelector` : préférer ou exiger certains nœuds, rapprocher ou éloigner des Pods les uns des autres.',
      exemple: 'affinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution: [...]',
    },
    topologySpreadConstraints: {
      texte: 'Répartit les Pods sélectionnés entre les nœuds ou les zones, pour qu’une panne n’emporte pas tous les réplicas.',
      exemple: 'topologySpreadConstraints:\n  - maxSkew: 1\n    topologyKey: kubernetes.io/hostname\n    whenUnsatisfiable: ScheduleAnyway\n    labelSelector:\n      matchLabels:\n        app: web',
      erreur: 'Le `labelSelector` doit correspondre aux labels de ces Pods, sinon la contrainte ne compte aucun Pod et ne répartit rien.',
    },
    serviceAccountName: {
      texte: 'Compte de service (ServiceAccount) sous lequel tourne le Pod : il détermine ses droits sur l’API Kubernetes. Par défaut : `default`.',
      exemple: 'serviceAccountName: mon-application',
      erreur: 'Le ServiceAccount doit exister dans le même namespace, sinon le Pod n’est pas créé.',
    },
    serviceAccount: {
      texte: 'Ancien nom de `serviceAccountName`, déprécié : utilisez `serviceAccountName`.',
      exemple: 'serviceAccountName: mon-application',
    },
    automountServiceAccountToken: {
      texte: 'Avec `false`, le jeton du compte de service n’est pas monté dans les conteneurs : l’application ne peut pas parler à l’API Kubernetes (plus sûr si elle n’en a pas besoin).',
      exemple: 'automountServiceAccountToken: false',
    },
    imagePullSecrets: {
      texte: 'Secrets (de type `kubernetes.io/dockerconfigjson`) qui contiennent les identifiants d’un registre privé, pour télécharger les images.',
      exemple: 'imagePullSecrets:\n  - name: registry-credential',
      erreur: 'Le Secret doit exister dans le namespace du Pod ; créez-le avec `kubectl create secret docker-registry`.',
    },
    terminationGracePeriodSeconds: {
      texte: 'Délai, en secondes, laissé aux conteneurs pour s’arrêter proprement après le signal `SIGTERM`, avant d’être tués. Par défaut : 30.',
      exemple: 'terminationGracePeriodSeconds: 30',
    },
    securityContext: {
      texte: 'Réglages de sécurité communs à tous les conteneurs du Pod (utilisateur, groupe des volumes…).',
      exemple: 'securityContext:\n  runAsNonRoot: true\n  fsGroup: 2000',
    },
    hostNetwork: {
      texte: 'Avec `true`, le Pod utilise directement le réseau du nœud au lieu d’avoir sa propre adresse IP. Réservé aux composants système.',
      exemple: 'hostNetwork: false',
    },
    dnsPolicy: {
      texte: 'Comment le Pod résout les noms : `ClusterFirst` (par défaut : le DNS du cluster, qui connaît les Services), `Default` (celui du nœud), `ClusterFirstWithHostNet`, `None`.',
      exemple: 'dnsPolicy: ClusterFirst',
    },
    priorityClassName: {
      texte: 'Classe de priorité du Pod (une PriorityClass) : un Pod prioritaire peut évincer des Pods moins prioritaires quand le cluster est plein.',
      exemple: 'priorityClassName: haute-priorite',
    },
    hostname: {
      texte: 'Nom d’hôte vu depuis l’intérieur du Pod (par défaut : le nom du Pod).',
      exemple: 'hostname: web-0',
    },
    subdomain: {
      texte: 'Avec un Service headless du même nom, donne au Pod un nom DNS `<hostname>.<subdomain>.<namespace>.svc.cluster.local`.',
      exemple: 'subdomain: nginx',
    },
  }),
  ...fieldsOf(`${CORE}.PodTemplateSpec`, {
    metadata: {
      texte: 'Métadonnées des Pods créés à partir de ce template, surtout leurs labels.',
      exemple: 'metadata:\n  labels:\n    app: web',
      erreur: 'Ces labels doivent inclure ceux de `spec.selector.matchLabels` du contrôleur, et ce sont eux que le sélecteur d’un Service doit viser.',
    },
    spec: {
      texte: 'La spécification des Pods à créer : conteneurs, volumes, politique de redémarrage…',
      exemple: 'spec:\n  containers:\n    - name: web\n      image: nginx:1.27',
    },
  }),
  ...fieldsOf(`${CORE}.Volume`, {
    name: {
      texte: 'Nom du volume dans le Pod ; les conteneurs le désignent par ce nom dans `volumeMounts`.',
      exemple: 'name: data',
    },
    configMap: {
      texte: 'Volume rempli avec les clés d’une ConfigMap : chaque clé devient un fichier.',
      exemple: 'configMap:\n  name: nginx-config',
      erreur: 'Les fichiers sont mis à jour peu après une modification de la ConfigMap (sauf avec `subPath`) ; l’application doit les relire.',
    },
    secret: {
      texte: 'Volume rempli avec les clés d’un Secret : chaque clé devient un fichier contenant la valeur décodée.',
      exemple: 'secret:\n  secretName: my-cert',
      erreur: 'Ici le champ s’appelle `secretName`, pas `name`.',
    },
    persistentVolumeClaim: {
      texte: 'Volume persistant, obtenu par une PersistentVolumeClaim : les données survivent à la suppression du Pod.',
      exemple: 'persistentVolumeClaim:\n  claimName: redis-data',
      erreur: 'La PVC doit exister dans le même namespace ; tant qu’elle n’est pas `Bound`, le Pod reste en `Pending`.',
    },
    emptyDir: {
      texte: 'Dossier vide créé au démarrage du Pod et supprimé avec lui ; partagé entre les conteneurs du Pod.',
      exemple: 'emptyDir: {}',
      erreur: 'Les données disparaissent quand le Pod est supprimé ou recréé : pour les garder, utilisez une PersistentVolumeClaim.',
    },
    hostPath: {
      texte: 'Monte un dossier du nœud dans le Pod.',
      exemple: 'hostPath:\n  path: /data\n  type: DirectoryOrCreate',
      erreur: 'À éviter : les données restent sur un seul nœud (le Pod recréé ailleurs ne les retrouve pas) et cela ouvre un accès au nœud. Sur une plateforme partagée, c’est souvent interdit.',
    },
    projected: {
      texte: 'Regroupe plusieurs sources (ConfigMap, Secret, jeton de compte de service…) dans un même dossier.',
      exemple: 'projected:\n  sources:\n    - configMap:\n        name: config',
    },
  }),
  ...fieldsOf(`${CORE}.ConfigMapVolumeSource`, {
    name: {
      texte: 'Nom de la ConfigMap à monter, dans le namespace du Pod.',
      exemple: 'name: nginx-config',
      erreur: 'La ConfigMap doit exister avant le démarrage du Pod (sauf avec `optional: true`).',
    },
    items: {
      texte: 'Choisit les clés à monter et le nom du fichier de chacune ; sans `items`, toutes les clés deviennent des fichiers.',
      exemple: 'items:\n  - key: nginx.conf\n    path: default.conf',
    },
    defaultMode: {
      texte: 'Droits des fichiers créés, en octal (`0644` par défaut).',
      exemple: 'defaultMode: 0440',
    },
  }),
  ...fieldsOf(`${CORE}.SecretVolumeSource`, {
    secretName: {
      texte: 'Nom du Secret à monter, dans le namespace du Pod.',
      exemple: 'secretName: my-cert',
      erreur: 'C’est `secretName` (et non `name` comme pour une ConfigMap) ; le Secret doit exister avant le démarrage du Pod.',
    },
    items: {
      texte: 'Choisit les clés du Secret à monter et le nom du fichier de chacune.',
      exemple: 'items:\n  - key: tls.crt\n    path: cert.pem',
    },
    defaultMode: {
      texte: 'Droits des fichiers créés, en octal (`0644` par défaut).',
      exemple: 'defaultMode: 0400',
    },
  }),
  ...fieldsOf(`${CORE}.KeyToPath`, {
    key: { texte: 'Clé de la ConfigMap ou du Secret à écrire dans un fichier.', exemple: 'key: nginx.conf' },
    path: {
      texte: 'Nom (chemin relatif) du fichier créé dans le dossier de montage.',
      exemple: 'path: conf/default.conf',
      erreur: 'Un chemin relatif : pas de `/` au début, pas de `..`.',
    },
  }),
  ...fieldsOf(`${CORE}.PersistentVolumeClaimVolumeSource`, {
    claimName: {
      texte: 'Nom de la PersistentVolumeClaim à monter, dans le namespace du Pod.',
      exemple: 'claimName: redis-data',
      erreur: 'Il doit correspondre au `metadata.name` d’une PVC existante ; sinon le Pod reste en `Pending`.',
    },
    readOnly: { texte: 'Monte le volume en lecture seule. Par défaut : `false`.', exemple: 'readOnly: true' },
  }),
  ...fieldsOf(`${CORE}.EmptyDirVolumeSource`, {
    medium: {
      texte: 'Où stocker le dossier : sur le disque du nœud (par défaut) ou en mémoire (`Memory`, un tmpfs qui compte dans la mémoire du conteneur).',
      exemple: 'medium: Memory',
    },
    sizeLimit: { texte: 'Taille maximale du dossier ; au-delà, le Pod est évincé.', exemple: 'sizeLimit: 500Mi' },
  }),
  ...fieldsOf(`${CORE}.HostPathVolumeSource`, {
    path: { texte: 'Chemin du dossier (ou du fichier) sur le nœud.', exemple: 'path: /data' },
    type: {
      texte: 'Ce qui doit exister à ce chemin : `Directory`, `DirectoryOrCreate`, `File`, `FileOrCreate`, `Socket`… Vide par défaut (aucune vérification).',
      exemple: 'type: DirectoryOrCreate',
      erreur: '`type` se place dans le bloc `hostPath`, au même niveau que `path`.',
    },
  }),
  ...fieldsOf(`${CORE}.Toleration`, {
    key: { texte: 'Clé de la taint tolérée (vide avec `operator: Exists` : toutes les taints).', exemple: 'key: test-environment' },
    operator: {
      texte: '`Equal` (par défaut : la valeur doit être égale) ou `Exists` (n’importe quelle valeur de cette clé).',
      exemple: 'operator: Exists',
    },
    value: { texte: 'Valeur de la taint tolérée (avec `operator: Equal`).', exemple: 'value: "true"' },
    effect: {
      texte: 'Effet de la taint toléré : `NoSchedule`, `PreferNoSchedule` ou `NoExecute` (vide : tous les effets).',
      exemple: 'effect: NoSchedule',
      erreur: 'Il doit correspondre à l’effet de la taint posée sur le nœud.',
    },
    tolerationSeconds: {
      texte: 'Avec `effect: NoExecute` : combien de secondes le Pod reste sur le nœud après l’apparition de la taint.',
      exemple: 'tolerationSeconds: 300',
    },
  }),
  ...fieldsOf(`${CORE}.TopologySpreadConstraint`, {
    maxSkew: { texte: 'Écart maximal toléré du nombre de Pods entre deux domaines (nœuds, zones).', exemple: 'maxSkew: 1' },
    topologyKey: {
      texte: 'Label des nœuds qui définit les domaines : `kubernetes.io/hostname` (un domaine par nœud), `topology.kubernetes.io/zone` (par zone).',
      exemple: 'topologyKey: kubernetes.io/hostname',
    },
    whenUnsatisfiable: {
      texte: '`DoNotSchedule` (le Pod attend) ou `ScheduleAnyway` (il est placé quand même, au mieux).',
      exemple: 'whenUnsatisfiable: ScheduleAnyway',
    },
    labelSelector: {
      texte: 'Quels Pods compter pour mesurer la répartition : en général, les labels de ces mêmes Pods.',
      exemple: 'labelSelector:\n  matchLabels:\n    app: web',
      erreur: 'S’il ne correspond à aucun Pod, la contrainte n’a aucun effet.',
    },
  }),
};
