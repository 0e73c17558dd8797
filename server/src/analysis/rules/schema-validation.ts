// PLACEHOLDER owned by the schema engineer (issue on schemas): validation of each object against the
// Kubernetes JSON schemas (codes KA041, KA042, KA043, KA046, KA150–KA199). It will replace this file.
// `placeholder: true` lets the corpus test know that schema findings cannot be expected yet.
import type { DocRule } from './rule';

export const schemaValidation: DocRule & { placeholder?: boolean } = {
  id: 'schema-validation',
  codes: [],
  scope: 'document',
  placeholder: true,
  check() {
    // Intentionally empty until the schema engine lands.
  },
};
