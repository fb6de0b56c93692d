// The heart of policyx: text in, one record out. Extractors run in dependency order
// (regions, dates → documents → targets), each on the normalized text; spans stay in
// normalized offsets until `toRecord` maps them back to the original, once.
import { Doc } from "./normalize.js";
import { extractRegions } from "./extractors/regions.js";
import { extractDates, findReferenceDate } from "./extractors/dates.js";
import { extractDocuments } from "./extractors/documents.js";
import { extractTargets } from "./extractors/targets.js";
import {
  FACT_KINDS,
  SCHEMA_VERSION,
  type DateFact,
  type DocumentFact,
  type ExtractOptions,
  type FactKind,
  type FactRecord,
  type Figure,
  type Region,
  type Span,
  type Target,
} from "./types.js";

/** What an extractor can see: the text and the facts of the kinds that run before it. */
export interface Context {
  doc: Doc;
  referenceDate: string | null;
  regions: Region[];
  dates: DateFact[];
  documents: DocumentFact[];
  /** The place of the body whose notice the text is (雅安市人民政府关于印发…, 现将《…》印发给你们):
   *  its issuer's, else its document's. Set by the documents' extractor; for linking only, never
   *  output. */
  ownRegion?: string | null;
}

// Which kinds each kind needs computed first (for linking), so `--only targets` still works.
const NEEDS: Record<FactKind, FactKind[]> = {
  regions: [],
  dates: [],
  documents: ["regions", "dates"],
  targets: ["regions", "dates", "documents"],
  figures: ["regions", "dates", "documents"],
};

export function extract(text: string, options: ExtractOptions = {}): FactRecord {
  return extractDoc(new Doc(text), options);
}

export function extractDoc(doc: Doc, options: ExtractOptions = {}): FactRecord {
  const wanted = new Set<FactKind>(options.only?.length ? options.only : FACT_KINDS);
  const run = new Set<FactKind>();
  for (const k of wanted) {
    run.add(k);
    for (const d of NEEDS[k]) run.add(d);
  }
  const referenceDate = options.refDate ?? findReferenceDate(doc);
  const ctx: Context = { doc, referenceDate, regions: [], dates: [], documents: [] };
  if (run.has("regions")) ctx.regions = extractRegions(doc);
  if (run.has("dates")) ctx.dates = extractDates(doc, referenceDate);
  if (run.has("documents")) ctx.documents = extractDocuments(ctx);
  let targets: Target[] = [];
  let figures: Figure[] = [];
  if (run.has("targets") || run.has("figures")) ({ targets, figures } = extractTargets(ctx));

  const record: FactRecord = {
    schemaVersion: SCHEMA_VERSION,
    source: { path: options.path ?? "-", encoding: options.encoding ?? "utf-8", script: doc.script, chars: doc.chars },
    referenceDate,
  };
  // (the facts are this call's own, so their offsets and text are set in place, keeping each
  // fact's key order: a copy of each by spread cost more than building the record's JSON; a
  // fact found twice is set once)
  const done = new Set<Span>();
  const remap = (s: Span): void => {
    if (done.has(s)) return;
    done.add(s);
    const { start, end } = doc.toOriginal(s.start, s.end);
    s.text = doc.quote(s.start, s.end);
    s.start = start;
    s.end = end;
  };
  if (wanted.has("regions")) {
    for (const r of ctx.regions) r.mentions.forEach(remap);
    record.regions = ctx.regions;
  }
  if (wanted.has("dates")) {
    ctx.dates.forEach(remap);
    record.dates = ctx.dates;
  }
  if (wanted.has("documents")) {
    for (const d of ctx.documents) d.mentions.forEach(remap);
    record.documents = ctx.documents;
  }
  if (wanted.has("targets")) {
    targets.forEach(remap);
    record.targets = targets;
  }
  if (wanted.has("figures")) {
    figures.forEach(remap);
    record.figures = figures;
  }
  return record;
}
