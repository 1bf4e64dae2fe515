import { describe, expect, it } from 'vitest';
import { tableFromDocuments } from '../router';
import { everyDecisionTable } from './everyDecision.fixture';
import { embedFlow, flowServerFiles, stringLiteral } from './package';

const runtime = { node: 'import "node:http";\n/* node runtime */', fetch: '/* fetch runtime */' };

describe('stringLiteral', () => {
  it('is a JSON and JavaScript string literal of the exact text, with nothing that ends a script', () => {
    const text = 'a</script><!-- ${x} `y` \u2028\u2029 "q" \\ \ud800 \u{1F600}\n';
    const literal = stringLiteral(text);
    expect(JSON.parse(literal)).toBe(text);
    expect(new Function(`return ${literal};`)()).toBe(text);
    expect(literal).not.toMatch(/[<>\u2028\u2029\n]/);
  });
});

describe('flowServerFiles', () => {
  it('writes both servers, every document as served and a README', () => {
    const table = everyDecisionTable();
    const files = flowServerFiles(table, 'Front desk', runtime);
    expect(files.map((file) => file.name)).toEqual([
      'flow-server.mjs',
      'flow-worker.mjs',
      'blocked.xml',
      'welcome.xml',
      'closed.xml',
      'holiday.xml',
      'sales.xml',
      'bye.xml',
      'voicemail.xml',
      'README.txt',
    ]);
    const welcome = table.routes['/welcome.xml'];
    expect(files.find((file) => file.name === 'welcome.xml')?.text).toBe(
      welcome?.kind === 'document' ? welcome.xml : '',
    );
    const readme = files.at(-1)!.text;
    expect(readme).toContain('PORT=8080 node flow-server.mjs');
    expect(readme).toContain('flow-worker.mjs');
  });

  it('says in the README which methods are answered: HEAD as GET without the body, others 405', () => {
    const readme = flowServerFiles(everyDecisionTable(), 'Front desk', runtime).at(-1)!.text;
    const prose = readme.replace(/\s+/g, ' ');
    expect(prose).not.toContain('not GET or POST');
    expect(prose).toContain(
      '405 (a method other than GET, HEAD or POST; HEAD gets the answer to the same GET without its body)',
    );
    expect(prose).toContain(
      '415 (a body that is not a form or JSON, or in a charset the server does not read;',
    );
  });

  it('says in the README what the designer shows: the flow’s platform and its Base URL', () => {
    const about = {
      platform: 'VoiceML (Enfonica Cloud Voice)',
      numberSetting:
        'the phone number’s VoiceML URL, in its voice settings in the Enfonica Console',
    };
    const empty = flowServerFiles(everyDecisionTable(), 'Front desk', runtime, about).at(-1)!.text;
    const prose = empty.replace(/\s+/g, ' ');
    expect(prose).toContain(
      'This flow is written in VoiceML (Enfonica Cloud Voice): paste the address as the phone number’s VoiceML URL',
    );
    expect(prose).not.toContain('you do not set them anywhere');
    expect(prose).toContain('as the "Base URL" in RCML Studio is empty');
    const based = flowServerFiles(everyDecisionTable(), 'Front desk', runtime, {
      ...about,
      baseUrl: 'https://phone.example.org/acme',
    }).at(-1)!.text;
    expect(based).toContain('    https://phone.example.org/acme/\n');
    expect(based.replace(/\s+/g, ' ')).toContain(
      'written into the documents under https://phone.example.org/acme/, the "Base URL" set in RCML Studio',
    );
  });

  it('embeds the table as data that reads back to the same table', () => {
    const table = everyDecisionTable();
    const text = embedFlow(runtime.node, table, 'Front desk');
    const declared = /^const FLOW_TABLE_JSON = (.*);$/m.exec(text)![1]!;
    expect(JSON.parse(JSON.parse(declared) as string)).toEqual(table);
    expect(text.endsWith(runtime.node)).toBe(true);
  });

  it('names documents as plain files inside the folder, never a path out of it', () => {
    const table = tableFromDocuments([
      { fileName: '../../etc/passwd', xml: 'a' },
      { fileName: 'sub/dir/menu.xml', xml: 'b' },
      { fileName: 'menu.xml', xml: 'c' },
      { fileName: 'MENU.XML', xml: 'd' },
    ]);
    const names = flowServerFiles(table, 'x', runtime).map((file) => file.name);
    expect(names.slice(2, 6)).toEqual([
      'etc-passwd.xml',
      'sub-dir-menu.xml',
      'menu.xml',
      'MENU-2.xml',
    ]);
  });
});
