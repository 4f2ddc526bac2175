export const passwordLimits = { min: 8, max: 256 } as const;
