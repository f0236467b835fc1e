export { CSV_BOM, CSV_LINE_END, CSV_SEPARATOR, csvCell, csvRow, formatNumber, formatParisDateTime, formatText, toCsvValue, type CsvValue } from "./cell";
export { csvStream } from "./stream";
