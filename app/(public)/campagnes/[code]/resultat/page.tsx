import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ProgressBar } from "@/components/ui/progress-bar";
import { currentActor } from "@/lib/auth/current-actor";
import { campaignCodeSchema } from "@/lib/campaigns/code";
import { getParticipationResult, type ParticipationResult } from "@/lib/campaigns/get-participation-result";
import { percent } from "@/lib/campaigns/results";
import { getContentIndex } from "@/lib/content";
import { NotFound } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/fr";
import { endDiagAction } from "../../../abc-diag/actions";
import { retryCampaignAction, shareAction } from "../../actions";

export const metadata: Metadata = { title: "Mes résultats – Parcours" };

type Props = { params: Promise<{ code: string }>; searchParams: Promise<{ envoi?: string; erreur?: string }> };

export default async function CampaignResultPage({ params, searchParams }: Props) {
  const parsed = campaignCodeSchema.safeParse(decodeURIComponent((await params).code));
  if (!parsed.success) redirect("/campagnes");
  const code = parsed.data;
  const sp = await searchParams;
  const actor = await currentActor();
  if (!actor) redirect(`/campagnes/${code}`);
  let r: ParticipationResult;
  try {
    r = await getParticipationResult(actor, { code });
  } catch (e) {
    if (e instanceof NotFound) redirect(`/campagnes/${code}`);
    throw e;
  }
  const { campaign } = r;
  if (campaign.type === "assessment" && r.status === "started") redirect(`/campagnes/${code}/evaluation`);
  const shared = r.status === "shared";
  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <div>
        <p className="font-semibold">{campaign.organisationName}</p>
        <h1 className="text-3xl">{campaign.type === "profiles" ? "Envoyer mon profil" : "Mes résultats"}</h1>
        <p className="mt-1 text-lg">{campaign.name}</p>
      </div>
      {sp.envoi === "ok" && shared ? (
        <Alert tone="success" title="C'est envoyé.">
          {campaign.organisationName} voit maintenant vos résultats.
        </Alert>
      ) : null}
      {sp.erreur ? <Alert tone="error">{sp.erreur}</Alert> : null}
      {shared && r.sharedAt ? (
        <p>
          Vous avez envoyé {campaign.type === "profiles" ? "votre profil" : "vos résultats"} le {formatDate(r.sharedAt)}. {campaign.organisationName} voit les
          résultats de ce jour-là.
        </p>
      ) : null}

      {campaign.type === "assessment" && r.results ? (
        <>
          <Card>
            <h2 className="text-2xl">{r.results.stage ? r.results.stage.title : "Votre résultat"}</h2>
            {r.results.stagesCount > 0 && r.results.stage ? (
              <p className="text-muted">
                Palier {r.results.stage.number} sur {r.results.stagesCount}
              </p>
            ) : null}
            <p className="mt-2 text-lg">{r.results.stage?.learnerMessage}</p>
            <p className="mt-3">
              Vous maîtrisez <strong>{r.results.masteryPercent} %</strong> des sujets de ce parcours.
            </p>
            {campaign.resultText ? <p className="mt-3">{campaign.resultText}</p> : null}
          </Card>
          <section aria-labelledby="themes" className="flex flex-col gap-4">
            <h2 id="themes" className="text-2xl">
              Par thème
            </h2>
            <ul className="flex flex-col gap-4">
              {r.results.themes.map((t) => (
                <li key={t.id} className="rounded-xl border border-line bg-white p-4">
                  <ProgressBar label={t.name} value={percent(t.validated, t.total)} max={100} valueText={`${percent(t.validated, t.total)} % maîtrisé`} />
                  {t.tubes.length ? (
                    <ul className="mt-3 flex flex-col gap-1 text-sm">
                      {t.tubes.map((tube) => (
                        <li key={tube.id}>
                          {tube.title} : {tubeWords(tube.validated, tube.total)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}

      {campaign.type === "profiles" ? <ProfileSummary r={r} /> : null}

      {!shared && !campaign.archived && (campaign.type === "assessment" ? r.status === "completed" : r.hasProfile) ? (
        <form action={shareAction} className="flex flex-col gap-3 rounded-xl border-2 border-primary bg-white p-5">
          <input type="hidden" name="code" value={code} />
          <p>
            En cliquant, vous envoyez {campaign.type === "profiles" ? "votre profil" : "ces résultats"} à <strong>{campaign.organisationName}</strong>. Vous ne
            pourrez plus les changer pour ce parcours.
          </p>
          <div>
            <Button>{campaign.type === "profiles" ? "J'envoie mon profil" : "J'envoie mes résultats"}</Button>
          </div>
        </form>
      ) : null}
      {campaign.type === "profiles" && !r.hasProfile ? (
        <Card>
          <h2 className="text-xl">Vous n&apos;avez pas encore de profil</h2>
          <p className="mt-2">Commencez par tester une compétence. Ensuite, revenez ici pour envoyer votre profil.</p>
          <div className="mt-3">
            <ButtonLink href="/profil">Tester mes compétences</ButtonLink>
          </div>
        </Card>
      ) : null}

      {r.retry ? (
        r.retry.allowed ? (
          <form action={retryCampaignAction} className="flex flex-col gap-2">
            <input type="hidden" name="code" value={code} />
            <p>Vous pouvez repasser ce parcours pour montrer vos progrès.</p>
            <div>
              <Button variant="secondary">Je retente le parcours</Button>
            </div>
          </form>
        ) : (
          <p>
            Vous pourrez retenter ce parcours dans {r.retry.daysLeft} jour{r.retry.daysLeft > 1 ? "s" : ""}.
          </p>
        )
      ) : null}
      {actor.isAnonymous ? (
        <div className="flex flex-wrap gap-3">
          <ButtonLink href={`/inscription?retour=${encodeURIComponent(`/campagnes/${code}/resultat`)}`} variant="secondary">
            Garder mes résultats
          </ButtonLink>
          <form action={endDiagAction}>
            <Button>Terminer</Button>
          </form>
        </div>
      ) : (
        <p>
          <Link href="/parcours">Voir tous mes parcours</Link>
        </p>
      )}
    </div>
  );
}

function tubeWords(validated: number, total: number): string {
  if (validated === total) return "acquis";
  if (validated === 0) return "à travailler";
  return "en partie";
}

function ProfileSummary({ r }: { r: ParticipationResult }) {
  const competences = new Map(getContentIndex().referential.competences.map((c) => [c.id, c]));
  return (
    <Card>
      <h2 className="text-2xl">Mon profil</h2>
      <p className="mt-1 text-lg">
        <strong>{r.totalPix} Pix</strong> sur 1024
      </p>
      <ul className="mt-3 grid gap-1 sm:grid-cols-2">
        {r.competences.map((c) => (
          <li key={c.id}>
            {competences.get(c.id)?.code} {competences.get(c.id)?.name} : niveau {c.level}
          </li>
        ))}
      </ul>
    </Card>
  );
}
