// HTML of the lab panel's two screens (list, lab), built from escaped strings. Stable ids and data attributes
// (`data-action`, `data-lab-id`, `data-step-id`, `data-status`, `data-check-index`) for tests and keyboard users.
import type { CheckResult, DiagnosticHint } from '../../core/labs/checks/types';
import type { BrokenLab, LabSummary, LabView, StepView } from '../../core/labs/protocol';
import type { UiStrings } from '../../core/i18n/labsPanel';
import { escapeHtml as e, renderInline, renderMarkdown, type Rendered } from './markdown';

const MARK: Record<CheckResult['status'], string> = { réussie: '✓', échouée: '✗', erreur: '!', ignorée: '–' };

function button(action: string, label: string, opts: { id?: string; secondary?: boolean; disabled?: boolean; data?: Record<string, string> } = {}): string {
  const data = Object.entries(opts.data ?? {}).map(([k, v]) => ` data-${k}="${e(v)}"`).join('');
  return `<vscode-button${opts.id ? ` id="${opts.id}"` : ''} data-action="${action}"${data}${opts.secondary ? ' secondary' : ''}${opts.disabled ? ' disabled' : ''}>${e(label)}</vscode-button>`;
}

export function listHtml(s: UiStrings, labs: LabSummary[], broken: BrokenLab[], env: string): string {
  const cards = labs.map((l) => `
    <li class="lab-card${l.applicable ? '' : ' not-applicable'}" data-lab-id="${e(l.id)}" data-done="${l.done}" data-total="${l.total}">
      <div class="lab-card-head">
        <h2>${e(l.titre)}</h2>
        ${l.terminé ? `<vscode-badge class="done">${e(s.terminé)}</vscode-badge>` : ''}
      </div>
      ${l.résumé ? `<p class="summary">${e(l.résumé)}</p>` : ''}
      <p class="meta">${e(s.niveau)} : ${e(l.niveau)} · ${e(s.durée)} : ${l.durée} ${e(s.minutes)} · ${l.total} ${e(s.étapes)} · ${e(l.environnements.join(', '))}${
        l.origine === 'espace' ? ` · ${e(s.origineEspace)}` : ''}</p>
      ${l.prérequis.length ? `<p class="meta">${e(s.prérequis)} : ${e(l.prérequis.join(', '))}</p>` : ''}
      ${l.applicable ? '' : `<p class="warning">${e(s.nonApplicable)}</p>`}
      <div class="lab-card-foot">
        <progress class="mini-progress" value="${l.done}" max="${Math.max(1, l.total)}" aria-label="${e(s.progression)} ${l.done}/${l.total}"></progress>
        <span class="count">${l.done}/${l.total}</span>
        ${button('open-lab', l.done > 0 && !l.terminé ? s.reprendre : s.ouvrir, { data: { 'lab-id': l.id } })}
      </div>
    </li>`).join('');
  const brokenHtml = broken.length ? `<h2>${e(s.labsIllisibles)}</h2><ul id="broken-labs">${broken.map((b) => `<li><code>${e(b.dir)}</code><ul>${b.problèmes.map((p) => `<li>${e(p)}</li>`).join('')}</ul></li>`).join('')}</ul>` : '';
  return `
    <header class="top"><h1>${e(s.titre)}</h1>${button('export-progress', s.exporter, { id: 'btn-exporter', secondary: true })}</header>
    <p>${e(s.listeIntro)}</p>
    <p class="meta" id="environment">${e(s.environnement)} : <strong>${e(env)}</strong></p>
    ${labs.length ? `<ul id="lab-list" class="lab-list">${cards}</ul>` : `<p id="lab-list-empty">${e(s.aucunLab)}</p>`}
    ${brokenHtml}`;
}

function stepStatus(st: StepView, current: string): string {
  if (!st.applicable) return 'ignorée';
  if (st.réussie) return 'réussie';
  return st.id === current ? 'en-cours' : 'à-faire';
}

