// Data types of the curated hover texts.

/** A curated explanation of one field, for beginners. */
export interface FieldDoc {
  /** What the field does, in one to three sentences. */
  texte: string;
  /** A short YAML example (one or a few lines). */
  exemple?: string;
  /** The frequent mistake, and how to avoid it. */
  erreur?: string;
}

/** Curated field docs keyed by `<definition>.<field>`, e.g. `io.k8s.api.core.v1.Container.image`. */
export type FieldDocs = Record<string, FieldDoc>;

/** Groups the fields of one definition: `fieldsOf('io.k8s.api.core.v1.Container', { image: {...} })`. */
export function fieldsOf(definition: string, fields: Record<string, FieldDoc>): FieldDocs {
  const out: FieldDocs = {};
  for (const [name, doc] of Object.entries(fields)) out[`${definition}.${name}`] = doc;
  return out;
}

/** Short names of the definitions' packages, to keep the data files readable. */
export const CORE = 'io.k8s.api.core.v1';
export const APPS = 'io.k8s.api.apps.v1';
export const BATCH = 'io.k8s.api.batch.v1';
export const NET = 'io.k8s.api.networking.v1';
export const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
export const RBAC = 'io.k8s.api.rbac.v1';
export const AUTOSCALING = 'io.k8s.api.autoscaling.v2';
export const POLICY = 'io.k8s.api.policy.v1';

/** A kind's two-sentence explanation and its documentation page. */
export interface KindDoc {
  texte: string;
  /** Documentation URL (French page when one exists). */
  url: string;
  /** False when only the English page exists. */
  fr: boolean;
}
