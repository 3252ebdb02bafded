/**
 * What to do by hand when Rapport will not write a change (or take one back): said from the fix's
 * words. Its own module so the launch event, which reads item-adapter.ts, does not carry it.
 */
import type { FixUndo } from "./item-adapter";

/** Quoted for the author, shortened past 300 characters. */
function quoted(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  return `“${words.length > 300 ? `${words.slice(0, 300)}…` : words}”`;
}

/** The change a fix makes, said as what to do by hand: "change “Meg” to “Megge”". */
export function changeByHand(original: string, replacement: string): string {
  if (original.trim() === "") return `type ${quoted(replacement)}`;
  if (replacement.trim() === "") return `delete ${quoted(original)}`;
  return `change ${quoted(original)} to ${quoted(replacement)}`;
}

/**
 * How to take a fix back by hand. Never Outlook's Undo: after a whole-body write (body.setAsync)
 * it empties the body on Mac and does nothing on Windows (office-js #1781).
 */
export function undoByHand(undo: FixUndo): string {
  const change = undo.change;
  if (!change) return "To take it back, edit the message by hand.";
  const { original, replacement } = change;
  const what =
    replacement.trim() === ""
      ? `type ${quoted(original)} back where it was`
      : original.trim() === ""
        ? `delete ${quoted(replacement)}`
        : `change ${quoted(replacement)} back to ${quoted(original)}`;
  // #1781 is about the body; a subject or location is simply changed back.
  return undo.field === "body"
    ? `To take it back, ${what} by hand (Outlook's own Undo cannot take back a change Rapport wrote: on a Mac it can empty the message).`
    : `To take it back, ${what} by hand.`;
}
