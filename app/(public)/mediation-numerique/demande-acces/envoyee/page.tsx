import type { Metadata } from "next";
import Link from "next/link";
import { REVIEW_DELAY } from "@/lib/access-requests/mails";
import { REFERENCE_PATTERN } from "@/lib/access-requests/rules";

export const metadata: Metadata = { title: "Demande envoyée – ABC Pix" };

type Props = { searchParams: Promise<{ reference?: string | string[] }> };

/** After sending: the reference (only when it has our format), and what happens next. */
export default async function AccessRequestSentPage({ searchParams }: Props) {
  const raw = (await searchParams).reference;
  const reference = typeof raw === "string" && REFERENCE_PATTERN.test(raw) ? raw : null;
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl">Votre demande est envoyée</h1>
      <div role="status" className="rounded-md border-l-4 border-success bg-success-light p-4">
        {reference ? (
          <p>
            Merci. La référence de votre demande est <strong>{reference}</strong>. Gardez-la : elle figure aussi dans l&apos;e-mail que nous
            venons de vous envoyer.
          </p>
        ) : (
          <p>Merci. Vous allez recevoir un e-mail avec la référence de votre demande.</p>
        )}
      </div>
      <h2 className="text-xl">Et maintenant ?</h2>
      <ol className="list-decimal pl-6">
        <li>L&apos;équipe Pix vérifie votre demande, en général sous {REVIEW_DELAY}.</li>
        <li>Vous recevez notre réponse par e-mail.</li>
        <li>Si elle est acceptée, la personne à contacter reçoit une invitation à rejoindre votre structure sur Pix Orga.</li>
      </ol>
      <p>
        Vous n&apos;avez pas reçu l&apos;e-mail ? Regardez dans les courriers indésirables, ou <Link href="/aide/contact">écrivez-nous</Link>.
      </p>
      <p>
        <Link href="/">Revenir à l&apos;accueil de Pix</Link>
      </p>
    </div>
  );
}
