// Image references: a placeholder (`<image>`), uppercase letters or spaces make an invalid reference
// (the Pod stays in InvalidImageName); `:latest` or no tag is a hint (apply will not roll out a new push).
import { rangeOf } from '../index/ranges';
import { parseImage } from '../util/image';
import { get, str } from '../util/yamlNodes';
import { allContainerNodes, podObjects } from './helpers';
import type { DocRule } from './rule';

export const imageReference: DocRule = {
  id: 'image-reference',
  codes: ['KA061', 'KA034'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      for (const { node } of allContainerNodes(tpl.spec)) {
        const imageNode = get(node, 'image');
        const image = str(imageNode);
        if (!imageNode || image === undefined || image === '') continue;
        const ref = parseImage(image.trim());
        const range = rangeOf(res.doc, imageNode);
        if (!ref) {
          const placeholder = /<[^>]*>/.test(image);
          const lower = image.trim().toLowerCase();
          const fixable = !placeholder && parseImage(lower) !== undefined && lower !== image;
          ctx.report({
            code: 'KA061', messageKey: placeholder ? 'KA061.placeholder' : /\s/.test(image.trim()) ? 'KA061.space' : /[A-Z]/.test(image) ? 'KA061.uppercase' : 'KA061',
            range, args: { image, suggestion: fixable ? lower : '' },
            fixes: fixable ? [{ titleKey: 'fix.value', args: { value: lower }, edits: [{ uri: res.uri, range, newText: lower }], preferred: true }] : undefined,
          });
          continue;
        }
        if (!ref.digest && (!ref.tag || ref.tag === 'latest')) {
          ctx.report({ code: 'KA034', messageKey: res.kind === 'Pod' ? 'KA034.pod' : ref.tag ? 'KA034' : 'KA034.none', range, args: { image, name: res.name ?? '', kind: (res.kind ?? '').toLowerCase() } });
        }
      }
    }
  },
};
