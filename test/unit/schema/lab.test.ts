// lab.yaml files against schemas/lab.schema.json (KA160): the shipped labs are valid, and mistakes land on the
// exact node with the closest field or value.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLabSchema } from '../../../core/analysis/schema/catalog';
import { applyFix, schemaFindings } from './helpers';

const LABS = join(__dirname, '..', '..', '..', 'labs');

describe('schema validation: lab.yaml (KA160)', function () {
  it('has the lab schema', () => assert.ok(getLabSchema(), 'schemas/lab.schema.json not loaded'));

  it('accepts every shipped lab', function () {
    const labs = existsSync(LABS) ? readdirSync(LABS).filter((d) => existsSync(join(LABS, d, 'lab.yaml'))) : [];
    assert.ok(labs.length > 0, `no lab in ${LABS}`);
    for (const d of labs) {
      const found = schemaFindings(readFileSync(join(LABS, d, 'lab.yaml'), 'utf8'), `file:///w/labs/${d}/lab.yaml`);
      assert.deepEqual(found.map((f) => `${f.line}: ${f.message}`), [], d);
    }
  });

  it('reports a misspelt field, a wrong type and a wrong value where they are', () => {
    const text = readFileSync(join(LABS, 'l01-premier-pod', 'lab.yaml'), 'utf8')
      .replace('titre: "Premier Pod', 'titr: "Premier Pod')
      .replace('niveau: débutant', 'niveau: debutant')
      .replace('durée: 20', 'durée: "20"');
    const found = schemaFindings(text, 'file:///w/labs/l01/lab.yaml');
    const byKey = new Map(found.map((f) => [f.key, f]));
    const titr = byKey.get('KA160.suggestion');
    assert.equal(titr?.covered, 'titr');
    assert.equal(titr?.finding.args.suggestion, 'titre');
    assert.equal(byKey.get('KA160.enum')?.covered, 'debutant');
    assert.equal(byKey.get('KA160.wrong-type.integer')?.covered, '"20"');
    assert.ok(byKey.has('KA160.missing-required'), 'titre is required and now missing');
    assert.match(applyFix(text, titr!.finding), /\ntitre: "Premier Pod/);
  });

  it('explains a résoudre action by its own form, and names the forms for an unknown one', () => {
    const text = readFileSync(join(LABS, 'l01-premier-pod', 'lab.yaml'), 'utf8').replace(/\n(    résoudre:\n)/, '\n$1      - échelle: { deployment: web }\n      - lancer: "rm -rf /"\n');
    assert.match(text, /- lancer:/, 'the l01 lab has a résoudre list to extend');
    const found = schemaFindings(text, 'file:///w/labs/l01/lab.yaml').filter((f) => f.code === 'KA160');
    assert.deepEqual(found.map((f) => f.key).sort(), ['KA160.missing-required', 'KA160.no-branch']);
    assert.equal(found.find((f) => f.key === 'KA160.missing-required')?.finding.args.field, 'réplicas');
    assert.match(found.find((f) => f.key === 'KA160.no-branch')!.message, /ne correspond à aucune des formes prévues \(`"solution"`, `"appliquer"`/);
  });

  it('checks cluster.autorisation (compte, verbe, ressource) and manifeste.selecteur\'s chemin', () => {
    const text = readFileSync(join(LABS, 'l16-rbac', 'lab.yaml'), 'utf8')
      .replace('        verbe: delete\n', '        verbe: supprimer\n')
      .replace('        compte: lecteur-pods\n        verbe: list\n        ressource: pods\n        délai: 30\n', '        verbe: list\n        ressource: pods\n        délai: 30\n');
    const found = schemaFindings(text, 'file:///w/labs/l16/lab.yaml');
    assert.equal(found.find((f) => f.key === 'KA160.enum')?.covered, 'supprimer');
    assert.ok(found.some((f) => f.key === 'KA160.missing-required' && /compte/.test(f.message)), found.map((f) => f.message).join('\n'));
    const np = readFileSync(join(LABS, 'l15-networkpolicy', 'lab.yaml'), 'utf8').replace('chemin: spec.ingress[0].from[0].podSelector', 'chemin: ""');
    assert.ok(schemaFindings(np, 'file:///w/labs/l15/lab.yaml').length > 0, 'an empty chemin is refused');
  });

  it('does not apply the lab schema to other YAML files', () => {
    assert.deepEqual(schemaFindings('id: 3\ntitre: x\n', 'file:///w/autre/config.yaml').filter((f) => f.code === 'KA160'), []);
  });
});
