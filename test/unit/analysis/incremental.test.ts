// Incremental structures kept across edits: line starts spliced instead of recomputed, topic versions that move
// only when what they summarise changes, and cross-file findings reused from memos equal to a fresh analysis.
import { strict as assert } from 'node:assert';
import { Analyzer, dropSchemaDuplicates } from '../../../core/analysis/engine';
import { computeLineStarts, lineMap, lineStarts, positionAt, spliceLineStarts } from '../../../core/analysis/index/ranges';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';
import { rules } from '../../../core/analysis/rules/registry';
import { deployment, service } from './helpers';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const pieces = ['\n', '\n\n', 'x', 'ab\ncd', '\r\n', '---\n', '', '  port: 80\n'];

describe('incremental line starts', () => {
  it('splicing equals a full recomputation after random edits', () => {
    const rnd = mulberry32(3);
    let text = 'a: 1\nb: 2\n\nc:\n  - d\n';
    let starts = computeLineStarts(text);
    for (let k = 0; k < 2000; k++) {
      const from = Math.floor(rnd() * (text.length + 1));
      const cut = Math.min(text.length - from, Math.floor(rnd() * 8));
      const ins = pieces[Math.floor(rnd() * pieces.length)];
      const next = text.slice(0, from) + ins + text.slice(from + cut);
      starts = spliceLineStarts(starts, next, from, from + cut, ins.length - cut);
      text = next;
      assert.deepEqual(starts, computeLineStarts(text), `edit ${k}`);
    }
  });

  it('the workspace keeps line starts equal to a recomputation across edits of a multi-document file', () => {
    const rnd = mulberry32(5);
    const uri = 'file:///w/lines.yaml';
    let text = [deployment('a', 'app: a'), service('a', 'app: a'), deployment('b', 'app: b'), service('b', 'app: b')].join('---\n');
    const ws = new ManifestWorkspace();
    ws.setFile(uri, text);
    for (let k = 0; k < 300; k++) {
      if (k % 7 !== 3) lineStarts(ws.getFile(uri)!); // usually known before the edit, so that the next one splices them
      const from = Math.floor(rnd() * (text.length + 1));
      const cut = Math.min(text.length - from, Math.floor(rnd() * 6));
      text = text.slice(0, from) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(from + cut);
      ws.setFile(uri, text);
      assert.deepEqual(lineStarts(ws.getFile(uri)!), computeLineStarts(text), `edit ${k}`);
    }
  });

  it('an edit inside a line that keeps its length keeps the same line starts (no rescan, no copy)', () => {
    const uri = 'file:///w/port.yaml';
    const text = [deployment('a', 'app: a'), service('a', 'app: a', '    - port: 80\n      targetPort: 8080\n')].join('---\n');
    const ws = new ManifestWorkspace();
    ws.setFile(uri, text);
    const before = lineStarts(ws.getFile(uri)!);
    ws.setFile(uri, text.replace('targetPort: 8080', 'targetPort: 9191'));
    assert.equal(lineStarts(ws.getFile(uri)!), before);
    ws.setFile(uri, text.replace('targetPort: 8080', 'targetPort: 91910'));
    const after = lineStarts(ws.getFile(uri)!);
    assert.notEqual(after, before);
    assert.deepEqual(after, computeLineStarts(ws.getFile(uri)!.text));
  });
});

