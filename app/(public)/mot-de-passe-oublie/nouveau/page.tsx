import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { Alert } from "@/components/ui/alert";
import { INVALID_RESET_LINK, isResetTokenUsable } from "@/lib/accounts/password-reset";
import { PASSWORD_HINT } from "@/lib/auth/password-rules";
import { resetPasswordAction } from "../actions";

export const metadata: Metadata = { title: "Choisir un nouveau mot de passe" };

export default async function NewPasswordPage({ searchParams }: { searchParams: Promise<{ jeton?: string }> }) {
  const { jeton } = await searchParams;
  const token = typeof jeton === "string" && /^[A-Za-z0-9_-]{20,100}$/.test(jeton) ? jeton : null;
  const usable = token ? await isResetTokenUsable(token, new Date()) : false;
  return (
    <div className="mx-auto flex max-w-lg flex-col gap-6">
      <h1 className="text-3xl">Choisir un nouveau mot de passe</h1>
      {usable && token ? (
        <ActionForm
          action={resetPasswordAction}
          submitLabel="Enregistrer mon nouveau mot de passe"
          fields={[
            { kind: "hidden", name: "token", value: token },
            { kind: "input", name: "password", label: "Nouveau mot de passe", type: "password", hint: PASSWORD_HINT, autoComplete: "new-password", required: true, minLength: 8 },
          ]}
        />
      ) : (
        <>
          <Alert tone="error">{INVALID_RESET_LINK}</Alert>
          <p>
            <Link href="/mot-de-passe-oublie">Demander un nouveau lien</Link>
          </p>
        </>
      )}
    </div>
  );
}
