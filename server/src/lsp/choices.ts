// What the student chose in the status bar or a CodeLens: the values files of each chart (applied on top of
// values.yaml, in order) and the overlay previewed for a Kustomize file. The renders and the preview read them.
export class RenderChoices {
  /** Chart folder URI → values file URIs. */
  private readonly values = new Map<string, string[]>();
  /** File or folder URI → overlay folder URI. */
  private readonly overlays = new Map<string, string>();
  private readonly listeners: Array<(dirUri: string) => void> = [];

  valuesOf(chartDirUri: string): string[] {
    return this.values.get(chartDirUri) ?? [];
  }

  setValues(chartDirUri: string, uris: string[]): void {
    this.values.set(chartDirUri, [...uris]);
    for (const l of this.listeners) l(chartDirUri);
  }

  overlayOf(uri: string): string | undefined {
    return this.overlays.get(uri);
  }

  setOverlay(uri: string, overlayDirUri: string): void {
    this.overlays.set(uri, overlayDirUri);
  }

  /** Called when the values of a chart change (the chart is rendered again). */
  onValuesChanged(listener: (chartDirUri: string) => void): void {
    this.listeners.push(listener);
  }
}
