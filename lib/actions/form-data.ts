/** A text field of a posted form ("" when absent or a file); NUL characters, which PostgreSQL refuses, are dropped. */
export function formText(formData: FormData, key: string): string {
  const v = formData.get(key);
  return typeof v === "string" ? v.replace(/\u0000/g, "") : "";
}
