import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import noJsxProse from "./eslint-rules/no-jsx-prose.mjs";

// ── Translated so far (issue 21, decision 023): in these paths, words people read come from messages/*.json, and
// `kinship/no-jsx-prose` refuses prose written in JSX. A session that moves a folder's strings adds it here.
// Parentheses are escaped: route groups like (auth) are literal folder names, not glob syntax.
const TRANSLATED_FOLDERS = [
  "app/layout.tsx",
  "app/\\(auth\\)/*.tsx",
  "app/\\(auth\\)/check-email/**",
  "app/\\(auth\\)/forgot-password/**",
  "app/\\(auth\\)/reset-password/**",
  "app/\\(auth\\)/sign-in/**",
  "app/\\(auth\\)/sign-up/**",
  "components/site-header.tsx",
  "components/site-footer.tsx",
  "components/user-menu.tsx",
  "components/theme-toggle.tsx",
  "components/verify-email-banner.tsx",
  "components/notifications/notification-bell.tsx",
  // Accounts, settings, invitations, shared UI and error pages (issue 21).
  "app/settings/**",
  "app/invite/**",
  "app/unsubscribe/**",
  "app/\\(auth\\)/verify-email/**",
  "app/\\(auth\\)/email-change/**",
  "app/not-found.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "components/ui/**",
  "components/action-feedback.tsx",
  "components/flash-toast.tsx",
  "components/page-skeleton.tsx",
  "components/linkified-text.tsx",
  "components/sign-out-form.tsx",
  // Programs (issue 21): the mentorship tab, a program's page, applying, reviewing applications and the editor.
  "app/groups/\\[slug\\]/mentorship/*.{ts,tsx}",
  "app/groups/\\[slug\\]/mentorship/new/**",
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/*.{ts,tsx}",
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/apply/**",
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/edit/**",
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/applications/**",
  "components/programs/**",
  // Matching board, cohort draft, admin pairings list and progress dashboard (issue 21, matching area)
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/matching/**",
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/pairings/**",
  "app/groups/\\[slug\\]/mentorship/\\[programId\\]/progress/**",
  "components/matching/**",
  // Pair space, chat and home (issue 21).
  "app/page.tsx",
  "app/_home/**",
  "app/mentorships/**",
  "app/notifications/**",
  "app/pairings/**",
  "components/pairings/**",
  "components/chat/**",
  "components/notifications/**",
  // Groups (issue 21): the directory, a group's pages (not its mentorship), the feed and the group components.
  "app/groups/\\(directory\\)/**",
  "app/groups/new/**",
  "app/groups/\\[slug\\]/*.ts",
  "app/groups/\\[slug\\]/*.tsx",
  "app/groups/\\[slug\\]/about/**",
  "app/groups/\\[slug\\]/activity/**",
  "app/groups/\\[slug\\]/members/**",
  "app/groups/\\[slug\\]/requests/**",
  "app/groups/\\[slug\\]/reports/**",
  "app/groups/\\[slug\\]/settings/**",
  "components/groups/**",
];

// ── Boundaries: which part may not import which (issue 16). ─────────────────────────────────────────────────────────
// One row a rule: a path, and what code under it may not import. A folder also obeys the rows of every folder that
// holds it (lib/realtime obeys lib). ESLint keeps only the last options of a rule for a file, so `boundaries()`
// writes one config per row carrying every pattern that applies there, the deeper rows last. Add a boundary as a
// row here, not as another no-restricted-imports block (which would replace these for the files it matches).
const DATABASE = {
  group: ["@/lib/db", "@/lib/db/*", "**/lib/db/**", "@prisma/*", "pg"],
  message: "Only lib/** touches the database: call a lib/<domain> function.",
};
const BOUNDARIES = [
  { path: "app", forbid: [DATABASE] },
  { path: "proxy.ts", forbid: [DATABASE] },
  {
    path: "components",
    forbid: [
      DATABASE,
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
    files: TRANSLATED_FOLDERS,
    plugins: { kinship: { rules: { "no-jsx-prose": noJsxProse } } },
    rules: { "kinship/no-jsx-prose": "error" },
  },
];

export default config;
