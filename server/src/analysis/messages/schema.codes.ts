// Code table of the schema validation (KA041, KA042, KA043, KA046, KA150–KA199), owned by the schema engineer.
import type { CodeInfo } from './types';

export const schemaCodes: Record<string, CodeInfo> = {};
