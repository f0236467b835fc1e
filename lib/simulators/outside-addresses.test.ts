import { outsideAddresses } from "./outside-addresses";

test.each([
  ['<a href="/simulateur/x">x</a><link href="/simulateurs/base.css">', []],
  ['<img src="https://cdn.exemple.com/a.png">', ["https://cdn.exemple.com/a.png"]],
  ['<script src="//tiers.exemple/x.js"></script>', ["//tiers.exemple/x.js"]],
  ['<form action="http://ailleurs.exemple/post">', ["http://ailleurs.exemple/post"]],
  ["<div style=\"background:url('https://x.exemple/i.png')\">", ["https://x.exemple/i.png"]],
  ["<p>www.service-public.fr est écrit, pas chargé</p>", []],
])("%s → %j", (html, expected) => expect(outsideAddresses(html)).toEqual(expected));
