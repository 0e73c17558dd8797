// Mocha runner loaded by VS Code's extension host (extensionTestsPath): same contract as @vscode/test-electron.
// Output lines start with "[in-host]" so the Playwright driver can pick them out of the workbench log.
import * as path from 'node:path';
import * as fs from 'node:fs';
import Mocha from 'mocha';

export function run(): Promise<void> {
  class InHostReporter extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
      super(runner, options);
      const out = (s: string) => console.log(`[in-host] ${s}`);
      runner.on('suite', (s) => { if (s.title) out(s.title); });
      runner.on('pass', (t) => out(`  ✓ ${t.title} (${t.duration ?? 0} ms)`));
      runner.on('fail', (t, err: Error) => out(`  ✗ ${t.title}\n      ${String(err?.stack ?? err).split('\n').slice(0, 8).join('\n      ')}`));
      runner.on('pending', (t) => out(`  - ${t.title} (ignoré)`));
    }
  }
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 180000, reporter: InHostReporter });
  const only = process.env.KA_INHOST_GREP;
  if (only) mocha.grep(only);
  for (const f of fs.readdirSync(__dirname).filter((n) => n.endsWith('.test.js')).sort()) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`[in-host] in-host: ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} in-host test(s) failed`));
      else if (passed === 0) reject(new Error('no in-host test ran'));
      else resolve();
    });
  });
}
