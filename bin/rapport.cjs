#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx rapport` works right after `npm ci`
// with no build step.
"use strict";
const path = require("node:path");
// tsx's CommonJS hook: its ESM "register" from a .cjs file looks for a file tsx 4.23 does not
// ship (ERR_MODULE_NOT_FOUND). The sources are CommonJS-mode TypeScript, so this hook suffices.
const { register } = require("tsx/cjs/api");
register();
Promise.resolve()
  .then(() => require(path.join(__dirname, "..", "src", "cli", "main.ts")))
  .then((cli) => cli.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
