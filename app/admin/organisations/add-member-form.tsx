"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

/** Staff add a member by e-mail: an existing account joins at once, any other address is invited. */
export function AddMemberForm({ action, orgId }: { action: (state: FormState, formData: FormData) => Promise<FormState>; orgId: string }) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const k = state.submitted ? "-s" : "";
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        key={`email${k}`}
        name="email"
        label="Adresse e-mail"
        type="email"
        hint="Si un compte Pix utilise cette adresse, la personne devient membre tout de suite. Sinon, elle reçoit une invitation valable 7 jours."
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={values.email ?? ""}
        error={errors.email}
      />
      <ChoiceGroup
        key={`role${k}`}
        name="role"
        legend="Rôle"
        required
        error={errors.role}
        defaultValue={values.role ?? "MEMBER"}
        choices={[
          { value: "MEMBER", label: "Membre" },
          { value: "ADMIN", label: "Administrateur", hint: "Peut inviter, changer les rôles et retirer des membres." },
        ]}
      />
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Ajouter le membre
        </Button>
      </div>
    </form>
  );
}
