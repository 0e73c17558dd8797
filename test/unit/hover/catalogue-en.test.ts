// The English hover catalogue is complete: every French field and kind hover has an English pair with the same
// structure, and a hover computed with lang `en` is English.
import { strict as assert } from 'node:assert';
import { isMap, isSeq, parseDocument, type Node } from 'yaml';
import { fieldsEn, fieldsFr } from '../../../core/i18n/hover/fields';
import { kindsEn } from '../../../core/i18n/hover/kinds.en';
import { kindsFr } from '../../../core/i18n/hover/kinds.fr';
import { hoverLabels } from '../../../core/i18n/hover/labels';
import type { FieldDoc } from '../../../core/i18n/hover/types';
import { curatedField } from '../../../core/analysis/hover/catalog';
import { computeHover } from '../../../core/analysis/hover/hover';
import { ManifestWorkspace } from '../../../core/analysis/index/workspace';

/** Code spans whose content is a placeholder name, translated on purpose (French → English). */
const TRANSLATED_SPANS: Record<string, string> = { NOM: 'NAME', '$(NOM)': '$(NAME)', '$(AUTRE)': '$(OTHER)', 'clé: valeur': 'key: value' };

/** The code spans of a text, sorted; `<…>` placeholders (`<nom>`, `<name>`) reduced to `<>`. */
function codeSpans(text: string | undefined, translate = false): string[] {
  const spans = [...(text ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  return spans.map((s) => (translate ? TRANSLATED_SPANS[s] ?? s : s).replace(/<[^>]*>/g, '<>')).sort();
}

/** `{x}` placeholders of a text, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

/** Key paths of a YAML example (`a.b`, `a[].c`): the fields an example names, whatever its values. */
function keyPaths(yaml: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const p of node.items) {
        const k = `${path}${path ? '.' : ''}${String((p.key as { value?: unknown })?.value)}`;
        out.push(k);
        walk(p.value as Node, k);
      }
    } else if (isSeq(node)) node.items.forEach((it) => walk(it, `${path}[]`));
  };
  walk(parseDocument(yaml).contents, '');
  return out.sort();
}

const FRENCH = /[àâçéèêëîïôûùœ«»\u00a0\u202f]|\b(le|la|les|des|du|est|une|pour|avec|dans|sans|ou|et)\b/i;

/** The prose of a text, code spans removed (they may legitimately contain anything). */
function prose(text: string): string {
  return text.replace(/`[^`]+`/g, 'x');
}

/** What is not English in a text: French words or letters, French spacing before punctuation. */
function notEnglish(key: string, text: string | undefined): string[] {
  const out: string[] = [];
  if (text && FRENCH.test(prose(text))) out.push(`${key}: French left in «${text}»`);
  if (text && /\s[:;!?](\s|$)/.test(prose(text))) out.push(`${key}: space before punctuation in «${text}»`);
  return out;
}

describe('hovers: the English catalogue', () => {
  it('has an English field hover for every French one, and no other', () => {
    const fr = Object.keys(fieldsFr).sort();
    assert.ok(fr.length >= 270, `${fr.length} French fields`);
    assert.deepEqual(Object.keys(fieldsEn).sort(), fr);
  });

  it('gives every field the same sections, placeholders, code spans and example fields as the French', () => {
    const sections = (d: FieldDoc) => (['texte', 'exemple', 'erreur'] as const).filter((p) => d[p] !== undefined);
    const problems: string[] = [];
    const same = (what: string, en: unknown, fr: unknown) => {
      if (JSON.stringify(en) !== JSON.stringify(fr)) problems.push(`${what}: ${JSON.stringify(en)} ≠ ${JSON.stringify(fr)}`);
    };
    for (const [key, fr] of Object.entries(fieldsFr)) {
      const en = fieldsEn[key];
      assert.ok(en, key);
      same(`${key}: sections`, sections(en), sections(fr));
      for (const p of ['texte', 'erreur'] as const) {
        same(`${key}.${p}: placeholders`, placeholders(en[p] ?? ''), placeholders(fr[p] ?? ''));
        same(`${key}.${p}: code spans`, codeSpans(en[p]), codeSpans(fr[p], true));
      }
      if (fr.exemple && en.exemple) {
        assert.equal(parseDocument(en.exemple).errors.length, 0, `${key}: English example does not parse`);
        same(`${key}: example fields`, keyPaths(en.exemple), keyPaths(fr.exemple));
      }
      problems.push(...notEnglish(key, en.texte), ...notEnglish(key, en.erreur), ...notEnglish(key, en.exemple?.replace(/^[^#]*/gm, '')));
    }
    assert.deepEqual(problems, []);
  });

  it('has an English kind hover for every French one, with the same code spans and an English page', () => {
    assert.deepEqual(Object.keys(kindsEn).sort(), Object.keys(kindsFr).sort());
    for (const [kind, fr] of Object.entries(kindsFr)) {
      const en = kindsEn[kind];
      assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort(), kind);
      assert.deepEqual(codeSpans(en.texte), codeSpans(fr.texte), `${kind}: code spans`);
      assert.equal(en.fr, false, kind);
      assert.match(en.url, /^https:\/\/kubernetes\.io\/docs\//, kind);
      const sentences = (t: string) => t.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý`])/).length;
      assert.equal(sentences(en.texte), sentences(fr.texte), `${kind}: sentences`);
      assert.deepEqual(notEnglish(kind, en.texte), []);
    }
  });

  it('has the same labels and placeholders in both languages', () => {
    const flat = (o: object, prefix = ''): Array<[string, string]> => Object.entries(o).flatMap(([k, v]) =>
      (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v as object, `${prefix}${k}.`)));
    const fr = new Map(flat(hoverLabels('fr')));
    const en = flat(hoverLabels('en'));
    assert.deepEqual(en.map(([k]) => k).sort(), [...fr.keys()].sort());
    for (const [k, v] of en) {
      assert.deepEqual(placeholders(v), placeholders(fr.get(k)!), `${k}: placeholders`);
      assert.deepEqual(notEnglish(k, v), []);
    }
  });
});

