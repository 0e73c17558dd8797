// The configuration a Pod needs: ConfigMaps and Secrets (and their keys) named in env, envFrom and volumes.
import { byName, containersOf, podSpec, type Json } from './objects';
import { quoteList } from './text';
import type { KObject } from './types';
import type { Finding, Walker } from './walker';

interface ConfigRef {
  store: 'configmap' | 'secret';
  name: string;
  key?: string;
  optional: boolean;
  where: string;
}

export function configRefs(w: Walker, spec: Json): ConfigRef[] {
  const out: ConfigRef[] = [];
  const add = (store: ConfigRef['store'], name: unknown, key: unknown, optional: unknown, where: string) => {
    if (typeof name === 'string' && name) out.push({ store, name, key: typeof key === 'string' ? key : undefined, optional: optional === true, where });
  };
  for (const c of containersOf(spec)) {
    for (const e of (c.env ?? []) as Json[]) {
      const where = w.t('config.where.env', { variable: e.name, container: c.name });
      const cm = e.valueFrom?.configMapKeyRef;
      const sk = e.valueFrom?.secretKeyRef;
      if (cm) add('configmap', cm.name, cm.key, cm.optional, where);
      if (sk) add('secret', sk.name, sk.key, sk.optional, where);
    }
    for (const f of (c.envFrom ?? []) as Json[]) {
      const where = w.t('config.where.envFrom', { container: c.name });
      if (f.configMapRef) add('configmap', f.configMapRef.name, undefined, f.configMapRef.optional, where);
      if (f.secretRef) add('secret', f.secretRef.name, undefined, f.secretRef.optional, where);
    }
  }
  for (const v of (spec?.volumes ?? []) as Json[]) {
    const where = w.t('config.where.volume', { volume: v.name });
    const withItems = (store: ConfigRef['store'], name: unknown, src: Json) => {
      add(store, name, undefined, src.optional, where);
      for (const it of (src.items ?? []) as Json[]) add(store, name, it.key, src.optional, where);
    };
    if (v.configMap) withItems('configmap', v.configMap.name, v.configMap);
    if (v.secret) withItems('secret', v.secret.secretName, v.secret);
    for (const s of (v.projected?.sources ?? []) as Json[]) {
      if (s.configMap) withItems('configmap', s.configMap.name, s.configMap);
      if (s.secret) withItems('secret', s.secret.name, s.secret);
    }
  }
  return out;
}

function keysOf(o: KObject): string[] {
  return [...Object.keys((o.data as Json) ?? {}), ...Object.keys((o.binaryData as Json) ?? {}), ...Object.keys((o.stringData as Json) ?? {})];
}

/** The config hop; skipped when the Pods name no ConfigMap/Secret. Returns false on a broken link. */
export function configHop(w: Walker, pods: KObject[]): boolean {
  const seen = new Set<string>();
  const refs = pods.flatMap((p) => configRefs(w, podSpec(p))).filter((r) => {
    const k = `${r.store}/${r.name}/${r.key ?? ''}/${r.where}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return !r.optional;
  });
  if (!refs.length) return true;
  const checked = w.t('pods.config.checked');
  const denied = new Set<string>();
  for (const r of refs) {
    const res = r.store === 'configmap' ? 'configmaps' : 'secrets';
    if (w.view.forbidden[res] !== undefined) {
      denied.add(res);
      continue;
    }
    const obj = byName(w.view, res, r.name);
    const kind = r.store === 'configmap' ? 'ConfigMap' : 'Secret';
    const kubectl = r.store === 'configmap' ? `kubectl get configmap ${r.name} -o yaml -n ${w.ns}` : `kubectl get secret ${r.name} -o jsonpath='{.data}' -n ${w.ns}`;
    const params = { name: r.name, key: r.key ?? '', where: r.where, namespace: w.ns };
    let f: Finding | undefined;
    if (!obj) f = { code: r.store === 'configmap' ? 'config.cmMissing' : 'config.secretMissing', params, why: 'config.missing.why' };
    else if (r.key && !keysOf(obj).includes(r.key)) {
      f = {
        code: r.store === 'configmap' ? 'config.cmKeyMissing' : 'config.secretKeyMissing',
        params: { ...params, keys: quoteList(w.lang, keysOf(obj)) }, why: 'config.missing.why', fix: 'config.keyMissing.fix',
      };
    }
    if (f) return w.bad('pods.config', checked, f, kubectl, obj ? w.obj(kind, r.name) : w.podOwner);
  }
  if (denied.size) {
    const f = w.forbidden([...denied][0] as 'configmaps' | 'secrets')!;
    return w.unknown('pods.config', 'forbidden', checked, f.seen, f.fix, `kubectl get ${[...denied].join(',')} -n ${w.ns}`);
  }
  return w.ok('pods.config', checked, w.t('pods.config.ok', { count: refs.length }), `kubectl get configmaps,secrets -n ${w.ns}`);
}
