// The curated field hovers of each language, merged from the domain files (each `<domain>.fr.ts` has its
// `<domain>.en.ts` pair with the same keys).
import type { FieldDocs } from '../types';
import { configEn } from './config.en';
import { configFr } from './config.fr';
import { containerEn } from './container.en';
import { containerFr } from './container.fr';
import { metaEn } from './meta.en';
import { metaFr } from './meta.fr';
import { networkEn } from './network.en';
import { networkFr } from './network.fr';
import { podEn } from './pod.en';
import { podFr } from './pod.fr';
import { probesEn } from './probes.en';
import { probesFr } from './probes.fr';
import { workloadsEn } from './workloads.en';
import { workloadsFr } from './workloads.fr';

export const fieldsFr: FieldDocs = { ...metaFr, ...workloadsFr, ...podFr, ...containerFr, ...probesFr, ...networkFr, ...configFr };
export const fieldsEn: FieldDocs = { ...metaEn, ...workloadsEn, ...podEn, ...containerEn, ...probesEn, ...networkEn, ...configEn };
