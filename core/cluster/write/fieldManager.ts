// The one field manager of every write Kube Apprenti makes (apply, scale, rollout restart/undo/pause, create).
// `kubectl get -o yaml --show-managed-fields` shows it; the apply's kubectl equivalent names it (--field-manager).
export const FIELD_MANAGER = 'kube-apprenti';
