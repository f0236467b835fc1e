import type { Metadata } from "next";
import { ActionForm } from "@/components/forms/action-form";
import { findCodeAction } from "./actions";

export const metadata: Metadata = { title: "Accéder à un parcours avec un code" };

export default function CampaignCodePage() {
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Accéder à un parcours</h1>
      <p className="text-lg">Une structure vous a donné un code ? Saisissez-le ici.</p>
      <ActionForm
        action={findCodeAction}
        submitLabel="Accéder au parcours"
        fields={[
          {
            kind: "input",
            name: "code",
            label: "Code du parcours",
            hint: "6 lettres puis 3 chiffres, par exemple ABCDEF123. Majuscules ou minuscules : c'est pareil.",
            required: true,
            autoComplete: "off",
            maxLength: 20,
          },
        ]}
      />
    </div>
  );
}
