// HTML inputs: tags, scripts, styles and comments dropped, entities decoded, block elements
// turned into line breaks. Facts' offsets then refer to this text (README: HTML input).
// One left-to-right pass, no backtracking regexes: hostile inputs stay linear.

const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  mdash: "—", ndash: "–", hellip: "…", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", middot: "·",
  laquo: "«", raquo: "»", times: "×", divide: "÷", deg: "°", plusmn: "±", yen: "¥", copy: "©", reg: "®",
};

const BLOCK = new Set(["p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "ul", "ol", "blockquote", "pre", "title", "header", "footer", "dd", "dt"]);
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "head"]);

// Markup a page's source has and prose does not: a document opening, or a few common tags.
const DOC_OPENING = /^\s*<(?:!doctype\s+html|html[\s>])/i;
const COMMON_TAG = /<\/?(?:p|div|span|a|strong|b|em|i|br|h[1-6]|li|ul|ol|td|th|tr|table|img|section|article|font)(?:\s[^<>]{0,300})?\/?>/gi;
const TAGS_FOR_HTML = 3;
const SNIFF_CHARS = 1 << 20;

/** Text that is a page's source rather than prose (a fragment saved as .txt, or piped in): a
 *  document opening, or three tags or more of the common ones. (PM2.5<35 or 《…》 are no tags.) */
export function looksLikeHtml(text: string): boolean {
  const head = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
  if (DOC_OPENING.test(head)) return true;
  COMMON_TAG.lastIndex = 0;
  let n = 0;
  while (COMMON_TAG.exec(head) !== null) if (++n >= TAGS_FOR_HTML) return true;
  return false;
}

/** What may follow < where a tag, a closing tag, a comment or a declaration opens. */
function isTagStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 47 /* / */ || c === 33 /* ! */ || c === 63 /* ? */;
}

export function htmlToText(html: string): string {
  // (the text gathered in parts, and its last character kept: a string built by += and asked
  // endsWith at every block tag is flattened each time, quadratic on a long page)
  const parts: string[] = [];
  let last = "";
  const put = (s: string) => {
    if (!s) return;
    parts.push(s);
    last = s[s.length - 1];
  };
  let i = 0;
  const n = html.length;
  while (i < n) {
    // the run of text up to the next < or &
    let j = i;
    while (j < n) {
      const k = html.charCodeAt(j);
      if (k === 60 /* < */ || k === 38 /* & */) break;
      j++;
    }
    if (j > i) {
      put(html.slice(i, j));
      i = j;
      continue;
    }
    const c = html[i];
    // (a < before no tag's start, PM2.5<35, ‹35, is text, as browsers read it)
    if (c === "<" && !isTagStart(html.charCodeAt(i + 1))) {
      put(c);
      i++;
      continue;
    }
    if (c === "<") {
      if (html.startsWith("<!--", i)) {
        const end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      const close = html.indexOf(">", i + 1);
      if (close < 0) {
        put(html.slice(i));
        break;
      }
      const tag = html.slice(i + 1, close);
      const name = tagName(tag);
      i = close + 1;
      if (name && SKIP_CONTENT.has(name) && !tag.startsWith("/") && !tag.endsWith("/")) {
        // skip to the matching close tag (case-insensitive search on a lowered window)
        const endTag = "</" + name;
        const at = indexOfIgnoreCase(html, endTag, i);
        if (at < 0) {
          i = n;
        } else {
          const gt = html.indexOf(">", at);
          i = gt < 0 ? n : gt + 1;
        }
        continue;
      }
      if (name && BLOCK.has(name) && last !== "\n") put("\n");
      continue;
    }
    // c === "&"
    // an entity is at most 10 characters: look no further for its ";" (else a page of "&" would
    // be searched to its end once per "&": quadratic)
    const rel = html.slice(i + 1, i + 11).indexOf(";");
    const semi = rel < 0 ? -1 : i + 1 + rel;
    if (semi > i) {
      const decoded = decodeEntity(html.slice(i + 1, semi));
      if (decoded !== null) {
        put(decoded);
        i = semi + 1;
        continue;
      }
    }
    put(c);
    i++;
  }
  return parts.join("");
}

function tagName(tag: string): string {
  let k = tag.startsWith("/") ? 1 : 0;
  let name = "";
  while (k < tag.length && /[A-Za-z0-9]/.test(tag[k])) name += tag[k++];
  return name.toLowerCase();
}

function indexOfIgnoreCase(hay: string, needle: string, from: number): number {
  const lower = needle.toLowerCase();
  let at = from;
  for (;;) {
    const k = hay.indexOf("<", at);
    if (k < 0) return -1;
    if (hay.slice(k, k + lower.length).toLowerCase() === lower) return k;
    at = k + 1;
  }
}

/** The character an entity's name (amp, mdash, #8212) stands for, or null. */
export function decodeEntity(entity: string): string | null {
  if (entity.startsWith("#")) {
    const hex = entity[1] === "x" || entity[1] === "X";
    const num = parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10);
    if (!Number.isFinite(num) || num < 0 || num > 0x10ffff) return null;
    try {
      return String.fromCodePoint(num);
    } catch {
      return null;
    }
  }
  return NAMED[entity] ?? NAMED[entity.toLowerCase()] ?? null;
}
