// Pure helpers on file URIs (no fs): directory of a URI, resolving a relative path.

export function dirOf(uri: string): string {
  const i = uri.lastIndexOf('/');
  return i < 0 ? '' : uri.slice(0, i);
}

/** Resolves `rel` (a POSIX relative path such as `../base`) against the directory URI `dir`. */
export function resolveUri(dir: string, rel: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(rel)) return rel;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i.exec(dir);
  const prefix = m ? m[1] : '';
  const path = m ? m[2] : dir;
  const parts = rel.startsWith('/') ? [] : path.split('/');
  for (const seg of rel.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') { if (parts.length > 1) parts.pop(); continue; }
    parts.push(encodeURIComponent(seg).replace(/%40/g, '@'));
  }
  const joined = parts.join('/');
  return prefix + (joined.startsWith('/') ? joined : '/' + joined);
}
