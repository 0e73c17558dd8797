// The write API: every change Kube Apprenti makes to a cluster, one function each, one field manager. No vscode
// import: used by the tree (inspect/), the rollout commands (applyUi/), the labs (labs/cluster/) and the CLI.
export { applyFiles, applyText } from '../apply/applyFiles';
export { deleteObject, type DeleteOptions } from './delete';
export { describeWriteError } from './describe';
export { FIELD_MANAGER } from './fieldManager';
export { pauseBody, setPaused } from './pause';
export { RESTARTED_AT, restartBody, rfc3339, rolloutRestart } from './restart';
export { currentReplicas, scaleBody, scaleWorkload } from './scale';
export { pickRevision, rolloutUndo, undoPatch, type UndoResult } from './undo';
