// Messages of the schema validation (codes KA041, KA042, KA043, KA046, KA150–KA199), owned by the schema engineer.
import type { MessageCatalogue } from './types';

export const schemaFr: MessageCatalogue = {};
