// An environment variable pointing at `localhost:<port>` while no container of the Pod listens on that
// port: localhost is the Pod itself; another Pod is reached through its Service name.
import { rangeOf } from '../index/ranges';
import { get, items, str } from '../util/yamlNodes';
import { podObjects } from './helpers';
import type { DocRule } from './rule';

const LOCAL = /(?:^|[/@])(localhost|127\.0\.0\.1)(?::(\d{1,5}))?(?:[/?]|$)/;

export const localhostEnv: DocRule = {
  id: 'localhost-env',
  codes: ['KA016'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const ports = new Set<number>();
      for (const c of tpl.containers) for (const p of c.ports) if (p.containerPort !== undefined) ports.add(p.containerPort);
      const multi = tpl.containers.filter((c) => !c.init).length > 1;
      for (const c of tpl.containers) {
        for (const e of items(get(c.node, 'env'))) {
          const node = get(e, 'value');
          const value = str(node);
          if (!value || !node) continue;
          const m = LOCAL.exec(value.trim());
          if (!m || !m[2]) continue;
          const port = Number(m[2]);
          // Containers of the same Pod share localhost: a declared port, or a sidecar that may listen, is fine.
          if (ports.has(port) || (multi && ports.size === 0)) continue;
          ctx.report({ code: 'KA016', range: rangeOf(res.doc, node), args: { name: str(get(e, 'name')) ?? '', value, port } });
        }
      }
    }
  },
};
