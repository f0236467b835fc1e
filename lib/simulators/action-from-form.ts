// A simulator form as posted: the action counter `seq` apart (-1 when missing or not a number,
// which the service refuses), every other field kept as text, a list when a name repeats. Pure.
import type { ActionInput } from "./types";

export function actionFromForm(form: FormData): { seq: number; action: ActionInput } {
  const action: ActionInput = {};
  let seq = -1;
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (key === "seq") {
      seq = /^\d{1,6}$/.test(value) ? Number(value) : -1;
      continue;
    }
    const prev = action[key];
    action[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return { seq, action };
}
