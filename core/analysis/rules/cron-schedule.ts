// A CronJob schedule must have 5 fields (minute hour day-of-month month day-of-week) with valid values.
import { rangeOf } from '../index/ranges';
import { cronProblem } from '../util/cron';
import { get, str } from '../util/yamlNodes';
import { isBuiltin } from './helpers';
import type { DocRule } from './rule';

export const cronSchedule: DocRule = {
  id: 'cron-schedule',
  codes: ['KA064'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!isBuiltin(res, 'CronJob', ['batch'])) continue;
      const node = get(get(res.node, 'spec'), 'schedule');
      const schedule = str(node);
      if (!node || schedule === undefined) continue;
      const p = cronProblem(schedule);
      if (!p) continue;
      if (p.kind === 'count') ctx.report({ code: 'KA064', range: rangeOf(res.doc, node), args: { schedule, count: p.count } });
      else if (p.kind === 'macro') ctx.report({ code: 'KA064', messageKey: 'KA064.macro', range: rangeOf(res.doc, node), args: { schedule } });
      else ctx.report({ code: 'KA064', messageKey: `KA064.${p.field}`, range: rangeOf(res.doc, node), args: { schedule, value: p.value, min: p.min, max: p.max } });
    }
  },
};