/** The diagnostic that explains a failed check: its code, the Problems panel's sentence, a link to its line. */
function diagnosticHtml(s: UiStrings, d: DiagnosticHint): string {
  return `<span class="check-diagnostic" data-code="${e(d.code)}"><span class="diagnostic-code">${e(s.diagnostic)} ${e(d.code)}</span>&nbsp;: ${renderInline(d.message)}
        <button type="button" class="link diagnostic-link" data-action="open-file" data-path="${e(d.file)}" data-line="${d.line}">${e(d.file)}, ${e(s.ligne)} ${d.line}</button></span>`;
}

export function resultsHtml(s: UiStrings, results: CheckResult[] | undefined, step: StepView): string {
  const byIndex = new Map((results ?? []).map((r) => [r.index, r]));
  return step.vérifications.map((c) => {
    const r = byIndex.get(c.index);
    const status = r?.status ?? 'en-attente';
    const label = r ? s[`statut_${r.status}` as const] : '';
    return `<li class="check" data-check-index="${c.index}" data-status="${e(status)}">
      <span class="check-mark" aria-hidden="true">${r ? MARK[r.status] : '○'}</span>
      <span class="check-body"><span class="check-title">${e(r?.title ?? c.titre)}</span>${r ? `<span class="visually-hidden"> : ${e(label)}</span>` : ''}
      ${r && r.status !== 'réussie' && r.failMessage ? `<span class="check-echec">${e(r.failMessage)}</span>` : ''}
      ${r && r.status !== 'réussie' && r.detail ? `<span class="check-detail">${e(r.detail)}</span>` : ''}
      ${r && r.status === 'échouée' && r.diagnostic ? diagnosticHtml(s, r.diagnostic) : ''}</span>
    </li>`;
  }).join('');
}

