// The marks that open an item of a list, shared by the extractors: (一) （1） 一、 1. ① and
// bullets (▲ ◆ ● ✅ …, emoji too).

/** Bullets and circled numbers opening an item. */
export const ITEM_SIGNS = /[\u2460-\u249b\u2776-\u2793◆◇●■□▶►▸▷•▪★☆✔✓※✅☑➤➢○◎▲△]|\p{Extended_Pictographic}/u;

/** A dash (——货邮吞吐量力争达到250万吨；——2027年底前，…: at an item's start it is no range) or
 *  a letter before a Chinese character (A.种植基地), opening an item. */
export const DASH_OR_LETTER = /—{1,2}(?!—)|[A-Za-z][.．、](?=[\u4e00-\u9fff])/;

/** An item's number and its dot before a month or a year (4．6月至9月, 1.2027年底前): no
 *  decimal, as no month or year is one. */
export const ITEM_NUMBER_BEFORE_TIME = /\d{1,2}[.．](?=\d{1,2}月|(?:19|20)\d{2}年)/;
/** …at the start of a string. */
export const ITEM_NUMBER_BEFORE_TIME_AT_START = new RegExp(`^${ITEM_NUMBER_BEFORE_TIME.source}`);

/** An item's marker at the start of a string, with one blank after it. (Not a decimal: 1.5 is
 *  a number; but see ITEM_NUMBER_BEFORE_TIME.) */
// (…and the capital numerals of Taiwan's documents, 壹、 贰、)
export const ITEM_MARKER = new RegExp(`^(?:[（(][一二三四五六七八九十\\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|[壹贰叁肆伍陆柒捌玖拾]{1,2}、|\\d{1,2}[.、．](?!\\d)|${ITEM_NUMBER_BEFORE_TIME.source}|${DASH_OR_LETTER.source}|${ITEM_SIGNS.source})\\s?`, "u");

/** A label in brackets opening an item of a news round-up (【辽宁】). */
export const ITEM_LABEL = /^【[^】\n]{1,10}】\s*/;
