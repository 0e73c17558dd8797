// The pod template of a Job (or a CronJob's job template) needs restartPolicy Never or OnFailure; the
// default, Always, is refused.
import { rangeOf } from '../index/ranges';
import { getPair, str } from '../util/yamlNodes';
import { columnOf, podObjects } from './helpers';
import type { DocRule } from './rule';

export const jobRestartPolicy: DocRule = {
  id: 'job-restart-policy',
  codes: ['KA044'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      if (res.kind !== 'Job' && res.kind !== 'CronJob') continue;
      if (!tpl.spec) continue;
      const pair = getPair(tpl.spec, 'restartPolicy');
      const value = str(pair?.value);
      if (value === 'Never' || value === 'OnFailure') continue;
      if (pair && value !== 'Always') continue; // other values (wrong case…): enum check of the schema
      const specPair = getPair(getPair(res.node, 'spec')?.value, res.kind === 'Job' ? 'template' : 'jobTemplate');
      const range = pair ? rangeOf(res.doc, pair.value) : rangeOf(res.doc, specPair?.key ?? res.node);
      const first = tpl.spec.items[0] as { key: unknown } | undefined;
      const fixes = pair?.value
        ? [{ titleKey: 'fix.value', args: { value: 'Never' }, edits: [{ uri: res.uri, range: rangeOf(res.doc, pair.value), newText: 'Never' }], preferred: true }]
        : first
          ? [{ titleKey: 'fix.KA044', args: {}, edits: [{ uri: res.uri, range: { start: rangeOf(res.doc, first.key).start, end: rangeOf(res.doc, first.key).start }, newText: `restartPolicy: Never\n${' '.repeat(columnOf(res.doc, rangeOf(res.doc, first.key).start))}` }], preferred: true }]
          : undefined;
      ctx.report({ code: 'KA044', messageKey: pair ? 'KA044.always' : 'KA044', range, args: { kind: res.kind }, fixes });
    }
  },
};
