import type { Tone } from '../document/blocks.js';
import type { Rgb } from './canvas.js';

/** Page geometry and typography shared by every page (A4, points). */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  margin: 48,
  top: 841.89 - 64,
  bottom: 56,
} as const;

/** Type sizes and line heights. */
export const TYPE = {
  body: 9,
  small: 7.5,
  table: 7.8,
  h1: 15,
  h2: 11.5,
  leading: 1.35,
} as const;

/** Colours. */
export const INK: Record<'text' | 'muted' | 'rule' | 'header' | 'zebra' | 'accent' | 'white', Rgb> = {
  text: [0.13, 0.13, 0.15],
  muted: [0.42, 0.43, 0.47],
  rule: [0.78, 0.79, 0.82],
  header: [0.16, 0.24, 0.35],
  zebra: [0.955, 0.96, 0.97],
  accent: [0.16, 0.34, 0.56],
  white: [1, 1, 1],
};

/** The colour of a tone (severity scale: green, amber, orange, red). */
export function toneColour(tone: Tone): Rgb {
  switch (tone) {
    case 'good':
      return [0.2, 0.55, 0.34];
    case 'low':
      return [0.42, 0.66, 0.38];
    case 'medium':
      return [0.93, 0.69, 0.2];
    case 'high':
      return [0.89, 0.45, 0.16];
    case 'critical':
      return [0.76, 0.15, 0.16];
    default:
      return [0.45, 0.53, 0.62];
  }
}

/** A light tint of a tone, for cell backgrounds. */
export function toneTint(tone: Tone): Rgb {
  const [r, g, b] = toneColour(tone);
  return [1 - (1 - r) * 0.25, 1 - (1 - g) * 0.25, 1 - (1 - b) * 0.25];
}

/** Interpolates the heat-map colour of a value between `min` and `max` (green → amber → red). */
export function heatColour(value: number, min: number, max: number): Rgb {
  const t = max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
  const stops: Rgb[] = [
    [0.86, 0.94, 0.85],
    [0.99, 0.85, 0.5],
    [0.93, 0.45, 0.3],
  ];
  const scaled = t * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const a = stops[i] ?? [1, 1, 1];
  const b = stops[i + 1] ?? [1, 1, 1];
  return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
}
