"use client";

import { useActionState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/form-state";

/**
 * A small form with hidden fields and one button (change a role, cancel an invitation, join,
 * remove): posts to a validated server action and shows its error above the button, with or
 * without JavaScript. On success the action redirects.
 */
export function StateForm({
  action,
  hidden,
  submitLabel,
  variant = "secondary",
  className = "",
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  submitLabel: ReactNode;
  variant?: "primary" | "secondary" | "danger" | "link";
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const error = state.formError ?? Object.values(state.fieldErrors ?? {})[0];
  return (
    <form action={formAction} className={`flex flex-col gap-2 ${className}`}>
      {error ? <Alert tone="error">{error}</Alert> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div>
        <Button variant={variant} disabled={pending} aria-disabled={pending}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
