// The command table (client/src/commands/table.ts) and package.json's `contributes` say the same, both ways.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Table from '../../../client/src/commands/table';
import { requireWithVscodeStub } from './vscodeStub';

const root = path.join(__dirname, '../../..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { commands: { command: string; title: string; category?: string }[]; menus: Record<string, { command: string; when?: string; group?: string }[]> };
};
const { COMMANDS } = requireWithVscodeStub<typeof Table>(path.join(root, 'client/src/commands/table.ts'));
const declared = pkg.contributes.commands;
const menuKey = (where: string, m: { command: string; when?: string; group?: string }): string => JSON.stringify([where, m.command, m.when ?? '', m.group ?? '']);

describe('command table ↔ package.json', () => {
  it('has one entry per command id, each with a handler', () => {
    const ids = COMMANDS.map((c) => c.id);
    assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], 'duplicate ids in the table');
    for (const c of COMMANDS) assert.equal(typeof c.run, 'function', `${c.id} has no handler`);
  });

  it('declares in package.json every public table entry, and only those', () => {
    const inPackage = declared.map((c) => c.command).sort();
    const publicIds = COMMANDS.filter((c) => !c.internal).map((c) => c.id).sort();
    assert.deepEqual(inPackage, publicIds);
    assert.equal(new Set(inPackage).size, inPackage.length, 'a command is declared twice in package.json');
  });

  it('titles are the nls key %<id>.title% or a French title; category « Kube Apprenti »', () => {
    const nls = fs.existsSync(path.join(root, 'package.nls.json')) ? JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string> : {};
    for (const c of declared) {
      if (c.title.startsWith('%')) {
        assert.equal(c.title, `%${c.command}.title%`, c.command);
        assert.ok(nls[`${c.command}.title`], `${c.command}.title missing from package.nls.json`);
      } else {
        assert.match(c.title, /^[A-ZÉÀ]/, `${c.command}: a French title starting with a capital`);
      }
      assert.match(c.category ?? '', /^(Kube Apprenti|%.+%)$/, c.command);
    }
  });

  it('menus of package.json are exactly the menus of the table', () => {
    const fromPackage = Object.entries(pkg.contributes.menus).flatMap(([where, list]) => list.map((m) => menuKey(where, m))).sort();
    const fromTable = COMMANDS.flatMap((c) => (c.menus ?? []).map((m) => menuKey(m.where, { command: c.id, when: m.when, group: m.group }))).sort();
    assert.deepEqual(fromPackage, fromTable);
  });

  it('menus and internal entries refer to commands that exist where they should', () => {
    const publicIds = new Set(declared.map((c) => c.command));
    for (const list of Object.values(pkg.contributes.menus)) for (const m of list) assert.ok(publicIds.has(m.command), `menu refers to unknown command ${m.command}`);
    for (const c of COMMANDS.filter((x) => x.internal)) assert.ok(!c.menus?.length, `${c.id} is internal but has menus`);
  });

  it('command ids written elsewhere in the client exist in the table', () => {
    const ids = new Set(COMMANDS.map((c) => c.id));
    const files: string[] = [];
    const walk = (d: string): void => { for (const e of fs.readdirSync(d, { withFileTypes: true })) (e.isDirectory() ? walk : (f: string) => f.endsWith('.ts') && files.push(f))(path.join(d, e.name)); };
    walk(path.join(root, 'client/src'));
    const settingsOrViews = new Set(['kubeApprenti.arbre', 'kubeApprenti.langue']);
    for (const f of files) {
      for (const m of fs.readFileSync(f, 'utf8').matchAll(/_COMMAND = '(kubeApprenti\.[\w.]+)'|: '(kubeApprenti\.[\w.]+)',/g)) {
        const id = m[1] ?? m[2];
        if (!settingsOrViews.has(id)) assert.ok(ids.has(id), `${path.relative(root, f)} refers to ${id}, absent from the table`);
      }
    }
  });
});
