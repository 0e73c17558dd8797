// Curated English hovers: Services, Ingresses, NetworkPolicies (pair of network.fr.ts).
import { CORE, NET, fieldsOf, type FieldDocs } from '../types';

export const networkEn: FieldDocs = {
  ...fieldsOf(`${CORE}.ServiceSpec`, {
    selector: {
      texte: 'The heart of the Service: it sends traffic to the Pods that carry **all** these labels. The selected Pods form its endpoints.',
      exemple: 'selector:\n  app: web',
      erreur: 'The labels must match those of the Deployment’s pod template (`spec.template.metadata.labels`), not the labels of the Deployment itself. Otherwise the endpoints are empty and the Service does not answer.',
    },
    ports: {
      texte: 'The ports exposed by the Service, and for each one the target port (targetPort) in the Pods.',
      exemple: 'ports:\n  - name: http\n    port: 80\n    targetPort: 8080',
      erreur: 'With several ports, each one must have a `name`.',
    },
    type: {
      texte: 'How the Service is exposed: `ClusterIP` (the default: an address internal to the cluster), `NodePort` (on top of the internal address, a port opened on every node, between 30000 and 32767), `LoadBalancer` (an external load balancer, provided by the cloud) or `ExternalName` (a DNS alias).',
      exemple: 'type: ClusterIP',
      erreur: 'Mind the capitals: `clusterIP` is rejected. Without a cloud provider (minikube, shared platform), a `LoadBalancer` stays `<pending>`: go through an Ingress or `kubectl port-forward`.',
    },
    clusterIP: {
      texte: 'Internal IP address of the Service, assigned automatically. `None` makes it a “headless” Service: DNS returns the Pods’ addresses directly (used by StatefulSets).',
      exemple: 'clusterIP: None',
      erreur: 'Do not copy the address assigned by the cluster into your manifest: it cannot be changed afterwards.',
    },
    externalName: {
      texte: 'With `type: ExternalName`, the Service’s DNS name points to this external name (a CNAME record).',
      exemple: 'externalName: db.example.com',
    },
    sessionAffinity: {
      texte: '`ClientIP` always sends a given client to the same Pod; `None` (the default) spreads every connection.',
      exemple: 'sessionAffinity: ClientIP',
    },
    externalTrafficPolicy: {
      texte: 'For `NodePort`/`LoadBalancer`: `Cluster` (the default, traffic may hop through another node) or `Local` (only to the Pods of the node reached, keeping the client’s address).',
      exemple: 'externalTrafficPolicy: Local',
    },
    loadBalancerIP: {
      texte: 'Address requested from the load balancer (deprecated, provider-dependent: prefer the provider’s annotations).',
      exemple: 'loadBalancerIP: 203.0.113.10',
    },
  }),
  ...fieldsOf(`${CORE}.ServicePort`, {
    port: {
      texte: 'Port exposed by the Service: the one clients use (`http://<service>:<port>`), and the one an Ingress targets.',
      exemple: 'port: 80',
      erreur: 'A number without quotes. An Ingress backend must use this port, not the `targetPort`.',
    },
    targetPort: {
      texte: 'Target port in the container, where the traffic is sent: a number or the name of a container port. Default: the same value as `port`.',
      exemple: 'targetPort: 8080   # or: targetPort: http',
      erreur: 'It must match the `containerPort` the application listens on. `"8080"` in quotes is read as a port name, not a number, and rejected (a port name contains at least one letter).',
    },
    nodePort: {
      texte: 'With `type: NodePort` or `LoadBalancer`: port opened on every node (between 30000 and 32767). Assigned automatically if you leave it out.',
      exemple: 'nodePort: 30080',
      erreur: 'Outside the 30000–32767 range, or already taken by another Service: rejected.',
    },
    protocol: {
      texte: 'Protocol: `TCP` (the default), `UDP` or `SCTP`.',
      exemple: 'protocol: TCP',
    },
    name: {
      texte: 'Name of the port, required when the Service has several; an Ingress can target the port by this name.',
      exemple: 'name: http',
    },
    appProtocol: { texte: 'Application protocol, as a hint (`http`, `https`, `kubernetes.io/h2c`…).', exemple: 'appProtocol: http' },
  }),
  ...fieldsOf(`${NET}.IngressSpec`, {
    rules: {
      texte: 'HTTP routing rules: for each host name, which paths go to which Service.',
      exemple: 'rules:\n  - host: my-app.kub.sspcloud.fr\n    http:\n      paths:\n        - path: /\n          pathType: Prefix\n          backend:\n            service:\n              name: my-service\n              port:\n                number: 80',
      erreur: 'An Ingress does nothing without an Ingress controller installed in the cluster (for example ingress-nginx).',
    },
    tls: {
      texte: 'Enables HTTPS for these hosts with the certificate of a Secret of type `kubernetes.io/tls`.',
      exemple: 'tls:\n  - hosts:\n      - my-app.example.com\n    secretName: my-app-tls',
      erreur: '`rules` sits at the same level as `tls`, not inside it.',
    },
    ingressClassName: {
      texte: 'Which Ingress controller should handle this Ingress (name of an IngressClass, for example `nginx`).',
      exemple: 'ingressClassName: nginx',
      erreur: 'Replaces the deprecated `kubernetes.io/ingress.class` annotation. Without it, only the cluster’s default class (if there is one) picks it up.',
    },
    defaultBackend: {
      texte: 'Service that receives the requests matching no rule.',
      exemple: 'defaultBackend:\n  service:\n    name: page-404\n    port:\n      number: 80',
    },
  }),
  ...fieldsOf(`${NET}.IngressRule`, {
    host: {
      texte: 'Domain name the rule applies to (without `http://` or a port). Without `host`, the rule applies to every request.',
      exemple: 'host: my-app.kub.sspcloud.fr',
      erreur: 'On a shared platform, the name must be unique and within the expected domain (for example `*.kub.sspcloud.fr`); if it is already taken, pick another one.',
    },
    http: {
      texte: 'The HTTP paths of this host and their backends.',
      exemple: 'http:\n  paths:\n    - path: /\n      pathType: Prefix\n      backend: {...}',
    },
  }),
  ...fieldsOf(`${NET}.HTTPIngressRuleValue`, {
    paths: {
      texte: 'List of paths: each path sends the requests that match it to a Service.',
      exemple: 'paths:\n  - path: /api\n    pathType: Prefix\n    backend:\n      service:\n        name: api\n        port:\n          number: 8000',
    },
  }),
  ...fieldsOf(`${NET}.HTTPIngressPath`, {
    path: {
      texte: 'URL path to route; it starts with `/`.',
      exemple: 'path: /',
      erreur: 'It must start with `/`. With `pathType: Prefix`, `/` catches every request.',
    },
    pathType: {
      texte: 'How to compare the path: `Prefix` (by segments: `/api` matches `/api` and `/api/users`), `Exact` (identical path) or `ImplementationSpecific` (up to the controller). Required.',
      exemple: 'pathType: Prefix',
      erreur: 'Required in `networking.k8s.io/v1`, and capitalised: `prefix` is rejected.',
    },
    backend: {
      texte: 'Where to send the requests of this path: a Service and one of its ports.',
      exemple: 'backend:\n  service:\n    name: my-service\n    port:\n      number: 80',
      erreur: 'In `networking.k8s.io/v1`, it is `service.name` and `service.port.number`; `serviceName`/`servicePort` is the old syntax.',
    },
  }),
  ...fieldsOf(`${NET}.IngressBackend`, {
    service: {
      texte: 'The Service that receives the requests: its name and one of its ports.',
      exemple: 'service:\n  name: my-service\n  port:\n    number: 80',
    },
    resource: { texte: 'Backend pointing to another resource (rare) instead of a Service.', exemple: 'resource:\n  apiGroup: …\n  kind: …\n  name: …' },
  }),
  ...fieldsOf(`${NET}.IngressServiceBackend`, {
    name: {
      texte: 'Name of the target Service, in the same namespace as the Ingress.',
      exemple: 'name: my-service',
      erreur: 'It must match the `metadata.name` of an existing Service, otherwise the controller answers 503.',
    },
    port: {
      texte: 'Port of the target Service: its number (`number`) or its name (`name`).',
      exemple: 'port:\n  number: 80',
      erreur: 'It is the Service’s `port`, not the Pods’ `targetPort`.',
    },
  }),
  ...fieldsOf(`${NET}.ServiceBackendPort`, {
    number: {
      texte: 'Number of the Service’s port (its `port` field).',
      exemple: 'number: 80',
      erreur: 'It must match a `port` declared in the Service (not the `targetPort`).',
    },
    name: { texte: 'Name of a port of the Service (its `name` field), instead of the number.', exemple: 'name: http' },
  }),
  ...fieldsOf(`${NET}.IngressTLS`, {
    hosts: { texte: 'The host names covered by this certificate.', exemple: 'hosts:\n  - my-app.example.com' },
    secretName: {
      texte: 'Secret of type `kubernetes.io/tls` (keys `tls.crt` and `tls.key`) holding the certificate, in the Ingress’s namespace.',
      exemple: 'secretName: my-app-tls',
    },
  }),
  ...fieldsOf(`${NET}.NetworkPolicySpec`, {
    podSelector: {
      texte: 'The Pods this policy applies to (`{}`: every Pod of the namespace).',
      exemple: 'podSelector:\n  matchLabels:\n    app: redis',
      erreur: 'A NetworkPolicy only has an effect if the cluster’s network plugin enforces it (Calico, Cilium…).',
    },
    policyTypes: {
      texte: '`Ingress` (incoming traffic), `Egress` (outgoing traffic) or both. As soon as a type is listed, everything not allowed in that direction is blocked.',
      exemple: 'policyTypes: ["Ingress"]',
    },
    ingress: {
      texte: 'Sources allowed for incoming traffic (Pods, namespaces, address ranges) and open ports.',
      exemple: 'ingress:\n  - from:\n      - podSelector:\n          matchLabels:\n            app: web\n    ports:\n      - port: 6379',
    },
    egress: {
      texte: 'Destinations allowed for outgoing traffic.',
      exemple: 'egress:\n  - to:\n      - podSelector:\n          matchLabels:\n            app: redis',
      erreur: 'When you block outgoing traffic, remember to allow DNS (port 53), otherwise no name resolves any more.',
    },
  }),
};
