// The tree's kind descriptors (client/src/tree/model/kinds.ts) are complete and agree with texts and menus.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RESOURCES, type ResourceId } from '../../../core/cluster/watchResources';
import { requirement, type Action } from '../../../client/src/tree/model/contextValue';
import { foldersOf, GROUPS, NODE_KINDS, OBJECT_KINDS } from '../../../client/src/tree/model/kinds';
import type { GroupId } from '../../../client/src/tree/model/types';
import { fr } from '../../../core/i18n/tree/fr';
import { en } from '../../../core/i18n/tree/en';
import type { TextKey } from '../../../core/i18n/tree';

const catalogue = (lang: 'fr' | 'en'): Record<TextKey, string> => (lang === 'fr' ? fr : en);

const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { contributes: { menus: Record<string, { when?: string }[]> } };
const ALL_ACTIONS: Action[] = ['get', 'events', 'logs', 'delete', 'scale', 'patch', 'portforward'];

describe('tree kind descriptors', () => {
  it('every group and folder has its icon, its watches and its texts in both languages', () => {
    const groups = Object.keys(GROUPS) as GroupId[];
    assert.deepEqual(groups, ['workloads', 'network', 'config', 'storage', 'events']);
    for (const g of groups) {
      for (const lang of ['fr', 'en'] as const) assert.ok(catalogue(lang)[`group.${g}` as TextKey], `group.${g} (${lang})`);
      assert.ok(GROUPS[g].icon);
      const folders = foldersOf(g);
      assert.ok(folders.length > 0 !== !!GROUPS[g].resource, `${g}: either folders or one resource of its own`);
      for (const f of folders) {
        const k = OBJECT_KINDS[f]!;
        for (const lang of ['fr', 'en'] as const) assert.ok(catalogue(lang)[`folder.${f}` as TextKey], `folder.${f} (${lang})`);
        assert.ok(k.folder!.icon && k.items, `${f}: icon and items`);
        assert.equal(k.folder!.needs[0], f, `${f}: its own type is watched first`);
      }
    }
    assert.deepEqual(foldersOf('workloads'), ['deployments', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs', 'pods']);
  });

  it('every action a kind offers maps to an RBAC requirement, and every can-* token of the menus is offered by some kind', () => {
    for (const [id, k] of Object.entries(OBJECT_KINDS)) {
      for (const a of k.actions) assert.ok(ALL_ACTIONS.includes(a) && requirement(a, id as ResourceId).verb, `${id}: ${a}`);
    }
    const offered = new Set(Object.values(OBJECT_KINDS).flatMap((k) => k.actions.map((a) => `can-${a}`)));
    // ka-namespace (roots.ts) and ka-object (every object item, contextValue.ts) are tokens of the tree too.
    const kinds = new Set(['ka-container', 'ka-retry', 'ka-namespace', 'ka-object', ...Object.keys(OBJECT_KINDS).map((r) => `ka-${RESOURCES[r as ResourceId].kind.toLowerCase()}`)]);
    let checked = 0;
    for (const list of Object.values(pkg.contributes.menus)) {
      for (const m of list) {
        for (const token of m.when?.match(/can-[a-z]+/g) ?? []) assert.ok(offered.has(token), `${token} in a menu but no kind offers it`);
        for (const alt of m.when?.matchAll(/\\b(\(?ka-[a-z|()-]+?\)?)\\b/g) ?? []) {
          // `ka-pod`, `(ka-pod|ka-service)` or `ka-(deployment|statefulset)`
          const tokens = alt[1].replace(/^ka-\((.*)\)$/, (_x, inner: string) => inner.split('|').map((t) => `ka-${t}`).join('|')).replace(/[()]/g, '').split('|');
          for (const token of tokens) { checked++; assert.ok(kinds.has(token), `${token} in a menu is no kind of the tree`); }
        }
      }
    }
    assert.ok(checked >= 20, `only ${checked} ka-* tokens found in the menus`);
  });

  it('every node kind has a descriptor; only containers of the tree have children', () => {
    const withChildren = Object.entries(NODE_KINDS).filter(([, k]) => k.children).map(([id]) => id).sort();
    assert.deepEqual(withChildren, ['cluster', 'folder', 'group', 'namespace', 'object']);
  });
});
