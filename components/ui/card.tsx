import type { ReactNode } from "react";

export function Card({ children, className = "", as: Tag = "section" }: { children: ReactNode; className?: string; as?: "section" | "article" | "div" | "li" }) {
  return <Tag className={`rounded-xl border border-line bg-white p-5 shadow-sm ${className}`}>{children}</Tag>;
}
