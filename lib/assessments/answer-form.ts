// Reads what components/learner/challenge-form.tsx posts, the same way for every context
// (evaluation, staff preview, ABC Diag); the services validate it with zod.
import { formText } from "@/lib/actions/form-data";
import { FIELD_PREFIX } from "./challenge-view";
import type { AnswerFields } from "./grade-answer";

export function answerFieldsFromForm(formData: FormData): AnswerFields & { challengeId: string } {
  const fields: Record<string, string> = {};
  for (const [k, v] of formData.entries()) if (k.startsWith(FIELD_PREFIX) && typeof v === "string") fields[k] = v;
  return {
    challengeId: formText(formData, "challengeId"),
    skip: formText(formData, "passer") === "1",
    choice: formText(formData, "reponse") || undefined,
    choices: formData.getAll("reponses").filter((v): v is string => typeof v === "string"),
    fields,
  };
}

/** Nothing chosen or typed (and not "Je passe"). */
export function isEmptyAnswer(a: AnswerFields): boolean {
  return !a.skip && !a.choice && a.choices.length === 0 && Object.values(a.fields).every((v) => v.trim() === "");
}
