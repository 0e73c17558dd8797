// Kubernetes resource quantities (`500m`, `128Mi`, `1.5`, `2e3`): validation and numeric value.

const QUANTITY = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const FACTOR: Record<string, number> = {
  '': 1, n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6,
};

/** Numeric value of a quantity, or undefined when it is not a valid quantity. */
export function parseQuantity(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isFinite(text) ? text : undefined;
  const m = QUANTITY.exec(text.trim());
  if (!m) return undefined;
  const base = Number(m[1]);
  const suffix = m[2] ?? '';
  if (/^[eE]/.test(suffix)) return base * 10 ** Number(suffix.slice(1));
  return base * FACTOR[suffix];
}

/** A corrected spelling for common mistakes (`200MB` → `200M`/`200Mi`, `1 Gi` → `1Gi`, `0.5 cpu` → `500m`). */
export function quantitySuggestion(text: string, resource: string): string | undefined {
  const t = text.trim();
  const unit = /^(\d+(?:\.\d+)?)\s*([KMGTPE])i?B$/i.exec(t);
  if (unit) return `${unit[1]}${unit[2].toUpperCase()}i`;
  const spaced = /^(\d+(?:\.\d+)?)\s+(Ki|Mi|Gi|Ti|m|k|M|G|T)$/.exec(t);
  if (spaced) return `${spaced[1]}${spaced[2]}`;
  const cpu = /^(\d+(?:\.\d+)?)\s*(cpus?|cores?|vcpus?)$/i.exec(t);
  if (cpu && resource === 'cpu') return String(Number(cpu[1]) < 1 ? `${Math.round(Number(cpu[1]) * 1000)}m` : cpu[1]);
  const lower = /^(\d+(?:\.\d+)?)(ki|mi|gi|ti)$/.exec(t);
  if (lower) return `${lower[1]}${lower[2][0].toUpperCase()}i`;
  return undefined;
}
