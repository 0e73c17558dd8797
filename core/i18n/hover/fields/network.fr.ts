// Curated French hovers: Services, Ingresses, NetworkPolicies.
import { CORE, NET, fieldsOf, type FieldDocs } from '../types';

export const networkFr: FieldDocs = {
  ...fieldsOf(`${CORE}.ServiceSpec`, {
    selector: {
      texte: 'Le cœur du Service : il envoie le trafic aux Pods qui portent **tous** ces labels. Les Pods sélectionnés forment ses endpoints.',
      exemple: 'selector:\n  app: web',
      erreur: 'Les labels doivent correspondre à ceux du template de Pod du Deployment (`spec.template.metadata.labels`), pas aux labels du Deployment lui-même. Sinon les endpoints sont vides et le Service ne répond pas.',
    },
    ports: {
      texte: 'Les ports exposés par le Service, et pour chacun le port cible (targetPort) dans les Pods.',
      exemple: 'ports:\n  - name: http\n    port: 80\n    targetPort: 8080',
      erreur: 'Avec plusieurs ports, chacun doit avoir un `name`.',
    },
    type: {
      texte: 'Comment le Service est exposé : `ClusterIP` (par défaut : adresse interne au cluster), `NodePort` (en plus de l’adresse interne, un port ouvert sur chaque nœud, entre 30000 et 32767), `LoadBalancer` (répartiteur de charge externe, fourni par le cloud) ou `ExternalName` (alias DNS).',
      exemple: 'type: ClusterIP',
      erreur: 'Attention aux majuscules : `clusterIP` est refusé. Sans fournisseur cloud (minikube, plateforme partagée), un `LoadBalancer` reste en `<pending>` : passez par un Ingress ou `kubectl port-forward`.',
    },
    clusterIP: {
      texte: 'Adresse IP interne du Service, attribuée automatiquement. `None` en fait un Service « headless » : le DNS renvoie directement les adresses des Pods (utilisé par les StatefulSets).',
      exemple: 'clusterIP: None',
      erreur: 'Ne recopiez pas l’adresse attribuée par le cluster dans votre manifeste : elle ne peut pas être modifiée ensuite.',
    },
    externalName: {
      texte: 'Avec `type: ExternalName`, le nom DNS du Service renvoie vers ce nom externe (un enregistrement CNAME).',
      exemple: 'externalName: db.example.com',
    },
    sessionAffinity: {
      texte: '`ClientIP` envoie toujours un même client vers le même Pod ; `None` (par défaut) répartit chaque connexion.',
      exemple: 'sessionAffinity: ClientIP',
    },
    externalTrafficPolicy: {
      texte: 'Pour `NodePort`/`LoadBalancer` : `Cluster` (par défaut, le trafic peut passer par un autre nœud) ou `Local` (seulement vers les Pods du nœud atteint, en gardant l’adresse du client).',
      exemple: 'externalTrafficPolicy: Local',
    },
    loadBalancerIP: {
      texte: 'Adresse demandée au répartiteur de charge (obsolète, dépend du fournisseur : préférez ses annotations).',
      exemple: 'loadBalancerIP: 203.0.113.10',
    },
  }),
  ...fieldsOf(`${CORE}.ServicePort`, {
    port: {
      texte: 'Port exposé par le Service : celui que les clients utilisent (`http://<service>:<port>`), et celui qu’un Ingress vise.',
      exemple: 'port: 80',
      erreur: 'Un nombre sans guillemets. Le backend d’un Ingress doit utiliser ce port-ci, pas le `targetPort`.',
    },
    targetPort: {
      texte: 'Port cible dans le conteneur, vers lequel le trafic est envoyé : un numéro ou le nom d’un port du conteneur. Par défaut : la même valeur que `port`.',
      exemple: 'targetPort: 8080   # ou : targetPort: http',
      erreur: 'Il doit correspondre au `containerPort` sur lequel l’application écoute. `"8080"` entre guillemets est lu comme un nom de port, pas comme un numéro, et refusé (un nom de port contient au moins une lettre).',
    },
    nodePort: {
      texte: 'Avec `type: NodePort` ou `LoadBalancer` : port ouvert sur chaque nœud (entre 30000 et 32767). Attribué automatiquement si vous l’omettez.',
      exemple: 'nodePort: 30080',
      erreur: 'Hors de la plage 30000–32767, ou déjà pris par un autre Service : refusé.',
    },
    protocol: {
      texte: 'Protocole : `TCP` (par défaut), `UDP` ou `SCTP`.',
      exemple: 'protocol: TCP',
    },
    name: {
      texte: 'Nom du port, obligatoire quand le Service en a plusieurs ; un Ingress peut viser le port par ce nom.',
      exemple: 'name: http',
    },
    appProtocol: { texte: 'Protocole applicatif indicatif (`http`, `https`, `kubernetes.io/h2c`…).', exemple: 'appProtocol: http' },
  }),
  ...fieldsOf(`${NET}.IngressSpec`, {
    rules: {
      texte: 'Règles de routage HTTP : pour chaque nom d’hôte, quels chemins envoient vers quel Service.',
      exemple: 'rules:\n  - host: mon-app.kub.sspcloud.fr\n    http:\n      paths:\n        - path: /\n          pathType: Prefix\n          backend:\n            service:\n              name: mon-service\n              port:\n                number: 80',
      erreur: 'Un Ingress ne fait rien sans contrôleur d’Ingress installé dans le cluster (par exemple ingress-nginx).',
    },
    tls: {
      texte: 'Active HTTPS pour ces hôtes avec le certificat d’un Secret de type `kubernetes.io/tls`.',
      exemple: 'tls:\n  - hosts:\n      - mon-app.example.com\n    secretName: mon-app-tls',
      erreur: '`rules` est au même niveau que `tls`, pas à l’intérieur.',
    },
    ingressClassName: {
      texte: 'Quel contrôleur d’Ingress doit traiter cet Ingress (nom d’une IngressClass, par exemple `nginx`).',
      exemple: 'ingressClassName: nginx',
      erreur: 'Remplace l’annotation dépréciée `kubernetes.io/ingress.class`. Sans lui, seule la classe par défaut du cluster (s’il y en a une) le prend en charge.',
    },
    defaultBackend: {
      texte: 'Service qui reçoit les requêtes qui ne correspondent à aucune règle.',
      exemple: 'defaultBackend:\n  service:\n    name: page-404\n    port:\n      number: 80',
    },
  }),
  ...fieldsOf(`${NET}.IngressRule`, {
    host: {
      texte: 'Nom de domaine concerné par la règle (sans `http://` ni port). Sans `host`, la règle s’applique à toutes les requêtes.',
      exemple: 'host: mon-application.kub.sspcloud.fr',
      erreur: 'Sur une plateforme partagée, le nom doit être unique et dans le domaine prévu (par exemple `*.kub.sspcloud.fr`) ; s’il est déjà pris, choisissez-en un autre.',
    },
    http: {
      texte: 'Les chemins HTTP de cet hôte et leurs backends.',
      exemple: 'http:\n  paths:\n    - path: /\n      pathType: Prefix\n      backend: {...}',
    },
  }),
  ...fieldsOf(`${NET}.HTTPIngressRuleValue`, {
    paths: {
      texte: 'Liste des chemins : chaque chemin envoie les requêtes qui lui correspondent vers un Service.',
      exemple: 'paths:\n  - path: /api\n    pathType: Prefix\n    backend:\n      service:\n        name: api\n        port:\n          number: 8000',
    },
  }),
  ...fieldsOf(`${NET}.HTTPIngressPath`, {
    path: {
      texte: 'Chemin de l’URL à router ; il commence par `/`.',
      exemple: 'path: /',
      erreur: 'Il doit commencer par `/`. Avec `pathType: Prefix`, `/` attrape toutes les requêtes.',
    },
    pathType: {
      texte: 'Comment comparer le chemin : `Prefix` (par segments : `/api` correspond à `/api` et `/api/users`), `Exact` (chemin identique) ou `ImplementationSpecific` (selon le contrôleur). Obligatoire.',
      exemple: 'pathType: Prefix',
      erreur: 'Obligatoire en `networking.k8s.io/v1`, et avec une majuscule : `prefix` est refusé.',
    },
    backend: {
      texte: 'Où envoyer les requêtes de ce chemin : un Service et l’un de ses ports.',
      exemple: 'backend:\n  service:\n    name: mon-service\n    port:\n      number: 80',
      erreur: 'En `networking.k8s.io/v1`, c’est `service.name` et `service.port.number` ; `serviceName`/`servicePort` est l’ancienne syntaxe.',
    },
  }),
  ...fieldsOf(`${NET}.IngressBackend`, {
    service: {
      texte: 'Le Service qui reçoit les requêtes : son nom et l’un de ses ports.',
      exemple: 'service:\n  name: mon-service\n  port:\n    number: 80',
    },
    resource: { texte: 'Backend vers une autre ressource (rare) au lieu d’un Service.', exemple: 'resource:\n  apiGroup: …\n  kind: …\n  name: …' },
  }),
  ...fieldsOf(`${NET}.IngressServiceBackend`, {
    name: {
      texte: 'Nom du Service visé, dans le même namespace que l’Ingress.',
      exemple: 'name: mon-service',
      erreur: 'Il doit correspondre au `metadata.name` d’un Service existant, sinon le contrôleur répond 503.',
    },
    port: {
      texte: 'Port du Service visé : son numéro (`number`) ou son nom (`name`).',
      exemple: 'port:\n  number: 80',
      erreur: 'C’est le `port` du Service, pas le `targetPort` des Pods.',
    },
  }),
  ...fieldsOf(`${NET}.ServiceBackendPort`, {
    number: {
      texte: 'Numéro du port du Service (son champ `port`).',
      exemple: 'number: 80',
      erreur: 'Il doit correspondre à un `port` déclaré dans le Service (pas au `targetPort`).',
    },
    name: { texte: 'Nom d’un port du Service (son champ `name`), à la place du numéro.', exemple: 'name: http' },
  }),
  ...fieldsOf(`${NET}.IngressTLS`, {
    hosts: { texte: 'Les noms d’hôte couverts par ce certificat.', exemple: 'hosts:\n  - mon-app.example.com' },
    secretName: {
      texte: 'Secret de type `kubernetes.io/tls` (clés `tls.crt` et `tls.key`) qui contient le certificat, dans le namespace de l’Ingress.',
      exemple: 'secretName: mon-app-tls',
    },
  }),
  ...fieldsOf(`${NET}.NetworkPolicySpec`, {
    podSelector: {
      texte: 'Les Pods concernés par cette politique (`{}` : tous les Pods du namespace).',
      exemple: 'podSelector:\n  matchLabels:\n    app: redis',
      erreur: 'Une NetworkPolicy n’a d’effet que si le plugin réseau du cluster les applique (Calico, Cilium…).',
    },
    policyTypes: {
      texte: '`Ingress` (trafic entrant), `Egress` (trafic sortant) ou les deux. Dès qu’un type est listé, tout ce qui n’est pas autorisé dans ce sens est bloqué.',
      exemple: 'policyTypes: ["Ingress"]',
    },
    ingress: {
      texte: 'Sources autorisées pour le trafic entrant (Pods, namespaces, plages d’adresses) et ports ouverts.',
      exemple: 'ingress:\n  - from:\n      - podSelector:\n          matchLabels:\n            app: web\n    ports:\n      - port: 6379',
    },
    egress: {
      texte: 'Destinations autorisées pour le trafic sortant.',
      exemple: 'egress:\n  - to:\n      - podSelector:\n          matchLabels:\n            app: redis',
      erreur: 'En bloquant le trafic sortant, pensez à autoriser le DNS (port 53), sinon plus aucun nom ne se résout.',
    },
  }),
};
