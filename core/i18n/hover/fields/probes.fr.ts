// Curated French hovers: probes (sondes) and security contexts.
import { CORE, fieldsOf, type FieldDocs } from '../types';

export const probesFr: FieldDocs = {
  ...fieldsOf(`${CORE}.Probe`, {
    httpGet: {
      texte: 'La sonde envoie une requête HTTP GET au conteneur : réussie si le code de réponse est entre 200 et 399.',
      exemple: 'httpGet:\n  path: /healthz\n  port: 8080',
      erreur: 'Le port doit être celui qu’écoute l’application (numéro ou nom d’un port du conteneur) ; une redirection vers une page de connexion compte comme un succès.',
    },
    tcpSocket: {
      texte: 'La sonde tente d’ouvrir une connexion TCP sur le port : réussie si la connexion s’établit (utile pour Redis, une base de données…).',
      exemple: 'tcpSocket:\n  port: 6379',
    },
    exec: {
      texte: 'La sonde lance une commande dans le conteneur : réussie si la commande se termine avec le code 0.',
      exemple: 'exec:\n  command: ["redis-cli", "ping"]',
      erreur: 'La commande doit exister dans l’image (pas de `curl` dans une image minimale, par exemple).',
    },
    grpc: {
      texte: 'La sonde appelle le service de santé gRPC standard sur ce port.',
      exemple: 'grpc:\n  port: 9090',
    },
    initialDelaySeconds: {
      texte: 'Attente, en secondes, entre le démarrage du conteneur et la première sonde. Par défaut : 0.',
      exemple: 'initialDelaySeconds: 5',
      erreur: 'Trop court pour une sonde de vie, le conteneur est redémarré avant d’avoir fini de démarrer ; une `startupProbe` est plus robuste.',
    },
    periodSeconds: {
      texte: 'Intervalle, en secondes, entre deux sondes. Par défaut : 10.',
      exemple: 'periodSeconds: 10',
    },
    timeoutSeconds: {
      texte: 'Temps maximal d’attente d’une réponse, en secondes, avant de compter un échec. Par défaut : 1.',
      exemple: 'timeoutSeconds: 2',
    },
    failureThreshold: {
      texte: 'Nombre d’échecs consécutifs avant d’agir (redémarrer le conteneur ou le retirer des endpoints). Par défaut : 3.',
      exemple: 'failureThreshold: 3',
    },
    successThreshold: {
      texte: 'Nombre de succès consécutifs pour considérer la sonde réussie après un échec. Par défaut : 1 ; il doit valoir 1 pour les sondes de vie et de démarrage.',
      exemple: 'successThreshold: 1',
    },
    terminationGracePeriodSeconds: {
      texte: 'Délai laissé au conteneur pour s’arrêter proprement quand cette sonde échoue ; remplace celui du Pod. Seulement pour les sondes de vie et de démarrage (refusé dans une sonde de disponibilité).',
      exemple: 'terminationGracePeriodSeconds: 10',
    },
  }),
  ...fieldsOf(`${CORE}.HTTPGetAction`, {
    path: {
      texte: 'Chemin demandé par la sonde HTTP. Par défaut : `/`.',
      exemple: 'path: /healthz',
      erreur: 'Choisissez une page légère qui répond sans dépendre d’autres services.',
    },
    port: {
      texte: 'Port du conteneur à interroger : un numéro ou le nom d’un port déclaré dans `ports`.',
      exemple: 'port: 8080   # ou : port: http',
      erreur: 'Un nombre sans guillemets ; un nom doit exister dans les `ports` du conteneur.',
    },
    scheme: {
      texte: '`HTTP` (par défaut) ou `HTTPS` (le certificat n’est pas vérifié).',
      exemple: 'scheme: HTTPS',
    },
    httpHeaders: {
      texte: 'En-têtes HTTP à ajouter à la requête de la sonde.',
      exemple: 'httpHeaders:\n  - name: Host\n    value: example.com',
    },
  }),
  ...fieldsOf(`${CORE}.TCPSocketAction`, {
    port: {
      texte: 'Port du conteneur à tester : un numéro ou le nom d’un port déclaré dans `ports`.',
      exemple: 'port: 6379   # ou : port: redis',
    },
  }),
  ...fieldsOf(`${CORE}.ExecAction`, {
    command: {
      texte: 'Commande lancée dans le conteneur, sous forme de liste ; la sonde réussit si elle se termine avec le code 0. Ce n’est pas un shell : pour utiliser des pipes ou des variables, passez par `sh -c`.',
      exemple: 'command: ["sh", "-c", "pg_isready -U postgres"]',
    },
  }),
  ...fieldsOf(`${CORE}.SecurityContext`, {
    runAsUser: {
      texte: 'Identifiant (UID) de l’utilisateur qui lance le processus du conteneur.',
      exemple: 'runAsUser: 1000',
    },
    runAsNonRoot: {
      texte: 'Avec `true`, le kubelet refuse de démarrer le conteneur si son utilisateur est root (UID 0).',
      exemple: 'runAsNonRoot: true',
      erreur: 'Beaucoup d’images tournent en root par défaut (nginx…) : le conteneur reste alors en `CreateContainerConfigError` ; choisissez une image « unprivileged » ou précisez `runAsUser`.',
    },
    readOnlyRootFilesystem: {
      texte: 'Monte le système de fichiers de l’image en lecture seule ; l’application ne peut écrire que dans des volumes.',
      exemple: 'readOnlyRootFilesystem: true',
    },
    allowPrivilegeEscalation: {
      texte: 'Avec `false`, un processus ne peut pas obtenir plus de droits que son parent (par exemple via `sudo`).',
      exemple: 'allowPrivilegeEscalation: false',
    },
    privileged: {
      texte: 'Donne au conteneur presque tous les droits du nœud. À éviter ; refusé dans les namespaces soumis aux politiques de sécurité « baseline » ou « restricted ».',
      exemple: 'privileged: false',
    },
    capabilities: {
      texte: 'Capacités Linux à ajouter (`add`) ou à retirer (`drop`) au processus.',
      exemple: 'capabilities:\n  drop: ["ALL"]',
    },
  }),
  ...fieldsOf(`${CORE}.PodSecurityContext`, {
    runAsUser: {
      texte: 'UID de l’utilisateur pour tous les conteneurs du Pod (un conteneur peut le remplacer).',
      exemple: 'runAsUser: 1000',
    },
    runAsNonRoot: {
      texte: 'Avec `true`, aucun conteneur du Pod ne peut démarrer en root.',
      exemple: 'runAsNonRoot: true',
    },
    fsGroup: {
      texte: 'Groupe propriétaire des fichiers des volumes montés, pour que l’application puisse y écrire.',
      exemple: 'fsGroup: 2000',
    },
  }),
};