export function labHtml(s: UiStrings, lab: LabView, checking: boolean): { html: string; rendered: Rendered } {
  const idx = Math.max(0, lab.étapes.findIndex((x) => x.id === lab.étapeCourante));
  const step = lab.étapes[idx];
  const rendered = renderMarkdown(step.markdown, { copyLabel: s.copier, openFileLabel: s.ouvrirFichier });
  const nav = lab.étapes.map((st, i) => `<li><button class="step-link" data-action="select-step" data-step-id="${e(st.id)}" data-status="${stepStatus(st, lab.étapeCourante)}"${
    st.id === step.id ? ' aria-current="step"' : ''}><span class="step-num">${i + 1}</span> ${e(st.titre)}${st.optionnelle ? ` <em>(${e(s.facultative)})</em>` : ''}</button></li>`).join('');
  const status = step.réussie ? 'réussie' : step.derniersRésultats ? 'échouée' : 'à-faire';
  const statusText = lab.done === lab.total && step.réussie ? s.labTerminé : step.réussie ? s.réussie : step.derniersRésultats ? s.échouée : '';
  const hints = step.indices.map((h, i) => `<li data-hint-index="${i}"><strong>${e(s.indice)} ${i + 1}</strong> : ${renderInline(h)}</li>`).join('');
  const files = step.fichiers.map((f) => `<li>${button('open-file', f, { secondary: true, data: { path: f } })}</li>`).join('');
  const html = `
    <header class="top">
      ${button('back', s.retour, { id: 'btn-retour', secondary: true })}
      ${button('export-progress', s.exporter, { id: 'btn-exporter', secondary: true })}
    </header>
    <section id="lab-view" data-lab-id="${e(lab.id)}" data-current-step="${e(step.id)}">
      <h1>${e(lab.titre)}</h1>
      ${lab.résumé ? `<p class="summary">${e(lab.résumé)}</p>` : ''}
      <p class="meta">${e(s.niveau)} : ${e(lab.niveau)} · ${e(s.durée)} : ${lab.durée} ${e(s.minutes)} · ${e(s.environnement)} : ${e(lab.environnementCourant)}</p>
      <div class="progress-row">
        <progress id="lab-progress" value="${lab.done}" max="${Math.max(1, lab.total)}" aria-label="${e(s.progression)}"></progress>
        <span id="lab-progress-text" aria-live="polite">${e(s.progression)} : ${lab.done}/${lab.total}</span>
      </div>
      ${lab.démarré ? '' : `<div id="start-box" class="start-box"><p>${e(s.démarrerAide)} <code>${e(lab.dossier)}</code></p>${button('start-lab', s.démarrer, { id: 'btn-demarrer', data: { 'lab-id': lab.id } })}</div>`}
      <div class="lab-body">
        <nav aria-label="${e(s.étapes)}"><ol id="step-list">${nav}</ol></nav>
        <article id="step" data-step-id="${e(step.id)}" data-status="${status}">
          <p class="step-label">${e(s.étape)} ${idx + 1}/${lab.étapes.length}${step.optionnelle ? ` (${e(s.facultative)})` : ''}</p>
          ${step.applicable ? '' : `<p class="warning" id="step-skipped">${e(s.ignorée)}</p>`}
          <div id="step-text" class="markdown">${rendered.html}</div>
          ${files ? `<h3>${e(s.fichiers)}</h3><ul class="files">${files}</ul>` : ''}
          <div class="actions primary-actions">
            ${button('check', checking ? s.vérification : s.vérifier, { id: 'btn-verifier', disabled: checking || !lab.démarré, data: { 'step-id': step.id } })}
            ${step.fichiers.length ? button('apply-step-files', s.appliquerFichiers, { id: 'btn-appliquer-fichiers', secondary: true, disabled: !lab.démarré, data: { 'step-id': step.id } }) : ''}
          </div>
          ${checking ? '<vscode-progress-bar id="checking" indeterminate aria-label="…"></vscode-progress-bar>' : ''}
          <p id="step-status" tabindex="-1" data-status="${status}" role="status" aria-live="polite">${e(statusText)}</p>
          <h3>${e(s.vérifications)}</h3>
          <ul id="check-results" aria-live="polite">${resultsHtml(s, step.derniersRésultats, step)}</ul>
          <div id="hints-box">
            ${hints ? `<ol id="hints">${hints}</ol>` : ''}
            ${step.indicesUtilisés ? `<p class="meta" id="hints-used">${e(s.indicesUtilisés)}&nbsp;: ${step.indicesUtilisés}/${Math.max(step.indicesUtilisés, step.indicesTotal)}</p>` : ''}
            ${step.indices.length < step.indicesTotal
              ? button('show-hint', s.indiceSuivant, { id: 'btn-indice', secondary: true, data: { 'step-id': step.id } })
              : step.indicesTotal > 0 ? `<p class="meta" id="no-more-hints">${e(s.plusDIndice)}</p>` : ''}
          </div>
          <div class="actions secondary-actions">
            ${step.aSolution ? button('show-solution', s.voirSolution, { id: 'btn-solution', secondary: true, disabled: !lab.démarré, data: { 'step-id': step.id } }) : ''}
            ${step.aSolution ? button('apply-solution', s.appliquerSolution, { id: 'btn-appliquer-solution', secondary: true, disabled: !lab.démarré, data: { 'step-id': step.id } }) : ''}
            ${button('reset-step', s.réinitialiser, { id: 'btn-reinitialiser', secondary: true, disabled: !lab.démarré, data: { 'step-id': step.id } })}
            ${lab.modeFormateur ? button('solve-step', s.résoudre, { id: 'btn-resoudre', secondary: true, disabled: !lab.démarré, data: { 'step-id': step.id } }) : ''}
          </div>
          <div class="actions step-nav">
            ${idx > 0 ? button('select-step', s.précédente, { id: 'btn-precedente', secondary: true, data: { 'step-id': lab.étapes[idx - 1].id } }) : ''}
            ${idx < lab.étapes.length - 1 ? button('select-step', s.suivante, { id: 'btn-suivante', secondary: !step.réussie, data: { 'step-id': lab.étapes[idx + 1].id } }) : ''}
          </div>
        </article>
      </div>
    </section>`;
  return { html, rendered };
}
