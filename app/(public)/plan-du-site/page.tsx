import type { Metadata } from "next";
import Link from "next/link";
import { TextPage } from "@/components/layout/text-page";
import { SITE_MAP } from "@/lib/site/site-map";

export const metadata: Metadata = { title: "Plan du site" };

export default function SiteMapPage() {
  return (
    <TextPage title="Plan du site">
      {SITE_MAP.map((group) => (
        <section key={group.title}>
          <h2>{group.title}</h2>
          <ul>
            {group.pages.map((p) => (
              <li key={p.href}>
                <Link href={p.href}>{p.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </TextPage>
  );
}
