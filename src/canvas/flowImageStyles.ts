/**
 * The styles html-to-image copies into the picture of the flow (flowImage.ts).
 *
 * By default it copies every computed property of every element, custom properties included:
 * about 400 a node, 760 KB for a six-step flow, which would be hundreds of megabytes for a big
 * one. The picture needs only what draws the canvas: boxes, text and SVG paint.
 */
export const PICTURE_STYLE_PROPERTIES: readonly string[] = [
  // Boxes and layout
  'display',
  'position',
  'top',
  'right',
  'bottom',
  'left',
  'z-index',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'min-height',
  'max-width',
  'max-height',
  ...sides('margin'),
  ...sides('padding'),
  'overflow',
  'overflow-x',
  'overflow-y',
  'flex-direction',
  'flex-wrap',
  'flex-grow',
  'flex-shrink',
  'flex-basis',
  'align-items',
  'align-self',
  'align-content',
  'justify-content',
  'justify-items',
  'justify-self',
  'row-gap',
  'column-gap',
  'order',
  'grid-template-columns',
  'grid-template-rows',
  'grid-template-areas',
  'grid-auto-flow',
  'grid-column-start',
  'grid-column-end',
  'grid-row-start',
  'grid-row-end',
  'vertical-align',
  'transform',
  'transform-origin',
  'visibility',
  'opacity',
  // Paint
  'color',
  'background-color',
  'background-image',
  'background-clip',
  ...sides('border', '-width'),
  ...sides('border', '-style'),
  ...sides('border', '-color'),
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
  'box-shadow',
  'outline-style',
  'outline-width',
  'outline-color',
  'outline-offset',
  'filter',
  // Text
  'content',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-align',
  'text-overflow',
  'text-decoration-line',
  'text-decoration-color',
  'text-decoration-style',
  'white-space',
  'word-break',
  'overflow-wrap',
  'direction',
  // SVG
  ...svgPaint(),
];

/** What paints an SVG shape or text: the connections, their arrowheads and their labels. */
function svgPaint(): string[] {
  return [
    'fill',
    'fill-opacity',
    'fill-rule',
    'stroke',
    'stroke-width',
    'stroke-dasharray',
    'stroke-dashoffset',
    'stroke-linecap',
    'stroke-linejoin',
    'stroke-miterlimit',
    'stroke-opacity',
    'text-anchor',
    'dominant-baseline',
    'paint-order',
  ];
}

function sides(property: string, suffix = ''): string[] {
  return ['top', 'right', 'bottom', 'left'].map((side) => `${property}-${side}${suffix}`);
}

/** The part of the picture's styles that matters inside an SVG. */
const SVG_CHILD_PROPERTIES = [
  ...svgPaint(),
  'display',
  'visibility',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
];

/**
 * html-to-image (since 1.11.12) copies an <svg> with its children as they are, styling only the
 * <svg> itself; a connection's path and its label's background, styled by class, would come out
 * unstroked and black. So their computed paint is written on them for the time of the picture;
 * the function returned puts back what was there before.
 */
export function inlineSvgChildStyles(root: Element): () => void {
  const elements = [...root.querySelectorAll<SVGElement>('svg *')];
  // All reads before any write: a write between two reads would make the browser work out the
  // styles of the whole page again for the next one, for each of thousands of elements.
  const paints = elements.map((element) => {
    const computed = getComputedStyle(element);
    return SVG_CHILD_PROPERTIES.map((name) => computed.getPropertyValue(name));
  });
  const undo: (() => void)[] = [];
  elements.forEach((element, index) => {
    const { style } = element;
    SVG_CHILD_PROPERTIES.forEach((name, at) => {
      const before = style.getPropertyValue(name);
      const priority = style.getPropertyPriority(name);
      style.setProperty(name, paints[index]![at]!);
      undo.push(() => style.setProperty(name, before, priority));
    });
  });
  return () => undo.forEach((step) => step());
}
