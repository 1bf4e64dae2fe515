import { describe, expect, it } from 'vitest';
import { parseParameters } from './body';

const FORM = 'application/x-www-form-urlencoded';
const none = new URLSearchParams();
const read = (bytes: Uint8Array, contentType: string) => parseParameters(none, bytes, contentType);
const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));

describe('parseParameters: the charset a form or JSON body declares', () => {
  it('reads UTF-8 however it is spelt, and when none is declared', async () => {
    const body = new TextEncoder().encode('From=%2B14155550199&CallerName=Jos%C3%A9');
    for (const type of [
      FORM,
      `${FORM}; charset=utf-8`,
      `${FORM};Charset="UTF-8"`,
      `${FORM}; charset=utf8`,
    ]) {
      expect(await read(body, type)).toMatchObject({
        from: '+14155550199',
        params: { CallerName: 'José' },
        format: 'form',
      });
    }
  });

  it('reads a form written in UTF-16 (LE, BE, with or without a byte order mark)', async () => {
    const text = 'From=%2B14155550199&To=%2B15550001&CallerName=Jos%C3%A9';
    const le = utf16le(text);
    const be = new Uint8Array(Buffer.from(le).swap16());
    const withMark = utf16le(`\ufeff${text}`);
    for (const [bytes, charset] of [
      [le, 'utf-16le'],
      [be, 'UTF-16BE'],
      [withMark, 'utf-16'],
    ] as const) {
      expect(await read(bytes, `${FORM}; charset=${charset}`)).toMatchObject({
        from: '+14155550199',
        to: '+15550001',
        params: { CallerName: 'José' },
      });
    }
  });

  it('reads a form in a legacy charset: raw bytes and %-escapes are bytes of that charset', async () => {
    const body = latin1('From=%2B14155550199&CallerName=Jos%E9+Mu\u00f1oz&City=K%F6ln');
    // Not 0x80–0x9F: Node since 20.18.3 reads them as Latin-1, not windows-1252 (nodejs/node#60888).
    expect(await read(body, `${FORM}; charset=ISO-8859-1`)).toMatchObject({
      from: '+14155550199',
      params: { CallerName: 'José Muñoz', City: 'Köln' },
    });
    // 日本 in Shift_JIS is 93 FA 96 7B.
    const japanese = new Uint8Array([...latin1('Name=%93%FA'), 0x96, 0x7b, ...latin1('&From=1')]);
    expect(await read(japanese, `${FORM}; charset=shift_jis`)).toMatchObject({
      from: '1',
      params: { Name: '日本' },
    });
  });

  it('reads JSON written in UTF-16', async () => {
    const body = utf16le(JSON.stringify({ call: { from: '+14155550199' }, parameters: {} }));
    expect(await read(body, 'application/json; charset=utf-16le')).toMatchObject({
      from: '+14155550199',
      format: 'voiceml',
    });
  });

  it('refuses a charset this server does not read with 415 and one plain line', async () => {
    const body = latin1('From=%2B14155550199');
    expect(await read(body, `${FORM}; charset=x-klingon`)).toEqual({
      status: 415,
      message: 'The request body’s charset “x-klingon” is not one this server reads; send UTF-8.',
    });
    expect(await read(body, 'application/json; charset=""')).toEqual({
      status: 415,
      message: 'The request body’s charset “” is not one this server reads; send UTF-8.',
    });
    // A label that is not a charset name is not repeated back.
    expect(await read(body, `${FORM}; charset="<script>${'x'.repeat(80)}"`)).toEqual({
      status: 415,
      message: 'The request body’s charset is not one this server reads; send UTF-8.',
    });
  });

  it('answers 400 when the bytes are not text in the declared charset', async () => {
    expect(await read(new Uint8Array([0x46, 0x00, 0x3d]), `${FORM}; charset=utf-16le`)).toEqual({
      status: 400,
      message: 'The request body is not valid UTF-16LE text.',
    });
  });
});