describe('line maps (positions from per-document line starts)', () => {
  it('give the same positions as the whole file\'s line starts, for this version and older ones, across random edits', () => {
    const rnd = mulberry32(17);
    const uri = 'file:///w/map.yaml';
    let text = [deployment('a', 'app: a'), service('a', 'app: a'), '# only a comment\n', deployment('b', 'app: b'), service('b', 'app: b')].join('---\n');
    const ws = new ManifestWorkspace();
    ws.setFile(uri, text);
    const check = (file: ReturnType<ManifestWorkspace['getFile']>, t: string, label: string) => {
      const map = lineMap(file!);
      const starts = computeLineStarts(t);
      for (const o of [-1, 0, t.length, t.length + 3, ...Array.from({ length: 40 }, () => Math.floor(rnd() * t.length))]) {
        assert.deepEqual(map.positionAt(o), positionAt(starts, o), `${label}, offset ${o}`);
      }
    };
    let fromDocs = 0;
    for (let k = 0; k < 200; k++) {
      const before = ws.getFile(uri)!;
      const beforeText = text;
      lineMap(before);
      if (!before.lineStartsCache) fromDocs++; // the whole file's table was not needed
      const from = Math.floor(rnd() * (text.length + 1));
      const cut = Math.min(text.length - from, Math.floor(rnd() * 6));
      text = text.slice(0, from) + pieces[Math.floor(rnd() * pieces.length)] + text.slice(from + cut);
      ws.setFile(uri, text);
      check(ws.getFile(uri), text, `edit ${k}`);
      // The previous version's map still describes the previous text, though its documents moved since.
      check(before, beforeText, `edit ${k}, previous version`);
    }
    assert.ok(fromDocs > 150, `per-document positions on ${fromDocs} versions of 200`);
  });
});

describe('topic versions', () => {
  const uri = 'file:///w/t.yaml';
  const svc = (name: string, target: number) => service(name, 'app: web', `    - port: 80\n      targetPort: ${target}\n`);

  it('a Service port change moves obj:Service but not names:Service', () => {
    const ws = new ManifestWorkspace();
    ws.setFile(uri, [deployment('web', 'app: web'), svc('web', 8080)].join('---\n'));
    const names = ws.index.topic('names:Service');
    const objs = ws.index.topic('obj:Service');
    ws.setFile(uri, [deployment('web', 'app: web'), svc('web', 9191)].join('---\n'));
    assert.equal(ws.index.topic('names:Service'), names);
    assert.notEqual(ws.index.topic('obj:Service'), objs);
  });

  it('names:Service moves when a Service is renamed, added or removed, not when a Deployment changes', () => {
    const ws = new ManifestWorkspace();
    ws.setFile(uri, [deployment('web', 'app: web'), svc('web', 8080)].join('---\n'));
    let v = ws.index.topic('names:Service');
    ws.setFile(uri, [deployment('web2', 'app: web'), svc('web', 8080)].join('---\n'));
    assert.equal(ws.index.topic('names:Service'), v, 'Deployment renamed');
    ws.setFile(uri, [deployment('web2', 'app: web'), svc('front', 8080)].join('---\n'));
    assert.notEqual(ws.index.topic('names:Service'), v, 'Service renamed');
    v = ws.index.topic('names:Service');
    ws.setFile('file:///w/other.yaml', svc('other', 80));
    assert.notEqual(ws.index.topic('names:Service'), v, 'Service added');
    v = ws.index.topic('names:Service');
    ws.removeFile('file:///w/other.yaml');
    assert.notEqual(ws.index.topic('names:Service'), v, 'Service removed');
  });
});

describe('env-service-name memo (names only)', () => {
  const env = '          env:\n            - name: REDIS_HOST\n              value: "redis"\n';
  const dump = (an: Analyzer) => JSON.stringify([...an.analyzeAll()].sort(([x], [y]) => x.localeCompare(y)));

  it('stays equal to a fresh analysis when Services change ports, names and order', () => {
    const files: Record<string, string> = {
      'file:///w/d.yaml': deployment('app', 'app: a', '', env),
      'file:///w/s.yaml': [service('redis-main', 'app: a'), service('redis-master', 'app: a'), service('redis-mains', 'app: a')].join('---\n'),
    };
    const ws = new ManifestWorkspace();
    for (const [u, t] of Object.entries(files)) ws.setFile(u, t);
    const persistent = new Analyzer(ws);
    const steps: Array<(t: string) => string> = [
      (t) => t.replace('port: 80', 'port: 81'), // port only: memo reused
      (t) => t.replace('redis-main\n', 'redis-mai\n'), // rename: a closer candidate
      (t) => t.split('---\n').reverse().join('---\n'), // same names, another order
      (t) => t.replace('redis-mai\n', 'redis\n'), // the host now exists: no hint
      (t) => t.replace('redis\n', 'redis-x\n'),
    ];
    for (const [k, step] of steps.entries()) {
      files['file:///w/s.yaml'] = step(files['file:///w/s.yaml']);
      ws.setFile('file:///w/s.yaml', files['file:///w/s.yaml']);
      const fresh = new ManifestWorkspace();
      for (const [u, t] of Object.entries(files)) fresh.setFile(u, t);
      assert.equal(dump(persistent), dump(new Analyzer(fresh)), `step ${k}`);
    }
    const hint = persistent.findingsFor('file:///w/d.yaml').filter((f) => f.code === 'KA014');
    assert.equal(hint.length, 1);
    assert.equal(hint[0].args.closest, 'redis-x');
  });
});

