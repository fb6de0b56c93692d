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
