/**
 * Round 16: a value on file as the firm wrote it, "Zoom (client's request)", "Tesco (UK grocery)",
 * "Meg (not Megan)", compared with what a client says by its head, as the checks read it
 * (profile-annotations.ts): a heard "Zoom" confirms it, and "we have dropped the ban on Tesco"
 * withdraws it. Names and free-text fields take a bracketed note only ("Marks & Spencer - Food"
 * is no annotation of a name); the enumerated fields are never annotated.
 */
import { splitAnnotation } from "../profile-annotations";
import type { ListenField } from "./types";

const BRACKETS_ONLY: ReadonlySet<ListenField> = new Set([
  "avoidNames",
  "preferredName",
  "fullName",
  "statusUpdates",
]);
const NEVER: ReadonlySet<ListenField> = new Set(["entertainment", "billingDetail"]);

/** The entry's head: the thing itself, without the firm's note on it. */
export function headOf(field: ListenField, entry: string): string {
  if (NEVER.has(field)) return entry;
  return splitAnnotation(entry, BRACKETS_ONLY.has(field)).head;
}
