export { decideFollowUp, type FollowUp, type FollowUpInput } from "./decide-follow-up";
export { keyPhrase, quoteTerm } from "./key-phrase";
export { FOLLOW_UP_REASONS, type FollowUpReason } from "./phrasings";
