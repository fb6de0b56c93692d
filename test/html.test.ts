import { describe, expect, it } from "vitest";
import { htmlToText } from "../src/html.js";

describe("htmlToText", () => {
  it("drops tags, scripts, styles and comments and decodes entities", () => {
    const text = htmlToText('<html><head><script>var a="《假》";</script><style>p{}</style></head><body><p>到2022年&nbsp;建成&#65288;10&#x4E2A;&#65289;&amp;</p><!-- 2099年 --></body></html>');
    expect(text).toBe("\n到2022年 建成（10个）&\n");
  });
  it("keeps text after an unclosed tag or script", () => {
    expect(htmlToText("前文<p")).toBe("前文<p");
    expect(htmlToText("前文<script>var x=1;")).toBe("前文");
    expect(htmlToText("a &unknown; b")).toBe("a &unknown; b");
  });
});

describe("looksLikeHtml: a page's source under another name", () => {
  it("takes a document opening or three common tags, not prose with < or 《》", async () => {
    const { looksLikeHtml } = await import("../src/html.js");
    expect(looksLikeHtml("<!DOCTYPE html><html><body>x</body></html>")).toBe(true);
    expect(looksLikeHtml("<div class=\"crumb\">首页</div>\n<h1>标题</h1>\n<p>正文</p>")).toBe(true);
    expect(looksLikeHtml("PM2.5<35微克，《方案》提出<b>")).toBe(false);
  });
  it("a .txt holding a page's source is read as HTML: no tags in the facts", async () => {
    const { extractBytes } = await import("../src/files.js");
    const html = "<div class=\"crumb\">首页 &gt; 要闻</div>\n<h1>郑州出台方案</h1>\n<p>到2027年，郑州市全产业链营业收入达到<strong>3000亿元</strong>以上。</p>";
    const r = (await extractBytes(Buffer.from(html), "page.txt")) as { targets: Array<{ text: string; object: string }> };
    expect(r.targets.map((t) => [t.text, t.object])).toEqual([["全产业链营业收入达到3000亿元以上", "全产业链营业收入"]]);
  });
});

describe("htmlToText: a < before no tag is text", () => {
  it("keeps PM2.5<35 and >85%", () => {
    expect(htmlToText("<p>PM2.5浓度<35微克/立方米，比例>85%。</p>")).toContain("PM2.5浓度<35微克/立方米，比例>85%。");
  });
});

describe("htmlToText stays linear", () => {
  it("a page of many block tags", () => {
    const page = "<div>" + "<p>段落</p>".repeat(50_000) + "</div>";
    // (it finishes within the test's timeout: a quadratic run took minutes)
    const out = htmlToText(page);
    expect(out.split("\n").filter((l) => l === "段落").length).toBe(50_000);
  });
});
