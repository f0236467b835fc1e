import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getReferential } from "@/lib/content";
import { contentFigures } from "@/lib/content/figures";
import { formatNumber } from "@/lib/i18n/fr";

export const metadata: Metadata = { title: "Pix pour la médiation numérique" };

export default function MediationPage() {
  const ref = getReferential();
  const f = contentFigures(ref);
  const diag = ref.abcDiag;
  const complete = ref.targetProfiles.filter((p) => p.family === "abc").sort((a, b) => b.tubes.length - a.tubes.length)[0];
  return (
    <article className="prose-pix mx-auto flex max-w-3xl flex-col">
      <h1 className="mb-4 text-3xl">Pix pour la médiation numérique</h1>
      <p className="text-lg">
        Vous accueillez des personnes qui débutent avec le numérique ? Pix vous donne deux outils gratuits : l&apos;ABC Diag pour faire le
        point en quelques minutes, et ABC Pix pour apprendre les bases pas à pas. Vous suivez leurs progrès dans Pix Orga.
      </p>
      <p>
        Chaque personne garde un seul profil Pix. Elle peut venir seule sur Pix (accès libre) ou suivre un parcours que votre structure
        lui propose avec un code (accès prescrit).
      </p>

      <h2>L&apos;ABC Diag : faire le point en quelques minutes</h2>
      {diag && (
        <p>
          {f.abcDiag!.questions} questions, de {f.abcDiag!.minutes.min} à {f.abcDiag!.minutes.max} minutes. La personne n&apos;a pas besoin
          de compte ni d&apos;adresse e-mail. Le diagnostic regarde {f.abcDiag!.dimensions} choses :
        </p>
      )}
      {diag && (
        <ul>
          {diag.dimensions.map((d) => (
            <li key={d.id}>
              <strong>{d.name}</strong> : {d.description.trim()}
            </li>
          ))}
        </ul>
      )}
      <p>
        Pour chaque point, le résultat dit « acquis », « en cours » ou « à travailler ». Il propose une suite : Pix en accès libre, ABC
        Pix, ou un accompagnement pas à pas. À la fin, la personne voit un code de résultat à vous montrer. Si vous créez un parcours
        ABC Diag dans Pix Orga, les résultats arrivent directement chez vous.
      </p>

      <h2>ABC Pix : apprendre les bases</h2>
      <p>
        ABC Pix est un test qui s&apos;adapte au niveau de la personne. Selon son niveau, elle répond à environ 35 à 70 questions. Les
        questions viennent d&apos;une banque de {formatNumber(f.abc.questions)} questions, écrites en mots simples. Certaines se font
        dans de faux sites : une messagerie, un formulaire de la mairie, un service en ligne. ABC Pix compte {f.abc.themes} thèmes :
      </p>
      <ul>
        {f.abc.themeNames.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <p>
        Vous pouvez proposer un seul thème ou tous les thèmes.
        {complete && complete.stages.length > 0 && (
          <> Le résultat place la personne sur une étape : {complete.stages.map((s) => `« ${s.title} »`).join(", ")}.</>
        )}{" "}
        Les réponses comptent aussi dans son profil Pix.
      </p>

      <h2>Deux parcours</h2>
      <h3 className="mt-4 text-lg">Robert, 62 ans, n&apos;a presque jamais tenu une souris</h3>
      <p>
        Robert va bientôt partir à la retraite et doit faire son dossier en ligne. Sa fille lui conseille l&apos;espace numérique de son
        quartier. Dès son arrivée, le médiateur lui propose l&apos;ABC Diag. En le regardant faire, il voit que Robert sait faire
        quelques gestes, mais qu&apos;il se perd sur un site. Le médiateur lui propose des ateliers à son niveau. Quelques semaines plus
        tard, Robert va seul sur Internet, et son profil Pix montre ses progrès.
      </p>
      <h3 className="mt-4 text-lg">Laura doit faire sa déclaration à la CAF en ligne</h3>
      <p>
        Laura n&apos;a pas d&apos;ordinateur. Au guichet de la CAF, on l&apos;envoie vers un espace numérique pour ses démarches. Là, elle
        fait l&apos;ABC Diag : elle connaît déjà la plupart des bases. Le médiateur lui propose ABC Pix pour aller plus loin et suit ses
        résultats dans Pix Orga. Il l&apos;inscrit aux ateliers qui lui sont utiles, et Laura gagne en autonomie semaine après semaine.
      </p>

      <h2>Ce que chacun y gagne</h2>
      <h3 className="mt-4 text-lg">Pour la personne accompagnée</h3>
      <ul>
        <li>un parcours qui part de ce qu&apos;elle sait vraiment faire ;</li>
        <li>des ateliers avec des personnes du même niveau ;</li>
        <li>des progrès visibles, qui donnent confiance.</li>
      </ul>
      <h3 className="mt-4 text-lg">Pour le médiateur</h3>
      <ul>
        <li>des faits précis pour orienter la personne, et la voir faire pendant le test ;</li>
        <li>un parcours adapté à chaque besoin ;</li>
        <li>des groupes du même niveau pour les ateliers ;</li>
        <li>des progrès mesurés, à montrer à la personne et à vos partenaires.</li>
      </ul>

      <h2>Comment je me lance</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <Card>
          <h3 className="mb-2 text-xl">Ma structure oriente</h3>
          <p className="mb-4">
            Vous renvoyez les personnes vers d&apos;autres lieux ? Aucune démarche : envoyez-les sur l&apos;ABC Diag, il est ouvert à tous.
          </p>
          <ButtonLink href="/abc-diag" variant="secondary">
            Voir l&apos;ABC Diag
          </ButtonLink>
        </Card>
        <Card>
          <h3 className="mb-2 text-xl">Ma structure accompagne</h3>
          <p className="mb-4">Vous formez les personnes ? Demandez l&apos;accès à ABC Pix pour votre structure. C&apos;est gratuit.</p>
          <ButtonLink href="/mediation-numerique/demande-acces">Demander l&apos;accès à ABC Pix</ButtonLink>
        </Card>
      </div>
      <ul>
        <li>
          <Link href="/mediation-numerique/kit">Le kit de déploiement</Link> : affiches, flyers et contenu des tests, à télécharger.
        </li>
        <li>
          <Link href="/orga">Pix Orga</Link> : l&apos;espace de votre structure pour créer des parcours et suivre les résultats.
        </li>
        <li>
          <Link href="/aide/contact">Une question ? Écrivez-nous</Link>
        </li>
      </ul>
    </article>
  );
}
