// Hostile YAML, built from a few parameters: deep nesting (flow and block) and alias bombs (billion laughs, nested
// merge keys, chains of aliases). Shared by the fuzz inputs, the engine tests, the LSP and CLI tests and the bench.

const HEAD = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n`;

/** `a: [[[[…` (`n` unclosed brackets, or closed when `closed`), in a ConfigMap. */
export function deepFlow(n: number, closed = false, open = '['): string {
  const close = open === '[' ? ']' : '}';
  const opener = open === '[' ? '[' : '{a: ';
  return `${HEAD('deep')}  a: ${opener.repeat(n)}${closed ? close.repeat(n) : ''}\n`;
}

/** Block mappings nested `n` deep, one more space of indentation per level (`k:` / ` k:` / `  k:` …). */
export function deepBlockMaps(n: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: stairs', 'data:'];
  for (let i = 0; i < n; i++) lines.push(`${' '.repeat(i + 1)}k${i}:`);
  return `${lines.join('\n')} fin\n`;
}

/** Compact block sequences `- - - … x`, `n` levels on one line. */
export function deepBlockSeqs(n: number): string {
  return `${HEAD('seqs')}  a:\n    ${'- '.repeat(n)}x\n`;
}

/** Billion laughs: `levels` anchors, each a list of `width` aliases to the previous one. */
export function billionLaughs(levels = 9, width = 9): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: lol', 'x:', `  l0: &l0 [${Array(width).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`  l${i}: &l${i} [${Array(width).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

/** Nested merge keys: each level merges the previous one and holds `width` aliases to it. */
export function mergeBomb(levels = 10, width = 8): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: merges', 'x:', '  m0: &m0 {a: 1, b: 2, c: 3}'];
  for (let i = 1; i <= levels; i++) {
    lines.push(`  m${i}: &m${i}`, `    <<: *m${i - 1}`, `    k${i}: [${Array(width).fill(`*m${i - 1}`).join(', ')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** `n` anchors, each a list holding an alias to the previous one: nesting grows through aliases only. */
export function aliasChain(n: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: chain', 'x:', '  - &c0 [fin]'];
  for (let i = 1; i < n; i++) lines.push(`  - &c${i} [*c${i - 1}]`);
  return `${lines.join('\n')}\n`;
}

/** A Pod whose second container's probe merges the first one's (`<<: *probe`), as kubectl accepts it. */
export const MERGE_PROBE = `apiVersion: v1
kind: Pod
metadata:
  name: sondes
spec:
  containers:
    - name: web
      image: nginx:1.27
      resources: {limits: {memory: 128Mi}, requests: {cpu: 100m, memory: 128Mi}}
      livenessProbe: &probe
        httpGet:
          path: /
          port: 80
        periodSeconds: 5
    - name: api
      image: nginx:1.27
      resources: {limits: {memory: 128Mi}, requests: {cpu: 100m, memory: 128Mi}}
      livenessProbe:
        <<: *probe
        initialDelaySeconds: 3
`;

/** Every hostile input of the fuzz, at a size that stays cheap to analyse once bounded. */
export function hostileInputs(): string[] {
  return [
    deepFlow(20000), deepFlow(3000, true), deepFlow(2000, false, '{'), deepBlockMaps(600), deepBlockSeqs(5000),
    billionLaughs(), mergeBomb(), aliasChain(600), MERGE_PROBE,
  ];
}
