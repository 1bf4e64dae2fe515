/** Text beside the children of an imported unknown element keeps its whitespace, both ways. */
import { describe, expect, it } from 'vitest';
import { importedFlow } from '../../test/builders';
import { serializeFlow } from '../serialize';

function exportOf(xml: string): string {
  return serializeFlow(importedFlow(xml, 'rcml'))[0]!.xml;
}

describe('mixed content of unknown elements', () => {
  it('keeps the spaces and line breaks of the text, not the layout around the children', () => {
    const flow = importedFlow(
      '<Response>\n  <Foo>  a\n  b \n    <Bar z="1">q</Bar>\n  </Foo>\n</Response>',
      'rcml',
    );
    expect(flow.nodes[1]!.raw?.text).toBe('  a\n  b ');
  });

  it('exports it so that it imports and exports the same again', () => {
    const first = exportOf('<Response><Foo> lead\n\tand tail <Bar/></Foo><Say>Hi</Say></Response>');
    expect(first).toContain('  <Foo> lead\n\tand tail \n    <Bar/>\n  </Foo>\n');
    expect(importedFlow(first, 'rcml').nodes[1]!.raw?.text).toBe(' lead\n\tand tail ');
    expect(exportOf(first)).toBe(first);
  });

  it('still reads the layout around a known verb’s prompts as layout', () => {
    const xml = exportOf(
      '<Response>\n  <Gather>\n    <Say>Press 1</Say>\n\n  </Gather>\n</Response>',
    );
    expect(xml).toContain('  <Gather>\n    <Say>Press 1</Say>\n  </Gather>\n');
  });
});
