import assert from 'node:assert/strict';
import { cronProblem } from '../../../../core/analysis/util/cron';
import { analyze, expectAt, expectLanguages, expectNone } from '../helpers';

const cj = (s: string) => `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: c\nspec:\n  schedule: "${s}"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: c\n              image: busybox:1.36\n`;

describe('rule cron-schedule (KA064)', () => {
  it('reports a schedule with 4 fields and a value out of range', () => {
    expectLanguages(expectAt(analyze({ 'c.yaml': cj('*/5 * * *') }), { code: 'KA064', at: '"*/5', severity: 'error' }));
    expectLanguages(expectAt(analyze({ 'c.yaml': cj('0 25 * * *') }), { code: 'KA064', at: '"0 25', messageKey: 'KA064.hour' }));
  });
  it('accepts valid schedules and macros', () => {
    expectNone(analyze({ 'c.yaml': cj('*/5 * * * *') }), 'KA064');
    for (const s of ['0 0 * * *', '@daily', '15 8-18/2 * jan-jun mon,fri', 'CRON_TZ=Europe/Paris 0 9 * * 1']) assert.equal(cronProblem(s), undefined, s);
    assert.deepEqual(cronProblem('* * * * * *'), { kind: 'count', count: 6 });
  });
});
