// Packages published only as ES modules must be transformed for jest's CommonJS runtime.
const esmPackages = [
  "htmlparser2",
  "domhandler",
  "domutils",
  "dom-serializer",
  "domelementtype",
  "entities",
  "double-metaphone",
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
  transform: { "^.+\\.(t|j|mj|cj)sx?$": "babel-jest" },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join("|")})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
  // Tests spawn the compiled `rapport`; build it from the current sources first.
  globalSetup: "<rootDir>/test/helpers/build-cli.global-setup.ts",
};
