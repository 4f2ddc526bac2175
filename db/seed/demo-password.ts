/** The password of every registered demo account; printed by the seed, so never for real use. */
export const demoPassword = "podpora demo 2026";
