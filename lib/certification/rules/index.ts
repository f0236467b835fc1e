// The pure rules of certification (docs/certification.md): codes, eligibility, test
// composition, scoring, neutralisation and timing. No database, no clock, no randomness that is
// not passed in.
export * from "./codes";
export * from "./eligibility";
export * from "./compose-test";
export * from "./score";
export * from "./neutralisation";
export * from "./timing";
