import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/forms/action-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentActor } from "@/lib/auth/current-actor";
import { getReferential } from "@/lib/content";
import { contentFigures } from "@/lib/content/figures";
import { formatNumber } from "@/lib/i18n/fr";
import { PUBLIC_FIGURES } from "@/lib/site/public-figures";
import { findCodeAction } from "./campagnes/actions";

export const metadata: Metadata = { title: { absolute: "Pix – Évaluer, développer et certifier ses compétences numériques" } };

export default async function HomePage() {
  const actor = await currentActor();
  if (actor && !actor.isAnonymous) redirect("/accueil");
  const f = contentFigures(getReferential());
  const ours: [number, string][] = [
    [f.areas, "domaines du numérique"],
    [f.competences, "compétences"],
    [f.skills, "savoir-faire évalués"],
    [f.challenges, "questions"],
    [f.tutorials, "tutoriels pour apprendre"],
    [f.abc.themes, "thèmes dans ABC Pix, pour les grands débutants"],
  ];
  return (
    <div className="flex flex-col gap-10">
      <section className="flex flex-col gap-4">
        <h1 className="text-4xl">Vos compétences numériques, évaluées et reconnues</h1>
        <p className="max-w-2xl text-lg">
          Pix est un service public en ligne et gratuit. Il vous aide à savoir où vous en êtes avec le numérique, à progresser à votre
          rythme et à faire reconnaître ce que vous savez faire.
        </p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/inscription">Créer un compte</ButtonLink>
          <ButtonLink href="/connexion" variant="secondary">
            Se connecter
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="debuter" className="flex flex-col gap-3 rounded-xl border-2 border-primary bg-primary-light p-6">
        <h2 id="debuter" className="text-2xl">
          Vous débutez avec l&apos;ordinateur ?
        </h2>
        <p className="text-lg">
          L&apos;ABC Diag montre ce que vous savez déjà faire : {f.abcDiag?.questions ?? 10} questions, de {f.abcDiag?.minutes.min ?? 5} à{" "}
          {f.abcDiag?.minutes.max ?? 15} minutes, sans créer de compte.
        </p>
        <div>
          <ButtonLink href="/abc-diag" className="min-h-14 px-8 text-xl">
            Faire l&apos;ABC Diag
          </ButtonLink>
        </div>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-2xl">Rejoindre un parcours</h2>
          <p className="mb-4">Une structure (association, école, employeur) vous a donné un code ? Saisissez-le ici.</p>
          <ActionForm
            action={findCodeAction}
            submitLabel="Rejoindre le parcours"
            fields={[{ kind: "input", name: "code", label: "Code du parcours", hint: "6 lettres puis 3 chiffres, par exemple ABCDEF123.", required: true, autoComplete: "off", maxLength: 20 }]}
          />
        </Card>
        <Card>
          <h2 className="mb-2 text-2xl">Vérifier un certificat</h2>
          <p className="mb-4">Un candidat vous a montré son certificat Pix ? Vérifiez qu&apos;il est vrai avec son code de vérification.</p>
          <ButtonLink href="/verification-certificat" variant="secondary">
            Vérifier un certificat
          </ButtonLink>
        </Card>
      </div>

      <section aria-labelledby="trois-etapes" className="flex flex-col gap-4">
        <h2 id="trois-etapes" className="text-2xl">
          Évaluer, développer, certifier
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          <Card as="li">
            <h3 className="mb-2 text-xl">Évaluer</h3>
            <p>
              Les questions s&apos;adaptent à vos réponses. Elles couvrent {f.competences} compétences en {f.areas} domaines : chercher
              une information, communiquer, créer un document, se protéger, régler un problème.
            </p>
          </Card>
          <Card as="li">
            <h3 className="mb-2 text-xl">Développer</h3>
            <p>Après chaque question, vous voyez la bonne réponse et des tutoriels courts pour apprendre. Vous pouvez réessayer plus tard.</p>
          </Card>
          <Card as="li">
            <h3 className="mb-2 text-xl">Certifier</h3>
            <p>Dans un centre agréé, un test surveillé confirme votre niveau. Le certificat se vérifie en ligne avec son code.</p>
          </Card>
        </ul>
      </section>

      <section aria-labelledby="pourquoi" className="flex flex-col gap-4">
        <h2 id="pourquoi" className="text-2xl">
          Pourquoi Pix ?
        </h2>
        <p>Beaucoup de personnes en France ont du mal avec le numérique. Quelques chiffres publics :</p>
        <ul className="grid gap-4 md:grid-cols-2">
          {PUBLIC_FIGURES.map((p) => (
            <Card as="li" key={p.text}>
              <p>
                <strong className="text-2xl">{p.value}</strong> {p.text}
              </p>
              <p className="mt-2 text-sm text-muted">
                Source : {p.source}, {p.year}.
              </p>
            </Card>
          ))}
        </ul>
      </section>

      <section aria-labelledby="en-chiffres" className="flex flex-col gap-4">
        <h2 id="en-chiffres" className="text-2xl">
          Pix en chiffres
        </h2>
        <ul className="grid grid-cols-2 gap-4 md:grid-cols-3">
          {ours.map(([n, label]) => (
            <Card as="li" key={label}>
              <strong className="block text-3xl">{formatNumber(n)}</strong> {label}
            </Card>
          ))}
        </ul>
        <p className="text-sm text-muted">Ces nombres sont calculés à partir des contenus de Pix en ligne aujourd&apos;hui.</p>
      </section>

      <section aria-labelledby="mediation" className="flex flex-col gap-2">
        <h2 id="mediation" className="text-2xl">
          Vous accompagnez des personnes vers le numérique ?
        </h2>
        <p>
          Médiateurs, conseillers, associations : l&apos;ABC Diag et ABC Pix sont faits pour vous.{" "}
          <Link href="/mediation-numerique">Découvrir Pix pour la médiation numérique</Link>
        </p>
      </section>
    </div>
  );
}
