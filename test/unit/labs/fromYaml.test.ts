// lab.yaml's French keys → the English types (core/labs/format/fromYaml.ts): every key the schema knows is
// mapped, label maps and expected values are copied as written, résoudre actions go back to their YAML form.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CHECK_KEYS, LAB_KEYS, SOLVE_KEYS, STEP_KEYS, solveActionToYaml } from '../../../core/labs/format/fromYaml';
import { parseLabYaml } from '../../../core/labs/format/loadLab';

const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../schemas/lab.schema.json'), 'utf8')) as {
  properties: Record<string, unknown>; definitions: Record<string, unknown>;
};

function propertyNames(o: unknown, out = new Set<string>()): Set<string> {
  if (o && typeof o === 'object') {
    const p = (o as { properties?: Record<string, unknown> }).properties;
    if (p) for (const k of Object.keys(p)) out.add(k);
    for (const v of Object.values(o)) propertyNames(v, out);
  }
  return out;
}

describe('labs: lab.yaml keys → English types', () => {
  it('maps every key the schema declares (lab, step, check, résoudre action)', () => {
    assert.deepEqual(Object.keys(schema.properties).filter((k) => k !== '$schema' && !LAB_KEYS[k]), []);
    assert.deepEqual(Object.keys((schema.definitions.etape as { properties: object }).properties).filter((k) => !STEP_KEYS[k]), []);
    const checkKeys = new Set<string>();
    for (const [name, def] of Object.entries(schema.definitions)) if (name === 'verification' || name.startsWith('v-')) propertyNames(def, checkKeys);
    assert.deepEqual([...checkKeys].filter((k) => !CHECK_KEYS[k]), []);
    const actions = ((schema.definitions.action as { oneOf: { title: string }[] }).oneOf).map((b) => b.title).filter((t) => t !== 'solution');
    assert.deepEqual(actions.filter((t) => !SOLVE_KEYS[t]), []);
  });

  it('renames keys, keeps label maps and expected values as written', () => {
    const yaml = `id: l99
titre: Un essai
niveau: débutant
durée: 5
environnements: [local]
étapes:
  - id: un
    titre: Une étape
    texte: 01.md
    vérifications:
      - type: cluster.pods-recrees
        sélecteur: { titre: x, échec: y }
        échec: Aucun Pod.
      - type: manifeste.champ
        ressource: ConfigMap/c
        chemin: data
        contient: { clé: valeur }
        échec: Pas la bonne clé.
    résoudre:
      - solution
      - échelle: { deployment: web, réplicas: 2 }
      - supprimer-pods: { sélecteur: { app: web }, nombre: 1 }
`;
    const { def, problems } = parseLabYaml(yaml);
    assert.deepEqual(problems, []);
    assert.ok(def);
    assert.deepEqual([def.title, def.level, def.duration, def.environments], ['Un essai', 'débutant', 5, ['local']]);
    const [pods, field] = def.steps[0].checks;
    assert.deepEqual(pods, { type: 'cluster.pods-recrees', selector: { titre: 'x', échec: 'y' }, failMessage: 'Aucun Pod.' });
    assert.deepEqual(field, { type: 'manifeste.champ', resource: 'ConfigMap/c', path: 'data', contains: { clé: 'valeur' }, failMessage: 'Pas la bonne clé.' });
    assert.deepEqual(def.steps[0].solve, ['solution', { scale: { deployment: 'web', replicas: 2 } }, { deletePods: { selector: { app: 'web' }, count: 1 } }]);
    assert.deepEqual(def.steps[0].solve?.map(solveActionToYaml), ['solution', { échelle: { deployment: 'web', réplicas: 2 } }, { 'supprimer-pods': { sélecteur: { app: 'web' }, nombre: 1 } }]);
  });
});
