import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { requireActorOrLogin } from "@/lib/auth/current-actor";
import { CertificateDetails } from "@/lib/certification/certificates/certificate-details";
import { getMyCertificate } from "@/lib/certification/certificates/get-my-certificate";
import { NotFound } from "@/lib/errors";
import { pageNotFound } from "@/lib/http/not-found";

export const metadata: Metadata = { title: "Mon certificat Pix" };

export default async function CertificatePage({ params }: { params: Promise<{ courseId: string }> }) {
  const { courseId } = await params;
  const actor = await requireActorOrLogin(`/certifications/${courseId}`);
  const cert = await getMyCertificate(getDb(), actor, courseId).catch((e) => {
    if (e instanceof NotFound) pageNotFound();
    throw e;
  });
  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link href="/certifications">Mes certifications</Link>
      </p>
      <h1 className="text-3xl">Certificat Pix</h1>
      <CertificateDetails cert={cert} />
      {cert.cancelledAt ? (
        <p>
          {cert.cancelReason ? `Raison donnée par Pix : ${cert.cancelReason}` : null} Pour toute question, contactez le support de Pix.
        </p>
      ) : (
        <CertificateLinks courseId={cert.courseId} code={cert.verificationCode} />
      )}
    </div>
  );
}

function CertificateLinks({ courseId, code }: { courseId: string; code: string }) {
  return (
    <>
      <p>
        Toute personne peut vérifier ce certificat avec son code sur la page{" "}
        <Link href={`/verification-certificat?code=${code}`}>Vérifier un certificat</Link>.
      </p>
      <p>
        <a href={`/certifications/${courseId}/pdf`} download>
          Télécharger le certificat (PDF)
        </a>
      </p>
    </>
  );
}
