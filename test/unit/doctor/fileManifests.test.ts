// `doctor --manifestes`: which local file and line defines an object.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { manifestLookupFromPaths } from '../../../core/doctor/fileManifests';

describe('doctor --manifestes lookup', () => {
  it('finds the document of each object, namespace-aware, with a path relative to the working folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ka-doctor-mf-'));
    fs.mkdirSync(path.join(dir, 'k8s'));
    fs.writeFileSync(path.join(dir, 'k8s', 'web.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: prod\n');
    fs.writeFileSync(path.join(dir, 'README.md'), '# not a manifest\n');
    const find = manifestLookupFromPaths([dir], dir);
    assert.deepEqual(find('Deployment', 'web', 'demo'), { uri: path.join(dir, 'k8s', 'web.yaml'), label: path.join('k8s', 'web.yaml'), line: 0 });
    assert.equal(find('Service', 'web', 'prod')?.line, 5);
    assert.equal(find('Service', 'web', 'demo'), undefined, 'another namespace is another object');
    assert.equal(manifestLookupFromPaths([path.join(dir, 'k8s', 'web.yaml')], os.tmpdir())('Deployment', 'web', 'x')?.label, path.join(path.basename(dir), 'k8s', 'web.yaml'));
  });
});
