import { CSV_BOM, csvCell, csvRow, toCsvValue, type CsvValue } from "./index";

describe("text cells", () => {
  test.each<[string, string, string]>([
    ["accents kept as they are", "Élodie Müller-Çağ", "Élodie Müller-Çağ"],
    ["empty text", "", ""],
    ["quotes are doubled and the cell quoted", 'Dit "bonjour"', '"Dit ""bonjour"""'],
    ["a semicolon forces quotes", "Paris; 75011", '"Paris; 75011"'],
    ["a comma does not (it is not the separator)", "12,5", "12,5"],
    ["LF inside a cell", "ligne 1\nligne 2", '"ligne 1\nligne 2"'],
    ["CRLF inside a cell", "ligne 1\r\nligne 2", '"ligne 1\r\nligne 2"'],
    ["formula with =", "=SUM(A1)", "'=SUM(A1)"],
    ["formula with + (phone numbers too)", "+33 6 12 34 56 78", "'+33 6 12 34 56 78"],
    ["text that looks like a negative number", "-3", "'-3"],
    ["formula with @", "@SUM(A1)", "'@SUM(A1)"],
    ["leading tab", "\tcaché", "'\tcaché"],
    ["leading CR: protected and quoted", "\r=1+1", "\"'\r=1+1\""],
    ["formula with quotes and separator: protected then quoted", '=HYPERLINK("http://x";"y")', '"\'=HYPERLINK(""http://x"";""y"")"'],
    ["a dash inside the text is harmless", "Jean-Pierre", "Jean-Pierre"],
    ["an equals sign inside the text is harmless", "a=b", "a=b"],
  ])("%s", (_, input, expected) => expect(csvCell(input)).toBe(expected));
});

describe("numbers: written as numbers, decimal comma, never protected", () => {
  test.each<[string, number, string]>([
    ["12.5 → 12,5", 12.5, "12,5"],
    ["negative number stays a number", -3, "-3"],
    ["negative decimal", -0.75, "-0,75"],
    ["zero", 0, "0"],
    ["negative zero", -0, "0"],
    ["no thousands separator", 1234567.89, "1234567,89"],
    ["percentage given as a number", 42.5, "42,5"],
    ["huge number without exponent", 1e21, "1000000000000000000000"],
    ["tiny number without exponent", 1.5e-7, "0,00000015"],
    ["tiny negative number", -2e-7, "-0,0000002"],
    ["below what 20 decimals can show", 1e-25, "0"],
    ["not a number gives an empty cell", NaN, ""],
    ["infinity gives an empty cell", Infinity, ""],
  ])("%s", (_, input, expected) => expect(csvCell(input)).toBe(expected));
});

describe("dates: French format, Paris wall-clock time", () => {
  test.each<[string, string, string]>([
    ["winter time (UTC+1)", "2026-12-05T13:03:00Z", "05/12/2026 14:03"],
    ["summer time (UTC+2)", "2026-07-14T12:00:00Z", "14/07/2026 14:00"],
    ["seconds are dropped, not rounded", "2026-12-05T13:03:59.999Z", "05/12/2026 14:03"],
    ["the Paris day can differ from the UTC day", "2026-07-14T22:30:00Z", "15/07/2026 00:30"],
    ["new year in Paris before UTC", "2026-12-31T23:30:00Z", "01/01/2027 00:30"],
    ["last minute before the spring change", "2026-03-29T00:59:00Z", "29/03/2026 01:59"],
    ["first minute after the spring change (02:00 is skipped)", "2026-03-29T01:00:00Z", "29/03/2026 03:00"],
    ["autumn change: first 02:30 (summer time)", "2026-10-25T00:30:00Z", "25/10/2026 02:30"],
    ["autumn change: second 02:30 (winter time)", "2026-10-25T01:30:00Z", "25/10/2026 02:30"],
    ["midnight is 00:00, not 24:00", "2026-01-09T23:00:00Z", "10/01/2026 00:00"],
  ])("%s", (_, iso, expected) => expect(csvCell(new Date(iso))).toBe(expected));

  test("an invalid date gives an empty cell", () => expect(csvCell(new Date("pas une date"))).toBe(""));
});

describe("other values", () => {
  test.each<[string, CsvValue, string]>([
    ["true", true, "Oui"],
    ["false", false, "Non"],
    ["null", null, ""],
    ["undefined", undefined, ""],
    ["bigint written as a number", -12345678901234567890n, "-12345678901234567890"],
  ])("%s", (_, input, expected) => expect(csvCell(input)).toBe(expected));

  test.each<[string, unknown, CsvValue]>([
    ["objects become text", { toString: () => "=objet" }, "=objet"],
    ["undefined becomes empty", undefined, null],
    ["dates stay dates", new Date(0), new Date(0)],
  ])("from a data source: %s", (_, input, expected) => expect(toCsvValue(input)).toEqual(expected));
});

describe("rows", () => {
  test("cells joined by ';' and ended by CRLF", () => {
    expect(csvRow(["Nom", 12.5, true, null, "a;b", new Date("2026-12-05T13:03:00Z")])).toBe('Nom;12,5;Oui;;"a;b";05/12/2026 14:03\r\n');
  });
  test("an empty row is just a line end", () => expect(csvRow([])).toBe("\r\n"));
  test("the BOM is the UTF-8 byte order mark", () => expect([...new TextEncoder().encode(CSV_BOM)]).toEqual([0xef, 0xbb, 0xbf]));
});
