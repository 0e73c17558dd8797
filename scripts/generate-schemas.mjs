#!/usr/bin/env node
// Generates schemas/k8s-<minor>.json (structure) and schemas/k8s-<minor>.descriptions.json (English OpenAPI
// descriptions, loaded only for hovers) from the official OpenAPI v3 documents of Kubernetes.
//
// Source: the Go module k8s.io/kubernetes@<version> (fetched with `go mod download`, which reads the local module
// cache first, so it works offline once the module is cached), files:
//   - api/openapi-spec/v3/*.json: the OpenAPI v3 documents the API server publishes at /openapi/v3 (the same data
//     `kubectl explain` reads): definitions, `required`, x-kubernetes-group-version-kind;
//   - pkg/generated/openapi/zz_generated.openapi.go: the generated Go definitions, which keep the `Enum:` values
//     of `+enum` types (the checked-in JSON documents do not list them).
//
// Usage: node scripts/generate-schemas.mjs [--check]   (--check: regenerate in memory and compare with schemas/)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSIONS = { '1.36': 'v1.36.3' };
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'schemas');
const REF_PREFIX = '#/components/schemas/';

function moduleDir(version) {
  const run = (env) => execFileSync('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${version}`],
    { encoding: 'utf8', env: { ...process.env, GOFLAGS: '-mod=mod', ...env }, cwd: outDir, maxBuffer: 1 << 20 });
  let out;
  try {
    out = run({});
  } catch {
    out = run({ GOPROXY: 'off' }); // offline: the module cache is the only source
  }
  const info = JSON.parse(out);
  if (!info.Dir || !existsSync(info.Dir)) throw new Error(`go mod download did not extract k8s.io/kubernetes@${version}`);
  return info.Dir;
}

/** Reads every components.schemas of the v3 documents into one map (same name = same definition). */
function readV3Definitions(dir) {
  const specDir = join(dir, 'api', 'openapi-spec', 'v3');
  const defs = {};
  for (const f of readdirSync(specDir).filter((n) => n.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(specDir, f), 'utf8'));
    for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) defs[name] = schema;
  }
  return defs;
}

/** Go import path -> OpenAPI model name: k8s.io/api/core/v1 -> io.k8s.api.core.v1 */
function modelPrefix(importPath) {
  const [domain, ...rest] = importPath.split('/');
  return [...domain.split('.').reverse(), ...rest].join('.');
}

/**
 * Extracts `Enum:` values from zz_generated.openapi.go: { defName: { prop: { enum, on: 'self'|'items'|'values' } } }.
 * The file is gofmt'ed: properties of a definition are the keys at five tabs of indentation.
 */
function readEnums(dir) {
  const text = readFileSync(join(dir, 'pkg', 'generated', 'openapi', 'zz_generated.openapi.go'), 'utf8');
  const lines = text.split('\n');
  const aliases = {};
  for (const m of text.matchAll(/^\t(\w+) "([^"]+)"$/gm)) aliases[m[1]] = m[2];
  const fnToDef = {};
  for (const m of text.matchAll(/^\t\t(?:(\w+)\.(\w+)\{\}\.OpenAPIModelName\(\)|"([^"]+)"):\s+(schema_\w+)\(ref\),$/gm)) {
    if (m[3]) {
      const i = m[3].lastIndexOf('.');
      fnToDef[m[4]] = `${modelPrefix(m[3].slice(0, i))}.${m[3].slice(i + 1)}`;
    } else if (aliases[m[1]]) {
      fnToDef[m[4]] = `${modelPrefix(aliases[m[1]])}.${m[2]}`;
    }
  }
  const enums = {};
  let def = null; let prop = null; let on = 'self';
  for (const line of lines) {
    const fn = /^func (schema_\w+)\(/.exec(line);
    if (fn) { def = fnToDef[fn[1]] ?? null; prop = null; continue; }
    const p = /^\t{5}"([^"]+)": \{$/.exec(line);
    if (p) { prop = p[1]; on = 'self'; continue; }
    if (/^\t{7}Items: &spec\.SchemaOrArray\{/.test(line)) on = 'items';
    if (/^\t{7}AdditionalProperties: &spec\.SchemaOrBool\{/.test(line)) on = 'values';
    const e = /^\t+Enum:\s+\[\]interface\{\}\{(.*)\},$/.exec(line);
    if (e && def && prop) {
      const values = JSON.parse(`[${e[1]}]`);
      (enums[def] ??= {})[prop] = { enum: values, on };
    }
  }
  return enums;
}

/** Compacts one OpenAPI schema: drops descriptions and patch hints, turns allOf[$ref] into $ref. */
function compact(schema, descOut, path) {
  const out = {};
  if (schema.description && descOut) descOut[path] = schema.description;
  let s = schema;
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && s.allOf[0].$ref) s = { ...s, $ref: s.allOf[0].$ref };
  if (s.$ref) out.$ref = s.$ref.slice(REF_PREFIX.length);
  for (const k of ['type', 'format', 'required', 'enum', 'nullable', 'x-kubernetes-preserve-unknown-fields',
    'x-kubernetes-embedded-resource', 'x-kubernetes-int-or-string', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys',
    'x-kubernetes-map-type']) {
    if (s[k] !== undefined) out[k] = s[k];
  }
  if (s.default !== undefined && typeof s.default !== 'object') out.default = s.default;
  if (s.properties) {
    out.properties = {};
    for (const [k, v] of Object.entries(s.properties)) out.properties[k] = compact(v, descOut, k);
  }
  if (s.items) out.items = compact(s.items, null, '');
  if (s.additionalProperties !== undefined) {
    out.additionalProperties = typeof s.additionalProperties === 'object' ? compact(s.additionalProperties, null, '') : s.additionalProperties;
  }
  if (s.oneOf) out.oneOf = s.oneOf.map((x) => compact(x, null, ''));
  if (s['x-kubernetes-group-version-kind']) out.gvk = s['x-kubernetes-group-version-kind'];
  return out;
}

