// French/English texts for field errors returned by the API server (strict decoding, validation, schema) and for
// manifest problems found before sending anything.
import type { FieldCause } from '../errors';
import type { Lang } from '../rbacWords';
import type { ManifestProblem } from './manifests';

/** Common validation details, translated; anything else is shown as the server wrote it. */
const DETAILS_FR: [RegExp, string | ((m: RegExpExecArray) => string)][] = [
  [/a lowercase RFC 1123 subdomain must consist of.*/, 'un nom valide ne contient que des lettres minuscules, des chiffres, « - » ou « . », et commence et finit par une lettre ou un chiffre (par exemple « mon-app »)'],
  [/a lowercase RFC 1123 label must consist of.*/, 'un nom valide ne contient que des lettres minuscules, des chiffres ou « - », et commence et finit par une lettre ou un chiffre (63 caractères au plus)'],
  [/a DNS-1035 label must consist of.*/, 'un nom valide ne contient que des lettres minuscules, des chiffres ou « - », commence par une lettre et finit par une lettre ou un chiffre (63 caractères au plus)'],
  [/a valid label must be an empty string or consist of.*/, "une valeur de label ne contient que des lettres, des chiffres, « - », « _ » ou « . », et commence et finit par une lettre ou un chiffre (63 caractères au plus)"],
  [/name part must consist of alphanumeric characters.*/, "une clé de label ou d'annotation ne contient que des lettres, des chiffres, « - », « _ » ou « . » (avec un préfixe facultatif du type « exemple.fr/ »)"],
  [/must be greater than or equal to (\d+)/, (m) => `doit être supérieur ou égal à ${m[1]}`],
  [/must be greater than (\d+)/, (m) => `doit être strictement supérieur à ${m[1]}`],
  [/must be less than or equal to (\d+)/, (m) => `doit être inférieur ou égal à ${m[1]}`],
  [/must be between (\d+) and (\d+), inclusive/, (m) => `doit être compris entre ${m[1]} et ${m[2]}`],
  [/must be no more than (\d+) (?:characters|bytes)/, (m) => `${m[1]} caractères au maximum`],
  [/field is immutable/, "ce champ ne peut plus être modifié une fois l'objet créé : supprimez l'objet puis recréez-le"],
  [/`selector` does not match template `labels`/, 'le sélecteur (spec.selector) ne correspond pas aux labels du modèle de Pod (spec.template.metadata.labels) : ils doivent avoir les mêmes clés et valeurs'],
  [/empty selector is invalid for deployment/, 'un Deployment doit avoir un sélecteur non vide (spec.selector.matchLabels)'],
  [/must be unique/, 'doit être unique'],
  [/must be a valid port number/, 'doit être un numéro de port valide (1 à 65535)'],
  [/must match the regex/, 'ne respecte pas le format attendu'],
];

function translateDetail(detail: string, lang: Lang): string {
  if (lang !== 'fr') return detail;
  for (const [re, fr] of DETAILS_FR) {
    const m = re.exec(detail);
    if (m) return typeof fr === 'string' ? fr : fr(m);
  }
  return detail;
}

function lastSegment(field: string | undefined): string {
  if (!field) return '';
  const parts = field.replace(/\[[^\]]*\]/g, '').split('.').filter(Boolean);
  return parts[parts.length - 1] ?? field;
}

