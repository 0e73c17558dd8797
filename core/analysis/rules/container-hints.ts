// Teaching hints on containers: no requests/limits; a base OS image with no command (it
// exits at once: CrashLoopBackOff); imagePullPolicy Never; a database image without its required password.
import { rangeOf } from '../index/ranges';
import { parseImage } from '../util/image';
import { get, getPair, items, str } from '../util/yamlNodes';
import { mainContainers, podObjects } from './helpers';
import type { DocRule } from './rule';

const SHELL_IMAGES = new Set(['ubuntu', 'debian', 'alpine', 'busybox', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'archlinux', 'opensuse', 'oraclelinux']);
const REQUIRED_ENV: Record<string, string[]> = {
  mysql: ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
  mariadb: ['MARIADB_ROOT_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'MARIADB_ALLOW_EMPTY_ROOT_PASSWORD', 'MARIADB_RANDOM_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'],
  postgres: ['POSTGRES_PASSWORD', 'POSTGRES_HOST_AUTH_METHOD'],
};

export const containerHints: DocRule = {
  id: 'container-hints',
  codes: ['KA028', 'KA033', 'KA035', 'KA062'],
  scope: 'document',
  check(ctx) {
    for (const { res, tpl } of podObjects(ctx.resources)) {
      const restart = str(get(tpl.spec, 'restartPolicy')) ?? 'Always';
      const longRunning = restart === 'Always' && res.kind !== 'Job' && res.kind !== 'CronJob';
      for (const c of mainContainers(tpl)) {
        const namePair = getPair(c.node, 'name');
        const at = rangeOf(res.doc, namePair?.key ?? c.node);
        const imageNode = get(c.node, 'image');
        const ref = parseImage(str(imageNode) ?? '');
        const args = { container: c.name ?? '', image: str(imageNode) ?? '' };
        if (!get(c.node, 'resources')) ctx.report({ code: 'KA028', range: at, args });
        if (ref && longRunning && SHELL_IMAGES.has(ref.name) && !ref.registry && !get(c.node, 'command') && !get(c.node, 'args')) {
          ctx.report({ code: 'KA033', range: rangeOf(res.doc, imageNode), args });
        }
        const pull = getPair(c.node, 'imagePullPolicy');
        if (str(pull?.value) === 'Never') ctx.report({ code: 'KA035', range: rangeOf(res.doc, pull!.value), args });
        const required = ref ? REQUIRED_ENV[ref.name] : undefined;
        if (required && !get(c.node, 'envFrom')) {
          const names = items(get(c.node, 'env')).map((e) => str(get(e, 'name')));
          if (!required.some((r) => names.includes(r))) {
            ctx.report({ code: 'KA062', range: rangeOf(res.doc, imageNode), args: { ...args, name: ref!.name, variable: required[0], alternatives: required.slice(1).map((r) => `\`${r}\``).join(', ') || '—' } });
          }
        }
      }
    }
  },
};
