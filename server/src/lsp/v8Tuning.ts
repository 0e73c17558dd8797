// V8 tuning of the language server, applied before any other module of dist/server.js runs (first import of
// main.ts). Its work comes in bursts that each run most functions a few thousand times (a file opened, a folder
// scanned): with V8's default profiler budget, hundreds of functions are sent to the optimizing compiler during the
// first analysis of a large file, and on a two-core machine those compilations (about 0.6 s of processor time for
// a 1 MB file) compete with the analysis itself. A budget six times larger optimizes only what stays hot: the
// first analysis takes about 30 % less processor time in all (measured: docs/mesures/2026-12.md, section 0 quater).
import { setFlagsFromString } from 'node:v8';

/** V8's default is 67,584 (Node 20 to 22). */
export const INTERRUPT_BUDGET = 400_000;

if (process.env.KUBE_APPRENTI_V8_DEFAULTS !== '1') {
  try { setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`); } catch { /* an engine without this flag: defaults */ }
}
