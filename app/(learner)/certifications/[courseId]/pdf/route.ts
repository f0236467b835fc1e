import { getDb } from "@/db/client";
import { currentActor } from "@/lib/auth/current-actor";
import { certificatePdf } from "@/lib/certification/certificates/certificate-pdf";
import { getMyCertificate } from "@/lib/certification/certificates/get-my-certificate";
import { appUrl } from "@/lib/env";
import { DomainError } from "@/lib/errors";

type Ctx = { params: Promise<{ courseId: string }> };

/** The learner's own certificate as a PDF (A4 landscape), with a QR code to the public verification (none once cancelled). */
export async function GET(_request: Request, { params }: Ctx): Promise<Response> {
  const { courseId } = await params;
  try {
    const cert = await getMyCertificate(getDb(), await currentActor(), courseId);
    // a certificate cancelled by Pix has no PDF any more
    if (cert.cancelledAt) return new Response("Ce certificat a été annulé par Pix.", { status: 410, headers: { "content-type": "text/plain; charset=utf-8" } });
    const bytes = await certificatePdf(cert, { verifyUrl: `${appUrl()}/verification-certificat?code=${cert.verificationCode}`, now: new Date() });
    return new Response(Buffer.from(bytes), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="certificat-pix-${cert.verificationCode}.pdf"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (e) {
    if (e instanceof DomainError) return new Response("Page introuvable.", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
    throw e;
  }
}
