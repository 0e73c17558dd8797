// The pure .gitignore matcher (util/gitignore.ts + index/gitFacts.ts), checked against `git check-ignore` itself
// on a real temporary repository (skipped when git is not installed).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitFacts } from '../../../core/analysis/index/gitFacts';
import { gitignoreLine, matchRules, parseGitignore } from '../../../core/analysis/util/gitignore';

function hasGit(): boolean {
  try {
    execFileSync('git', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Each case: .gitignore files (folder → text) and the paths to ask about. */
const CASES: Array<{ ignores: Record<string, string>; exclude?: string }> = [
  { ignores: { '': 'secret.yaml\n' } },
  { ignores: { '': '/secret.yaml\n' } },
  { ignores: { '': '*.yaml\n!secret.yaml\n' } },
  { ignores: { '': '!secret.yaml\n*.yaml\n' } },
  { ignores: { '': 'k8s/\n!k8s/secret.yaml\n' } },
  { ignores: { '': 'k8s/*\n!k8s/secret.yaml\n' } },
  { ignores: { '': 'k8s/**\n' } },
  { ignores: { '': '**/prod\n' } },
  { ignores: { '': '**/prod/**/*.yaml\n' } },
  { ignores: { '': 'k8s/**/secret.yaml\n' } },
  { ignores: { '': 'secret*\n', k8s: '!secret.yaml\n' } },
  { ignores: { '': 'prod/\n' } },
  { ignores: { '': 'prod\n' } },
  { ignores: { '': '/k8s/prod/\n' } },
  { ignores: { '': 'sec[a-f]et.yaml\n' } },
  { ignores: { '': 'sec[!r]et.yaml\n' } },
  { ignores: { '': 'secre?.yaml\n', k8s: 'prod/secret.yaml\n' } },
  { ignores: { '': '# secret.yaml\n\\#hash.yaml\n' } },
  { ignores: { '': 'secret.yaml   \n' } },
  { ignores: { '': '*\n!*/\n!*.yaml\n' } },
  { ignores: { '': '*\n!*.yaml\n' } },
  { ignores: { k8s: '/secret.yaml\n' } },
  { ignores: { k8s: 'prod/*.yaml\n' } },
  { ignores: { '': 'a**b\n' } },
  { ignores: {}, exclude: 'secret.yaml\n' },
  { ignores: { '': '!secret.yaml\n' }, exclude: 'secret.yaml\n' },
];
const PATHS = ['secret.yaml', 'other.yaml', 'k8s/secret.yaml', 'k8s/other.yaml', 'k8s/prod/secret.yaml', 'k8s/prod/deep/secret.yaml',
  'prod/secret.yaml', '#hash.yaml', 'aXXb', 'x/aYb/secret.yaml', 'secrat.yaml'];

describe('gitignore matcher', () => {
  it('agrees with `git check-ignore` on a real repository', function () {
    assert.ok(hasGit(), "git is needed for this test (apt-get install git)");
    this.timeout(60000);
    let compared = 0;
    for (const c of CASES) {
      const dir = mkdtempSync(join(tmpdir(), 'ka-gitignore-'));
      try {
        execFileSync('git', ['init', '-q', dir]);
        for (const p of PATHS) { mkdirSync(dirname(join(dir, p)), { recursive: true }); writeFileSync(join(dir, p), 'x'); }
        const facts = new GitFacts();
        const root = pathToFileURL(dir).href;
        facts.setRepository(root, true);
        for (const [folder, text] of Object.entries(c.ignores)) {
          writeFileSync(join(dir, folder, '.gitignore'), text);
          facts.setIgnoreFile(folder ? `${root}/${folder}` : root, text);
        }
        if (c.exclude !== undefined) {
          writeFileSync(join(dir, '.git', 'info', 'exclude'), c.exclude);
          facts.setExclude(root, c.exclude);
        }
        let out = '';
        try {
          out = execFileSync('git', ['-C', dir, 'check-ignore', '--no-index', ...PATHS], { encoding: 'utf8' });
        } catch (err) {
          out = String((err as { stdout?: string }).stdout ?? ''); // exit 1 when nothing is ignored
        }
        const ignoredByGit = new Set(out.split('\n').filter(Boolean));
        for (const p of PATHS) {
          const uri = pathToFileURL(join(dir, p)).href;
          assert.equal(facts.status(uri)?.ignored, ignoredByGit.has(p), `${p} with ${JSON.stringify(c)}`);
          compared++;
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    assert.equal(compared, CASES.length * PATHS.length);
  });

  it('parses comments, negation, directory-only patterns and escapes', () => {
    const rules = parseGitignore('# comment\n\n!keep.yaml\nbuild/\n\\!bang\n');
    assert.equal(rules.length, 3);
    assert.equal(matchRules(rules, 'keep.yaml', false), false);
    assert.equal(matchRules(rules, 'build', false), undefined);
    assert.equal(matchRules(rules, 'a/build', true), true);
    assert.equal(matchRules(rules, '!bang', false), true);
    assert.equal(matchRules(parseGitignore('[unclosed\n'), '[unclosed', false), undefined);
  });

  it('writes a line that matches exactly the file', () => {
    for (const p of ['secret.yaml', 'k8s/[prod] s.yaml', '#x.yaml', '!y.yaml', 'a*b?.yaml', 'end ']) {
      const rules = parseGitignore(`${gitignoreLine(p)}\n`);
      assert.equal(matchRules(rules, p, false), true, p);
      assert.equal(matchRules(rules, `${p}x`, false), undefined, `${p}x`);
    }
  });

  it('is outside any repository without a .git fact', () => {
    const facts = new GitFacts();
    facts.setIgnoreFile('file:///ws', 'x\n');
    assert.equal(facts.status('file:///ws/secret.yaml'), undefined);
    facts.setRepository('file:///', true);
    assert.equal(facts.status('file:///ws/secret.yaml')?.repository, 'file://');
    assert.equal(facts.status('file:///ws/secret.yaml')?.nearestIgnoreDir, 'file:///ws');
  });
});