describe('hovers: computed in English', () => {
  const DEP = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          ports:\n            - containerPort: 80\n          readinessProbe:\n            httpGet:\n              path: /\n              port: 80\n';
  const SVC = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 80\n';
  const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: solo\nspec:\n  restartPolicy: Never\n  containers:\n    - name: job\n      image: busybox:1.36\n';
  const ws = new ManifestWorkspace();
  ws.setFile('file:///w/dep.yaml', DEP);
  ws.setFile('file:///w/svc.yaml', SVC);
  ws.setFile('file:///w/pod.yaml', POD);
  const hover = (uri: string, text: string, needle: string, lang: 'fr' | 'en' = 'en') => {
    const h = computeHover(ws, uri, text.indexOf(needle) + 1, lang);
    assert.ok(h, needle);
    return h.markdown;
  };
  const CORE = 'io.k8s.api.core.v1';

  for (const [what, uri, text, needle, owner, field] of [
    ['a Deployment field', 'file:///w/dep.yaml', DEP, 'containerPort', `${CORE}.ContainerPort`, 'containerPort'],
    ['a Deployment container probe', 'file:///w/dep.yaml', DEP, 'readinessProbe', `${CORE}.Container`, 'readinessProbe'],
    ['a Service field', 'file:///w/svc.yaml', SVC, 'selector', `${CORE}.ServiceSpec`, 'selector'],
    ['a Pod field', 'file:///w/pod.yaml', POD, 'restartPolicy', `${CORE}.PodSpec`, 'restartPolicy'],
  ] as const) {
    it(`shows ${what} (${field}) in English, with no French left`, () => {
      const en = hover(uri, text, needle);
      const doc = curatedField('en', owner, field);
      assert.ok(doc, `${owner}.${field}`);
      assert.ok(en.includes(doc.texte), en);
      assert.match(en, /\*\*Common mistake:\*\*/);
      assert.match(en, /Example:\n```yaml/);
      assert.doesNotMatch(en, /[àâçéèêîôûœ«»]|Exemple|Erreur fréquente/, en);
      const fr = hover(uri, text, needle, 'fr');
      // French typography (non-breaking spaces) is applied when the hover is built: compare with plain spaces.
      const plain = (t: string) => t.replace(/[\u00a0\u202f]/g, ' ');
      assert.ok(plain(fr).includes(plain(curatedField('fr', owner, field)!.texte)), 'the French hover is still French');
    });
  }

  it('explains a kind in English with the English documentation page', () => {
    const en = hover('file:///w/svc.yaml', SVC, 'Service');
    assert.ok(en.includes(kindsEn.Service.texte));
    assert.match(en, /\(https:\/\/kubernetes\.io\/docs\/concepts\/services-networking\/service\/\)/);
    assert.doesNotMatch(en, /[àâçéèêîôûœ«»]/);
  });
});
