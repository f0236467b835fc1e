import type { ReactNode } from "react";

type Tone = "info" | "success" | "warning" | "error";

const tones: Record<Tone, string> = {
  info: "border-primary bg-primary-light",
  success: "border-success bg-success-light",
  warning: "border-warning bg-warning-light",
  error: "border-danger bg-danger-light",
};

/** A message: errors are announced at once (role alert), the rest politely (role status). */
export function Alert({ tone = "info", title, children, id }: { tone?: Tone; title?: string; children?: ReactNode; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={`rounded-md border-l-4 p-4 ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
