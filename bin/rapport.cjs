#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so `npx rapport` works right after `npm ci`
// with no build step.
"use strict";
const path = require("node:path");
const { register } = require("tsx/esm/api");
register();
import(path.join(__dirname, "..", "src", "cli", "main.ts"))
  .then((cli) => cli.main(process.argv.slice(2)))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    process.stderr.write(`rapport: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  });
