// A workspace of inputs that must not hang nor crash the renderer, the language server or the CLI: a template with an
// endless `range`, a chart whose template includes itself, a chart with a 5 MB values.yaml, and Kustomize overlays
// with a symbolic link loop (`loop → loop2 → loop`) and a link back to their own folder (`self → .`).
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

export const ENDLESS_RANGE = '{{- range until 100000 }}{{- range until 100000 }}{{- end }}{{- end }}\n';
export const SELF_INCLUDE = '{{- define "monsterchart.self" -}}\n{{ include "monsterchart.self" . }}\n{{- end -}}\n';

/** 5 MB of values under `padding:` after the chart's own values (a not-base64 password kept to prove the render ran). */
export function bigValues(original: string): string {
  const lines: string[] = [original.replace('bW9uc3Rlcg==', 'monster!'), 'padding:'];
  let size = 0;
  for (let i = 0; size < 5.2 * 1024 * 1024; i++) {
    const l = `  key${i}: "une valeur de remplissage numéro ${i}, pour un fichier de valeurs de 5 Mo"`;
    lines.push(l);
    size += l.length + 1;
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the bad inputs under `root`: charts loop/, self/, big/ and overlays k8s/symlink/, k8s/self/. */
export function writeBadInputs(root: string): void {
  for (const name of ['loop', 'self', 'big']) cpSync(path.join(FIXTURES, 'helm', 'monsterchart'), path.join(root, name), { recursive: true });
  writeFileSync(path.join(root, 'loop/templates/loop.yaml'), ENDLESS_RANGE);
  writeFileSync(path.join(root, 'self/templates/_self.tpl'), SELF_INCLUDE);
  const cfg = path.join(root, 'self/templates/frontend-config.yaml');
  writeFileSync(cfg, readFileSync(cfg, 'utf8').replace('CONTEXT: PROD', 'CONTEXT: {{ include "monsterchart.self" . }}'));
  const values = path.join(root, 'big/values.yaml');
  writeFileSync(values, bigValues(readFileSync(values, 'utf8')));
  cpSync(path.join(FIXTURES, 'kustomize', 'k8s', 'base'), path.join(root, 'k8s/base'), { recursive: true });
  cpSync(path.join(FIXTURES, 'kustomize', 'k8s', 'dev'), path.join(root, 'k8s/symlink'), { recursive: true });
  cpSync(path.join(FIXTURES, 'kustomize', 'k8s', 'dev'), path.join(root, 'k8s/self'), { recursive: true });
  for (const [dir, entry] of [['symlink', 'loop'], ['self', 'self']]) {
    const k = path.join(root, 'k8s', dir, 'kustomization.yaml');
    writeFileSync(k, readFileSync(k, 'utf8').replace('- ../base\n', `- ../base\n- ${entry}\n`));
  }
  symlinkSync('loop2', path.join(root, 'k8s/symlink/loop'));
  symlinkSync('loop', path.join(root, 'k8s/symlink/loop2'));
  symlinkSync('.', path.join(root, 'k8s/self/self'));
}
