// Render failures as findings on the line they come from: Helm's template errors (`template: c/templates/x.yaml:12:20:
// executing … nil pointer evaluating interface {}.tag`, `parse error at (c/templates/x.yaml:5): function "inclde" not
// defined`), rendered text that is not YAML, time limits, Kustomize build errors, a missing renderer. Pure.
import { isMap, isScalar, isSeq, parseDocument, type YAMLError } from 'yaml';
import { joinUri, type RenderOutcome } from '../../render/outcome';
import { codes } from '../messages';
import type { Finding, OffsetRange, RelatedPlace } from '../model';

function finding(r: { code: string; range: OffsetRange; args: Record<string, string | number>; messageKey?: string }, uri: string): Finding {
  const f: Finding = { code: r.code, severity: codes[r.code]?.severity ?? 'error', uri, range: r.range, args: r.args };
  if (r.messageKey) f.messageKey = r.messageKey;
  return f;
}

function lineRange(text: string, line: number, col = 0): OffsetRange {
  let start = 0;
  for (let i = 0; i < line && start >= 0; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) { start = text.length; break; }
    start = nl + 1;
  }
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  const lineText = text.slice(start, end);
  const indent = lineText.length - lineText.trimStart().length;
  let from = start + Math.max(indent, Math.min(col, lineText.length));
  // On an action: the whole `{{ … }}`.
  const open = text.lastIndexOf('{{', from + 1);
  if (col > 0 && open >= start) {
    const close = text.indexOf('}}', from);
    if (close >= 0 && close < end) return { start: open, end: close + 2 };
  }
  if (from > end) from = end;
  return { start: from, end: start + lineText.trimEnd().length };
}

/**
 * The line (0-based) of the last action opened at or before `line` that is never closed: its `}}` is missing, or
 * another `{{` comes first. Template comments (opened by `{{/*`, often over several lines) are skipped whole.
 */
