import { describe, expect, it } from 'vitest';
import {
  IMAGE_PADDING,
  MAX_IMAGE_PIXELS,
  MAX_IMAGE_SIDE,
  imageFileName,
  imageGeometry,
  savedNotice,
} from './flowImage';

describe('imageGeometry', () => {
  const small = { x: -100, y: 50, width: 600, height: 400 };

  it('frames the whole diagram with padding, at twice its size for a PNG that fits', () => {
    const g = imageGeometry(small, 'png');
    expect(g).toEqual({
      width: 600 + 2 * IMAGE_PADDING,
      height: 400 + 2 * IMAGE_PADDING,
      viewport: { x: IMAGE_PADDING + 100, y: IMAGE_PADDING - 50, zoom: 1 },
      pixelRatio: 2,
      scale: 1,
    });
  });

  it('keeps an SVG at the size on screen, however big the flow', () => {
    const huge = { x: 0, y: 0, width: 1_000, height: 500_000 };
    const g = imageGeometry(huge, 'svg');
    expect(g.scale).toBe(1);
    expect(g.pixelRatio).toBe(1);
    expect(g.height).toBe(500_000 + 2 * IMAGE_PADDING);
  });

  it('draws a mid-sized PNG at less than twice, never below its size on screen', () => {
    const g = imageGeometry({ x: 0, y: 0, width: 3_000, height: 3_000 }, 'png');
    expect(g.scale).toBe(1);
    expect(g.pixelRatio).toBeGreaterThan(1);
    expect(g.pixelRatio).toBeLessThan(2);
    expect((g.width * g.pixelRatio) ** 2).toBeLessThanOrEqual(MAX_IMAGE_PIXELS + 1);
  });

  it('scales a 5,000-verb chain down to the canvas limits and says by how much', () => {
    // A chain of 5,000 verbs about 120 px apart: 600,000 px tall.
    const chain = { x: 0, y: 0, width: 240, height: 600_000 };
    const g = imageGeometry(chain, 'png');
    expect(g.pixelRatio).toBe(1);
    expect(g.scale).toBeLessThan(1);
    expect(g.height).toBeLessThanOrEqual(MAX_IMAGE_SIDE);
    expect(g.width * g.height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    expect(g.viewport.zoom).toBe(g.scale);
    // Still the whole diagram: its far corner lands inside the picture.
    expect(g.viewport.y + chain.height * g.scale).toBeLessThanOrEqual(g.height);
  });

  it('scales a wide and tall flow by its area', () => {
    const g = imageGeometry({ x: 0, y: 0, width: 10_000, height: 10_000 }, 'png');
    expect(g.scale).toBeLessThan(1);
    expect(g.width * g.height).toBeLessThanOrEqual(MAX_IMAGE_PIXELS);
    expect(g.width).toBeGreaterThan(3_000);
  });
});

describe('imageFileName', () => {
  it('names the picture after the flow as written', () => {
    expect(imageFileName('Front desk', 'png')).toBe('Front desk.png');
    expect(imageFileName('Front desk', 'svg')).toBe('Front desk.svg');
  });

  it('leaves out what file systems refuse and trims the ends', () => {
    expect(imageFileName('Sales / support: "after hours"?', 'png')).toBe(
      'Sales support after hours.png',
    );
    expect(imageFileName('  ..hidden.. ', 'svg')).toBe('hidden.svg');
    expect(imageFileName('a\u0000b\tc', 'png')).toBe('a b c.png');
  });

  it('falls back to a plain name when nothing is left, and keeps names short', () => {
    expect(imageFileName('', 'png')).toBe('Call flow.png');
    expect(imageFileName('///', 'png')).toBe('Call flow.png');
    expect(imageFileName('x'.repeat(300), 'png')).toBe(`${'x'.repeat(100)}.png`);
  });
});

describe('savedNotice', () => {
  it('says when a picture was scaled down, and by how much', () => {
    expect(savedNotice('Front desk.png', 1)).toBe('Downloaded Front desk.png.');
    expect(savedNotice('Big.png', 0.256)).toMatch(/^Downloaded Big\.png, scaled down to 25% /);
  });
});
