/** An organisation role as the Users tab, the Activity tab and invitations name it. */
export const roleLabels = { manager: "Manager", user: "User" } as const;

export type OrganisationRole = keyof typeof roleLabels;
