// `key:` left empty and followed, at the same level, by keys that belong under it: an indentation slip
// that silently changes the structure (`- configMapRef:` then `name:` aligned with it).
import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { rangeOf } from '../index/ranges';
import type { ManifestDoc } from '../index/types';
import type { TextEdit } from '../model';
import { columnOf } from './helpers';
import type { DocRule, DocRuleContext } from './rule';

const CHILDREN: Record<string, string[]> = {
  configMapRef: ['name', 'optional'], secretRef: ['name', 'optional'],
  configMapKeyRef: ['name', 'key', 'optional'], secretKeyRef: ['name', 'key', 'optional'],
  valueFrom: ['configMapKeyRef', 'secretKeyRef', 'fieldRef', 'resourceFieldRef'],
  metadata: ['name', 'namespace', 'labels', 'annotations', 'generateName'],
  template: ['metadata', 'spec'],
  selector: ['matchLabels', 'matchExpressions'],
  hostPath: ['path'],
  configMap: ['items', 'defaultMode'], secret: ['secretName', 'items', 'defaultMode'], persistentVolumeClaim: ['claimName'],
  resources: ['limits', 'requests'], limits: ['cpu', 'memory', 'ephemeral-storage'], requests: ['cpu', 'memory', 'ephemeral-storage'],
  httpGet: ['path', 'port', 'scheme', 'httpHeaders'], tcpSocket: ['port'], exec: ['command'], grpc: ['port'],
  livenessProbe: ['httpGet', 'tcpSocket', 'exec', 'grpc', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'],
  readinessProbe: ['httpGet', 'tcpSocket', 'exec', 'grpc', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'],
  startupProbe: ['httpGet', 'tcpSocket', 'exec', 'grpc', 'initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'],
  backend: ['service', 'serviceName', 'servicePort'], service: ['port'], port: ['number'],
  http: ['paths'], roleRef: ['apiGroup'], strategy: ['rollingUpdate'], rollingUpdate: ['maxSurge', 'maxUnavailable'],
  target: ['kind', 'group', 'version', 'labelSelector', 'annotationSelector'],
  spec: ['replicas', 'selector', 'template', 'containers', 'initContainers', 'volumes', 'ports', 'rules', 'tls', 'schedule',
    'jobTemplate', 'volumeClaimTemplates', 'serviceName', 'accessModes', 'storageClassName', 'restartPolicy', 'backoffLimit',
    'clusterIP', 'ingressClassName', 'defaultBackend'],
};
// Fields that are also normal next to the key (a volume's `name` next to `configMap`) are kept out of CHILDREN.

function isEmptyValue(doc: ManifestDoc, pair: Pair<unknown, unknown>): boolean {
  const v = pair.value;
  if (v !== null && !(isScalar(v) && v.value === null)) return false;
  const keyEnd = rangeOf(doc, pair.key).end - doc.base;
  const nl = doc.text.indexOf('\n', keyEnd);
  const rest = doc.text.slice(keyEnd, nl < 0 ? doc.text.length : nl);
  return /^\s*:\s*(#.*)?$/.test(rest);
}

function visit(ctx: DocRuleContext, doc: ManifestDoc, node: unknown, budget: { n: number }): void {
  if (--budget.n < 0) return;
  if (isSeq(node)) { for (const it of node.items) visit(ctx, doc, it, budget); return; }
  if (!isMap(node)) return;
  const pairs = node.items as Array<Pair<Node, Node | null>>;
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i];
    if (!isPair(p)) continue;
    // Most values are not empty: that test comes before the key lookup.
    const v = p.value;
    const empty = v === null || (isScalar(v) && v.value === null);
    const key = empty && isScalar(p.key) ? String(p.key.value) : '';
    const children = empty && Object.hasOwn(CHILDREN, key) ? CHILDREN[key] : undefined;
    if (children && isEmptyValue(doc, p)) {
      const misplaced = pairs.slice(i + 1).filter((s) => isPair(s) && isScalar(s.key) && children.includes(String(s.key.value)));
      if (misplaced.length) {
        const edits: TextEdit[] = [];
        for (const s of misplaced) {
          const r = rangeOf(doc, s.key);
          const end = s.value && (s.value as { range?: unknown }).range ? rangeOf(doc, s.value).end : r.end;
          // Indent every line of the misplaced pair by two spaces.
          let lineStart = r.start - columnOf(doc, r.start);
          while (lineStart < end) {
            edits.push({ uri: doc.uri, range: { start: lineStart, end: lineStart }, newText: '  ' });
            const nl = doc.text.indexOf('\n', lineStart - doc.base);
            if (nl < 0) break;
            lineStart = doc.base + nl + 1;
          }
        }
        ctx.report({
          code: 'KA045', range: rangeOf(doc, p.key),
          args: { key, child: String((misplaced[0].key as { value: unknown }).value) },
          fixes: edits.length ? [{ titleKey: 'fix.KA045', args: { key }, edits }] : undefined,
        });
      }
    }
    visit(ctx, doc, p.value, budget);
  }
}

export const emptyKeyIndentation: DocRule = {
  id: 'empty-key-indentation',
  codes: ['KA045'],
  scope: 'document',
  check(ctx) {
    if (ctx.file.kind !== 'manifest' && ctx.file.kind !== 'kustomization') return;
    if (ctx.doc.broken) return;
    if (ctx.file.kind === 'manifest' && ctx.resources.every((r) => !r.isKubernetes)) return;
    visit(ctx, ctx.doc, ctx.doc.yaml.contents, { n: 100000 });
  },
};