/** One sentence for a field cause. `exact` is false when the field could not be found in the file. */
export function causeText(c: FieldCause, lang: Lang, exact = true): string {
  const fr = lang === 'fr';
  const field = c.field ?? '';
  const where = !exact && field ? (fr ? ` (champ ${field})` : ` (field ${field})`) : '';
  const msg = c.message;
  if (/unknown field|not declared in schema/.test(msg)) {
    const name = lastSegment(field || /"([^"]+)"/.exec(msg)?.[1]);
    return fr
      ? `Champ inconnu « ${name} »${where} : Kubernetes ne connaît pas ce champ à cet endroit. Faute de frappe, ou mauvaise indentation ?`
      : `Unknown field "${name}"${where}: Kubernetes does not know this field here. A typo, or wrong indentation?`;
  }
  if (/duplicate field/.test(msg)) {
    return fr ? `Le champ « ${lastSegment(field)} » est écrit deux fois${where} : gardez-en un seul.` : `Field "${lastSegment(field)}" is written twice${where}: keep only one.`;
  }
  if (c.reason === 'NamespaceMismatch') {
    const [inFile, asked] = msg.split('≠');
    return fr
      ? `Ce manifeste indique l'espace de noms « ${inFile} », mais vous avez demandé « ${asked} ». Retirez metadata.namespace du fichier ou choisissez le même espace de noms.`
      : `This manifest says namespace "${inFile}" but you asked for "${asked}". Remove metadata.namespace or use the same namespace.`;
  }
  const typed = /expected ([\w ]+?)(?: \([^)]*\))?, got (.+)$/.exec(msg);
  if (typed) {
    const got = gotType(typed[2]);
    const hint = typed[1].startsWith('numeric') && got === 'string'
      ? (fr ? ' (retirez les guillemets ?)' : ' (remove the quotes?)')
      : typed[1] === 'string' && got === 'bool'
        ? (fr ? ' : en YAML, y, yes, on, true (et n, no, off, false) sont des booléens ; mettez la valeur entre guillemets, par exemple "yes"' : ': in YAML, y/yes/on/true are booleans; quote the value, e.g. "yes"')
        : typed[1] === 'string' && got === 'number'
          ? (fr ? ' : mettez la valeur entre guillemets, par exemple "80"' : ': quote the value, e.g. "80"')
          : '';
    return fr
      ? `Type incorrect pour « ${lastSegment(field)} »${where} : le cluster attend ${typeFr(typed[1])} et a reçu ${typeFr(got)}${hint}.`
      : `Wrong type for "${lastSegment(field)}"${where}: expected ${typed[1]}, got ${got}${hint}.`;
  }
  const m = /^(Required value|Invalid value|Unsupported value|Duplicate value|Forbidden|Too long|Too many|Not found)(?::\s*(.*))?$/s.exec(msg);
  if (m) {
    const [, kind, rest = ''] = m;
    const valueSplit = /^(\{.*?\}|\[.*?\]|"[^"]*"|[^:]+?): (.*)$/s.exec(rest);
    const value = kind === 'Invalid value' || kind === 'Unsupported value' || kind === 'Duplicate value' ? valueSplit?.[1] : undefined;
    const detail = translateDetail(value !== undefined ? valueSplit?.[2] ?? '' : rest, lang);
    const f = field ? (fr ? ` pour « ${field} »` : ` for "${field}"`) : '';
    if (!fr) return `${kind}${f}${value ? ` ${value}` : ''}${detail ? `: ${detail}` : ''}.`;
    switch (kind) {
      case 'Required value': return `Valeur obligatoire manquante${f}${detail ? ` : ${detail}` : ''}.`;
      case 'Invalid value': return `Valeur ${value ?? ''} refusée${f} : ${detail}.`.replace('Valeur  ', 'Valeur ');
      case 'Unsupported value': return `Valeur ${value ?? ''} non prise en charge${f}${detail ? ` ; ${detail.replace('supported values:', 'valeurs possibles :')}` : ''}.`;
      case 'Duplicate value': return `Valeur ${value ?? ''} en double${f}${detail ? ` : ${detail}` : ''}.`;
      case 'Forbidden': return `Interdit${f} : ${detail}.`;
      case 'Too long': return `Trop long${f} : ${detail}.`;
      case 'Too many': return `Trop d'éléments${f} : ${detail}.`;
      default: return `Introuvable${f} : ${detail}.`;
    }
  }
  const f = field ? (fr ? ` (champ ${field})` : ` (field ${field})`) : '';
  return fr ? `Refusé par le cluster${f} : ${translateDetail(msg, lang)}` : `Rejected by the cluster${f}: ${msg}`;
}

/** `string`, or structured-merge-diff's `&value.valueUnstructured{Value:true}` → `bool`. */
function gotType(raw: string): string {
  const v = /Value:(.*)\}$/.exec(raw.trim())?.[1];
  if (v === undefined) return raw.trim();
  if (v === 'true' || v === 'false') return 'bool';
  if (/^-?\d+(\.\d+)?$/.test(v)) return 'number';
  if (v.startsWith('map[')) return 'map';
  if (v.startsWith('[')) return 'list';
  return 'string';
}

