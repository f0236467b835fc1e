// Chooses the screen to show from the state. Pure.
import type { RenderedPage } from "../types";
import { renderCompose } from "./render-compose";
import { renderFolder, renderLinkPage, renderMessage } from "./render-mailbox";
import type { Ctx } from "./render-parts";
import { findMessage } from "./state";

export function render(ctx: Ctx): RenderedPage {
  const { state } = ctx;
  const screen = state.screen;
  if (screen.kind === "compose" && state.draft) return renderCompose(ctx, state.draft);
  if (screen.kind === "message") {
    const m = findMessage(state, screen.id);
    if (m) return renderMessage(ctx, m);
  }
  if (screen.kind === "link") {
    const m = findMessage(state, screen.id);
    if (m?.link) return renderLinkPage(ctx, m);
  }
  return renderFolder(ctx, screen.kind === "folder" ? screen.folder : "inbox");
}
