// The Kubernetes quantity grammar (k8s.io/apimachinery/pkg/api/resource ParseQuantity): a signed decimal number
// followed by a binary suffix (Ki Mi Gi Ti Pi Ei), a decimal suffix (n u m "" k M G T P E) or an exponent (e3, E-2).
// `200M` is valid (200 000 000), `200MB` and `0.5 cpu` are not.

const QUANTITY = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$/;

export function isValidQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/** A likely correct spelling of an invalid quantity (`200MB` → `200Mi`, `1 Gi` → `1Gi`, `500 m` → `500m`). */
export function suggestQuantity(text: string): string | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact !== text && isValidQuantity(compact)) return compact;
  const m = /^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))\s*([a-zA-Z]+)$/.exec(text.trim());
  if (!m) return undefined;
  const [, num, unit] = m;
  const table: Record<string, string> = {
    kb: 'Ki', kib: 'Ki', k: 'k', mb: 'Mi', mib: 'Mi', mo: 'Mi', gb: 'Gi', gib: 'Gi', go: 'Gi', g: 'G', tb: 'Ti', tib: 'Ti', to: 'Ti',
    ki: 'Ki', mi: 'Mi', gi: 'Gi', ti: 'Ti', b: '', o: '', cpu: '', cpus: '', core: '', cores: '', millicores: 'm', mcpu: 'm',
  };
  const mapped = table[unit.toLowerCase()];
  if (mapped === undefined) return undefined;
  const candidate = `${num}${mapped}`;
  return isValidQuantity(candidate) ? candidate : undefined;
}

/** `128m` for a memory amount means 0.128 byte: almost always a typo for `128Mi`. */
export function isSuspiciousMemory(text: string): boolean {
  return /^[0-9.]+m$/.test(text);
}
