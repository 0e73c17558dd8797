// The application map (« Carte de l’application »): graph model of one namespace, files and cluster together.
export { buildMap, differs, firstDifference } from './build';
export { mt } from './text';
export type { EdgeKind, FileObject, KObject, Layer, ManifestLocation, MapEdge, MapGraph, MapInput, MapNode, Origin } from './types';
export { fileObjects } from './files';
