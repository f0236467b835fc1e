/** What a form's server action returns: shown next to each field, with or without JavaScript. */
export type FormState = {
  /** set once the action ran, so a re-render can tell "never submitted" from "submitted" */
  submitted?: boolean;
  fieldErrors?: Record<string, string>;
  formError?: string;
  /** a success message, announced politely */
  message?: string;
  /** what the user typed, to fill the form again (never passwords) */
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};
