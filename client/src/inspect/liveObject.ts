// Text of the live YAML view: the object without managedFields and last-applied noise, with a French header.
// Pure (no vscode), shared by the virtual document and tests.
import { stringify } from 'yaml';
import type { ObjRef } from '../tree/model/types';
import { kubectlGet } from '../tree/model/present';
import { t, type Lang } from '../../../core/i18n/tree';

/** The object without the noise a student does not need: managedFields and the last-applied annotation. */
export function cleanLiveObject(o: Record<string, unknown>): Record<string, unknown> {
  const meta = o.metadata as { managedFields?: unknown; annotations?: Record<string, string> } | undefined;
  if (meta) {
    delete meta.managedFields;
    if (meta.annotations) {
      delete meta.annotations['kubectl.kubernetes.io/last-applied-configuration'];
      if (Object.keys(meta.annotations).length === 0) delete meta.annotations;
    }
  }
  return o;
}

export function liveYamlText(lang: Lang, ref: ObjRef, obj: Record<string, unknown>, time: string): string {
  const header = t(lang, 'live.header', { kind: ref.kind, name: ref.name, time, kubectl: `${kubectlGet(ref)} -o yaml` });
  return header + stringify(cleanLiveObject(obj), { lineWidth: 0 });
}
