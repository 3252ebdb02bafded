/**
 * Why a fix cannot be made, where both the fixes and the Outlook adapter say it: here on its own
 * so that the task pane's first load, which holds the adapter, need not hold core/fixes.ts.
 */

/**
 * A fix to an invitation's location edits the Location text as typed. Offsets past it point into
 * an enhanced location (a room or place Outlook lists after the text, see locationText), which
 * is removed in Outlook, not rewritten as text.
 */
export const LOCATION_PLACE_FIX =
  "This is one of the meeting's rooms or places; remove it from the Location field in Outlook.";

/**
 * A booked room among the invitation's locations: writing the Location back as text drops the
 * room's booking (office-js #2011: the room becomes plain text on the web; #453: a location set
 * as text books no room), so the typed Location is not rewritten, nor put back by Undo: the author
 * makes the change in Outlook (a guided change), told which.
 */
export function locationRoomFix(label: string): string {
  return `This invitation has a booked room, and Rapport would unbook it by rewriting the Location. Make this change in the Location field in Outlook: ${label}.`;
}
/** The invitation's locations could not be read, so a booked room cannot be ruled out. */
export const LOCATION_ROOMS_UNKNOWN =
  "Outlook could not say whether this invitation has a booked room, so Rapport will not rewrite the Location. Make this change in the Location field in Outlook.";
/** Undo of a Location fix refused for the same reason: what to type back, quoted. */
export function locationRoomUndo(before: string): string {
  const text = before.length > 300 ? `${before.slice(0, 300)}…` : before;
  return `Rapport will not put the Location back: rewriting it could unbook the room. To restore it, type it in the Location field in Outlook: “${text}”`;
}
