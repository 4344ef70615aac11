import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
  // Only lib/** touches the database.
  {
    files: ["app/**", "components/**", "proxy.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/db", "@/lib/db/*", "**/lib/db/**", "@prisma/*", "pg"],
              message: "Only lib/** touches the database: call a lib/<domain> function.",
            },
          ],
        },
      ],
    },
  },
  // Issue 16, one door (homes): groups sit below mentorship and chat. They announce a departure through
  // lib/groups/departure.ts and leave cross-domain counts to lib/badges/; they never import the features built on
  // them (decision 021). Relative paths are caught too. Flat config does not merge one rule's options across
  // blocks: a later no-restricted-imports block matching lib/groups/** must repeat these patterns.
  {
    files: ["lib/groups/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/lib/|(\\.\\./)+)(matching|pairings|programs|chat)(/|$)",
              message:
                "Groups may not import mentorship or chat (decision 021): announce through a hook in lib/groups.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
