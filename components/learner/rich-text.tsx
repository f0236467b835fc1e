import type { ReactNode } from "react";

/** Plain content text: blank lines separate paragraphs, "- " lines are list items, "1. " lines steps. */
export function RichText({ text, className = "" }: { text: string; className?: string }) {
  const blocks = text.trim().split(/\n\s*\n/);
  const out: ReactNode[] = [];
  blocks.forEach((block, b) => {
    const lines = block.split("\n").map((l) => l.trimEnd()).filter(Boolean);
    let para: string[] = [];
    let list: { ordered: boolean; items: string[] } | null = null;
    const flush = (k: string) => {
      if (para.length) out.push(<p key={`p${k}`}>{para.join(" ")}</p>);
      para = [];
      if (list) {
        const items = list.items.map((it, i) => <li key={i}>{it}</li>);
        out.push(list.ordered ? <ol key={`l${k}`} className="list-decimal pl-6">{items}</ol> : <ul key={`l${k}`} className="list-disc pl-6">{items}</ul>);
      }
      list = null;
    };
    lines.forEach((line, i) => {
      const bullet = line.match(/^\s*-\s+(.*)$/);
      const step = line.match(/^\s*\d+\.\s+(.*)$/);
      if (bullet || step) {
        const ordered = !bullet;
        if (para.length || (list && list.ordered !== ordered)) flush(`${b}-${i}`);
        list ??= { ordered, items: [] };
        list.items.push((bullet ?? step)![1]!);
      } else {
        if (list) flush(`${b}-${i}`);
        para.push(line.trim());
      }
    });
    flush(`${b}-end`);
  });
  return <div className={`flex flex-col gap-3 ${className}`}>{out}</div>;
}
