import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderInline, renderMarkdown } from '../../../webviews/lab/markdown';

const OPTS = { copyLabel: 'Copier', openFileLabel: 'Ouvrir le fichier' };
const md = (s: string) => renderMarkdown(s, OPTS);

describe('labs: safe Markdown renderer of the steps', () => {
  it('escapes raw HTML everywhere (text, code, attributes)', () => {
    const r = md('<script>alert(1)</script>\n\n**<img src=x onerror=alert(1)>**\n\n```html fichier="a.html"\n<b onclick="x">\n```\n');
    assert.doesNotMatch(r.html, /<script|<img|<b /);
    assert.match(r.html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(r.html, /<strong>&lt;img src=x onerror=alert\(1\)&gt;<\/strong>/);
    assert.match(r.html, /&lt;b onclick=&quot;x&quot;&gt;/);
  });

  it('keeps only http(s) links, as data-href for the host to open', () => {
    assert.equal(renderInline('[doc](https://kubernetes.io/fr/)'), '<a href="#" data-href="https://kubernetes.io/fr/" title="https://kubernetes.io/fr/">doc</a>');
    assert.equal(renderInline('[x](javascript:alert(1))'), 'x');
    assert.equal(renderInline('[x](command:workbench.action.quit)'), 'x');
  });

  it('renders inline code literally, bold and italics', () => {
    assert.equal(renderInline('`**pas gras**` et **gras** et *italique*'), '<code>**pas gras**</code> et <strong>gras</strong> et <em>italique</em>');
    assert.equal(renderInline('VARIABLE_ENVIRONNEMENT1 et snake_case_name'), 'VARIABLE_ENVIRONNEMENT1 et snake_case_name');
  });

  it('code blocks: « Copier » always, « Ouvrir le fichier » with fichier=, text kept for the clipboard', () => {
    const r = md('```yaml fichier=k8s/redis-pod.yaml\napiVersion: v1\nkind: Pod\n```\n\n```bash\nkubectl get pods\n```\n');
    assert.deepEqual(r.codes, ['apiVersion: v1\nkind: Pod', 'kubectl get pods']);
    assert.match(r.html, /data-action="copy" data-code="0"/);
    assert.match(r.html, /data-action="open-file" data-path="k8s\/redis-pod.yaml">Ouvrir le fichier</);
    assert.equal((r.html.match(/data-action="open-file"/g) ?? []).length, 1);
    assert.match(r.html, /<code class="lang-bash">kubectl get pods<\/code>/);
  });

  it('refuses file paths that leave the working folder', () => {
    const r = md('```yaml fichier=../../etc/passwd\nx\n```\n```yaml fichier=/etc/passwd\nx\n```');
    assert.doesNotMatch(r.html, /open-file/);
  });

  it('headings, paragraphs joined across lines, lists, tables, block quotes with nested code', () => {
    const r = md('# Titre\n\nUne ligne\net la suite.\n\n- un\n- deux `x`\n\n1. a\n2. b\n\n| A | B |\n|---|---|\n| `port` | 80 |\n\n> **Note** : texte\n>\n> ```yaml\n> a: b\n> ```\n');
    assert.match(r.html, /<h1>Titre<\/h1>/);
    assert.match(r.html, /<p>Une ligne et la suite\.<\/p>/);
    assert.match(r.html, /<ul><li>un<\/li><li>deux <code>x<\/code><\/li><\/ul>/);
    assert.match(r.html, /<ol><li>a<\/li><li>b<\/li><\/ol>/);
    assert.match(r.html, /<table><thead><tr><th>A<\/th><th>B<\/th><\/tr><\/thead><tbody><tr><td><code>port<\/code><\/td><td>80<\/td><\/tr><\/tbody><\/table>/);
    assert.match(r.html, /<blockquote><p><strong>Note<\/strong> : texte<\/p>\n<div class="code-block"/);
    assert.deepEqual(r.codes, ['a: b']);
  });

  it('renders every shipped step without leaking raw HTML', () => {
    const root = path.join(__dirname, '..', '..', '..', 'labs');
    let n = 0;
    for (const lab of fs.readdirSync(root)) {
      for (const f of fs.readdirSync(path.join(root, lab)).filter((x) => x.endsWith('.md'))) {
        const r = md(fs.readFileSync(path.join(root, lab, f), 'utf8'));
        assert.ok(r.html.length > 50, `${lab}/${f}`);
        assert.doesNotMatch(r.html.replace(/<\/?(h\d|p|ul|ol|li|code|pre|strong|em|table|thead|tbody|tr|th|td|blockquote|br|a|div|span|vscode-button)\b[^>]*>/g, ''), /<[a-z]/i, `${lab}/${f}`);
        n++;
      }
    }
    assert.ok(n >= 50, `only ${n} step files`);
  });
});