function typeFr(t: string): string {
  if (t.startsWith('numeric') || t === 'number') return 'un nombre';
  if (t === 'string') return 'du texte';
  if (t === 'map' || t === 'object') return 'un objet (des clés et valeurs)';
  if (t === 'list' || t === 'array') return 'une liste (des tirets « - »)';
  if (t === 'bool' || t === 'boolean') return 'un booléen (true ou false)';
  return t;
}

/** Who changed a field, in words (field managers as the API server names them). */
export function managerLabel(manager: string, lang: Lang): string {
  const fr = lang === 'fr';
  const known: Record<string, [string, string]> = {
    'kubectl-edit': ['« kubectl edit »', '"kubectl edit"'],
    'kubectl-client-side-apply': ['« kubectl apply » (sans --server-side)', '"kubectl apply" (client-side)'],
    'kubectl-rollout': ['« kubectl rollout »', '"kubectl rollout"'],
    'kubectl-patch': ['« kubectl patch »', '"kubectl patch"'],
    'kubectl-set': ['« kubectl set » (par exemple kubectl set image)', '"kubectl set"'],
    'kubectl-scale': ['« kubectl scale »', '"kubectl scale"'],
    'kubectl-label': ['« kubectl label »', '"kubectl label"'],
    'kubectl-annotate': ['« kubectl annotate »', '"kubectl annotate"'],
    kubectl: ['« kubectl apply --server-side »', '"kubectl apply --server-side"'],
    'kube-apprenti-rollout': ['une commande rollout de Kube Apprenti (annulation, redémarrage…)', 'a Kube Apprenti rollout command (undo, restart…)'],
    'kube-apprenti-scale': ['la mise à l\'échelle de Kube Apprenti', 'Kube Apprenti\'s scale command'],
    'kube-controller-manager': ['un contrôleur de Kubernetes', 'a Kubernetes controller'],
  };
  const k = known[manager];
  if (k) return fr ? k[0] : k[1];
  return fr ? `l'outil « ${manager} »` : `the tool "${manager}"`;
}

export function problemText(p: ManifestProblem, lang: Lang): string {
  const fr = lang === 'fr';
  switch (p.code) {
    case 'yamlError': return fr ? `YAML invalide : ${p.detail}. Corrigez la syntaxe avant d'appliquer.` : `Invalid YAML: ${p.detail}. Fix the syntax before applying.`;
    case 'tooDeep': return fr ? `Imbrication trop profonde (plus de ${p.limit} niveaux de listes et d’objets) : rien n’a été envoyé. Cherchez des \`[\` ou des \`{\` jamais fermés.` : `Nesting too deep (more than ${p.limit} levels of lists and mappings): nothing was sent. Look for a \`[\` or \`{\` that is never closed.`;
    case 'notAnObject': return fr ? "Ce document n'est pas un objet Kubernetes : il faut un objet YAML avec apiVersion, kind et metadata." : 'This document is not a Kubernetes object: a YAML mapping with apiVersion, kind and metadata is expected.';
    case 'missingField': return fr ? `Champ obligatoire manquant : ${p.field}. Sans lui, le cluster ne peut pas savoir quel objet créer.` : `Missing required field: ${p.field}.`;
    case 'tooBig': return fr ? `Fichier trop gros (${Math.round(p.bytes / 1024)} Kio) pour être un manifeste : rien n'a été envoyé.` : `File too big (${Math.round(p.bytes / 1024)} KiB) to be a manifest: nothing was sent.`;
    case 'binary': return fr ? "Ce fichier n'est pas du texte (fichier binaire) : ce n'est pas un manifeste." : 'This file is binary: not a manifest.';
    case 'unreadable':
      if (/ENOENT/.test(p.detail)) return fr ? 'Fichier introuvable : vérifiez le chemin.' : 'File not found: check the path.';
      if (/EACCES|EPERM/.test(p.detail)) return fr ? 'Lecture du fichier refusée (droits du système de fichiers).' : 'Permission denied reading the file.';
      return fr ? `Fichier illisible : ${p.detail}` : `Unreadable file: ${p.detail}`;
  }
}
