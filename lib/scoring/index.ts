export * from "./fraction";
export * from "./score";
export * from "./delays";
export * from "./mastery";
