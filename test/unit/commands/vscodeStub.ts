// Loads a module whose import graph reaches `vscode` (absent outside the extension host): while it loads, `vscode`
// resolves to an inert stand-in where every property is a callable, constructible stand-in. Nothing is run.
import Module from 'node:module';

function inert(): unknown {
  const target = function () { /* inert */ };
  return new Proxy(target, {
    get: (_t, prop) => (prop === Symbol.toPrimitive ? () => '' : prop === 'then' ? undefined : inert()),
    apply: () => inert(),
    construct: () => inert() as object,
  });
}

export function requireWithVscodeStub<T>(modulePath: string): T {
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  const stub = inert();
  mod._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : original.call(this, request, ...rest);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded under the stub on purpose
    return require(modulePath) as T;
  } finally {
    mod._load = original;
  }
}
