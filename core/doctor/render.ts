// Plain-text rendering of a report (CLI, VS Code virtual document): the first broken link first, then the path.
import { dt } from './text';
import type { DoctorReport, Hop, Lang } from './types';

const mark = (lang: Lang, h: Hop) => (h.status === 'ok' ? '✔' : h.status === 'broken' ? '✘' : `? (${dt(lang, 'status.unknown')})`);
const colon = (lang: Lang) => dt(lang, 'punct.colon');

export function hopLines(lang: Lang, h: Hop, detailed: boolean): string[] {
  const c = colon(lang);
  if (!detailed) return [`${mark(lang, h)} ${h.checked}${c}${h.seen}`];
  const lines = [`${mark(lang, h)} ${h.checked}`, `    ${dt(lang, 'label.seen')}${c}${h.seen}`];
  if (h.why) lines.push(`    ${dt(lang, 'label.why')}${c}${h.why}`);
  if (h.fix) lines.push(`    ${dt(lang, 'label.fix')}${c}${h.fix}`);
  lines.push(`    ${dt(lang, 'label.kubectl')}${c}${h.kubectl}`);
  if (h.manifest) lines.push(`    ${dt(lang, 'label.manifest')}${c}${h.manifest.label}:${h.manifest.line + 1}`);
  if (h.logs?.length) lines.push(`    ${dt(lang, 'label.logs')}${c.trimEnd()}`, ...h.logs.map((l) => `      | ${l}`));
  return lines;
}

export function renderText(r: DoctorReport, lang: Lang = 'fr'): string {
  const out = [dt(lang, 'report.title', { kind: r.start.kind, name: r.start.name, namespace: r.start.namespace }), ''];
  const broken = r.firstBroken !== undefined ? r.hops[r.firstBroken] : undefined;
  if (broken) {
    out.push(dt(lang, 'report.broken', { checked: broken.checked }), ...hopLines(lang, broken, true), '', dt(lang, 'report.stopped'), '');
  } else if (r.verdict === 'ok') {
    out.push(dt(lang, 'report.ok', { count: r.hops.length }), '');
  } else {
    out.push(dt(lang, 'report.unknown', { count: r.hops.filter((h) => h.status === 'unknown').length }), '');
  }
  out.push(dt(lang, 'report.chain'));
  for (const h of r.hops) out.push(...hopLines(lang, h, h.status === 'unknown').map((l) => `  ${l}`));
  return `${out.join('\n')}\n`;
}
