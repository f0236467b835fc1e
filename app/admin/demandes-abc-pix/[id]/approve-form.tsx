"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/form-state";

type Candidate = { id: string; label: string };

/**
 * Accept a request. When organisations match (same SIRET, or same name without SIRET), staff
 * choose which one gets access; with a SIRET match there is no "new structure" choice.
 */
export function ApproveForm({
  action,
  requestId,
  candidates,
  allowNew,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  requestId: string;
  candidates: Candidate[];
  allowNew: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const error = state.fieldErrors?.organisationId;
  return (
    <form action={formAction} className="flex flex-col gap-4">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <input type="hidden" name="id" value={requestId} />
      {candidates.length > 0 ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="champ-organisationId" className="font-semibold">
            Structure qui reçoit l&apos;accès
          </label>
          {error ? (
            <p id="champ-organisationId-erreur" className="text-sm font-semibold text-danger">
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          ) : null}
          <select
            id="champ-organisationId"
            name="organisationId"
            defaultValue={allowNew ? "" : candidates[0]!.id}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "champ-organisationId-erreur" : undefined}
            className="min-h-11 rounded-md border-2 border-field bg-white px-3"
          >
            {allowNew ? <option value="">Créer une nouvelle structure</option> : null}
            {candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Accepter la demande
        </Button>
      </div>
    </form>
  );
}
