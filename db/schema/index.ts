export * from "./users";
export * from "./organisations";
export * from "./certification";
export * from "./audit";
export * from "./assessments";
export * from "./simulators";
export * from "./diag";
export * from "./campaigns";
