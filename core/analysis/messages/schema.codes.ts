// Code table of the schema validation (KA041, KA042, KA043, KA046, KA150–KA199), owned by the schema engineer.
// KA041/42/43/46 = schema checks of common student mistakes; KA150+ = other schema checks.
import type { CodeInfo } from './types';

function c(slug: string, severity: CodeInfo['severity'], title: string, titleEn: string): CodeInfo {
  return { slug, severity, title, titleEn };
}

export const schemaCodes: Record<string, CodeInfo> = {
  KA041: c('KA041-casse-enumeration', 'error', 'Valeur autorisée mal écrite (majuscules)', 'Allowed value with the wrong case'),
  KA042: c('KA042-apiversion-kind', 'error', '`apiVersion` incompatible avec `kind`', '`apiVersion` does not match `kind`'),
  KA043: c('KA043-champ-obligatoire', 'error', 'Champ obligatoire manquant ou vide', 'Missing or empty required field'),
  KA046: c('KA046-champ-inconnu', 'error', 'Champ inconnu ou placé au mauvais niveau', 'Unknown field or field at the wrong level'),
  KA150: c('KA150-type-de-valeur', 'error', 'Type de valeur incorrect', 'Wrong value type'),
  KA151: c('KA151-valeur-non-autorisee', 'error', 'Valeur non autorisée', 'Value not allowed'),
  KA152: c('KA152-quantite-invalide', 'error', 'Quantité invalide (CPU, mémoire, stockage)', 'Invalid quantity (CPU, memory, storage)'),
  KA153: c('KA153-memoire-en-milli', 'warning', 'Mémoire exprimée en millièmes d’octet (`m`)', 'Memory in thousandths of a byte (`m`)'),
  KA154: c('KA154-nombre-entre-guillemets', 'error', 'Numéro de port ou pourcentage écrit entre guillemets', 'Quoted port number or percentage'),
  KA160: c('KA160-lab-yaml', 'error', 'lab.yaml non conforme au format des labs', 'lab.yaml does not follow the lab format'),
};
