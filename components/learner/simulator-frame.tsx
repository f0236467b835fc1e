import type { ChallengeView } from "@/lib/assessments/challenge-view";

/**
 * The simulated environment of a SIMULATOR challenge, in a frame: its pages are plain HTML
 * forms served by /simulateur/…, so it works without JavaScript (except gesture exercises,
 * which say so plainly and are not counted then).
 */
export function SimulatorFrame({ simulator }: { simulator: NonNullable<ChallengeView["simulator"]> }) {
  return (
    <section aria-labelledby="exercice-titre" className="flex flex-col gap-3">
      <h2 id="exercice-titre" className="text-xl">
        Exercice : {simulator.label}
      </h2>
      <p>Faites ce qui est demandé dans le cadre ci-dessous. Quand vous avez fini, cliquez sur « Je valide », sous le cadre.</p>
      {simulator.needsJavaScript ? (
        <noscript>
          <p className="rounded-md border-l-4 border-warning bg-warning-light p-3 font-semibold">
            Cet exercice a besoin de JavaScript, qui est désactivé sur cet ordinateur. Il ne comptera pas : cliquez sur « Je valide » ou « Je passe » pour
            continuer.
          </p>
        </noscript>
      ) : null}
      <iframe src={simulator.src} title={`Exercice : ${simulator.label}`} className="h-[40rem] w-full rounded-md border-2 border-field bg-white" />
    </section>
  );
}
