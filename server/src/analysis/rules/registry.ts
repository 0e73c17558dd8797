// Explicit list of the rules (no side-effect registration). One rule per file; see rule.ts.
import type { Rule } from './rule';
import { schemaValidation } from './schema-validation';
import { yamlSyntax } from './yaml-syntax';

export const rules: readonly Rule[] = [
  yamlSyntax,
  schemaValidation,
];
