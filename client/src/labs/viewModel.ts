// Builds what the webview shows (protocol types) from labs and progress. Pure: no vscode, no fs.
import { kindOf } from './checks/registry';
import type { CatalogEntry } from './catalog';
import type { Environment, Lab } from './format/types';
import type { Lang } from '../../../core/i18n/labs';
import { counts, type ProgressState } from './progress';
import type { BrokenLab, LabSummary, LabView } from './protocol';
import { stepApplies } from './runner';

export function summaries(entries: CatalogEntry[], state: ProgressState, env: Environment): { labs: LabSummary[]; broken: BrokenLab[] } {
  const labs: LabSummary[] = [];
  const broken: BrokenLab[] = [];
  for (const e of entries) {
    if (!e.lab) {
      broken.push({ dir: e.dir, problèmes: e.problems.map((p) => `${p.fichier}${p.ligne ? `:${p.ligne}` : ''}${p.chemin ? ` (${p.chemin})` : ''} : ${p.message}`) });
      continue;
    }
    const d = e.lab.def;
    const lp = state.labs[d.id];
    const { done, total } = counts(e.lab, lp);
    labs.push({
      id: d.id, titre: d.titre, résumé: d.résumé, niveau: d.niveau, durée: d.durée, environnements: d.environnements,
      origine: e.lab.origin, prérequis: d.prérequis ?? [], done, total, applicable: d.environnements.includes(env), terminé: !!lp?.completedAt,
    });
  }
  return { labs, broken };
}

export interface LabViewOptions {
  env: Environment;
  lang: Lang;
  workDirLabel: string;
  started: boolean;
  instructor: boolean;
}

export function labView(lab: Lab, state: ProgressState, o: LabViewOptions): LabView {
  const lp = state.labs[lab.def.id];
  const { done, total } = counts(lab, lp);
  const current = lp?.currentStep && lab.def.étapes.some((s) => s.id === lp.currentStep) ? lp.currentStep : lab.def.étapes[0].id;
  return {
    id: lab.def.id, titre: lab.def.titre, résumé: lab.def.résumé, niveau: lab.def.niveau, durée: lab.def.durée,
    environnementCourant: o.env, dossier: o.workDirLabel, démarré: o.started, étapeCourante: current, done, total, modeFormateur: o.instructor,
    étapes: lab.def.étapes.map((s) => {
      const sp = lp?.steps[s.id];
      return {
        id: s.id, titre: s.titre, markdown: lab.markdown[s.id] ?? '', fichiers: s.fichiers ?? [],
        indices: (s.indices ?? []).slice(0, sp?.hintsShown ?? 0), indicesTotal: s.indices?.length ?? 0,
        aSolution: (lab.solutionFiles[s.id] ?? []).length > 0, optionnelle: !!s.optionnelle, applicable: stepApplies(s, o.env),
        réussie: sp?.passedAt !== undefined,
        vérifications: s.vérifications.map((c, i) => ({ index: i, titre: c.titre ?? kindOf(c).describe(c, o.lang), cluster: kindOf(c).scope === 'cluster' })),
        derniersRésultats: sp?.lastResults,
      };
    }),
  };
}
