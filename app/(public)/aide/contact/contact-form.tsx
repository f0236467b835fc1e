"use client";

import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field, TextArea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state";
import { CONTACT_AUDIENCE_LABELS, CONTACT_AUDIENCES, CONTACT_TOPIC_LABELS, CONTACT_TOPICS, MESSAGE_MAX, MESSAGE_MIN } from "@/lib/help/schemas";

/** The contact form: who, topic, name, e-mail, message; errors next to each field, with or without JavaScript. */
export function ContactForm({
  action,
  defaults,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  defaults: { name: string; email: string };
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const k = state.submitted ? "-s" : "";
  const topicDescribedBy = errors.topic ? "champ-topic-erreur" : undefined;
  return (
    <form action={formAction} noValidate className="flex flex-col gap-5">
      {state.formError ? <Alert tone="error">{state.formError}</Alert> : null}
      <ChoiceGroup
        key={`audience${k}`}
        name="audience"
        legend="Vous êtes"
        required
        error={errors.audience}
        defaultValue={values.audience}
        choices={CONTACT_AUDIENCES.map((value) => ({ value, label: CONTACT_AUDIENCE_LABELS[value] }))}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="champ-topic" className="font-semibold">
          Sujet de votre message<span aria-hidden="true"> *</span>
        </label>
        {errors.topic ? (
          <p id="champ-topic-erreur" className="text-sm font-semibold text-danger">
            <span aria-hidden="true">⚠ </span>
            {errors.topic}
          </p>
        ) : null}
        <select
          key={`topic${k}`}
          id="champ-topic"
          name="topic"
          required
          defaultValue={values.topic ?? ""}
          aria-invalid={errors.topic ? true : undefined}
          aria-describedby={topicDescribedBy}
          className={`min-h-11 rounded-md border-2 bg-white px-3 py-2 text-base ${errors.topic ? "border-danger" : "border-field"}`}
        >
          <option value="">Choisissez un sujet</option>
          {CONTACT_TOPICS.map((value) => (
            <option key={value} value={value}>
              {CONTACT_TOPIC_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <Field
        key={`name${k}`}
        name="name"
        label="Votre nom"
        autoComplete="name"
        required
        maxLength={100}
        defaultValue={values.name ?? defaults.name}
        error={errors.name}
      />
      <Field
        key={`email${k}`}
        name="email"
        label="Votre adresse e-mail"
        type="email"
        hint="Nous vous répondrons à cette adresse. Par exemple : nom@exemple.fr"
        autoComplete="email"
        required
        maxLength={254}
        defaultValue={values.email ?? defaults.email}
        error={errors.email}
      />
      <TextArea
        key={`message${k}`}
        name="message"
        label="Votre message"
        hint={`Entre ${MESSAGE_MIN} et 5 000 caractères. N'écrivez jamais votre mot de passe.`}
        required
        maxLength={MESSAGE_MAX}
        rows={8}
        defaultValue={values.message ?? ""}
        error={errors.message}
      />
      <div>
        <Button disabled={pending} aria-disabled={pending}>
          Envoyer mon message
        </Button>
      </div>
    </form>
  );
}
