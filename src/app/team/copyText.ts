import { copyText as toClipboard } from '../exportFile';

/** Copies text to the clipboard; says so, or what to do instead. */
export async function copyText(text: string): Promise<string> {
  try {
    await toClipboard(text);
    return 'Copied.';
  } catch {
    return 'Could not copy: select the text and copy it.';
  }
}
