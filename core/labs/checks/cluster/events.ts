// cluster.evenement: an Event with a reason (optionally about one object) happened, by default since the step started.
import type { EventCheck } from '../../format/types';
import { t } from '../../../i18n/labs';
import type { CheckKind } from '../kind';
import { splitRef } from '../workspace/helpers';
import { createdSinceStep, requireCluster, str, type Obj } from './helpers';

/** Latest time of an Event (core/v1 view of both event APIs). */
export function eventTime(e: Obj): string | undefined {
  const cands = [str(e, 'series.lastObservedTime'), str(e, 'lastTimestamp'), str(e, 'eventTime'), str(e, 'metadata.creationTimestamp')]
    .filter((x): x is string => !!x && Number.isFinite(Date.parse(x)));
  return cands.sort((a, b) => Date.parse(b) - Date.parse(a))[0];
}

function aboutObject(e: Obj, objet?: string): boolean {
  if (!objet) return true;
  const { kind, name } = splitRef(objet);
  if (str(e, 'involvedObject.kind')?.toLowerCase() !== kind.toLowerCase()) return false;
  const n = str(e, 'involvedObject.name') ?? '';
  // `Pod/guestbook` also matches the Pods of the Deployment guestbook (guestbook-7d8b…).
  return name === undefined || n === name || (kind.toLowerCase() === 'pod' && n.startsWith(`${name}-`));
}

export const events: CheckKind<EventCheck> = {
  scope: 'cluster',
  describe: (c, lang) => c.title ?? t(lang, c.sinceStepStart === false ? 'check.cluster.evenement.toujours' : 'check.cluster.evenement',
    { raison: c.reason, objet: c.object ? t(lang, 'check.objet', { objet: c.object }) : '' }),
  async evaluate(c, ctx) {
    const all = await requireCluster(ctx.cluster).list('Event');
    const recent = c.sinceStepStart === false ? all : all.filter((e) => createdSinceStep(eventTime(e), ctx.clock));
    if (recent.some((e) => e.reason === c.reason && aboutObject(e, c.object))) return { ok: true };
    const reasons = [...new Set(recent.filter((e) => aboutObject(e, c.object)).map((e) => String(e.reason)))].slice(0, 6);
    return { ok: false, detail: reasons.length ? t(ctx.lang, 'détail.événements', { liste: reasons.join(', ') }) : t(ctx.lang, 'détail.aucunÉvénement') };
  },
};
