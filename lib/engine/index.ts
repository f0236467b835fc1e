export * from "./types";
export * from "./knowledge";
export * from "./estimate";
export * from "./target";
export { pickNextChallenge, type PickNextChallengeInput } from "./next-challenge";
export { hash32, seededHash } from "./hash";
