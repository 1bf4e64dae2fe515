import type { ReactFlowInstance, Rect, Viewport } from '@xyflow/react';
import './flowImage.css';
import { PICTURE_STYLE_PROPERTIES, inlineSvgChildStyles } from './flowImageStyles';

/**
 * "Download image": the whole diagram as a PNG or an SVG, for a runbook or a ticket.
 *
 * html-to-image copies React Flow's viewport element (nodes, connections and their labels) with
 * its computed styles into an SVG, drawn on a canvas for a PNG. The copy is given its own
 * transform so that it frames every node, not just what is on screen (React Flow's documented
 * way: the nodes' bounds, then a viewport for them). The library is loaded on first use.
 */

export type FlowImageFormat = 'png' | 'svg';

/** Blank space around the diagram, in flow pixels. */
export const IMAGE_PADDING = 40;
/** PNGs are drawn at twice the screen's size when they fit, so that text stays sharp in print. */
export const PREFERRED_PIXEL_RATIO = 2;
/** No side longer than this: browsers refuse larger canvases (Safari and html-to-image both cap at 16,384). */
export const MAX_IMAGE_SIDE = 16_384;
/** No more pixels than this (64 MB of canvas memory): iOS refuses canvases past 16.7 megapixels. */
export const MAX_IMAGE_PIXELS = 16_000_000;

/** Classes of what is on the canvas to work on it, not part of the diagram. */
const CHROME_CLASSES = [
  'insert-on-edge', // the "+" on a connection and its list of verbs
  'react-flow__minimap',
  'react-flow__controls',
  'react-flow__panel',
  'react-flow__background',
  'react-flow__nodesselection',
  'react-flow__selection',
  'react-flow__connectionline',
];
/** Set on the canvas while its picture is taken: selected steps are drawn plain (flowImage.css). */
const CAPTURING_CLASS = 'flow-image-capture';

export interface ImageGeometry {
  /** Size of the picture in CSS pixels (the SVG's size). */
  readonly width: number;
  readonly height: number;
  /** How the diagram is placed in the picture. */
  readonly viewport: Viewport;
  /** Canvas pixels per CSS pixel (PNG only). */
  readonly pixelRatio: number;
  /** Below 1 when the flow is too big for a picture at its size on screen: the share kept. */
  readonly scale: number;
}

/**
 * Where the diagram goes in the picture and at what size: at full size (twice that for a PNG,
 * when it fits) unless the picture would be too big for a browser's canvas, in which case the
 * whole diagram is scaled down to fit: a 5,000-verb flow must not ask for 100 megapixels.
 */
export function imageGeometry(
  bounds: Rect,
  format: FlowImageFormat,
  limits = { maxSide: MAX_IMAGE_SIDE, maxPixels: MAX_IMAGE_PIXELS },
): ImageGeometry {
  const fullWidth = bounds.width + 2 * IMAGE_PADDING;
  const fullHeight = bounds.height + 2 * IMAGE_PADDING;
  // An SVG is drawn by whoever opens it, at any size; only a PNG has pixels to count.
  const factor =
    format === 'svg'
      ? 1
      : Math.min(
          PREFERRED_PIXEL_RATIO,
          limits.maxSide / fullWidth,
          limits.maxSide / fullHeight,
          Math.sqrt(limits.maxPixels / (fullWidth * fullHeight)),
        );
  const scale = Math.min(1, factor);
  return {
    width: Math.max(1, Math.floor(fullWidth * scale)),
    height: Math.max(1, Math.floor(fullHeight * scale)),
    viewport: {
      x: (IMAGE_PADDING - bounds.x) * scale,
      y: (IMAGE_PADDING - bounds.y) * scale,
      zoom: scale,
    },
    pixelRatio: format === 'svg' ? 1 : Math.max(1, factor),
    scale,
  };
}