function unclosedAction(text: string, line: number): number | undefined {
  let limit = 0;
  for (let i = 0; i <= line && limit >= 0; i++) limit = text.indexOf('\n', limit + (i ? 1 : 0));
  if (limit < 0) limit = text.length;
  let found: number | undefined;
  let at = text.indexOf('{{');
  while (at >= 0 && at < limit) {
    const comment = /^\{\{-?\s*\/\*/.exec(text.slice(at, at + 8));
    let next: number;
    if (comment) {
      const end = text.indexOf('*/', at + comment[0].length);
      next = end < 0 ? -1 : text.indexOf('{{', end);
      if (end < 0) found = text.slice(0, at).split('\n').length - 1;
    } else {
      const close = text.indexOf('}}', at + 2);
      const open = text.indexOf('{{', at + 2);
      if (close < 0 || (open >= 0 && open < close)) found = text.slice(0, at).split('\n').length - 1;
      next = close < 0 || (open >= 0 && open < close) ? open : text.indexOf('{{', close + 2);
    }
    at = next;
  }
  return found !== undefined && found >= line - 20 ? found : undefined;
}

/** The kustomization file of an overlay among the sources, or its folder's kustomization.yaml. */
function kustomizationUri(outcome: RenderOutcome): string {
  for (const u of outcome.sources.keys()) {
    const rest = u.slice(outcome.dirUri.length);
    if (u.startsWith(outcome.dirUri) && /^\/(kustomization\.ya?ml|Kustomization)$/.test(rest)) return u;
  }
  return `${outcome.dirUri}/kustomization.yaml`;
}

function chartUri(outcome: RenderOutcome): string {
  for (const u of outcome.sources.keys()) if (u === `${outcome.dirUri}/Chart.yaml` || u === `${outcome.dirUri}/Chart.yml`) return u;
  return `${outcome.dirUri}/Chart.yaml`;
}

interface HelmPlace { uri: string; line: number; col: number }

/**
 * Every `chart/templates/x.yaml:12:20` of a Helm message, outermost first: an error inside a helper called by
 * `include` names the calling template, then the helper (`_helpers.tpl:14:14`) where it really happened.
 */
function helmLocations(outcome: RenderOutcome, message: string): HelmPlace[] {
  const out: HelmPlace[] = [];
  for (const m of message.matchAll(/(?:^|template: |\(|at \()([^\s:()"]+\/[^\s:()"]+):(\d+)(?::(\d+))?/gm)) {
    const rel = m[1].slice(m[1].indexOf('/') + 1);
    out.push({ uri: joinUri(outcome.dirUri, rel), line: Number(m[2]) - 1, col: m[3] ? Number(m[3]) - 1 : 0 });
  }
  return out;
}

/** The callers of the failing place (`include` lines), innermost first, each once (a recursion repeats them). */
function callers(outcome: RenderOutcome, places: HelmPlace[]): RelatedPlace[] {
  const out: RelatedPlace[] = [];
  const seen = new Set<string>([`${places[places.length - 1].uri}:${places[places.length - 1].line}`]);
  for (let i = places.length - 2; i >= 0 && out.length < 3; i--) {
    const p = places[i];
    if (seen.has(`${p.uri}:${p.line}`)) continue;
    seen.add(`${p.uri}:${p.line}`);
    const range = lineRange(outcome.sources.get(p.uri) ?? '', p.line, p.col);
    out.push({ uri: p.uri, range, messageKey: 'related.render.include', args: {} });
  }
  return out;
}

/** The part of a Helm error after its location (`nil pointer evaluating interface {}.tag`). */
function helmDetail(message: string): string {
  // Helm v4 writes the location, the action and the cause on separate lines: the cause is the last one.
  const lines = message.split('\n').map((l) => l.trim()).filter((l) => l);
  if (lines.length > 1) return lines[lines.length - 1];
  const last = lines[0] ?? '';
  const parts = last.split(/: (?=[^:]*$)/);
  const tail = /executing "[^"]*" at <[^>]*>: (.*)$/.exec(last)?.[1] ?? /\): (.*)$/.exec(last)?.[1] ?? parts[parts.length - 1];
  return tail.trim();
}

export function renderErrorFindings(outcome: RenderOutcome): Finding[] {
  const err = outcome.error;
  if (!err) return [];
  const at = (uri: string, range: OffsetRange, code: string, args: Record<string, string | number>, messageKey?: string) =>
    finding({ code, range, args, messageKey }, uri);
  const home = outcome.kind === 'helm' ? chartUri(outcome) : kustomizationUri(outcome);
  const zero = { start: 0, end: 0 };
  const firstLine = (uri: string) => lineRange(outcome.sources.get(uri) ?? '', 0);
  if (err.kind === 'unavailable') return [at(home, firstLine(home), 'KA117', { command: 'bash scripts/renderer-build.sh' })];
  if (err.kind === 'timeout') return [at(home, firstLine(home), 'KA113', { ms: /(\d+) ms/.exec(err.message)?.[1] ?? '?' })];
  if (outcome.kind === 'kustomize') return kustomizeError(outcome, err.message, home);
  if (err.kind === 'template') {
    // The innermost place (the helper's line, for an error inside an `include`); the callers are related.
    const places = helmLocations(outcome, err.message);
    const loc = places[places.length - 1];
    const related = places.length > 1 ? callers(outcome, places) : [];
    const detail = helmDetail(err.message);
    const uri = loc?.uri ?? home;
    const text = outcome.sources.get(uri) ?? '';
    const range = loc ? lineRange(text, loc.line, loc.col) : zero;
    const at = (u: string, r: OffsetRange, code: string, args: Record<string, string | number>, messageKey?: string): Finding => {
      const f = finding({ code, range: r, args, messageKey }, u);
      if (related.length) f.related = related;
      return f;
    };
    if (/max recursion depth|nested reference name/.test(err.message)) return [at(uri, range, 'KA110', { detail }, 'KA110.recursion')];
    // An action left open (`{{ .Values.x` without `}}`): Go's parser reads on and fails on a later line.
    const open = loc ? unclosedAction(text, loc.line) : undefined;
    if (open !== undefined && /parse error/.test(err.message)) return [at(uri, lineRange(text, open), 'KA111', {}, 'KA111.unclosed')];
    const fn = /function "([^"]+)" not defined/.exec(err.message);
    if (fn) return [at(uri, range, 'KA111', { name: fn[1] }, 'KA111.function')];
    if (/parse error|unexpected|unclosed action|unterminated/.test(err.message) && !/executing/.test(err.message)) return [at(uri, range, 'KA111', { detail })];
    const nil = /nil pointer evaluating interface \{\}\.(\S+)/.exec(err.message);
    const expr = [...err.message.matchAll(/at <([^>]*)>/g)].pop()?.[1] ?? '';
    if (nil) return [at(uri, range, 'KA110', { expr, key: nil[1] }, 'KA110.nil')];
    const field = /can't evaluate field (\S+) in type (.+)$/m.exec(err.message);
    if (field) return [at(uri, range, 'KA110', { expr, key: field[1] }, 'KA110.map')];
    return [at(uri, range, 'KA110', { detail })];
  }
  // Chart.yaml or a values file that does not load.
  let uri = home;
  let range = firstLine(home);
  for (const vuri of outcome.valuesUris) {
    const name = vuri.slice(vuri.lastIndexOf('/') + 1);
    if (err.message.includes(name)) {
      uri = vuri;
      const line = /line (\d+)/.exec(err.message);
      range = lineRange(outcome.sources.get(vuri) ?? '', line ? Number(line[1]) - 1 : 0);
      break;
    }
  }
  return [at(uri, range, 'KA116', { detail: err.message.split('\n')[0] })];
}

function kustomizeError(outcome: RenderOutcome, message: string, home: string): Finding[] {
  const text = outcome.sources.get(home) ?? '';
  const firstLine = message.split('\n')[0];
  // Patch without target: `no matches for Id Deployment.v1.apps/web.[noNs]; failed to find unique target for patch …`
  const target = /(?:no matches for (?:Id|OriginalId) |failed to find unique target for patch |no resource matches strategic merge patch ")([A-Za-z]+)[^/\s]*\/([^.\s"]+)/.exec(message);
  const lineWith = (needle: string): OffsetRange | undefined => {
    const i = needle ? text.indexOf(needle) : -1;
    if (i < 0) return undefined;
    const start = text.lastIndexOf('\n', i) + 1;
    const end = text.indexOf('\n', i);
    const line = text.slice(start, end < 0 ? text.length : end);
    return { start: start + line.length - line.trimStart().length, end: start + line.trimEnd().length };
  };
  if (target) {
    const range = lineWith(`name: ${target[2]}`) ?? lineWith(target[2]) ?? lineWith('patches') ?? { start: 0, end: 0 };
    return [finding({ code: 'KA115', range, args: { kind: target[1], name: target[2] } }, home)];
  }
  // A resource or base that does not exist (`- ./base` written from inside dev/), or overlays that include each other.
  const from = /accumulating resources from '([^']+)'/.exec(message);
  if (from) {
    const range = lineWith(`- ${from[1]}`) ?? lineWith(from[1]) ?? { start: 0, end: 0 };
    // A symlink loop (`a → b → a`): the path never resolves.
    if (/too many links|too many levels of symbolic links/i.test(message)) return [finding({ code: 'KA114', messageKey: 'KA114.symlink', range, args: { path: from[1] } }, home)];
    // A resource that leads back to this kustomization's own folder (a symlink to `.`, or `.` itself).
    const self = /cycle detected: candidate root '([^']+)' contains visited root '([^']+)'/.exec(message);
    if (self && self[1] === self[2] && !/recursed accumulation/.test(message)) return [finding({ code: 'KA114', messageKey: 'KA114.self', range, args: { path: from[1] } }, home)];
    if (/cycle|recursed accumulation/.test(message)) return [finding({ code: 'KA114', messageKey: 'KA114.cycle', range, args: { path: from[1] } }, home)];
    if (/no such file|must resolve to a file|not a valid directory|evalsymlink/.test(message)) return [finding({ code: 'KA114', messageKey: 'KA114.missing', range, args: { path: from[1] } }, home)];
  }
  // `behavior: replace` (or merge) of a generator whose name no base generates.
  const gen = /Kind:"(ConfigMap|Secret)"[^}]*\}, Name:"([^"]+)"[^}]*\} does not exist; cannot merge or replace/.exec(message);
  if (gen) {
    const range = lineWith(`name: ${gen[2]}`) ?? { start: 0, end: 0 };
    return [finding({ code: 'KA114', messageKey: 'KA114.generator', range, args: { kind: gen[1], name: gen[2] } }, home)];
  }
  // `unknown field "kind"`: the field written where Kustomize does not expect it (often an indentation mistake).
  const unknown = /unknown field "([^"]+)"/.exec(message);
  if (unknown) {
    const m = new RegExp(`^([ \\t]+-?[ \\t]*)${unknown[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:.*$`, 'm').exec(text);
    if (m) {
      const range = { start: m.index + m[1].length, end: m.index + m[0].trimEnd().length };
      return [finding({ code: 'KA114', range, args: { detail: firstLine } }, home)];
    }
  }
  // Anything quoted in the message that is written in the kustomization (a path, a name).
  const quoted = [...message.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2]).replace(/^\.\//, ''));
  let range: OffsetRange | undefined;
  for (const q of quoted) { range = lineWith(q) ?? lineWith(q.slice(q.lastIndexOf('/') + 1)); if (range) break; }
  const detail = firstLine.length > 400 ? `${firstLine.slice(0, 400)}…` : firstLine;
  return [finding({ code: 'KA114', range: range ?? { start: 0, end: 0 }, args: { detail } }, home)];
}

