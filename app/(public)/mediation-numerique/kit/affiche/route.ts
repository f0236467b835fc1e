import { currentActor } from "@/lib/auth/current-actor";
import { kitDownload } from "@/lib/kit/kit-download";

/** The kit's ABC Diag poster (PDF, A4 or A3), for the structure named in the query. */
export async function GET(request: Request): Promise<Response> {
  return kitDownload(request, "affiche", currentActor);
}
