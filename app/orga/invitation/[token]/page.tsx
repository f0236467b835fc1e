import type { Metadata } from "next";
import Link from "next/link";
import { StateForm } from "@/app/orga/[orgId]/membres/state-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { currentActor } from "@/lib/auth/current-actor";
import { formatDate } from "@/lib/i18n/fr";
import { getInvitation, INVITATION_MESSAGES } from "@/lib/orga/get-invitation";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation – Pix Orga" };

type Props = { params: Promise<{ token: string }> };

/** The page of an invitation link: which structure invites, with which role, and how to join. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const invitation = await getInvitation(token);
  if (invitation.state !== "valid") {
    return (
      <div className="mx-auto flex max-w-2xl flex-col gap-6">
        <h1 className="text-3xl">Invitation à rejoindre une structure</h1>
        <Alert tone="error">{INVITATION_MESSAGES[invitation.state]}</Alert>
        <p>
          <Link href="/">Revenir à l&apos;accueil de Pix</Link>
        </p>
      </div>
    );
  }
  const actor = await currentActor();
  const registered = actor && !actor.isAnonymous ? actor : null;
  const here = `/orga/invitation/${token}`;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Invitation à rejoindre {invitation.organisationName}</h1>
      <div className="prose-pix">
        <p>
          Vous êtes invité à rejoindre <strong>{invitation.organisationName}</strong> sur Pix Orga, avec le rôle :{" "}
          <strong>{invitation.roleLabel.toLowerCase()}</strong>.
        </p>
        <p>Pix Orga permet aux structures de suivre les personnes qu&apos;elles accompagnent sur Pix.</p>
        <p>Ce lien est valable jusqu&apos;au {formatDate(invitation.expiresAt)}, une seule fois.</p>
      </div>
      {registered ? (
        <>
          {registered.email && registered.email.toLowerCase() !== invitation.email ? (
            <Alert tone="info">
              Cette invitation a été envoyée à {invitation.email}. Vous êtes connecté avec l&apos;adresse {registered.email} : vous
              rejoindrez la structure avec ce compte. Si ce n&apos;est pas le bon compte, déconnectez-vous d&apos;abord.
            </Alert>
          ) : null}
          <StateForm action={acceptInvitationAction} hidden={{ token }} variant="primary" submitLabel={`Rejoindre ${invitation.organisationName}`} />
        </>
      ) : (
        <>
          <p>Pour rejoindre cette structure, il faut un compte Pix. Connectez-vous, ou créez un compte : c&apos;est gratuit. Vous reviendrez ensuite sur cette page.</p>
          <div className="flex flex-wrap gap-3">
            <ButtonLink href={`/connexion?retour=${encodeURIComponent(here)}`}>Se connecter</ButtonLink>
            <ButtonLink href={`/inscription?retour=${encodeURIComponent(here)}`} variant="secondary">
              Créer un compte
            </ButtonLink>
          </div>
        </>
      )}
    </div>
  );
}
