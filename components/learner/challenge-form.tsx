import Link from "next/link";
import { Button } from "@/components/ui/button";
import type { ChallengeView } from "@/lib/assessments/challenge-view";
import { RichText } from "./rich-text";
import { SimulatorFrame } from "./simulator-frame";

/**
 * A challenge as an accessible form that posts without JavaScript. Receives only the public view
 * of the challenge (no solution); proposal values are opaque.
 */
export function ChallengeForm({
  challenge,
  hiddenFields,
  reportHref,
  action,
  error,
  large = false,
}: {
  challenge: ChallengeView;
  /** what the action needs besides the answer (the test's id, the competence's code…) */
  hiddenFields: Record<string, string>;
  /** the "Signaler un problème" page, when there is one */
  reportHref?: string;
  action: (formData: FormData) => Promise<void>;
  error?: string;
  /** big buttons, for absolute beginners (ABC Diag) */
  large?: boolean;
}) {
  return (
    <form action={action} className="flex flex-col gap-6">
      {Object.entries(hiddenFields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="challengeId" value={challenge.id} />
      <div id="consigne" className="text-lg">
        <RichText text={challenge.instruction} />
      </div>
      {challenge.illustration ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={challenge.illustration.src} alt={challenge.illustration.alt} className="max-w-full rounded-md border border-line bg-white" />
      ) : null}
      {challenge.attachment ? (
        <p>
          <a href={challenge.attachment.href} download={challenge.attachment.name} className="font-semibold">
            Télécharger le fichier « {challenge.attachment.name} »
          </a>
        </p>
      ) : null}
      {error ? (
        <p id="reponse-erreur" role="alert" className="font-semibold text-danger">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {challenge.simulator ? (
        <SimulatorFrame simulator={challenge.simulator} />
      ) : (
        <fieldset aria-describedby={error ? "consigne reponse-erreur" : "consigne"} className="flex flex-col gap-3">
          <legend className="mb-2 text-lg font-semibold">{challenge.type === "QCM" ? "Votre réponse (une ou plusieurs cases)" : "Votre réponse"}</legend>
          {challenge.type === "QCU" || challenge.type === "QCM"
            ? challenge.proposals.map((p, i) => {
                const id = `proposition-${i + 1}`;
                return (
                  <div key={p.value} className="flex items-start gap-3 rounded-md border-2 border-field bg-white p-3 has-[:checked]:border-primary">
                    <input
                      id={id}
                      type={challenge.type === "QCU" ? "radio" : "checkbox"}
                      name={challenge.type === "QCU" ? "reponse" : "reponses"}
                      value={p.value}
                      required={challenge.type === "QCU"}
                      className="mt-1 size-5 shrink-0"
                    />
                    <label htmlFor={id} className="flex-1">
                      {p.text}
                    </label>
                  </div>
                );
              })
            : null}
          {challenge.type === "QROC" || challenge.type === "QROCM-ind" || challenge.type === "QROCM-dep"
            ? challenge.fields.map((f) => (
                <div key={f.name} className="flex flex-col gap-1">
                  <label htmlFor={`champ-${f.name}`} className="font-semibold">
                    {f.label}
                  </label>
                  <input
                    id={`champ-${f.name}`}
                    name={f.name}
                    type="text"
                    inputMode={f.format === "number" ? "decimal" : undefined}
                    placeholder={f.placeholder}
                    autoComplete="off"
                    maxLength={500}
                    required
                    className="min-h-11 rounded-md border-2 border-field bg-white px-3 py-2 text-base"
                  />
                </div>
              ))
            : null}
        </fieldset>
      )}
      <div className="flex flex-wrap gap-3">
        <Button className={large ? "min-h-14 px-8 text-xl" : ""}>Je valide</Button>
        <Button variant="secondary" name="passer" value="1" formNoValidate className={large ? "min-h-14 px-8 text-xl" : ""}>
          Je passe
        </Button>
      </div>
      {reportHref ? (
        <p className="text-sm">
          <Link href={reportHref}>Signaler un problème sur cette question</Link>
        </p>
      ) : null}
    </form>
  );
}
