import type { ReactNode } from "react";

/** A page of plain text (legal, help): one title, readable line length. */
export function TextPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <article className="prose-pix mx-auto flex max-w-3xl flex-col">
      <h1 className="mb-4 text-3xl">{title}</h1>
      {children}
    </article>
  );
}
