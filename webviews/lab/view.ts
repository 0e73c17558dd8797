// HTML of the lab panel's two screens (list, lab), built from escaped strings. Stable ids and data attributes
// (`data-action`, `data-lab-id`, `data-step-id`, `data-status`, `data-check-index`) for tests and keyboard users.
import type { CheckResult, DiagnosticHint } from '../../core/labs/checks/types';
import type { BrokenLab, LabSummary, LabView, StepView } from '../../core/labs/protocol';
import type { UiStrings } from '../../core/i18n/labsPanel';
import { escapeHtml as e, renderInline, renderMarkdown, type Rendered } from './markdown';

const MARK: Record<CheckResult['status'], string> = { passed: '✓', failed: '✗', error: '!', skipped: '–' };

function button(action: string, label: string, opts: { id?: string; secondary?: boolean; disabled?: boolean; data?: Record<string, string> } = {}): string {
  const data = Object.entries(opts.data ?? {}).map(([k, v]) => ` data-${k}="${e(v)}"`).join('');
  return `<vscode-button${opts.id ? ` id="${opts.id}"` : ''} data-action="${action}"${data}${opts.secondary ? ' secondary' : ''}${opts.disabled ? ' disabled' : ''}>${e(label)}</vscode-button>`;
}

export function listHtml(s: UiStrings, labs: LabSummary[], broken: BrokenLab[], env: string): string {
  const cards = labs.map((l) => `
    <li class="lab-card${l.applicable ? '' : ' not-applicable'}" data-lab-id="${e(l.id)}" data-done="${l.done}" data-total="${l.total}">
      <div class="lab-card-head">
        <h2>${e(l.title)}</h2>
        ${l.completed ? `<vscode-badge class="done">${e(s.completed)}</vscode-badge>` : ''}
      </div>
      ${l.summary ? `<p class="summary">${e(l.summary)}</p>` : ''}
      <p class="meta">${e(s.level)} : ${e(l.level)} · ${e(s.duration)} : ${l.duration} ${e(s.minutes)} · ${l.total} ${e(s.steps)} · ${e(l.environments.join(', '))}${
        l.origin === 'espace' ? ` · ${e(s.fromWorkspace)}` : ''}</p>
      ${l.prerequisites.length ? `<p class="meta">${e(s.prerequisites)} : ${e(l.prerequisites.join(', '))}</p>` : ''}
      ${l.applicable ? '' : `<p class="warning">${e(s.notApplicable)}</p>`}
      <div class="lab-card-foot">
        <progress class="mini-progress" value="${l.done}" max="${Math.max(1, l.total)}" aria-label="${e(s.progress)} ${l.done}/${l.total}"></progress>
        <span class="count">${l.done}/${l.total}</span>
        ${button('open-lab', l.done > 0 && !l.completed ? s.resume : s.open, { data: { 'lab-id': l.id } })}
      </div>
    </li>`).join('');
  const brokenHtml = broken.length ? `<h2>${e(s.brokenLabs)}</h2><ul id="broken-labs">${broken.map((b) => `<li><code>${e(b.dir)}</code><ul>${b.problems.map((p) => `<li>${e(p)}</li>`).join('')}</ul></li>`).join('')}</ul>` : '';
  return `
    <header class="top"><h1>${e(s.title)}</h1>${button('export-progress', s.exportProgress, { id: 'btn-exporter', secondary: true })}</header>
    <p>${e(s.listIntro)}</p>
    <p class="meta" id="environment">${e(s.environment)} : <strong>${e(env)}</strong></p>
    ${labs.length ? `<ul id="lab-list" class="lab-list">${cards}</ul>` : `<p id="lab-list-empty">${e(s.noLab)}</p>`}
    ${brokenHtml}`;
}

function stepStatus(st: StepView, current: string): string {
  if (!st.applicable) return 'skipped';
  if (st.passed) return 'passed';
  return st.id === current ? 'current' : 'todo';
}

