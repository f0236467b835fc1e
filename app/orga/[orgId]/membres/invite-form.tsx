"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";

/** Invite someone: their e-mail and a role (radios in a fieldset); errors next to each field. */
export function InviteForm({ action, orgId }: { action: (state: FormState, formData: FormData) => Promise<FormState>; orgId: string }) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <input type="hidden" name="orgId" value={orgId} />
      <Field
        key={`email${state.submitted ? "-s" : ""}`}
        name="email"
        label="Adresse e-mail de la personne à inviter"
        type="email"
        hint="Par exemple : nom@exemple.fr. Elle recevra un lien valable 7 jours."
        autoComplete="off"
        required
        maxLength={254}
        defaultValue={values.email ?? ""}
        error={errors.email}
      />
      <ChoiceGroup
        key={`role${state.submitted ? "-s" : ""}`}
        name="role"
        legend="Rôle dans la structure"
        required
        error={errors.role}
        defaultValue={values.role ?? "MEMBER"}
        choices={[
          { value: "MEMBER", label: "Membre", hint: "Suit les campagnes et les résultats des participants." },
          { value: "ADMIN", label: "Administrateur", hint: "Peut aussi inviter, changer les rôles et retirer des membres." },
        ]}
      />
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Envoyer l&apos;invitation
        </Button>
      </div>
    </form>
  );
}
