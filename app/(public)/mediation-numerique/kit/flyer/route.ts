import { currentActor } from "@/lib/auth/current-actor";
import { kitDownload } from "@/lib/kit/kit-download";

/** The kit's ABC Diag flyer (PDF: one A4, or two A4 on an A3 sheet), for the structure named in the query. */
export async function GET(request: Request): Promise<Response> {
  return kitDownload(request, "flyer", currentActor);
}