/** The diagnostic that explains a failed check: its code, the Problems panel's sentence, a link to its line. */
function diagnosticHtml(s: UiStrings, d: DiagnosticHint): string {
  return `<span class="check-diagnostic" data-code="${e(d.code)}"><span class="diagnostic-code">${e(s.diagnostic)} ${e(d.code)}</span>&nbsp;: ${renderInline(d.message)}
        <button type="button" class="link diagnostic-link" data-action="open-file" data-path="${e(d.file)}" data-line="${d.line}">${e(d.file)}, ${e(s.line)} ${d.line}</button></span>`;
}

export function resultsHtml(s: UiStrings, results: CheckResult[] | undefined, step: StepView): string {
  const byIndex = new Map((results ?? []).map((r) => [r.index, r]));
  return step.checks.map((c) => {
    const r = byIndex.get(c.index);
    const status = r?.status ?? 'pending';
    const label = r ? s[`status_${r.status}` as const] : '';
    return `<li class="check" data-check-index="${c.index}" data-status="${e(status)}">
      <span class="check-mark" aria-hidden="true">${r ? MARK[r.status] : '○'}</span>
      <span class="check-body"><span class="check-title">${e(r?.title ?? c.title)}</span>${r ? `<span class="visually-hidden"> : ${e(label)}</span>` : ''}
      ${r && r.status !== 'passed' && r.failMessage ? `<span class="check-echec">${e(r.failMessage)}</span>` : ''}
      ${r && r.status !== 'passed' && r.detail ? `<span class="check-detail">${e(r.detail)}</span>` : ''}
      ${r && r.status === 'failed' && r.diagnostic ? diagnosticHtml(s, r.diagnostic) : ''}</span>
    </li>`;
  }).join('');
}

