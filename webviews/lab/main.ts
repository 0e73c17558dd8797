// Entry of the lab panel's webview (bundled as dist/webviews/lab.js). It only renders what the extension host sends and
// posts the user's actions back; every action goes through the typed protocol (core/labs/protocol.ts).
import type { CheckResult } from '../../core/labs/checks/types';
import type { HostToWebview, LabView, WebviewToHost } from '../../core/labs/protocol';
import type { UiStrings } from '../../core/i18n/labsPanel';
import css from './styles.css';
import { labHtml, listHtml, resultsHtml } from './view';

interface VsCodeApi { postMessage(m: WebviewToHost): void }
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('app')!;
const notice = document.getElementById('notice')!;
let strings: UiStrings | undefined;
let lab: LabView | undefined;
let checking: string | undefined;
let codes: string[] = [];
let live: CheckResult[] = [];

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const post = (m: WebviewToHost): void => vscode.postMessage(m);

function renderLab(keepFocus = true): void {
  if (!strings || !lab) return;
  const focusedId = keepFocus ? (document.activeElement as HTMLElement | null)?.id : undefined;
  const { html, rendered } = labHtml(strings, lab, checking === lab.currentStep);
  root.innerHTML = html;
  codes = rendered.codes;
  if (focusedId) document.getElementById(focusedId)?.focus();
}

function updateResults(stepId: string, results: CheckResult[]): void {
  if (!strings || !lab) return;
  const step = lab.steps.find((s) => s.id === stepId);
  const list = document.getElementById('check-results');
  if (step && list && lab.currentStep === stepId) list.innerHTML = resultsHtml(strings, results, step);
}

function showNotice(level: 'info' | 'warning' | 'error', message: string): void {
  notice.dataset.level = level;
  notice.textContent = message;
  if (level !== 'error') setTimeout(() => { if (notice.textContent === message) notice.textContent = ''; }, 8000);
}

window.addEventListener('message', (ev: MessageEvent<HostToWebview>) => {
  const m = ev.data;
  switch (m.type) {
    case 'init': strings = m.strings; document.title = m.strings.title; break;
    case 'labs':
      lab = undefined;
      if (strings) root.innerHTML = listHtml(strings, m.labs, m.broken, m.environment);
      break;
    case 'lab': {
      const stepChanged = lab?.currentStep !== m.lab.currentStep || lab?.id !== m.lab.id;
      lab = m.lab;
      renderLab(!stepChanged);
      if (stepChanged) window.scrollTo(0, 0);
      break;
    }
    case 'checking':
      checking = m.stepId;
      live = [];
      renderLab();
      break;
    case 'checkResult':
      live = [...live.filter((r) => r.index !== m.result.index), m.result];
      updateResults(m.stepId, live);
      break;
    case 'checkDone':
      checking = undefined;
      live = [];
      if (lab) {
        lab = { ...lab, steps: lab.steps.map((s) => (s.id === m.stepId ? { ...s, lastResults: m.results, passed: s.passed || m.passed } : s)) };
        renderLab();
        document.getElementById('step-status')?.focus();
      }
      break;
    case 'busy':
      document.body.toggleAttribute('data-busy', m.busy);
      if (m.busy && m.label) showNotice('info', m.label);
      break;
    case 'notice': showNotice(m.level, m.message); break;
    default: {
      const never: never = m;
      console.warn('message inconnu', never);
    }
  }
});

/** Event delegation: every control carries data-action (vscode-button, links, step buttons). */
function onActivate(target: HTMLElement): void {
  const el = target.closest<HTMLElement>('[data-action], a[data-href]');
  if (!el || el.hasAttribute('disabled')) return;
  if (el.dataset.href) { post({ type: 'openLink', href: el.dataset.href }); return; }
  const step = el.dataset.stepId ?? lab?.currentStep ?? '';
  switch (el.dataset.action) {
    case 'open-lab': post({ type: 'openLab', labId: el.dataset.labId ?? '' }); break;
    case 'back': post({ type: 'backToList' }); break;
    case 'start-lab': post({ type: 'startLab', labId: el.dataset.labId ?? lab?.id ?? '' }); break;
    case 'select-step': post({ type: 'selectStep', stepId: step }); break;
    case 'check': post({ type: 'check', stepId: step }); break;
    case 'show-hint': post({ type: 'showHint', stepId: step }); break;
    case 'show-solution': post({ type: 'showSolution', stepId: step }); break;
    case 'apply-solution': post({ type: 'applySolution', stepId: step }); break;
    case 'apply-step-files': post({ type: 'applyStepFiles', stepId: step }); break;
    case 'reset-step': post({ type: 'resetStep', stepId: step }); break;
    case 'solve-step': post({ type: 'solveStep', stepId: step }); break;
    case 'open-file': post({ type: 'openFile', path: el.dataset.path ?? '', ...(el.dataset.line ? { line: Number(el.dataset.line) } : {}) }); break;
    case 'export-progress': post({ type: 'exportProgress' }); break;
    case 'copy': {
      const text = codes[Number(el.dataset.code)] ?? '';
      post({ type: 'copy', text });
      if (strings) {
        const old = el.textContent;
        el.textContent = strings.copied;
        setTimeout(() => { el.textContent = old; }, 1500);
      }
      break;
    }
    default: break;
  }
}

root.addEventListener('click', (ev) => {
  const t = ev.target as HTMLElement;
  if (t.closest('a[data-href]')) ev.preventDefault();
  onActivate(t);
});
// vscode-button handles Enter/Space itself (it dispatches click); links need Enter.
root.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter' && (ev.target as HTMLElement).matches('a[data-href]')) { ev.preventDefault(); onActivate(ev.target as HTMLElement); }
});

post({ type: 'ready' });
