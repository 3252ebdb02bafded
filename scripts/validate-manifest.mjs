// Offline manifest check: the official add-in-only manifest XSDs (copied into
// test/fixtures/outlook-manifest-xsd) through xmllint compiled to WebAssembly, plus the one
// thing the XSDs cannot see: every resid must name a resource that exists.
// `office-addin-manifest validate` does a fuller check but needs Microsoft's online service.
// Usage: node scripts/validate-manifest.mjs [manifest.xml ...]   (default: manifest.xml dist/manifest.xml)
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import xmllint from "xmllint-wasm";

export const DEFAULT_SCHEMA_DIR = resolve("test/fixtures/outlook-manifest-xsd");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** Validate manifest text against the XSDs in `schemaDir`; resolves to a list of problems (empty when valid). */
export async function validateManifestText(
  xml,
  fileName = "manifest.xml",
  schemaDir = DEFAULT_SCHEMA_DIR,
) {
  const schemaFiles = readdirSync(schemaDir).filter((name) => name.endsWith(".xsd"));
  if (!schemaFiles.includes(ROOT_SCHEMA)) {
    throw new Error(`${schemaDir} has no ${ROOT_SCHEMA}; cannot validate`);
  }
  const load = (name) => ({
    fileName: name,
    contents: readFileSync(join(schemaDir, name), "utf8"),
  });
  const result = await xmllint.validateXML({
    xml: [{ fileName: basename(fileName), contents: xml }],
    schema: [load(ROOT_SCHEMA)],
    preload: schemaFiles.filter((name) => name !== ROOT_SCHEMA).map(load),
  });
  const problems = result.errors.map((error) => error.rawMessage.trim());
  return [...problems, ...unresolvedResourceIds(xml)];
}

/** resid attributes that name no bt:Image / bt:Url / bt:String in Resources. */
export function unresolvedResourceIds(xml) {
  const defined = new Set(
    [...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]),
  );
  const problems = [];
  for (const match of xml.matchAll(/\bresid="([^"]+)"/g)) {
    if (!defined.has(match[1])) problems.push(`resid "${match[1]}" is not defined in Resources`);
  }
  return problems;
}

async function main(paths) {
  const targets = paths.length > 0 ? paths : ["manifest.xml", "dist/manifest.xml"];
  let failed = false;
  for (const target of targets) {
    if (!existsSync(target)) {
      if (paths.length === 0 && target.startsWith("dist/")) {
        console.warn(`skipped ${target}: not built yet (run npm run build first)`);
        continue;
      }
      console.error(`${target}: file not found`);
      failed = true;
      continue;
    }
    const problems = await validateManifestText(readFileSync(target, "utf8"), target);
    if (problems.length === 0) {
      console.log(`${target}: valid`);
    } else {
      failed = true;
      console.error(`${target}: ${problems.length} problem(s)`);
      for (const problem of problems) console.error(`  ${problem}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

// Run only as a command, not when a test imports the functions above.
if (process.argv[1] && basename(process.argv[1]) === "validate-manifest.mjs") {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
