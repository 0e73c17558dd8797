// Polls kubeconfig files (or the place where one would appear) and calls back once per burst of changes.
// Polling (fs.watchFile) rather than fs.watch: editors and `kubectl config` replace the file, which fs.watch misses.
// No vscode import.
import * as fs from 'node:fs';

export class KubeconfigWatcher {
  private files: string[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private readonly listener = (cur: fs.Stats, prev: fs.Stats) => {
    if (cur.mtimeMs === prev.mtimeMs && cur.size === prev.size && cur.ino === prev.ino) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = undefined; this.onChange(); }, this.settleMs);
  };

  constructor(private readonly onChange: () => void, private readonly intervalMs = 2000, private readonly settleMs = 500) {}

  /** Watches exactly these files from now on (missing files are watched too: their creation counts). */
  watch(files: string[]): void {
    const next = [...new Set(files)];
    for (const f of this.files) if (!next.includes(f)) fs.unwatchFile(f, this.listener);
    for (const f of next) if (!this.files.includes(f)) fs.watchFile(f, { interval: this.intervalMs, persistent: false }, this.listener);
    this.files = next;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const f of this.files) fs.unwatchFile(f, this.listener);
    this.files = [];
  }
}