export function labHtml(s: UiStrings, lab: LabView, checking: boolean): { html: string; rendered: Rendered } {
  const idx = Math.max(0, lab.steps.findIndex((x) => x.id === lab.currentStep));
  const step = lab.steps[idx];
  const rendered = renderMarkdown(step.markdown, { copyLabel: s.copy, openFileLabel: s.openFile });
  const nav = lab.steps.map((st, i) => `<li><button class="step-link" data-action="select-step" data-step-id="${e(st.id)}" data-status="${stepStatus(st, lab.currentStep)}"${
    st.id === step.id ? ' aria-current="step"' : ''}><span class="step-num">${i + 1}</span> ${e(st.title)}${st.optional ? ` <em>(${e(s.optional)})</em>` : ''}</button></li>`).join('');
  const status = step.passed ? 'passed' : step.lastResults ? 'failed' : 'todo';
  const statusText = lab.done === lab.total && step.passed ? s.labCompleted : step.passed ? s.stepPassed : step.lastResults ? s.stepFailed : '';
  const hints = step.hints.map((h, i) => `<li data-hint-index="${i}"><strong>${e(s.hint)} ${i + 1}</strong> : ${renderInline(h)}</li>`).join('');
  const files = step.files.map((f) => `<li>${button('open-file', f, { secondary: true, data: { path: f } })}</li>`).join('');
  const html = `
    <header class="top">
      ${button('back', s.back, { id: 'btn-retour', secondary: true })}
      ${button('export-progress', s.exportProgress, { id: 'btn-exporter', secondary: true })}
    </header>
    <section id="lab-view" data-lab-id="${e(lab.id)}" data-current-step="${e(step.id)}">
      <h1>${e(lab.title)}</h1>
      ${lab.summary ? `<p class="summary">${e(lab.summary)}</p>` : ''}
      <p class="meta">${e(s.level)} : ${e(lab.level)} · ${e(s.duration)} : ${lab.duration} ${e(s.minutes)} · ${e(s.environment)} : ${e(lab.currentEnvironment)}</p>
      <div class="progress-row">
        <progress id="lab-progress" value="${lab.done}" max="${Math.max(1, lab.total)}" aria-label="${e(s.progress)}"></progress>
        <span id="lab-progress-text" aria-live="polite">${e(s.progress)} : ${lab.done}/${lab.total}</span>
      </div>
      ${lab.started ? '' : `<div id="start-box" class="start-box"><p>${e(s.startHelp)} <code>${e(lab.folder)}</code></p>${button('start-lab', s.start, { id: 'btn-demarrer', data: { 'lab-id': lab.id } })}</div>`}
      <div class="lab-body">
        <nav aria-label="${e(s.steps)}"><ol id="step-list">${nav}</ol></nav>
        <article id="step" data-step-id="${e(step.id)}" data-status="${status}">
          <p class="step-label">${e(s.step)} ${idx + 1}/${lab.steps.length}${step.optional ? ` (${e(s.optional)})` : ''}</p>
          ${step.applicable ? '' : `<p class="warning" id="step-skipped">${e(s.stepSkipped)}</p>`}
          <div id="step-text" class="markdown">${rendered.html}</div>
          ${files ? `<h3>${e(s.stepFiles)}</h3><ul class="files">${files}</ul>` : ''}
          <div class="actions primary-actions">
            ${button('check', checking ? s.checking : s.check, { id: 'btn-verifier', disabled: checking || !lab.started, data: { 'step-id': step.id } })}
            ${step.files.length ? button('apply-step-files', s.applyStepFiles, { id: 'btn-appliquer-fichiers', secondary: true, disabled: !lab.started, data: { 'step-id': step.id } }) : ''}
          </div>
          ${checking ? '<vscode-progress-bar id="checking" indeterminate aria-label="…"></vscode-progress-bar>' : ''}
          <p id="step-status" tabindex="-1" data-status="${status}" role="status" aria-live="polite">${e(statusText)}</p>
          <h3>${e(s.checksHeading)}</h3>
          <ul id="check-results" aria-live="polite">${resultsHtml(s, step.lastResults, step)}</ul>
          <div id="hints-box">
            ${hints ? `<ol id="hints">${hints}</ol>` : ''}
            ${step.hintsUsed ? `<p class="meta" id="hints-used">${e(s.hintsUsed)}&nbsp;: ${step.hintsUsed}/${Math.max(step.hintsUsed, step.hintsTotal)}</p>` : ''}
            ${step.hints.length < step.hintsTotal
              ? button('show-hint', s.nextHint, { id: 'btn-indice', secondary: true, data: { 'step-id': step.id } })
              : step.hintsTotal > 0 ? `<p class="meta" id="no-more-hints">${e(s.noMoreHint)}</p>` : ''}
          </div>
          <div class="actions secondary-actions">
            ${step.hasSolution ? button('show-solution', s.showSolution, { id: 'btn-solution', secondary: true, disabled: !lab.started, data: { 'step-id': step.id } }) : ''}
            ${step.hasSolution ? button('apply-solution', s.applySolution, { id: 'btn-appliquer-solution', secondary: true, disabled: !lab.started, data: { 'step-id': step.id } }) : ''}
            ${button('reset-step', s.resetStep, { id: 'btn-reinitialiser', secondary: true, disabled: !lab.started, data: { 'step-id': step.id } })}
            ${lab.instructorMode ? button('solve-step', s.solveStep, { id: 'btn-resoudre', secondary: true, disabled: !lab.started, data: { 'step-id': step.id } }) : ''}
          </div>
          <div class="actions step-nav">
            ${idx > 0 ? button('select-step', s.previous, { id: 'btn-precedente', secondary: true, data: { 'step-id': lab.steps[idx - 1].id } }) : ''}
            ${idx < lab.steps.length - 1 ? button('select-step', s.next, { id: 'btn-suivante', secondary: !step.passed, data: { 'step-id': lab.steps[idx + 1].id } }) : ''}
          </div>
        </article>
      </div>
    </section>`;
  return { html, rendered };
}