describe('schema duplicates', () => {
  it('drops the schema findings overlapping a specific error or warning, as the pairwise check does', () => {
    const rnd = mulberry32(9);
    const schema = new Set(['S1', 'S2']);
    const severities = ['error', 'warning', 'information', 'hint'] as const;
    for (let round = 0; round < 300; round++) {
      const findings = Array.from({ length: Math.floor(rnd() * 30) }, () => {
        const start = Math.floor(rnd() * 100);
        return { code: rnd() < 0.5 ? 'S1' : rnd() < 0.5 ? 'S2' : 'KA001', severity: severities[Math.floor(rnd() * 4)], uri: 'u', range: { start, end: start + Math.floor(rnd() * 6) }, args: {} };
      });
      const naive = (() => {
        const specific = findings.filter((f) => !schema.has(f.code) && (f.severity === 'error' || f.severity === 'warning'));
        if (specific.length === 0) return findings;
        return findings.filter((f) => !schema.has(f.code)
          || !specific.some((g) => g.range.start < Math.max(f.range.end, f.range.start + 1) && f.range.start < Math.max(g.range.end, g.range.start + 1)));
      })();
      assert.deepEqual(dropSchemaDuplicates(findings, schema), naive, `round ${round}`);
    }
  });
});

describe('referrers index', () => {
  it('lists the resources referring to a kind, in the order of resources(), across random edits', () => {
    const envFrom = (cm: string) => `          envFrom:\n            - configMapRef:\n                name: ${cm}\n`;
    const uri = 'file:///w/refs.yaml';
    let text = [deployment('a', 'app: a', '', envFrom('ca')), deployment('b', 'app: b'), deployment('c', 'app: c', '', envFrom('cc')), service('a', 'app: a')].join('---\n');
    const ws = new ManifestWorkspace();
    ws.setFile(uri, text);
    ws.setFile('file:///w/other.yaml', deployment('d', 'app: d', '', envFrom('cd')));
    const rnd = mulberry32(13);
    const inserts = ['---\n', 'x', '\n', envFrom('zz'), 'configMapRef', ''];
    for (let k = 0; k < 200; k++) {
      const from = Math.floor(rnd() * (text.length + 1));
      text = text.slice(0, from) + inserts[Math.floor(rnd() * inserts.length)] + text.slice(from + Math.floor(rnd() * 5));
      ws.setFile(uri, text);
      for (const kind of ['ConfigMap', 'Secret']) {
        const expected = [...ws.index.resources()].filter((r) => r.references.some((x) => x.targetKind === kind));
        const got = [...ws.index.referrers(kind)];
        assert.ok(got.length === expected.length && got.every((r, i) => r === expected[i]), `edit ${k}, ${kind}`);
      }
    }
  });
});

