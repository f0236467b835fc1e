import type { Metadata } from "next";
import { headers } from "next/headers";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { getDb } from "@/db/client";
import { clientIp } from "@/lib/auth/rate-limit";
import { CertificateDetails } from "@/lib/certification/certificates/certificate-details";
import type { CertificateView } from "@/lib/certification/certificates/certificate-view";
import { verifyCertificate } from "@/lib/certification/certificates/verify-certificate";
import { verificationCodeSchema } from "@/lib/certification/rules";
import { DomainError } from "@/lib/errors";

export const metadata: Metadata = { title: "Vérifier un certificat Pix" };

type Props = { searchParams: Promise<{ code?: string | string[] }> };

/** Anyone checks a certificate by its code (a plain GET form: the QR code's link lands here too). */
export default async function VerifyCertificatePage({ searchParams }: Props) {
  const sp = await searchParams;
  const raw = typeof sp.code === "string" ? sp.code.slice(0, 40) : undefined;
  let cert: CertificateView | null = null;
  let fieldError: string | undefined;
  let error: string | undefined;
  if (raw !== undefined) {
    const parsed = verificationCodeSchema.safeParse(raw);
    if (!parsed.success) fieldError = parsed.error.issues[0]?.message;
    else {
      try {
        cert = await verifyCertificate(getDb(), parsed.data, clientIp(await headers()));
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        error = e.userMessage;
      }
    }
  }
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl">Vérifier un certificat Pix</h1>
      <p>Saisissez le code de vérification inscrit sur le certificat, par exemple P-K7XB3M9Q. Le certificat s&apos;affiche s&apos;il est authentique.</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <form method="get" action="/verification-certificat" className="flex flex-col gap-4 rounded-lg bg-white p-6" noValidate>
        <Field name="code" label="Code de vérification" hint="P- suivi de 8 lettres ou chiffres." defaultValue={raw ?? ""} error={fieldError} autoComplete="off" required maxLength={40} />
        <div>
          <Button>Vérifier</Button>
        </div>
      </form>
      {cert ? (
        <section aria-labelledby="certificat-verifie" className="flex flex-col gap-3">
          <h2 id="certificat-verifie" className="text-2xl">
            {cert.cancelledAt ? "Certificat annulé" : "Certificat authentique"}
          </h2>
          <CertificateDetails cert={cert} headingLevel={3} />
        </section>
      ) : null}
    </div>
  );
}
