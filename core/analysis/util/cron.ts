// Validation of a CronJob `schedule` (the 5-field format of robfig/cron used by Kubernetes, plus macros).

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const FIELDS: Array<{ name: string; min: number; max: number; names?: string[] }> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'dayOfMonth', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] },
  { name: 'dayOfWeek', min: 0, max: 7, names: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
];

export type CronProblem =
  | { kind: 'count'; count: number }
  | { kind: 'field'; field: string; value: string; min: number; max: number }
  | { kind: 'macro'; value: string };

function parseValue(v: string, f: (typeof FIELDS)[number]): number | undefined {
  if (/^\d+$/.test(v)) return Number(v);
  const i = f.names?.indexOf(v.toLowerCase()) ?? -1;
  return i >= 0 ? i + (f.name === 'month' ? 1 : 0) : undefined;
}

function fieldOk(text: string, f: (typeof FIELDS)[number]): boolean {
  for (const part of text.split(',')) {
    const [range, step, extra] = part.split('/');
    if (extra !== undefined || range === '') return false;
    if (step !== undefined && !/^\d+$/.test(step)) return false;
    if (step !== undefined && Number(step) === 0) return false;
    if (range === '*' || range === '?') continue;
    const [a, b, more] = range.split('-');
    if (more !== undefined) return false;
    const va = parseValue(a, f);
    if (va === undefined || va < f.min || va > f.max) return false;
    if (b !== undefined) {
      const vb = parseValue(b, f);
      if (vb === undefined || vb < f.min || vb > f.max || vb < va) return false;
    }
  }
  return true;
}

/** undefined when the schedule is valid. */
export function cronProblem(schedule: string): CronProblem | undefined {
  let s = schedule.trim();
  const tz = /^(CRON_TZ|TZ)=\S+\s+/.exec(s);
  if (tz) s = s.slice(tz[0].length);
  if (s.startsWith('@')) {
    if (MACROS.has(s) || /^@every\s+\S+$/.test(s)) return undefined;
    return { kind: 'macro', value: s };
  }
  const parts = s.split(/\s+/).filter(Boolean);
  if (parts.length !== 5) return { kind: 'count', count: parts.length };
  for (let i = 0; i < 5; i++) {
    if (!fieldOk(parts[i], FIELDS[i])) return { kind: 'field', field: FIELDS[i].name, value: parts[i], min: FIELDS[i].min, max: FIELDS[i].max };
  }
  return undefined;
}
