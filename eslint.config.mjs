import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

// ARCHITECTURE §1: core imports nothing of the project outside itself; profiles, auth and
// office may import core only (not one another). Only launchevent, taskpane, cli and
// playground wire pieces together. test/auth/import-direction.test.ts lints probe files
// against these rules.
const layers = ["profiles", "auth", "office", "launchevent", "taskpane", "cli", "playground"];
/** Import specifiers that reach into a layer: "../auth", "../auth/naa", "../../src/auth/naa". */
const importsOf = (layer) => [`**/${layer}`, `**/${layer}/**`];
const outsideCore = layers.flatMap(importsOf);

/** The rule for profiles, auth or office: core and its own folder only. */
function coreOnly(layer) {
  return {
    files: [`src/${layer}/**`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: layers.filter((other) => other !== layer).flatMap(importsOf),
              message: `src/${layer} may import only src/core and itself; wiring belongs in launchevent, taskpane, cli or playground (ARCHITECTURE §1).`,
            },
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      "dist/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "bench/results.json",
      "bench/.*.cjs",
    ],
  },
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
  coreOnly("profiles"),
  coreOnly("auth"),
  coreOnly("office"),
  {
    // What the launch-event file is built from (listening is a task-pane chunk): Babel keeps a
    // cooked and a raw copy of every tagged template for its ES2016 engines.
    files: ["src/core/**", "src/launchevent/**", "src/office/**", "src/profiles/**", "src/auth/**"],
    ignores: ["src/core/listen/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "TaggedTemplateExpression[tag.object.name='String'][tag.property.name='raw']",
          message:
            'No String.raw here: the ES2016 launch-event file would carry each pattern twice. Write the pattern as a plain string ("\\\\s+") or template literal.',
        },
      ],
    },
  },
  prettier,
);
