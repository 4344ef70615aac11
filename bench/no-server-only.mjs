// Preloaded into the bench's child processes instead of `--conditions react-server`: it makes the services'
// `import "server-only"` a no-op as the react-server condition does, without that condition's other effect. Under it,
// next-intl 4.15 resolves to its React Server entry, which imports a client component (useEffect), and plain Node
// then fails to load any service that imports next-intl (the translators in lib/i18n and lib/notifications).
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
