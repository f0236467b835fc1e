import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Mot de passe oublié" };

export default function ForgotPasswordPage() {
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Mot de passe oublié</h1>
      <p>Donnez l&apos;adresse e-mail de votre compte. Vous recevrez un lien pour choisir un nouveau mot de passe.</p>
      <ActionForm
        action={forgotPasswordAction}
        submitLabel="Recevoir le lien"
        fields={[{ kind: "input", name: "email", label: "Adresse e-mail", type: "email", autoComplete: "email", required: true, maxLength: 254 }]}
      />
      <p>
        <Link href="/connexion">Retour à la connexion</Link>
      </p>
    </div>
  );
}
