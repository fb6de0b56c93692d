// The record that `extract` returns and `policyx extract` prints: shared/spec/facts.md is the
// contract, schema/record.schema.json its machine-readable form. Change both together.

export const SCHEMA_VERSION = 1 as const;

export type Script = "traditional" | "simplified" | "mixed";

/** A place in the ORIGINAL text: code point offsets, `end` exclusive; `text` is simplified. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface SourceInfo {
  path: string;
  encoding: string;
  script: Script;
  chars: number;
}

export type RegionLevel = "province" | "city" | "county";

export interface Region {
  name: string;
  code: string;
  level: RegionLevel;
  parent: string | null;
  mentions: Span[];
}

export type DateType = "date" | "period" | "deadline" | "relative";

export interface DateFact extends Span {
  type: DateType;
  /** YYYY-MM-DD, inclusive; null where open or unresolved. */
  from: string | null;
  to: string | null;
}

export interface DocumentFact {
  title: string;
  issuer: string | null;
  date: string | null;
  region: string | null;
  aliases: string[];
  mentions: Span[];
}

export interface Figure extends Span {
  verb: string | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  qualifier: string | null;
  unit: string;
  object: string | null;
  region: string | null;
  document: number | null;
}

export interface Target extends Figure {
  deadline: string | null;
}

export type FactKind = "regions" | "dates" | "documents" | "targets" | "figures";
export const FACT_KINDS: readonly FactKind[] = ["regions", "dates", "documents", "targets", "figures"];

export interface FactRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  source: SourceInfo;
  referenceDate: string | null;
  regions?: Region[];
  dates?: DateFact[];
  documents?: DocumentFact[];
  targets?: Target[];
  figures?: Figure[];
}

export type ErrorCode =
  | "not_found"
  | "unreadable"
  | "is_directory"
  | "no_matching_files"
  | "binary"
  | "undecodable"
  | "too_large"
  | "internal";

export interface ErrorRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  source: { path: string };
  error: { code: ErrorCode; message: string };
}

export type OutputRecord = FactRecord | ErrorRecord;

export function isErrorRecord(r: OutputRecord): r is ErrorRecord {
  return (r as ErrorRecord).error !== undefined;
}

export interface ExtractOptions {
  /** YYYY-MM-DD; else the text's own dateline, else null. */
  refDate?: string | null;
  /** Which fact kinds to fill; all by default. Kinds that others depend on are still computed. */
  only?: readonly FactKind[];
  /** Shown as source.path. */
  path?: string;
  /** Shown as source.encoding (the text is already decoded). */
  encoding?: string;
}
