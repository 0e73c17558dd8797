// The schema, the types, the registry and the catalogues agree; every shipped lab passes `lab check`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import schema from '../../../schemas/lab.schema.json';
import { checkKinds } from '../../../core/labs/checks/registry';
import { checkLabFolder } from '../../../core/labs/checkLab';

const ROOT = path.join(__dirname, '..', '..', '..');

describe('labs: consistency', () => {
  it('the schema\'s check types are exactly the registry\'s', () => {
    const types = (schema as { definitions: { verification: { properties: { type: { enum: string[] } } } } }).definitions.verification.properties.type.enum;
    assert.deepEqual([...types].sort(), Object.keys(checkKinds).sort());
  });

  it('every check type has its own branch of keys in the schema', () => {
    const branches = (schema as { definitions: { verification: { allOf: { if: { properties: { type: { const?: string; enum?: string[] } } } }[] } } }).definitions.verification.allOf;
    const covered = branches.flatMap((b) => b.if.properties.type.const ? [b.if.properties.type.const] : b.if.properties.type.enum ?? []);
    assert.deepEqual(covered.sort(), Object.keys(checkKinds).sort());
  });

  const labs = fs.readdirSync(path.join(ROOT, 'labs')).filter((d) => fs.existsSync(path.join(ROOT, 'labs', d, 'lab.yaml')));
  it('at least 12 labs are shipped, each in its own folder named after its id', () => {
    assert.ok(labs.length >= 12);
  });
  for (const id of labs) {
    it(`lab check ${id}: no error, every workspace check passes with the solution`, async function () {
      this.timeout(30000);
      const r = await checkLabFolder(path.join(ROOT, 'labs', id));
      assert.equal(r.lab?.def.id, id);
      assert.deepEqual(r.problems.filter((p) => p.severity === 'error'), []);
      for (const s of r.steps) assert.equal(s.passed, s.total, s.id);
      const envs = r.lab!.def.environments;
      assert.ok(envs.includes('local'), 'every shipped lab runs on the local cluster');
    });
  }
});
