export * from "./auth";
export * from "./bans";
export * from "./core";
export * from "./organisations";
export * from "./staff";
export * from "./uploads";