/** Characters no file system takes in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_FILE_NAMES = /[<>:"/\\|?*\u0000-\u001f\u007f]+/g;
const MAX_BASE_NAME = 100;

/** "Front desk" → "Front desk.png": the flow's name as the user wrote it, safe as a file name. */
export function imageFileName(flowName: string, format: FlowImageFormat): string {
  const base = flowName
    .replace(UNSAFE_IN_FILE_NAMES, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_BASE_NAME)
    // Windows drops trailing dots and spaces; a leading dot hides the file elsewhere.
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${base || 'Call flow'}.${format}`;
}

/** What the user is told once the picture is saved. */
export function savedNotice(fileName: string, scale: number): string {
  if (scale >= 1) return `Downloaded ${fileName}.`;
  const percent = Math.max(1, Math.floor(scale * 100));
  return `Downloaded ${fileName}, scaled down to ${percent}% of its size on screen: the flow is too big for a full-size picture. The SVG image keeps full size.`;
}

export const FAILED_NOTICE =
  'The browser could not make the picture (it may be too big for its memory). Try “SVG image”, or zoom the browser out and try again.';

/** What of React Flow's instance (useReactFlow()) the picture needs. */
export type FlowImageCanvas = Pick<
  ReactFlowInstance,
  'getNodes' | 'getNodesBounds' | 'getViewport' | 'setViewport'
>;

export interface FlowImageOptions {
  readonly reactFlow: FlowImageCanvas;
  readonly flowName: string;
  /** Saves the file (a download in the app). */
  readonly save: (fileName: string, blob: Blob) => void;
  /** Where the canvas is; the document by default. */
  readonly root?: ParentNode;
}

export interface FlowImageResult {
  readonly fileName: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/** Makes the picture of the whole flow and saves it; throws if the browser cannot. */
export async function downloadFlowImage(
  format: FlowImageFormat,
  { reactFlow, flowName, save, root = document }: FlowImageOptions,
): Promise<FlowImageResult> {
  const viewportElement = root.querySelector<HTMLElement>('.react-flow__viewport');
  const canvasElement = viewportElement?.closest<HTMLElement>('.react-flow');
  if (!viewportElement || !canvasElement) throw new Error('The canvas is not on the page.');
  const { toBlob, toSvg } = await import('html-to-image');

  const shownViewport = reactFlow.getViewport();
  canvasElement.classList.add(CAPTURING_CLASS);
  let restoreSvgStyles = () => {};
  try {
    await drawEveryNode(reactFlow, canvasElement, viewportElement);
    restoreSvgStyles = inlineSvgChildStyles(viewportElement);
    const bounds = reactFlow.getNodesBounds(reactFlow.getNodes());
    const geometry = imageGeometry(bounds, format);
    const { width, height, viewport, pixelRatio } = geometry;
    const options = {
      backgroundColor: '#ffffff',
      width,
      height,
      pixelRatio,
      // The sizes above already respect the browser's limits; the library must not shrink again.
      skipAutoScale: true,
      // The app uses the system's fonts: there are no web fonts to fetch and embed.
      skipFonts: true,
      includeStyleProperties: [...PICTURE_STYLE_PROPERTIES],
      filter: isDiagram,
      style: {
        width: `${width}px`,
        height: `${height}px`,
        transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})`,
      },
    };
    let blob: Blob | null;
    if (format === 'svg') {
      const dataUrl = await toSvg(viewportElement, options);
      const svg = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
      blob = new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
    } else {
      blob = await toBlob(viewportElement, options);
    }
    if (!blob || blob.size === 0) throw new Error('The browser made an empty picture.');
    const fileName = imageFileName(flowName, format);
    save(fileName, blob);
    return {
      fileName,
      width: Math.round(width * pixelRatio),
      height: Math.round(height * pixelRatio),
      scale: geometry.scale,
    };
  } finally {
    restoreSvgStyles();
    canvasElement.classList.remove(CAPTURING_CLASS);
    const now = reactFlow.getViewport();
    if (now.x !== shownViewport.x || now.y !== shownViewport.y || now.zoom !== shownViewport.zoom) {
      await reactFlow.setViewport(shownViewport);
    }
  }
}

/** Whether html-to-image copies an element: the diagram yes, the canvas's controls no. */
function isDiagram(node: HTMLElement): boolean {
  const classes = (node as Partial<Element>).classList;
  return !classes || !CHROME_CLASSES.some((name) => classes.contains(name));
}

/**
 * A big flow has only the nodes on screen in the page (Canvas's onlyRenderVisibleElements). For
 * its picture, the view is zoomed out, for a moment, until every node is on screen and drawn;
 * the caller puts the view back afterwards.
 */
async function drawEveryNode(
  reactFlow: FlowImageCanvas,
  canvasElement: HTMLElement,
  viewportElement: HTMLElement,
): Promise<void> {
  const total = reactFlow.getNodes().length;
  const drawn = () => viewportElement.querySelectorAll('.react-flow__node').length;
  if (drawn() >= total) return;
  const bounds = reactFlow.getNodesBounds(reactFlow.getNodes());
  const zoom = Math.min(
    canvasElement.clientWidth / Math.max(1, bounds.width),
    canvasElement.clientHeight / Math.max(1, bounds.height),
  );
  await reactFlow.setViewport({ x: -bounds.x * zoom, y: -bounds.y * zoom, zoom });
  // React draws the nodes, then React Flow measures them and draws their connections.
  const deadline = performance.now() + 20_000;
  while (drawn() < total && performance.now() < deadline) await nextFrame();
  await nextFrame();
  await nextFrame();
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
