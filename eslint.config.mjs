import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

// ARCHITECTURE §1: core imports nothing of the project outside itself; profiles, auth and
// office may import core only. Only launchevent, taskpane, cli and playground wire pieces.
const outsideCore = [
  "**/profiles/**",
  "**/auth/**",
  "**/office/**",
  "**/launchevent/**",
  "**/taskpane/**",
  "**/cli/**",
  "**/playground/**",
];
const wiring = ["**/launchevent/**", "**/taskpane/**", "**/cli/**", "**/playground/**"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/results.json"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-console": "off",
    },
  },
  {
    files: ["**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/**/*.tsx", "src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
    },
  },
  {
    files: ["src/core/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: outsideCore,
              message: "src/core is pure: it may import only from src/core (ARCHITECTURE §1).",
            },
            {
              group: [
                "react",
                "react-dom",
                "@fluentui/*",
                "@microsoft/*",
                "@azure/*",
                "node:*",
                "fs",
                "path",
              ],
              message:
                "src/core runs in Outlook's JavaScript-only runtime: no Office, DOM, Node or network libraries.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        "window",
        "document",
        "fetch",
        "Office",
        "OfficeRuntime",
        "localStorage",
        "process",
      ],
    },
  },
  {
    files: ["src/profiles/**", "src/auth/**", "src/office/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: wiring,
              message:
                "profiles, auth and office may import core only; wiring belongs in launchevent, taskpane, cli or playground (ARCHITECTURE §1).",
            },
          ],
        },
      ],
    },
  },
  prettier,
);
