// Internal command (not in the palette) for the in-host tests: walks the tree by labels through the real provider
// (which starts the watches) and returns the children as plain data.
import type { ClusterTreeProvider } from '../treeProvider';


export interface NodeSnapshot {
  id: string;
  label: string;
  description?: string;
  contextValue: string;
  kind: string;
  icon?: string;
}

export async function snapshot(provider: ClusterTreeProvider, labels: string[] = []): Promise<NodeSnapshot[] | undefined> {
  let node;
  for (const l of labels) {
    const kids = await provider.getChildren(node);
    node = kids.find((k) => k.label === l);
    if (!node) return undefined;
  }
  const kids = await provider.getChildren(node);
  return kids.map((k) => ({ id: k.id, label: k.label, description: k.description, contextValue: k.contextValue, kind: k.kind, icon: k.icon?.id }));
}
