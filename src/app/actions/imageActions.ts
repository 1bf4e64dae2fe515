/** The picture of the flow (src/canvas/flowImage.ts), one action per format. */
import { FileImage, ImageDown } from 'lucide-react';
import { downloadImage } from '../downloadImage';
import type { AppAction } from './types';

export const imageActions: readonly AppAction[] = [
  {
    id: 'download-image-png',
    label: 'Download image as PNG',
    menuLabel: 'PNG image',
    icon: ImageDown,
    perform: ({ reactFlow, store }) => void downloadImage('png', reactFlow, store),
  },
  {
    id: 'download-image-svg',
    label: 'Download image as SVG',
    menuLabel: 'SVG image',
    icon: FileImage,
    perform: ({ reactFlow, store }) => void downloadImage('svg', reactFlow, store),
  },
];
