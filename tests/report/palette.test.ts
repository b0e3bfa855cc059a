/**
 * WCAG 2.x AA for the HTML report: every colour pair that carries text has a contrast ratio of at least 4.5:1.
 */
import { describe, expect, it } from 'vitest';
import { PALETTE, TEXT_PAIRS } from '../../src/report/_palette';

/** WCAG relative luminance of an sRGB colour written #rrggbb. */
function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(x: string, y: string): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const colour = (name: string) => (name.startsWith('#') ? name : PALETTE[name as keyof typeof PALETTE]);

describe('contrast()', () => {
  it.each([
    { fg: '#000000', bg: '#ffffff', ratio: 21 },
    { fg: '#ffffff', bg: '#ffffff', ratio: 1 },
    // The WCAG "understanding" page's example: #767676 on white is the lightest grey that passes AA.
    { fg: '#767676', bg: '#ffffff', ratio: 4.54 },
  ])('$fg on $bg is $ratio:1', ({ fg, bg, ratio }) => {
    expect(contrast(fg, bg)).toBeCloseTo(ratio, 2);
  });
});

describe('HTML report colours', () => {
  it.each(TEXT_PAIRS.map(([fg, bg]) => ({ fg, bg, pair: `${colour(fg)} on ${colour(bg)}` })))(
    '$fg on $bg ($pair) reaches AA 4.5:1',
    ({ fg, bg }) => {
      expect(contrast(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
    },
  );
});
