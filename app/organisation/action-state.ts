/** What a one-button organisation action (change role, remove, resend…) answers. */
export interface ActionState {
  attempt: number;
  error?: string;
  notice?: string;
}

export const initialActionState: ActionState = { attempt: 0 };
