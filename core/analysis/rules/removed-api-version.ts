// apiVersion no longer served for this kind (removed), or never served (`batch/v1beta1` Job), with the replacement
// and a quick fix.
import { rangeOf } from '../index/ranges';
import { activeSchemas, activeTargetVersion } from '../schema/catalog';
import { getPair } from '../util/yamlNodes';
import { removedApi } from '../util/removedApis';
import type { DocRule } from './rule';

export const removedApiVersion: DocRule = {
  id: 'removed-api-version',
  codes: ['KA038'],
  scope: 'document',
  check(ctx) {
    for (const res of ctx.resources) {
      if (!res.apiVersion || !res.kind) continue;
      const info = removedApi(res.apiVersion, res.kind, activeSchemas());
      if (!info) continue;
      const pair = getPair(res.node, 'apiVersion');
      if (!pair?.value) continue;
      const range = rangeOf(res.doc, pair.value);
      ctx.report({
        code: 'KA038', messageKey: info.note ? `KA038.${info.note}` : info.replacement ? 'KA038' : 'KA038.gone', range,
        args: { apiVersion: res.apiVersion, kind: res.kind, version: info.removedIn ?? activeTargetVersion(), replacement: info.replacement ?? '' },
        fixes: info.replacement ? [{ titleKey: 'fix.KA038', args: { replacement: info.replacement }, edits: [{ uri: res.uri, range, newText: info.replacement }], preferred: true }] : undefined,
      });
    }
  },
};
