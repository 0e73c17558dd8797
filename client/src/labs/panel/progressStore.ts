// Progress saved per workspace (workspaceState).
import type * as vscode from 'vscode';
import { normalizeProgress, type ProgressState } from '../../../../core/labs/progress';

const KEY = 'kubeApprenti.labs.progression';

export class ProgressStore {
  constructor(private readonly memento: vscode.Memento) {}

  get(): ProgressState {
    return normalizeProgress(this.memento.get(KEY));
  }

  async update(fn: (s: ProgressState) => ProgressState): Promise<ProgressState> {
    const next = fn(this.get());
    await this.memento.update(KEY, next);
    return next;
  }
}
