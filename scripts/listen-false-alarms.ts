/**
 * Listening on real mail that states no preference to a law firm: every non-spam message of the
 * SpamAssassin corpus (4,150 messages from 2002 mailing lists, docs/false-alarms.md), read with
 * the CLI's .eml reader and heard with an empty profile list. Anything heard there is almost
 * surely a misreading; docs/listen.md gives the last run's figure.
 *
 *   npx tsx scripts/listen-false-alarms.ts          one line per suggestion, then a summary
 */
import { listen } from "../src/core/listen";
import { hamFromSenders } from "./false-alarms";

async function main(): Promise<void> {
  let messages = 0;
  let heardIn = 0;
  const byField: Record<string, number> = {};
  for await (const { label, draft, from } of hamFromSenders()) {
    messages++;
    const heard = listen({ from, subject: draft.subject, body: draft.body }, []);
    if (heard.length > 0) heardIn++;
    for (const s of heard) {
      byField[s.field] = (byField[s.field] ?? 0) + 1;
      console.log(
        `${label}  ${s.field}=${s.value}  "${s.quote.replace(/\s+/g, " ").slice(0, 120)}"`,
      );
    }
  }
  console.log(
    `${messages} messages heard; ${heardIn} with a suggestion${Object.keys(byField).length ? ` (${JSON.stringify(byField)})` : ""}`,
  );
}

void main();
