// The hook scripts/json-modules.mjs registers: a project file ending in .json, imported without an attribute, is
// loaded as JSON (what the attribute would say); everything else is left to the next loader.
export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && url.endsWith(".json") && !context.importAttributes?.type) {
    return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: "json" } });
  }
  return nextLoad(url, context);
}
