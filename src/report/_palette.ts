/**
 * The HTML report's colours, as data so that a test (tests/report/palette.test.ts) checks every pair that carries
 * text against WCAG 2.x AA: a contrast ratio of at least 4.5:1. Each colour comes with a text label on the page,
 * never alone. The ratios, from the WCAG relative-luminance formula:
 *
 *   text #1b1f24 on page #ffffff ........ 16.56   white on text #1b1f24 (selected, pressed) ....... 16.56
 *   text on panel #f6f8fa ............... 15.56   muted #57606a on page / panel ............. 6.39 / 6.00
 *   white on contradiction #b42318 ....... 6.57   text on contradiction tint #fdecea ............. 14.48
 *   white on partial #8a4b00 ............. 6.80   text on partial tint #fff4e0 ................... 15.20
 *   white on agreement #17692f ........... 6.78   text on agreement tint #e8f5ec ................. 14.75
 *   white on omission #6e40c9 ............ 6.48   text on omission tint #f3effc .................. 14.64
 *   white on repeat #57606a .............. 6.39   text on changed-word #fff1c2 ................... 14.68
 *   white on link/focus #0b57d0 .......... 6.39   muted on the tints ......................... 5.59-5.86
 *   link #0b57d0 on page ................. 6.39   link on the tints .......................... 5.58-5.86
 *   contradiction #b42318 on page ........ 6.57
 */
export const PALETTE = {
  text: '#1b1f24',
  muted: '#57606a',
  page: '#ffffff',
  panel: '#f6f8fa',
  line: '#d0d7de',
  link: '#0b57d0',
  changed: '#fff1c2',
  contradiction: '#b42318',
  contradictionTint: '#fdecea',
  partial: '#8a4b00',
  partialTint: '#fff4e0',
  agreement: '#17692f',
  agreementTint: '#e8f5ec',
  omission: '#6e40c9',
  omissionTint: '#f3effc',
  repeat: '#57606a',
  repeatTint: '#f6f8fa',
} as const;

/** Pairs of [foreground, background] that carry text on the page. */
export const TEXT_PAIRS: readonly (readonly [keyof typeof PALETTE | '#ffffff', keyof typeof PALETTE])[] = [
  ['text', 'page'],
  ['text', 'panel'],
  ['muted', 'page'],
  ['muted', 'panel'],
  ['#ffffff', 'contradiction'],
  ['#ffffff', 'partial'],
  ['#ffffff', 'agreement'],
  ['#ffffff', 'omission'],
  ['#ffffff', 'repeat'],
  ['#ffffff', 'link'],
  ['#ffffff', 'text'],
  ['muted', 'repeatTint'],
  ['text', 'contradictionTint'],
  ['text', 'partialTint'],
  ['text', 'agreementTint'],
  ['text', 'omissionTint'],
  ['text', 'repeatTint'],
  ['text', 'changed'],
  ['muted', 'contradictionTint'],
  ['muted', 'partialTint'],
  ['muted', 'agreementTint'],
  ['muted', 'omissionTint'],
  ['link', 'page'],
  ['link', 'contradictionTint'],
  ['link', 'partialTint'],
  ['link', 'agreementTint'],
  ['link', 'omissionTint'],
  ['contradiction', 'page'],
];
