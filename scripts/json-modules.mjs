/**
 * Lets Node import the message catalogues (`import en from "../../messages/en.json"`) without an import attribute,
 * for the browser tests' runner (Playwright loads the factories and lib code the specs import with Node's own ESM
 * loader). The build needs those imports without the attribute: next-intl's precompiled catalogues turn each
 * `messages/*.json` into a JavaScript module, which `with { type: "json" }` would make Turbopack read as JSON
 * (decision 035). tsx and vitest import JSON either way. Registered by scripts/e2e.ts through NODE_OPTIONS.
 */
import { register } from "node:module";

register("./json-modules-hooks.mjs", import.meta.url);
