/**
 * What listening reads in one message and what it hears: its own words sentence by sentence,
 * clause by clause, then the suggestions. For working on the engine.
 *
 *   npx tsx scripts/listen-explain.ts MESSAGE.eml…
 */
import { parseEml } from "../src/cli/read-draft";
import { listen } from "../src/core/listen";
import { readMessage } from "../src/core/listen/message";
import { readFile } from "node:fs/promises";

async function main(files: string[]): Promise<void> {
  for (const file of files) {
    const draft = await parseEml(await readFile(file), file);
    if (!draft.from) continue;
    const message = { from: draft.from, subject: draft.subject, body: draft.body };
    const read = readMessage(message);
    console.log(
      `== ${file}  (${read.sender.name} <${read.sender.address}>; signs ${read.signOffNames.join("/")})${read.automatic ? " AUTOMATIC" : ""}`,
    );
    for (const s of read.sentences) {
      if (s.prompt) console.log(`      (answers: ${s.prompt.text})`);
      console.log(`  [${s.index}] ${s.clauses.map((c) => c.text).join("  ||  ")}`);
    }
    for (const s of listen(message, [])) {
      console.log(`  => ${s.field}=${s.value} for ${s.profile}  "${s.quote.replace(/\s+/g, " ")}"`);
    }
  }
}

void main(process.argv.slice(2));
