import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import noJsxProse from "./eslint-rules/no-jsx-prose.mjs";

// ── Every page and component is translated (issue 21, decisions 023 and 024): words people read come from
// messages/*.json, and `kinship/no-jsx-prose` refuses prose written in JSX (text of two words or more, and prose in
// `aria-label`, `title`, `placeholder`, `alt`, `label`). Not app/dev/: the development outbox is an operator's
// tool, in English on purpose.
const TRANSLATED = ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"];
const NOT_TRANSLATED = ["app/dev/**"];

// ── Boundaries: which part may not import which (issue 16). ─────────────────────────────────────────────────────────
// One row a rule: a path, and what code under it may not import. A folder also obeys the rows of every folder that
// holds it (lib/realtime obeys lib). ESLint keeps only the last options of a rule for a file, so `boundaries()`
// writes one config per row carrying every pattern that applies there, the deeper rows last. Add a boundary as a
// row here, not as another no-restricted-imports block (which would replace these for the files it matches).
const DATABASE = {
  group: ["@/lib/db", "@/lib/db/*", "**/lib/db/**", "@prisma/*", "pg"],
  message: "Only lib/** touches the database: call a lib/<domain> function.",
};
// Loaded on demand, not in a route's first load (issue 18): sonner through components/ui/toast.ts.
const ON_DEMAND = {
  group: ["sonner"],
  allowTypeImports: true,
  message: "Import toast from @/components/ui/toast: it loads sonner when the first toast is shown.",
};
const BOUNDARIES = [
  { path: "app", forbid: [DATABASE, ON_DEMAND] },
  { path: "proxy.ts", forbid: [DATABASE] },
  {
    path: "components",
    forbid: [
      DATABASE,
      ON_DEMAND,
      {
        group: ["@/app", "@/app/**"],
        message: "Components never import app/: the page or layout that renders them passes server actions as props.",
      },
    ],
  },
  {
    path: "lib",
    forbid: [
      {
        group: ["@/app", "@/app/**", "@/components", "@/components/**"],
        message: "lib/ is below app/ and components/: it may not import them.",
      },
    ],
  },
  {
    path: "lib/realtime",
    forbid: [
      {
        group: ["@/lib/chat", "@/lib/chat/**", "../chat", "../chat/**"],
        message:
          "The realtime stream knows no feature: the chat registers a StreamRenderer in the start-up wiring (lib/wiring.ts).",
      },
    ],
  },
  {
    path: "lib/auth",
    forbid: [
      {
        group: ["@/lib/http", "@/lib/http/**", "../http", "../http/**"],
        message: "lib/http imports lib/auth, not the reverse: request helpers both need live in lib/request/.",
      },
      {
        // The one door knows no domain: each domain registers its resource's loader in lib/wiring.ts.
        regex: "^(@/lib/|(\\.\\./)+)(groups|programs|matching|pairings|chat|notifications|home|badges)(/|$)",
        message:
          "The door (lib/auth) knows no domain: the domain registers its loader in the start-up wiring (lib/wiring.ts).",
      },
    ],
  },
  {
    // Groups sit below mentorship and chat: they announce a departure through lib/groups/departure.ts and leave
    // cross-domain counts to lib/badges/ (decision 021). Relative paths are caught too.
    path: "lib/groups",
    forbid: [
      {
        regex: "^(@/lib/|(\\.\\./)+)(matching|pairings|programs|chat)(/|$)",
        message: "Groups may not import mentorship or chat (decision 021): announce through a hook in lib/groups.",
      },
    ],
  },
];

function boundaries() {
  const holds = (outer, inner) => inner.path === outer.path || inner.path.startsWith(`${outer.path}/`);
  const depth = (row) => row.path.split("/").length;
  return [...BOUNDARIES]
    .sort((a, b) => depth(a) - depth(b))
    .map((row) => ({
      files: [row.path.endsWith(".ts") ? row.path : `${row.path}/**`],
      rules: {
        "no-restricted-imports": [
          "error",
          { patterns: BOUNDARIES.filter((outer) => holds(outer, row)).flatMap((outer) => outer.forbid) },
        ],
      },
    }));
}
// ── end of boundaries ────────────────────────────────────────────────────────────────────────────────────────────

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      ".next/**",
      ".next-e2e*/**",
      ".next-bench*/**",
      "node_modules/**",
      ".data/**",
      ".tmp/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report*/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ["tests/e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  // Configuration is read once, validated, in lib/env.ts.
  {
    files: ["app/**", "components/**", "lib/**", "proxy.ts"],
    ignores: ["lib/env.ts"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from lib/env.ts." },
      ],
    },
  },
  ...boundaries(),
  {
    files: TRANSLATED,
    ignores: NOT_TRANSLATED,
    plugins: { kinship: { rules: { "no-jsx-prose": noJsxProse } } },
    rules: { "kinship/no-jsx-prose": "error" },
  },
];

export default config;
