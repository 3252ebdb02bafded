// Listening (issue 14): preferences a client states in their own words, as suggested changes.
export { listen, holds, isPersonalMailDomain } from "./listen";
export { LISTEN_FIELDS, SINGLE_VALUE_FIELDS } from "./types";
export type { ClientMessage, ListenField, Suggestion } from "./types";
