// Souris et clavier : envoie chaque geste au serveur, un envoi à la fois (avec le seq rendu
// par le précédent). Sans ce script, l'exercice ne compte pas.
(() => {
  const d = document, root = d.querySelector("[data-gestes]");
  const status = d.getElementById("g-status"), P = "pointer", K = "keyboard";
  const DONE = "C'est fait. Cliquez sur « Je valide » sous l'exercice.";
  const say = (t) => { status.textContent = t; };
  const name = (el) => el.textContent.trim(), cut = (t) => t.slice(0, 2000);
  let queue = Promise.resolve(), broken = false;

  const send = (data, then) => {
    queue = queue.then(() => {
      if (broken) return;
      const body = new URLSearchParams(data);
      body.set("seq", d.querySelector("input[name=seq]").value);
      return fetch(root.dataset.action, { method: "POST", headers: { "x-simulateur": "fetch", "content-type": "application/x-www-form-urlencoded" }, body: body.toString() })
        .then((r) => r.json())
        .then((j) => {
          if (j.error || j.seq == null) throw j;
          d.querySelectorAll("input[name=seq]").forEach((i) => { i.value = j.seq; });
          if (then) then();
        });
    }).catch(() => { broken = true; say("Votre geste n'a pas été enregistré. Rechargez la page (touche F5)."); });
  };
  d.getElementById("g-off").hidden = true;
  send({ op: "ready" });

  // Clic, clic à côté
  root.addEventListener("click", (e) => {
    const t = e.target.closest("[data-target]");
    if (t) {
      e.preventDefault();
      send({ op: "click", target: t.dataset.target, input: e.detail ? P : K }, () => say(DONE));
    } else if (e.target.closest("[data-miss]") && !e.target.closest("button")) send({ op: "miss" });
  });

  // Double-clic ou Entrée
  const open = (i, input) => send({ op: "dblclick", item: i.dataset.icon, input }, () => {
    const id = "g-win-" + i.dataset.icon;
    d.querySelectorAll("[data-win]").forEach((w) => { w.hidden = w.id !== id; });
    d.getElementById(id).focus();
    say(DONE);
  });
  root.addEventListener("dblclick", (e) => { const i = e.target.closest("[data-icon]"); if (i) open(i, P); });

  // Glisser-déposer, Espace-Tab-Espace
  let held = null, drag = null;
  const grab = (it) => {
    if (held) held.setAttribute("aria-pressed", "false");
    if ((held = it)) it.setAttribute("aria-pressed", "true");
  };
  const drop = (it, zone, input) => send({ op: "drop", item: it.dataset.item, zone, input }, () => {
    grab(null);
    const box = root.querySelector(`section[data-zone="${zone}"]`);
    box.querySelector("ul").appendChild(it.parentNode);
    it.focus();
    say(`« ${name(it)} » est dans « ${name(box.querySelector("h2"))} ». ` + (root.querySelector("[data-start] [data-item]") ? "" : DONE));
  });
  root.addEventListener("keydown", (e) => {
    const k = e.key, t = e.target, on = k === " " || k === "Enter";
    if (k === "Enter" && t.dataset.icon) { e.preventDefault(); open(t, K); }
    if (k === "Escape" && held) { grab(null); say("Déplacement annulé."); }
    if (on && t.dataset.item) {
      e.preventDefault();
      grab(t);
      say(`« ${name(t)} » est pris. Allez sur une case avec Tab, puis appuyez sur Espace.`);
    } else if (on && t.dataset.zone) {
      e.preventDefault();
      if (held) drop(held, t.dataset.zone, K);
      else say("Choisissez d'abord un élément et appuyez sur Espace.");
    }
  });
  root.addEventListener("pointerdown", (e) => {
    const it = e.target.closest("[data-item]");
    if (it && e.button === 0) drag = { it, x: e.clientX, y: e.clientY, on: false };
  });
  d.addEventListener("pointermove", (e) => {
    if (!drag) return;
    const dx = e.clientX - drag.x, dy = e.clientY - drag.y;
    if (!drag.on && Math.abs(dx) + Math.abs(dy) < 8) return;
    drag.on = true;
    drag.it.classList.add("g-dragging");
    drag.it.style.transform = `translate(${dx}px,${dy}px)`;
  });
  d.addEventListener("pointerup", (e) => {
    const g = drag;
    drag = null;
    if (!g || !g.on) return;
    g.it.classList.remove("g-dragging");
    g.it.style.transform = "";
    const z = d.elementFromPoint(e.clientX, e.clientY), zone = z && z.closest("[data-zone]");
    if (zone) drop(g.it, zone.dataset.zone, P);
  });

  // Défilement
  const sc = root.querySelector("[data-scroll]");
  if (sc) sc.addEventListener("scroll", () => { if (!sc.dataset.s) send({ op: "scroll" }); sc.dataset.s = "1"; });

  // Saisie, copier-coller
  const f = root.querySelector("[data-field]");
  if (!f) return;
  let keys = 0, fixes = 0, pasted = 0, timer = 0, copied = "", kb = false;
  const post = (then) => { clearTimeout(timer); send({ op: "typed", text: f.value, keys, fixes, pasted }, then); };
  f.addEventListener("keydown", (e) => {
    if (e.key === "Backspace" || e.key === "Delete") fixes++;
    else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey) keys++;
  });
  f.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(post, 800); });
  f.addEventListener("change", () => post());
  f.form.addEventListener("submit", (e) => { e.preventDefault(); post(() => say(DONE)); });
  d.addEventListener("keydown", (e) => { kb = e.ctrlKey || e.metaKey || e.shiftKey; });
  d.addEventListener("pointerdown", () => { kb = false; });
  const copy = () => {
    const a = d.activeElement;
    const t = a && a.selectionEnd > a.selectionStart ? a.value.slice(a.selectionStart, a.selectionEnd) : String(getSelection());
    if (t.trim()) send({ op: "copy", text: cut((copied = t)), input: kb ? K : P });
  };
  d.addEventListener("copy", copy);
  d.addEventListener("cut", copy);
  f.addEventListener("paste", (e) => {
    pasted = 1;
    if (f.dataset.paste == null) return;
    const t = e.clipboardData.getData("text");
    const v = f.value, value = v.slice(0, f.selectionStart) + t + v.slice(f.selectionEnd);
    send({ op: "paste", text: cut(t), value: cut(value), from: copied && t.trim() === copied.trim() ? "page" : "other", input: kb ? K : P }, () => say(DONE));
  });
})();
