import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findLabDirs, loadLab, parseLabYaml } from '../../../core/labs/format/loadLab';

const MINIMAL = `id: l99-essai
titre: Un lab d'essai
niveau: débutant
durée: 10
environnements: [local]
étapes:
  - id: ecrire
    titre: Écrire le Pod
    texte: 01-ecrire.md
    vérifications:
      - type: manifeste.existe
        ressource: Pod/redis
        échec: Aucun Pod « redis » dans vos manifestes.
`;

describe('labs: lab.yaml format', () => {
  it('accepts a minimal lab', () => {
    const r = parseLabYaml(MINIMAL);
    assert.deepEqual(r.problems, []);
    assert.equal(r.def?.steps[0].checks[0].type, 'manifeste.existe');
  });

  it('reports a missing required key with its French name', () => {
    const r = parseLabYaml(MINIMAL.replace('durée: 10\n', ''));
    assert.equal(r.def, undefined);
    assert.ok(r.problems.some((p) => p.message.includes('le champ obligatoire `durée` manque')), JSON.stringify(r.problems));
  });

  it('suggests the accented key for an unaccented one, with its line', () => {
    const r = parseLabYaml(MINIMAL.replace('étapes:', 'etapes:'));
    const p = r.problems.find((x) => x.path === 'etapes');
    assert.ok(p, JSON.stringify(r.problems));
    assert.match(p.message, /vouliez-vous dire `étapes`/);
    assert.equal(p.line, 6);
  });

  it('requires the French échec message on every check', () => {
    const r = parseLabYaml(MINIMAL.replace('        échec: Aucun Pod « redis » dans vos manifestes.\n', ''));
    const p = r.problems.find((x) => x.path === 'étapes[0].vérifications[0]');
    assert.ok(p && p.message.includes('`échec`'), JSON.stringify(r.problems));
  });

  it('rejects an unknown check type and lists the known ones', () => {
    const r = parseLabYaml(MINIMAL.replace('type: manifeste.existe', 'type: manifeste.magique'));
    assert.ok(r.problems.some((p) => p.path === 'étapes[0].vérifications[0].type' && p.message.includes('manifeste.champ')));
  });

  it('checks the keys of each check kind (unknown key, missing key)', () => {
    const r = parseLabYaml(MINIMAL.replace('ressource: Pod/redis', 'resource: Pod/redis'));
    const msgs = r.problems.map((p) => p.message).join('\n');
    assert.match(msgs, /`resource` n’est pas un champ prévu à `étapes\[0\]\.vérifications\[0\]`\s: vouliez-vous dire `ressource`\s\?/);
    assert.match(msgs, /le champ obligatoire `ressource` manque/);
  });

  it('validates résoudre actions', () => {
    const good = MINIMAL + '    résoudre:\n      - solution\n      - appliquer: [k8s/redis.yaml]\n      - échelle: { deployment: web, réplicas: 2 }\n';
    assert.deepEqual(parseLabYaml(good).problems, []);
    const bad = MINIMAL + '    résoudre:\n      - échelle: { deployment: web }\n      - lancer: "rm -rf /"\n';
    const msgs = parseLabYaml(bad).problems.map((p) => `${p.path}: ${p.message}`).join('\n');
    assert.match(msgs, /résoudre\[0\]\.échelle: le champ obligatoire `réplicas` manque/);
    assert.match(msgs, /résoudre\[1\]: `étapes\[0\]\.résoudre\[1\]` ne correspond à aucune des formes prévues \(`"solution"`, `"appliquer"`/);
  });

  it('reports broken YAML with a line number instead of throwing', () => {
    const r = parseLabYaml('id: x\ntitre: "pas fermé\nniveau: débutant\n');
    assert.equal(r.def, undefined);
    assert.ok(r.problems[0].message.startsWith('YAML illisible'));
    assert.ok(r.problems[0].line !== undefined);
  });

  it('refuses a binary or huge lab.yaml with a French message (English on request)', () => {
    assert.equal(parseLabYaml('id: \u0000\u0001').problems[0].message, 'lab.yaml n’est pas un fichier texte.');
    assert.match(parseLabYaml('a'.repeat(600 * 1024)).problems[0].message, /trop volumineux \(600 Ko/);
    assert.equal(parseLabYaml('id: \u0000\u0001', 'en').problems[0].message, 'lab.yaml is not a text file.');
    assert.match(parseLabYaml('a'.repeat(600 * 1024), 'en').problems[0].message, /too large \(600 KB/);
  });

  it('rejects paths that leave the working folder', () => {
    const r = parseLabYaml(MINIMAL + '    fichiers: [../../etc/passwd]\n');
    assert.ok(r.problems.some((p) => p.path === 'étapes[0].fichiers[0]'), JSON.stringify(r.problems));
  });

  it('suggests the key meant for a key without accents or with a small typo (same validator as KA160)', () => {
    const msgs = (yaml: string): string => parseLabYaml(yaml).problems.map((p) => p.message).join('\n');
    assert.match(msgs(MINIMAL.replace('        échec:', '        echec:')), /`echec` n’est pas un champ prévu .* vouliez-vous dire `échec`/);
    assert.match(msgs(MINIMAL.replace('    vérifications:', '    verifications:')), /vouliez-vous dire `vérifications`/);
    assert.doesNotMatch(msgs(MINIMAL.replace('        échec:', '        zzzzzz:')), /vouliez-vous dire/);
  });

  it('loads a lab folder: Markdown, start files, solution files; finds lab folders', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lab-'));
    const lab = path.join(dir, 'cours', 'l99');
    fs.mkdirSync(path.join(lab, 'depart', 'k8s'), { recursive: true });
    fs.mkdirSync(path.join(lab, 'solution', 'ecrire', 'k8s'), { recursive: true });
    fs.writeFileSync(path.join(lab, 'lab.yaml'), MINIMAL);
    fs.writeFileSync(path.join(lab, '01-ecrire.md'), '# Écrire\n');
    fs.writeFileSync(path.join(lab, 'depart', 'k8s', 'redis.yaml'), 'kind: Pod\n');
    fs.writeFileSync(path.join(lab, 'solution', 'ecrire', 'k8s', 'redis.yaml'), 'kind: Pod\n');
    // Dot files are skipped, except .gitignore and the forges' CI pipelines (.github/, .gitlab-ci.yml).
    fs.mkdirSync(path.join(lab, 'depart', '.github', 'workflows'), { recursive: true });
    fs.mkdirSync(path.join(lab, 'depart', '.vscode'), { recursive: true });
    for (const f of ['.github/workflows/ci.yml', '.gitlab-ci.yml', '.gitignore', '.vscode/settings.json', '.env']) fs.writeFileSync(path.join(lab, 'depart', f), 'x\n');
    const r = loadLab(lab, 'espace');
    assert.deepEqual(r.problems, []);
    assert.equal(r.lab?.markdown.ecrire, '# Écrire\n');
    assert.deepEqual(r.lab?.startFiles, ['.github/workflows/ci.yml', '.gitignore', '.gitlab-ci.yml', 'k8s/redis.yaml']);
    assert.deepEqual(r.lab?.solutionFiles.ecrire, ['k8s/redis.yaml']);
    assert.deepEqual(findLabDirs(dir), [lab]);
    fs.rmSync(path.join(lab, '01-ecrire.md'));
    assert.equal(loadLab(lab, 'espace').problems[0].message, 'étape «\u00a0ecrire\u00a0»\u00a0: le fichier de consigne «\u00a001-ecrire.md\u00a0» est introuvable.');
    assert.equal(loadLab(lab, 'espace', 'en').problems[0].message, 'step "ecrire": the instructions file "01-ecrire.md" cannot be found.');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('never throws on a missing folder', () => {
    const r = loadLab('/nonexistent/lab', 'espace');
    assert.equal(r.lab, undefined);
    assert.match(r.problems[0].message, /lab.yaml est illisible \(ENOENT\)/);
  });
});
