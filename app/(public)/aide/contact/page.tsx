import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/current-actor";
import { sendContactMessageAction } from "./actions";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = { title: "Nous écrire – Aide" };

type Props = { searchParams: Promise<{ envoye?: string }> };

export default async function ContactPage({ searchParams }: Props) {
  const { envoye } = await searchParams;
  if (envoye === "1") {
    return (
      <TextPage title="Nous écrire">
        <Alert tone="success" title="Votre message est envoyé.">
          Nous avons bien reçu votre message. Vous allez recevoir un e-mail qui le confirme. L&apos;équipe Pix vous répondra à
          l&apos;adresse e-mail que vous avez donnée.
        </Alert>
        <p className="mt-4">
          <Link href="/aide">Retour à l&apos;aide</Link>
        </p>
      </TextPage>
    );
  }
  const actor = await currentActor();
  const user = actor && !actor.isAnonymous ? actor : null;
  const defaults = { name: user ? `${user.firstName} ${user.lastName}`.trim() : "", email: user?.email ?? "" };
  return (
    <TextPage title="Nous écrire">
      <p>
        Avant d&apos;écrire, regardez si <Link href="/aide">l&apos;aide</Link> répond à votre question. Sinon, remplissez ce
        formulaire : l&apos;équipe Pix vous répondra par e-mail.
      </p>
      <p className="mb-6">Les champs marqués d&apos;une étoile (*) sont obligatoires.</p>
      <ContactForm action={sendContactMessageAction} defaults={defaults} />
    </TextPage>
  );
}
