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
 * as text books no room), so the typed Location is not rewritten, nor put back by Undo.
 */
export const LOCATION_ROOM_FIX =
  "This invitation has a booked room, and rewriting its Location would unbook it; remove the link from the Location field in Outlook.";
