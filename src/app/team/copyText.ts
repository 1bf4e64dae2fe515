/** Copies text to the clipboard; says so, or what to do instead. */
export async function copyText(text: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return 'Copied.';
  } catch {
    return 'Could not copy: select the text and copy it.';
  }
}
