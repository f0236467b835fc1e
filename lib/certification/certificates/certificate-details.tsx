import { isoToFrench, longFrenchDate } from "@/lib/certification/sessions/dates";
import { formatDate } from "@/lib/i18n/fr";
import type { CertificateView } from "./certificate-view";

/** The certificate's content, shared by the learner's page and the public verification page. */
export function CertificateDetails({ cert, headingLevel = 2 }: { cert: CertificateView; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  if (cert.cancelledAt) return <CancelledCertificate cert={cert} />;
  return (
    <div className="flex flex-col gap-4 rounded-lg bg-white p-6">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Nom</dt>
        <dd>
          {cert.firstName} {cert.lastName}
        </dd>
        <dt className="font-semibold">Date de naissance</dt>
        <dd>{isoToFrench(cert.birthDate)}</dd>
        <dt className="font-semibold">Centre de certification</dt>
        <dd>{cert.centerName}</dd>
        <dt className="font-semibold">Date de la certification</dt>
        <dd>{longFrenchDate(cert.sessionDate)}</dd>
        <dt className="font-semibold">Score certifié</dt>
        <dd className="text-xl font-bold">{cert.pixScore} Pix</dd>
        <dt className="font-semibold">Code de vérification</dt>
        <dd className="font-mono">{cert.verificationCode}</dd>
      </dl>
      <H className="text-xl">Niveau certifié par compétence</H>
      <table className="w-full text-left">
        <caption className="sr-only">Niveau certifié pour chaque compétence</caption>
        <thead>
          <tr>
            <th scope="col">Compétence</th>
            <th scope="col">Niveau</th>
          </tr>
        </thead>
        <tbody>
          {cert.competences.map((c) => (
            <tr key={c.code} className="border-t border-line">
              <th scope="row" className="py-1 font-normal">
                {c.code} {c.name}
              </th>
              <td className="py-1">{c.level > 0 ? `Niveau ${c.level}` : "Non certifiée"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A certificate cancelled by Pix: who and when, never a score. */
function CancelledCertificate({ cert }: { cert: CertificateView }) {
  return (
    <div className="flex flex-col gap-4 rounded-lg border-2 border-danger bg-white p-6">
      <p className="text-xl font-bold">Certificat annulé par Pix le {formatDate(cert.cancelledAt!)}. Il n&apos;a plus aucune valeur.</p>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Nom</dt>
        <dd>
          {cert.firstName} {cert.lastName}
        </dd>
        <dt className="font-semibold">Date de la certification</dt>
        <dd>{longFrenchDate(cert.sessionDate)}</dd>
        <dt className="font-semibold">Code de vérification</dt>
        <dd className="font-mono">{cert.verificationCode}</dd>
      </dl>
    </div>
  );
}
