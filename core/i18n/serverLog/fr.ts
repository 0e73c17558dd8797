// French lines of the language server's log (domain `serverLog`): the output channel « Kube Apprenti » in VS Code,
// window/logMessage for other editors. Timings are written with KUBE_APPRENTI_TRACE=1.
export const fr = {
  'trace.scanFound': '{n} fichiers YAML trouvés',
  'trace.scanRead': 'fichiers lus',
  'trace.analysis': 'analyse {read} ms (lecture) + {rules} ms (règles, envoi), {cpu} ms de processeur ; {files} fichier(s) modifié(s)',
  'analysisFailed': 'échec de l’analyse : {error}',
  'renderFailed': 'échec du rendu : {error}',
} as const;

export type ServerLogKey = keyof typeof fr;
