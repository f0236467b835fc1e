// Every address an HTML page names in src, href, action or url() that leaves the app (absolute
// or protocol-relative). A simulator page must name none. Pure; used by the tests.
export function outsideAddresses(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/(?:src|href|action)\s*=\s*"([^"]*)"|url\(\s*['"]?([^'")]+)/gi)) {
    const v = (m[1] ?? m[2] ?? "").trim();
    if (/^(https?:)?\/\//i.test(v)) out.push(v);
  }
  return out;
}
