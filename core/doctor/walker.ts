// Collects the hops of one diagnosis: texts from the catalogue, manifest links, the stop at the first broken link.
import { dt, type DoctorKey, type Params } from './text';
import type { DoctorResource, DoctorView, Hop, HopObject, HopStatus, Lang } from './types';


export interface Finding {
  /** Catalogue prefix of the finding: `<code>.seen`, `<code>.why`, `<code>.fix` (why/fix keys may be overridden). */
  code: string;
  params: Params;
  why?: DoctorKey;
  fix?: DoctorKey;
  /** Already translated reason and fix (from the explanations catalogue of states), overriding the keys. */
  whyText?: string;
  fixText?: string;
  /** Extra text appended to the fact (already translated). */
  extra?: string;
}

export class Walker {
  readonly hops: Hop[] = [];
  broken = false;
  /** The workload whose manifest defines the Pods being checked (Pods themselves rarely have a manifest). */
  podOwner?: HopObject;

  constructor(readonly view: DoctorView, readonly lang: Lang) {}

  get ns(): string {
    return this.view.namespace;
  }

  t(key: DoctorKey, params?: Params): string {
    return dt(this.lang, key, params);
  }

  obj(kind: string, name: string): HopObject {
    return { kind, name, namespace: this.ns };
  }

  private push(hop: Omit<Hop, 'manifest'>): void {
    const find = (o?: HopObject) => (o ? this.view.manifest?.(o.kind, o.name, o.namespace) : undefined);
    const m = find(hop.object) ?? (hop.object?.kind === 'Pod' ? find(this.podOwner) : undefined);
    this.hops.push(m ? { ...hop, manifest: m } : hop);
    if (hop.status === 'broken') this.broken = true;
  }

  ok(id: string, checked: string, seen: string, kubectl: string, object?: HopObject): true {
    this.push({ id, code: id, status: 'ok', object, checked, seen, kubectl });
    return true;
  }

  /** A broken link: the walk stops (returns false so callers can `return w.bad(…)`). */
  bad(id: string, checked: string, f: Finding, kubectl: string, object?: HopObject, logs?: string[]): false {
    const p = f.params;
    const seen = this.t(`${f.code}.seen` as DoctorKey, p) + (f.extra ?? '');
    this.push({
      id, code: f.code, status: 'broken', object, checked, seen,
      why: f.whyText ?? this.t(f.why ?? (`${f.code}.why` as DoctorKey), p),
      fix: f.fixText ?? this.t(f.fix ?? (`${f.code}.fix` as DoctorKey), p), kubectl,
      ...(logs ? { logs } : {}),
    });
    return false;
  }

  /** A link the doctor cannot judge (the walk goes on). */
  unknown(id: string, code: string, checked: string, seen: string, fix: string | undefined, kubectl: string, object?: HopObject): true {
    this.push({ id, code, status: 'unknown', object, checked, seen, ...(fix ? { fix } : {}), kubectl });
    return true;
  }

  /** « votre compte ne peut pas lire les EndpointSlices : … » when the resource was refused; undefined when readable. */
  forbidden(res: DoctorResource): { seen: string; fix: string } | undefined {
    const detail = this.view.forbidden[res];
    if (detail === undefined) return undefined;
    const what = this.t(`resource.${res}` as DoctorKey);
    return { seen: this.t('forbidden.seen', { what, detail }), fix: this.t('forbidden.fix', { what }) };
  }

  /** Records a « non vérifiable » hop when `res` is unreadable; returns true when it did. */
  denied(id: string, res: DoctorResource, checked: string, kubectl: string, object?: HopObject): boolean {
    const f = this.forbidden(res);
    if (!f) return false;
    this.unknown(id, 'forbidden', checked, f.seen, f.fix, kubectl, object);
    return true;
  }

  verdict(): HopStatus {
    if (this.broken) return 'broken';
    return this.hops.some((h) => h.status === 'unknown') ? 'unknown' : 'ok';
  }
}
