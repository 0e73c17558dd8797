// A small, safe Markdown renderer for the lab steps: every piece of text is HTML-escaped, raw HTML is shown as text,
// links only keep http(s) targets (opened by the extension host). Supports headings, paragraphs, lists, block quotes
// (with nested blocks), tables, fenced code blocks (```yaml fichier=k8s/x.yaml → « Ouvrir le fichier »), inline code,
// bold, italics and links. Pure function: unit tested, no DOM.

export interface RenderOptions {
  copyLabel: string;
  openFileLabel: string;
}

export interface Rendered {
  html: string;
  /** Text of each code block, by its data-code index (for « Copier »). */
  codes: string[];
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Inline Markdown of one escaped-as-we-go line: code spans first (their content is literal), then links, bold, italics. */
export function renderInline(text: string): string {
  const parts = text.split(/(`+[^`]*?`+)/g);
  return parts.map((part, i) => {
    if (i % 2 === 1) {
      const m = /^(`+)([^`]*?)\1$/.exec(part);
      if (m) return `<code>${escapeHtml(m[2].replace(/^ (.*) $/, '$1'))}</code>`;
    }
    let s = escapeHtml(part);
    s = s.replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g, (_all, label: string, href: string) => {
      const url = href.replace(/&amp;/g, '&');
      if (/^https?:\/\//i.test(url)) return `<a href="#" data-href="${escapeHtml(url)}" title="${escapeHtml(url)}">${label}</a>`;
      return label;
    });
    s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/__([^_]+)__/g, '<strong>$1</strong>');
    s = s.replace(/(^|[^*\w])\*([^*\s][^*]*?)\*(?!\w)/g, '$1<em>$2</em>').replace(/(^|[^_\w])_([^_\s][^_]*?)_(?!\w)/g, '$1<em>$2</em>');
    return s;
  }).join('');
}

interface Ctx { opts: RenderOptions; codes: string[] }

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)([-*+])\s+(.*)$/;
const ORDERED = /^(\s*)(\d+)[.)]\s+(.*)$/;
const TABLE_SEP = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

function fileOf(info: string): string | undefined {
  const m = /(?:^|\s)fichier=("[^"]+"|'[^']+'|\S+)/.exec(info);
  if (!m) return undefined;
  const f = m[1].replace(/^["']|["']$/g, '');
  return /^[^/\\][^\\]*$/.test(f) && !f.split('/').includes('..') ? f : undefined;
}

function codeBlock(lines: string[], lang: string, info: string, ctx: Ctx): string {
  const text = lines.join('\n');
  const n = ctx.codes.push(text) - 1;
  const file = fileOf(info);
  const head = [
    file ? `<span class="code-file">${escapeHtml(file)}</span>` : `<span class="code-lang">${escapeHtml(lang)}</span>`,
    '<span class="code-actions">',
    `<vscode-button secondary data-action="copy" data-code="${n}" aria-label="${escapeHtml(ctx.opts.copyLabel)}">${escapeHtml(ctx.opts.copyLabel)}</vscode-button>`,
    file ? ` <vscode-button secondary data-action="open-file" data-path="${escapeHtml(file)}">${escapeHtml(ctx.opts.openFileLabel)}</vscode-button>` : '',
    '</span>',
  ].join('');
  return `<div class="code-block" data-code-block="${n}"${file ? ` data-file="${escapeHtml(file)}"` : ''}><div class="code-head">${head}</div><pre><code${lang ? ` class="lang-${escapeHtml(lang)}"` : ''}>${escapeHtml(text)}</code></pre></div>`;
}

function cells(row: string): string[] {
  return row.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|'));
}

function renderBlocks(lines: string[], ctx: Ctx): string {
  const out: string[] = [];
  let i = 0;
  const isBlank = (l: string | undefined): boolean => l === undefined || l.trim() === '';
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) { i++; continue; }
    const fence = FENCE.exec(line);
    if (fence) {
      const [, indent, marker, lang, info] = fence;
      const body: string[] = [];
      i++;
      while (i < lines.length && !new RegExp(`^\\s*${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[i])) {
        body.push(lines[i].startsWith(indent) ? lines[i].slice(indent.length) : lines[i]);
        i++;
      }
      i++;
      out.push(codeBlock(body, lang, info, ctx));
      continue;
    }
    const h = HEADING.exec(line);
    if (h) { out.push(`<h${h[1].length}>${renderInline(h[2])}</h${h[1].length}>`); i++; continue; }
    if (/^\s*>/.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && /^\s*>/.test(lines[i])) { inner.push(lines[i].replace(/^\s*> ?/, '')); i++; }
      out.push(`<blockquote>${renderBlocks(inner, ctx)}</blockquote>`);
      continue;
    }
    if (line.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1])) {
      const head = cells(line);
      i += 2;
      const rows: string[][] = [];
      while (i < lines.length && !isBlank(lines[i]) && lines[i].includes('|')) { rows.push(cells(lines[i])); i++; }
      out.push(`<table><thead><tr>${head.map((c) => `<th>${renderInline(c)}</th>`).join('')}</tr></thead><tbody>${
        rows.map((r) => `<tr>${head.map((_, k) => `<td>${renderInline(r[k] ?? '')}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = ORDERED.exec(line);
    if (bullet || ordered) {
      const re = bullet ? BULLET : ORDERED;
      const base = (bullet ?? ordered)![1].length;
      const items: string[][] = [];
      while (i < lines.length) {
        const m = re.exec(lines[i]);
        if (m && m[1].length === base) { items.push([m[3]]); i++; continue; }
        if (!isBlank(lines[i]) && /^\s+/.test(lines[i]) && (lines[i].match(/^\s*/)![0].length > base) && items.length) {
          items[items.length - 1].push(lines[i].slice(Math.min(base + 2, lines[i].match(/^\s*/)![0].length)));
          i++;
          continue;
        }
        if (isBlank(lines[i]) && i + 1 < lines.length && (re.exec(lines[i + 1])?.[1].length === base || /^\s{2,}\S/.test(lines[i + 1]))) { i++; continue; }
        break;
      }
      const tag = bullet ? 'ul' : 'ol';
      const start = ordered && Number(ordered[2]) !== 1 ? ` start="${Number(ordered[2])}"` : '';
      out.push(`<${tag}${start}>${items.map((it) => `<li>${it.length === 1 ? renderInline(it[0]) : renderBlocks(it, ctx).replace(/^<p>([\s\S]*?)<\/p>/, '$1')}</li>`).join('')}</${tag}>`);
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && !FENCE.test(lines[i]) && !HEADING.test(lines[i]) && !/^\s*>/.test(lines[i])
      && !BULLET.test(lines[i]) && !ORDERED.test(lines[i])) { para.push(lines[i].trim()); i++; }
    if (para.length === 0) { out.push(`<p>${renderInline(line.trim())}</p>`); i++; continue; }
    out.push(`<p>${renderInline(para.join(' '))}</p>`);
  }
  return out.join('\n');
}

export function renderMarkdown(md: string, opts: RenderOptions): Rendered {
  const ctx: Ctx = { opts, codes: [] };
  const html = renderBlocks(md.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n'), ctx);
  return { html, codes: ctx.codes };
}
