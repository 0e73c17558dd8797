// Curated French hovers: containers, their ports, environment, resources, volume mounts and probes.
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const containerFr: FieldDocs = {
  ...fieldsOf(`${CORE}.Container`, {
    name: {
      texte: 'Nom du conteneur, unique dans le Pod. Il sert à le désigner dans les commandes (`kubectl logs <pod> -c <conteneur>`) et dans les messages d’erreur.',
      exemple: 'name: web',
      erreur: 'Le nom doit être en minuscules (lettres, chiffres, tirets) ; dans un Pod déjà créé, on ne peut pas le changer (un Pod est largement immuable) : supprimez et recréez le Pod, ou passez par un Deployment.',
    },
    image: {
      texte: 'Image à lancer : nom du dépôt (précédé du registre s’il ne s’agit pas de Docker Hub) et tag. Le nœud la télécharge avant de démarrer le conteneur.',
      exemple: 'image: nginx:1.27\n# ou : docker.io/mon-compte/frontend:1.0',
      erreur: 'Une image construite seulement sur votre machine n’existe pas dans le registre : le Pod reste en `ErrImagePull` puis `ImagePullBackOff`. Poussez-la (`docker push`). Sans tag, c’est `:latest` qui est utilisé, ce qui rend les déploiements imprévisibles.',
    },
    imagePullPolicy: {
      texte: 'Quand télécharger l’image : `Always` (à chaque démarrage), `IfNotPresent` (seulement si le nœud ne l’a pas déjà) ou `Never` (jamais : l’image doit déjà être sur le nœud). Par défaut : `Always` si le tag est `:latest` ou absent, `IfNotPresent` sinon.',
      exemple: 'imagePullPolicy: IfNotPresent',
      erreur: '`Never` ne marche qu’avec une image déjà présente sur le nœud (par exemple construite dans le Docker de minikube avec `eval $(minikube docker-env)`) ; sinon le Pod reste en `ErrImageNeverPull`.',
    },
    command: {
      texte: 'Remplace le point d’entrée (`ENTRYPOINT`) de l’image. C’est une liste : le programme puis ses arguments, chacun dans un élément. Sans `command`, celui de l’image est utilisé.',
      exemple: 'command: ["sh", "-c", "echo $(MESSAGE) && sleep 3600"]',
      erreur: 'Écrire la commande en une seule chaîne (`command: python app.py`) : c’est une liste. Et, dans un Deployment, la commande doit durer : si elle se termine, le conteneur est redémarré encore et encore, et le Pod finit en `CrashLoopBackOff`.',
    },
    args: {
      texte: 'Arguments passés au point d’entrée : remplacent le `CMD` de l’image. `$(NOM)` est remplacé par la variable d’environnement `NOM` du conteneur.',
      exemple: 'args: ["--port", "8080"]',
      erreur: 'Les arguments sont une liste de chaînes : `--port=8080` tient dans un seul élément, `--port 8080` (avec une espace) en demande deux.',
    },
    ports: {
      texte: 'Ports sur lesquels l’application écoute. C’est surtout informatif (un port non déclaré reste joignable), mais un Service peut viser un port par son nom, et les outils s’en servent.',
      exemple: 'ports:\n  - name: http\n    containerPort: 8080',
      erreur: '`containerPort` doit correspondre au port qu’écoute réellement l’application, et au `targetPort` du Service qui vise ces Pods.',
    },
    env: {
      texte: 'Variables d’environnement du conteneur : une valeur écrite directement (`value`) ou lue dans une ConfigMap, un Secret ou un champ du Pod (`valueFrom`).',
      exemple: 'env:\n  - name: REDIS_URL\n    value: "redis:6379"',
      erreur: 'Les variables sont lues au démarrage du conteneur : après une modification de la ConfigMap, redémarrez les Pods (`kubectl rollout restart deployment/<nom>`). Et `value` est toujours une chaîne : mettez les nombres entre guillemets.',
    },
    envFrom: {
      texte: 'Importe toutes les clés d’une ConfigMap (`configMapRef`) ou d’un Secret (`secretRef`) comme variables d’environnement, en une fois.',
      exemple: 'envFrom:\n  - configMapRef:\n      name: configuration-backend\n  - secretRef:\n      name: credentials-backend',
      erreur: 'La ConfigMap ou le Secret doit exister dans le même namespace avant le démarrage du Pod (sinon `CreateContainerConfigError`). Vérifiez que le nom correspond exactement à son `metadata.name`.',
    },
    resources: {
      texte: 'Ressources du conteneur : les demandes (`requests`), réservées pour placer le Pod sur un nœud, et les limites (`limits`), que le conteneur ne peut pas dépasser.',
      exemple: 'resources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n  limits:\n    memory: 256Mi',
      erreur: 'Au-delà de sa limite de CPU, le conteneur est ralenti (throttling) ; au-delà de sa limite de mémoire, il est tué (`OOMKilled`). Une demande plus grande que la mémoire des nœuds laisse le Pod en `Pending`.',
    },
    volumeMounts: {
      texte: 'Où monter les volumes du Pod dans le système de fichiers du conteneur. Chaque montage désigne un volume de `spec.volumes` par son nom.',
      exemple: 'volumeMounts:\n  - name: data\n    mountPath: /data',
      erreur: 'Le `name` doit correspondre exactement à un volume déclaré dans `volumes` du Pod. Monter sur un dossier existant de l’image masque son contenu.',
    },
    livenessProbe: {
      texte: 'Sonde de vie (liveness) : « Es-tu vivant ? ». Si elle échoue plusieurs fois de suite, le kubelet redémarre le conteneur.',
      exemple: 'livenessProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  periodSeconds: 10',
      erreur: 'Ne lui faites pas tester les dépendances (base de données…) : si Redis tombe, tous les conteneurs seraient redémarrés en boucle. Laissez un délai suffisant au démarrage (`initialDelaySeconds` ou une `startupProbe`).',
    },
    readinessProbe: {
      texte: 'Sonde de disponibilité (readiness) : « Es-tu prêt à recevoir du trafic ? ». Tant qu’elle échoue, le Pod est retiré des endpoints des Services, sans que le conteneur soit redémarré.',
      exemple: 'readinessProbe:\n  httpGet:\n    path: /ready\n    port: http',
      erreur: 'Un port ou un chemin faux fait échouer la sonde : le Pod reste `0/1 READY` et le Service n’envoie aucun trafic.',
    },
    startupProbe: {
      texte: 'Sonde de démarrage : tant qu’elle n’a pas réussi, les sondes de vie et de disponibilité sont suspendues. Utile pour les applications lentes à démarrer.',
      exemple: 'startupProbe:\n  httpGet:\n    path: /healthz\n    port: 8080\n  failureThreshold: 30\n  periodSeconds: 10',
      erreur: 'Le temps maximal de démarrage vaut environ `initialDelaySeconds + failureThreshold × periodSeconds` : trop court, le conteneur est redémarré avant d’avoir fini de démarrer.',
    },
    workingDir: {
      texte: 'Dossier courant du processus dans le conteneur (remplace le `WORKDIR` de l’image).',
      exemple: 'workingDir: /app',
    },
    securityContext: {
      texte: 'Réglages de sécurité de ce conteneur : utilisateur, droits, système de fichiers en lecture seule… Ils complètent ou remplacent ceux du Pod.',
      exemple: 'securityContext:\n  runAsNonRoot: true\n  allowPrivilegeEscalation: false',
    },
    lifecycle: {
      texte: 'Actions lancées juste après le démarrage du conteneur (`postStart`) ou juste avant son arrêt (`preStop`).',
      exemple: 'lifecycle:\n  preStop:\n    exec:\n      command: ["sh", "-c", "sleep 5"]',
    },
    stdin: {
      texte: 'Garde l’entrée standard du conteneur ouverte (utile avec `kubectl attach`). Par défaut : `false`.',
      exemple: 'stdin: true',
    },
    tty: {
      texte: 'Alloue un terminal au conteneur (demande aussi `stdin: true`). Par défaut : `false`.',
      exemple: 'tty: true',
    },
    restartPolicy: {
      texte: 'Uniquement pour un conteneur d’initialisation (`initContainers`) : `Always` en fait un conteneur « sidecar » qui tourne pendant toute la vie du Pod.',
      exemple: 'restartPolicy: Always',
      erreur: 'Sur un conteneur ordinaire, ce champ n’est accepté que si le cluster active la fonctionnalité `ContainerRestartRules` (il remplace alors la politique du Pod pour ce conteneur) ; d’habitude, la politique de redémarrage se règle pour tout le Pod (`spec.restartPolicy`).',
    },
  }),
  ...fieldsOf(`${CORE}.ContainerPort`, {
    containerPort: {
      texte: 'Numéro du port sur lequel l’application écoute dans le conteneur (entre 1 et 65535). Informatif : il ne filtre rien, mais il documente le Pod et peut être nommé.',
      exemple: 'containerPort: 8080',
      erreur: 'Il doit correspondre à ce qu’écoute réellement l’application, et le `targetPort` du Service doit correspondre à ce port. Un nombre, sans guillemets.',
    },
    name: {
      texte: 'Nom du port, que les Services et les sondes peuvent utiliser à la place du numéro (`targetPort: http`).',
      exemple: 'name: http',
      erreur: '15 caractères au plus, minuscules, chiffres et tirets, au moins une lettre ; deux ports du même Pod ne peuvent pas avoir le même nom.',
    },
    protocol: {
      texte: 'Protocole du port : `TCP` (par défaut), `UDP` ou `SCTP`.',
      exemple: 'protocol: TCP',
      erreur: 'En majuscules : `tcp` est refusé.',
    },
    hostPort: {
      texte: 'Ouvre aussi ce port sur l’adresse du nœud. Rarement nécessaire : un Service est la bonne façon d’exposer une application.',
      exemple: 'hostPort: 8080',
      erreur: 'Deux Pods qui demandent le même `hostPort` ne peuvent pas tourner sur le même nœud : le second reste en `Pending`.',
    },
  }),
  ...fieldsOf(`${CORE}.EnvVar`, {
    name: {
      texte: 'Nom de la variable d’environnement, tel que l’application le lit (`os.environ["REDIS_URL"]`, `process.env.REDIS_URL`…).',
      exemple: 'name: REDIS_URL',
      erreur: 'Respectez exactement le nom attendu par l’application, majuscules comprises.',
    },
    value: {
      texte: 'Valeur de la variable. `$(AUTRE)` y est remplacé par une variable définie plus haut dans la liste.',
      exemple: 'value: "redis:6379"',
      erreur: 'C’est toujours une chaîne : `value: 6379` ou `value: true` est refusé, écrivez `value: "6379"`. Pour joindre un autre Pod, utilisez le nom de son Service, pas `localhost`.',
    },
    valueFrom: {
      texte: 'Lit la valeur ailleurs : une clé de ConfigMap (`configMapKeyRef`), une clé de Secret (`secretKeyRef`) ou un champ du Pod (`fieldRef`).',
      exemple: 'valueFrom:\n  configMapKeyRef:\n    name: frontend-config\n    key: REDIS_DOMAIN',
      erreur: 'Ne mettez pas `value` et `valueFrom` dans la même variable : c’est l’un ou l’autre.',
    },
  }),
  ...fieldsOf(`${CORE}.EnvVarSource`, {
    configMapKeyRef: {
      texte: 'Prend la valeur d’une clé d’une ConfigMap du même namespace.',
      exemple: 'configMapKeyRef:\n  name: frontend-config\n  key: CONTEXT',
      erreur: 'Si la ConfigMap ou la clé n’existe pas, le conteneur ne démarre pas (`CreateContainerConfigError`), sauf avec `optional: true`.',
    },
    secretKeyRef: {
      texte: 'Prend la valeur (décodée) d’une clé d’un Secret du même namespace.',
      exemple: 'secretKeyRef:\n  name: mysql-secret\n  key: password',
      erreur: 'Le Secret doit exister avant le démarrage du Pod ; la clé est celle de `data` (ou `stringData`) du Secret.',
    },
    fieldRef: {
      texte: 'Prend la valeur d’un champ du Pod lui-même : son nom, son namespace, son adresse IP, le nom du nœud…',
      exemple: 'fieldRef:\n  fieldPath: metadata.name',
    },
    resourceFieldRef: {
      texte: 'Prend la valeur d’une demande ou d’une limite de ressources du conteneur (par exemple `limits.memory`).',
      exemple: 'resourceFieldRef:\n  resource: limits.memory',
    },
  }),
  ...fieldsOf(`${CORE}.ConfigMapKeySelector`, {
    name: {
      texte: 'Nom de la ConfigMap à lire, dans le même namespace que le Pod.',
      exemple: 'name: frontend-config',
      erreur: 'Il doit correspondre exactement au `metadata.name` de la ConfigMap.',
    },
    key: {
      texte: 'Clé de la ConfigMap (une entrée de sa section `data`) dont la valeur devient celle de la variable.',
      exemple: 'key: REDIS_DOMAIN',
      erreur: 'La clé doit exister dans `data` de la ConfigMap, orthographe et majuscules comprises.',
    },
    optional: {
      texte: 'Avec `true`, le conteneur démarre même si la ConfigMap ou la clé n’existe pas (la variable est alors absente). Par défaut : `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.SecretKeySelector`, {
    name: {
      texte: 'Nom du Secret à lire, dans le même namespace que le Pod.',
      exemple: 'name: mysql-secret',
      erreur: 'Il doit correspondre exactement au `metadata.name` du Secret, qui doit exister avant le démarrage du Pod.',
    },
    key: {
      texte: 'Clé du Secret (une entrée de `data` ou `stringData`) ; le conteneur reçoit la valeur décodée.',
      exemple: 'key: password',
    },
    optional: {
      texte: 'Avec `true`, le conteneur démarre même si le Secret ou la clé n’existe pas. Par défaut : `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.ObjectFieldSelector`, {
    fieldPath: {
      texte: 'Champ du Pod à lire : `metadata.name`, `metadata.namespace`, `metadata.labels[\'app\']`, `spec.nodeName`, `status.podIP`…',
      exemple: 'fieldPath: status.podIP',
    },
  }),
  ...fieldsOf(`${CORE}.EnvFromSource`, {
    configMapRef: {
      texte: 'Importe toutes les clés de cette ConfigMap comme variables d’environnement.',
      exemple: 'configMapRef:\n  name: configuration-backend',
      erreur: 'Le nom doit correspondre au `metadata.name` d’une ConfigMap du même namespace, créée avant le Pod.',
    },
    secretRef: {
      texte: 'Importe toutes les clés de ce Secret comme variables d’environnement (valeurs décodées).',
      exemple: 'secretRef:\n  name: credentials-backend',
      erreur: 'Le Secret doit exister dans le même namespace avant le démarrage du Pod.',
    },
    prefix: {
      texte: 'Préfixe ajouté au nom de chaque variable importée (par exemple `DB_` : la clé `HOST` devient `DB_HOST`).',
      exemple: 'prefix: DB_',
    },
  }),
  ...fieldsOf(`${CORE}.ConfigMapEnvSource`, {
    name: {
      texte: 'Nom de la ConfigMap dont toutes les clés deviennent des variables d’environnement.',
      exemple: 'name: configuration-backend',
      erreur: 'Vérifiez qu’il correspond au `metadata.name` de la ConfigMap : dans le cours, `configuration-backend` et `configuration-application` ne correspondent pas.',
    },
    optional: {
      texte: 'Avec `true`, le conteneur démarre même si la ConfigMap n’existe pas. Par défaut : `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.SecretEnvSource`, {
    name: {
      texte: 'Nom du Secret dont toutes les clés deviennent des variables d’environnement.',
      exemple: 'name: credentials-backend',
      erreur: 'Le Secret doit exister dans le même namespace ; son nom doit correspondre exactement.',
    },
    optional: {
      texte: 'Avec `true`, le conteneur démarre même si le Secret n’existe pas. Par défaut : `false`.',
      exemple: 'optional: true',
    },
  }),
  ...fieldsOf(`${CORE}.ResourceRequirements`, {
    requests: {
      texte: 'Demandes (requests) : ce que le conteneur réserve. Le scheduler ne place le Pod que sur un nœud qui a encore cette quantité de CPU et de mémoire disponible.',
      exemple: 'requests:\n  cpu: 250m      # un quart de cœur\n  memory: 128Mi',
      erreur: 'Une demande plus grande que ce qu’offre un nœud laisse le Pod en `Pending` (`Insufficient cpu` / `Insufficient memory`). Une demande ne peut pas dépasser la limite.',
    },
    limits: {
      texte: 'Limites (limits) : le maximum que le conteneur peut utiliser. Au-delà, le CPU est ralenti (throttling) et un dépassement de mémoire tue le conteneur (`OOMKilled`).',
      exemple: 'limits:\n  cpu: 500m\n  memory: 256Mi',
      erreur: 'Unités : `Mi`/`Gi` pour la mémoire (`256Mi`, pas `256MB`), `m` ou un nombre pour le CPU (`500m` = `0.5`). Sans `requests`, les demandes prennent la valeur des limites.',
    },
  }),
  ...fieldsOf(`${CORE}.VolumeMount`, {
    name: {
      texte: 'Nom du volume à monter : un des volumes déclarés dans `spec.volumes` du Pod.',
      exemple: 'name: data',
      erreur: 'Il doit correspondre exactement au `name` d’un volume du Pod, sinon le Pod est refusé.',
    },
    mountPath: {
      texte: 'Dossier du conteneur où le volume apparaît.',
      exemple: 'mountPath: /usr/share/nginx/html',
      erreur: 'Le montage masque ce que l’image contenait déjà dans ce dossier. Pour déposer un seul fichier d’une ConfigMap ou d’un Secret sans masquer le dossier, utilisez `subPath`.',
    },
    subPath: {
      texte: 'Monte seulement un fichier ou un sous-dossier du volume au lieu de sa racine.',
      exemple: 'mountPath: /etc/nginx/nginx.conf\nsubPath: nginx.conf',
      erreur: 'Un fichier monté avec `subPath` n’est pas mis à jour quand la ConfigMap ou le Secret change : redémarrez le Pod.',
    },
    readOnly: {
      texte: 'Monte le volume en lecture seule dans ce conteneur. Par défaut : `false`.',
      exemple: 'readOnly: true',
    },
  }),
};
