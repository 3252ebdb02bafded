// Listening (issue 14): preferences a client states in their own words, as suggested changes,
// and recording an accepted one with where it came from.
export { listen, holds } from "./listen";
export { isPersonalMailDomain } from "./personal-mail";
export { applySuggestion, dayOf, SuggestionError, type HeardIn } from "./apply";
export { LISTEN_FIELDS, SINGLE_VALUE_FIELDS } from "./types";
export type { ClientMessage, ListenField, Suggestion } from "./types";
