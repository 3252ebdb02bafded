#!/usr/bin/env node
// The `rapport` command: plain JavaScript compiled from src/cli at install time (npm ci runs the
// `prepare` script, scripts/build-cli.mjs), so nothing is transpiled per run.
"use strict";
const path = require("node:path");

const built = path.join(__dirname, "..", "build", "cli", "rapport.cjs");
try {
  require(built);
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes(built)) {
    process.stderr.write(
      "rapport: the command has not been built yet; run `npm run build:cli` (npm ci and npm install do it).\n",
    );
    process.exitCode = 2;
  } else {
    throw error;
  }
}