describe('missing-reference hints after edits', () => {
  const envFrom = '          envFrom:\n            - configMapRef:\n                name: app-confi\n';
  const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  A: "1"\n`;
  const dump = (an: Analyzer) => JSON.stringify([...an.analyzeAll()].sort(([x], [y]) => x.localeCompare(y)));

  it('name the existing ConfigMaps in the same order (and the same closest one) as a fresh analysis', () => {
    const files: Record<string, string> = {
      'file:///w/d.yaml': deployment('app', 'app: a', '', envFrom),
      'file:///w/c1.yaml': configMap('app-config'),
      'file:///w/c2.yaml': configMap('app-confix'),
      'file:///w/c3.yaml': configMap('autre'),
    };
    const ws = new ManifestWorkspace();
    for (const [u, t] of Object.entries(files)) ws.setFile(u, t);
    const persistent = new Analyzer(ws);
    persistent.analyzeAll();
    // Files re-set in another order: the index now meets the ConfigMaps in another order than a fresh scan.
    for (const u of ['file:///w/c2.yaml', 'file:///w/c1.yaml']) {
      files[u] = files[u].replace('A: "1"', 'A: "2"');
      ws.setFile(u, files[u]);
    }
    // The Deployment edited: its references are checked again against the index in its new order.
    files['file:///w/d.yaml'] = files['file:///w/d.yaml'].replace('nginx:1.27', 'nginx:1.28');
    ws.setFile('file:///w/d.yaml', files['file:///w/d.yaml']);
    const fresh = new ManifestWorkspace();
    for (const [u, t] of Object.entries(files)) fresh.setFile(u, t);
    assert.equal(dump(persistent), dump(new Analyzer(fresh)));
    const missing = persistent.findingsFor('file:///w/d.yaml').filter((f) => f.code === 'KA005');
    assert.equal(missing.length, 1);
    assert.match(String(missing[0].args.known), /app-config.*app-confix.*autre/);
    // Two names one letter away: the first in alphabetical order, whatever the order the files arrived in.
    assert.equal(missing[0].args.closest, 'app-config');
  });
});

describe('cross-file rules skipped when nothing they looked up changed', () => {
  const dump = (an: Analyzer) => JSON.stringify([...an.analyzeAll()].sort(([x], [y]) => x.localeCompare(y)));
  const configMap = (name: string, key = 'A') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  ${key}: "1"\n`;
  const secret = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\nstringData:\n  password: x\n`;
  const envFrom = '          ports:\n            - containerPort: 8080\n'
    + '          envFrom:\n            - configMapRef:\n                name: app-config\n            - secretRef:\n                name: app-secret\n'
    + '          env:\n            - name: REDIS_HOST\n              value: othe\n'
    + '            - name: K\n              valueFrom:\n                configMapKeyRef:\n                  name: app-config\n                  key: A\n';
  const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - d.yaml\nconfigMapGenerator:\n  - name: generated\n';

  it('give the findings of a fresh analysis across random edits of Services, ConfigMaps, Secrets, a kustomization and broken files', () => {
    const rnd = mulberry32(11);
    const files: Record<string, string> = {
      'file:///w/d.yaml': deployment('app', 'app: a', '', envFrom),
      'file:///w/s.yaml': [service('app', 'app: a'), service('other', 'app: b')].join('---\n'),
      'file:///w/c.yaml': [configMap('app-config'), secret('app-secret')].join('---\n'),
      'file:///w/kustomization.yaml': kustomization,
      'file:///w/x.yaml': 'kind: ConfigMap\n',
    };
    const edits: Array<[string, (t: string) => string]> = [
      ['file:///w/s.yaml', (t) => t.replace(/targetPort: \d+|port: 80\n/, (m) => (m.startsWith('port') ? 'port: 80\n      targetPort: 9191\n' : 'targetPort: 8080'))],
      ['file:///w/s.yaml', (t) => t.replace('app: b', 'app: a')],
      ['file:///w/s.yaml', (t) => t.replace('app: a', 'app: b')],
      ['file:///w/s.yaml', (t) => t.replace('name: other', 'name: app-confi')],
      ['file:///w/c.yaml', (t) => t.replace('name: app-config', 'name: app-confix')],
      ['file:///w/c.yaml', (t) => t.replace('name: app-confix', 'name: app-config')],
      ['file:///w/c.yaml', (t) => t.replace('A: "1"', 'BAD-KEY: "1"')],
      ['file:///w/c.yaml', (t) => t.replace('BAD-KEY: "1"', 'A: "1"')],
      ['file:///w/c.yaml', (t) => t.replace('name: app-secret', 'name: app-secrets')],
      ['file:///w/c.yaml', (t) => t.replace('name: app-secrets', 'name: app-secret')],
      ['file:///w/kustomization.yaml', (t) => t.replace('name: generated', 'name: app-config')],
      ['file:///w/kustomization.yaml', () => kustomization],
      ['file:///w/x.yaml', (t) => (t.includes('[') ? 'kind: ConfigMap\n' : 'kind: [ConfigMap\nname: app-config\n')],
      ['file:///w/d.yaml', (t) => t.replace(/nginx:1\.\d+/, (m) => (m === 'nginx:1.27' ? 'nginx:1.28' : 'nginx:1.27'))],
      ['file:///w/d.yaml', (t) => `# a comment that moves everything\n${t}`],
      ['file:///w/d.yaml', (t) => t.replace(/key: [AZ]\n/, (m) => (m === 'key: A\n' ? 'key: Z\n' : 'key: A\n'))],
    ];
    const ws = new ManifestWorkspace();
    for (const [u, t] of Object.entries(files)) ws.setFile(u, t);
    const persistent = new Analyzer(ws);
    persistent.analyzeAll();
    const seen = new Set<string>();
    for (let k = 0; k < 120; k++) {
      const [uri, edit] = edits[Math.floor(rnd() * edits.length)];
      files[uri] = edit(files[uri]);
      ws.setFile(uri, files[uri]);
      const fresh = new ManifestWorkspace();
      for (const [u, t] of Object.entries(files)) fresh.setFile(u, t);
      assert.equal(dump(persistent), dump(new Analyzer(fresh)), `edit ${k}: ${uri}`);
      for (const code of ['KA005', 'KA008', 'KA010', 'KA014', 'KA026']) if (dump(persistent).includes(`"${code}"`)) seen.add(code);
    }
    // The edits made each of these cross-file findings come and go.
    assert.deepEqual([...seen].sort(), ['KA005', 'KA008', 'KA010', 'KA014', 'KA026']);
  });

  it('a workload that starts reading a missing key gets KA008 although no ConfigMap changed', () => {
    const env = (key: string) => `          env:\n            - name: K\n              valueFrom:\n                configMapKeyRef:\n                  name: app-config\n                  key: ${key}\n`;
    const ws = new ManifestWorkspace();
    ws.setFile('file:///w/c.yaml', configMap('app-config'));
    ws.setFile('file:///w/d.yaml', deployment('app', 'app: a', '', env('A')));
    const an = new Analyzer(ws);
    assert.deepEqual(an.findingsFor('file:///w/d.yaml').filter((f) => f.code === 'KA008'), []);
    ws.setFile('file:///w/d.yaml', deployment('app', 'app: a', '', env('Z')));
    assert.equal(an.findingsFor('file:///w/d.yaml').filter((f) => f.code === 'KA008').length, 1);
  });

  it('a ConfigMap data edit does not re-run the rule about Service ports, a Service port edit does', () => {
    const runs = new Map<string, number>();
    const counted = rules.map((r) => (r.scope !== 'workspace' ? r : { ...r, check: (ctx: Parameters<typeof r.check>[0]) => { runs.set(r.id, (runs.get(r.id) ?? 0) + 1); r.check(ctx); } }));
    const ws = new ManifestWorkspace();
    const files: Record<string, string> = {
      'file:///w/d.yaml': deployment('app', 'app: a', '', envFrom),
      'file:///w/s.yaml': service('app', 'app: a'),
      'file:///w/c.yaml': configMap('app-config'),
    };
    for (const [u, t] of Object.entries(files)) ws.setFile(u, t);
    const an = new Analyzer(ws, counted);
    an.analyzeAll();
    const before = runs.get('service-target-port');
    ws.setFile('file:///w/c.yaml', configMap('app-config', 'B'));
    an.analyzeAll();
    assert.equal(runs.get('service-target-port'), before);
    ws.setFile('file:///w/s.yaml', files['file:///w/s.yaml'].replace('port: 80', 'port: 81'));
    an.analyzeAll();
    assert.equal(runs.get('service-target-port'), (before ?? 0) + 1);
  });
});
