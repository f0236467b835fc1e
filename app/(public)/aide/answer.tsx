import Link from "next/link";
import type { Paragraph } from "@/lib/help/faq";

/** One paragraph of an answer of the help: text, with links to pages of Pix. */
export function Answer({ paragraph }: { paragraph: Paragraph }) {
  if (typeof paragraph === "string") return <p>{paragraph}</p>;
  return (
    <p>
      {paragraph.map((piece, i) =>
        typeof piece === "string" ? (
          piece
        ) : (
          <Link key={i} href={piece.href}>
            {piece.text}
          </Link>
        ),
      )}
    </p>
  );
}
