// Generates the benchmark corpora: one file of 3,000 resources (~1 MB) and a 300-file workspace. Deterministic.
// Realistic manifests: Deployments + Services + ConfigMaps with labels, ports, probes, env; a few mistakes.

export function resourceTriplet(i, ns = 'default') {
  const app = `app-${i}`;
  const mistake = i % 50 === 7; // ~2% of the Services target a wrong port
  return [`apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}
  namespace: ${ns}
  labels:
    app: ${app}
    tier: backend
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ${app}
  template:
    metadata:
      labels:
        app: ${app}
        tier: backend
    spec:
      containers:
        - name: server
          image: registry.example.com/team/${app}:1.${i % 10}.0
          ports:
            - containerPort: 8080
              name: http
          env:
            - name: LOG_LEVEL
              value: "info"
            - name: DB_HOST
              value: "db-${i % 20}"
          envFrom:
            - configMapRef:
                name: ${app}-config
          readinessProbe:
            httpGet:
              path: /ready
              port: http
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8080
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {memory: 256Mi}
`, `apiVersion: v1
kind: Service
metadata:
  name: ${app}
  namespace: ${ns}
spec:
  selector:
    app: ${app}
  ports:
    - name: http
      port: 80
      targetPort: ${mistake ? 9090 : 8080}
`, `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${app}-config
  namespace: ${ns}
data:
  FEATURE_FLAGS: "a,b,c"
  TIMEOUT: "30s"
`];
}

/** One multi-document file with `count` resources (count/3 triplets). */
export function bigFile(count = 3000) {
  const docs = [];
  for (let i = 0; docs.length < count; i++) docs.push(...resourceTriplet(i));
  return docs.slice(0, count).join('---\n');
}

/** `files` files (each one triplet, some multi-document, some single). */
export function workspaceFiles(files = 300) {
  const out = [];
  for (let i = 0; i < files; i++) out.push({ name: `app-${String(i).padStart(3, '0')}.yaml`, text: resourceTriplet(i, `team-${i % 5}`).join('---\n') });
  return out;
}