/** A rendered document that is not YAML, shown with the rendered lines around the error, on the template. */
export function notYamlFinding(templateUri: string, template: string, chunk: string, error: YAMLError): Finding {
  const lines = chunk.replace(/^\n+/, '').split('\n');
  const offset = chunk.length - chunk.replace(/^\n+/, '').length;
  const errLine = error.linePos?.[0]?.line ? error.linePos[0].line - 1 - (chunk.slice(0, offset).split('\n').length - 1) : 0;
  const from = Math.max(0, errLine - 2);
  const to = Math.min(lines.length, errLine + 3);
  const excerpt = lines.slice(from, to).map((l, i) => `${from + i === errLine ? '→' : ' '} ${l}`).join('\n');
  // On the template: the line that writes the same key as the rendered line in error, else the template's first line.
  const bad = (lines[errLine] ?? '').trim();
  const key = /^-?\s*([^\s:{]+)\s*:/.exec(bad)?.[1];
  let range: OffsetRange = lineRange(template, 0);
  if (key) {
    const m = new RegExp(`^[ \\t]*-?[ \\t]*${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*:.*$`, 'm').exec(template);
    if (m) range = { start: m.index + (m[0].length - m[0].trimStart().length), end: m.index + m[0].trimEnd().length };
  }
  // The usual cause: an included block (toYaml, include) indented by the wrong amount.
  const nearIndent = /\|\s*n?indent\s+\d+/.exec(template);
  if (nearIndent) {
    const start = template.lastIndexOf('\n', nearIndent.index) + 1;
    const end = template.indexOf('\n', nearIndent.index);
    const line = template.slice(start, end < 0 ? template.length : end);
    if (!key || range.start === lineRange(template, 0).start) range = { start: start + line.length - line.trimStart().length, end: start + line.trimEnd().length };
  }
  return finding({ code: 'KA112', range, args: { detail: error.message.split('\n')[0], excerpt } }, templateUri);
}

/**
 * Kustomize builds an overlay whose patch `target` selects nothing without a word: the patch is silently lost.
 * Each `patches[].target` (kind, name) of the overlay's kustomization is looked for among the objects of the files
 * the build read (bases, resources).
 */
export function unmatchedPatchTargets(outcome: RenderOutcome): Finding[] {
  const home = kustomizationUri(outcome);
  const text = outcome.sources.get(home);
  if (text === undefined) return [];
  let doc;
  try { doc = parseDocument(text); } catch { return []; }
  const patches = doc.get('patches', true);
  if (!isSeq(patches)) return [];
  const objects: Array<{ kind: string; name: string }> = [];
  for (const [uri, src] of outcome.sources) {
    if (uri === home || /\/(kustomization\.ya?ml|Kustomization)$/.test(uri)) continue;
    for (const chunk of src.split(/^---[ \t]*$/m)) {
      const kind = /^kind:[ \t]*["']?([\w.-]+)/m.exec(chunk)?.[1];
      const name = /^metadata:[ \t]*\n(?:[ \t]+.*\n)*?[ \t]+name:[ \t]*["']?([^\s"'#]+)/m.exec(chunk)?.[1];
      if (kind && name) objects.push({ kind, name });
    }
  }
  const out: Finding[] = [];
  for (const item of patches.items) {
    if (!isMap(item)) continue;
    const target = item.get('target', true);
    if (!isMap(target)) continue;
    const kind = target.get('kind');
    const name = target.get('name');
    if (typeof kind !== 'string' || typeof name !== 'string') continue;
    let re: RegExp;
    try { re = new RegExp(`^(?:${name})$`); } catch { continue; }
    if (objects.some((o) => o.kind === kind && re.test(o.name))) continue;
    const pair = target.items.find((p) => isScalar(p.key) && p.key.value === 'name');
    const r = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    const vr = (pair?.value as { range?: [number, number, number] } | undefined)?.range;
    const range = r ? { start: r[0], end: vr ? vr[1] : r[1] } : { start: 0, end: 0 };
    out.push(finding({ code: 'KA115', range, args: { kind, name } }, home));
  }
  return out;
}
