// Relative Markdown links of the documentation (docs/**, README.md, CONTRIBUTING.md, CHANGELOG.md) point to files
// that exist in the repository. Links inside code (fenced blocks, `inline code`) and external links are not checked.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..', '..');

/**
 * Repository paths that links may name before they exist: the folders the end-of-session move creates (`core/…`,
 * `cli/`). The coordinator empties this list once the move is done.
 */
const NOT_YET_MOVED: ReadonlySet<string> = new Set<string>([]);

/** Markdown files whose links are checked, relative to the repository root. */
function documentationFiles(): string[] {
  const out = ['README.md', 'CONTRIBUTING.md', 'CHANGELOG.md'];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.md')) out.push(p);
    }
  };
  walk('docs');
  return out;
}

/** Link targets of a Markdown text, code left out: inline `[t](target)`, images, and reference definitions `[r]: target`. */
export function linkTargets(md: string): string[] {
  const text = md
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, ' ');
  const targets: string[] = [];
  for (const m of text.matchAll(/!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) targets.push(m[1]);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) targets.push(m[1]);
  return targets;
}

/** A target to check on disk: relative, without its fragment or query; undefined for external links and anchors. */
function localPath(target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#') || target.startsWith('//')) return undefined;
  const path = decodeURIComponent(target.replace(/[#?].*$/, ''));
  return path === '' ? undefined : path;
}

describe('documentation links', () => {
  it('finds inline links, images and reference links, and leaves code alone', () => {
    const md = [
      'Voir [l’architecture](docs/architecture.md#les-couches) et ![capture](images/a.png "titre").',
      '`[pas un lien](nulle/part.md)` [externe](https://example.org) [ancre](#haut)',
      '```md',
      '[dans un bloc](bloc.md)',
      '```',
      '[réf]: ../autre.md',
    ].join('\n');
    assert.deepEqual(linkTargets(md), ['docs/architecture.md#les-couches', 'images/a.png', 'https://example.org', '#haut', '../autre.md']);
    assert.deepEqual(linkTargets(md).map(localPath), ['docs/architecture.md', 'images/a.png', undefined, undefined, '../autre.md']);
  });

  it('every relative link of docs/, README.md, CONTRIBUTING.md and CHANGELOG.md points to an existing file', () => {
    const files = documentationFiles();
    assert.ok(files.includes('docs/architecture.md'), 'docs/architecture.md is checked');
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const target of linkTargets(readFileSync(join(ROOT, file), 'utf8'))) {
        const path = localPath(target);
        if (!path) continue;
        checked++;
        const abs = path.startsWith('/') ? join(ROOT, path) : resolve(ROOT, dirname(file), path);
        const rel = relative(ROOT, abs).split('\\').join('/');
        if (NOT_YET_MOVED.has(rel)) continue;
        if (rel.startsWith('..') || !existsSync(abs) || !(statSync(abs).isFile() || statSync(abs).isDirectory())) broken.push(`${file}: ${target}`);
      }
    }
    assert.ok(checked > 20, `only ${checked} links found: the extractor is broken`);
    assert.deepEqual(broken, []);
  });
});
