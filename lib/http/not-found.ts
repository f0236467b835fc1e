import { redirect } from "next/navigation";

/**
 * Use this instead of next/navigation's notFound(): in Next 16 production builds, notFound()
 * called from a page serves an empty HTML shell whose content only appears once JavaScript
 * runs (vercel/next.js#98954), so without JavaScript the page is blank. An unmatched URL
 * renders app/not-found.tsx properly, with its 404 status: we send the browser there.
 */
export function pageNotFound(): never {
  redirect("/page-introuvable");
}
