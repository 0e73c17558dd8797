// Shared by the corpus and seeds tests: is the schema validation real yet (or still the placeholder)?
import { schemaValidation } from '../../../server/src/analysis/rules/schema-validation';

export const schemaIsReal = (schemaValidation as { placeholder?: boolean }).placeholder !== true;