/** Special definitions whose OpenAPI form is too loose or too vague for validation. */
const SPECIAL = {
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { format: 'int-or-string', 'x-kubernetes-int-or-string': true },
  'io.k8s.apimachinery.pkg.api.resource.Quantity': { format: 'quantity' },
  'io.k8s.apimachinery.pkg.runtime.RawExtension': { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  'io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1': { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
  'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON': { 'x-kubernetes-preserve-unknown-fields': true },
};

function build(minor, version) {
  const dir = moduleDir(version);
  const raw = readV3Definitions(dir);
  const enums = readEnums(dir);
  const definitions = {};
  const descriptions = {};
  const kinds = {};
  let enumCount = 0;
  for (const name of Object.keys(raw).sort()) {
    const desc = {};
    const c = compact(raw[name], desc, '');
    if (SPECIAL[name]) {
      for (const k of ['type', 'format', 'oneOf']) delete c[k];
      Object.assign(c, SPECIAL[name]);
    }
    for (const [prop, { enum: values, on }] of Object.entries(enums[name] ?? {})) {
      const p = c.properties?.[prop];
      if (!p) continue;
      const target = on === 'items' ? p.items : on === 'values' ? p.additionalProperties : p;
      if (target && typeof target === 'object') { target.enum = values; enumCount++; }
    }
    for (const g of c.gvk ?? []) {
      const gv = g.group ? `${g.group}/${g.version}` : g.version;
      (kinds[gv] ??= {})[g.kind] = name;
    }
    delete c.gvk;
    definitions[name] = c;
    if (Object.keys(desc).length) descriptions[name] = desc;
  }
  // Kinds every API group registers (DeleteOptions, WatchEvent...) are not manifests: keep them only in v1/meta.
  const shared = ['DeleteOptions', 'WatchEvent', 'Status', 'APIVersions', 'APIGroupList', 'APIGroup', 'APIResourceList'];
  for (const [gv, ks] of Object.entries(kinds)) {
    for (const k of shared) if (gv !== 'v1' && ks[k]?.startsWith('io.k8s.apimachinery.')) delete ks[k];
  }
  const bundle = {
    kubernetesVersion: version.slice(1),
    source: `k8s.io/kubernetes@${version}: api/openapi-spec/v3/*.json (definitions), pkg/generated/openapi/zz_generated.openapi.go (enums)`,
    kinds: Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => a.localeCompare(b))),
    definitions,
  };
  return { bundle, descriptions, stats: { definitions: Object.keys(definitions).length, groupVersions: Object.keys(kinds).length, enumCount } };
}

const check = process.argv.includes('--check');
mkdirSync(outDir, { recursive: true });
let failed = false;
for (const [minor, version] of Object.entries(VERSIONS)) {
  const { bundle, descriptions, stats } = build(minor, version);
  const files = { [`k8s-${minor}.json`]: JSON.stringify(bundle), [`k8s-${minor}.descriptions.json`]: JSON.stringify(descriptions) };
  for (const [f, text] of Object.entries(files)) {
    const p = join(outDir, f);
    if (check) {
      const same = existsSync(p) && readFileSync(p, 'utf8') === text + '\n';
      if (!same) { failed = true; console.error(`${f}: out of date (run npm run schemas)`); }
    } else {
      writeFileSync(p, text + '\n');
    }
  }
  console.log(`Kubernetes ${version}: ${stats.definitions} definitions, ${stats.groupVersions} group-versions, ${stats.enumCount} enums` +
    `${check ? '' : ` -> schemas/k8s-${minor}.json (${(files[`k8s-${minor}.json`].length / 1024).toFixed(0)} KiB)`}`);
}
if (failed) process.exit(1);
