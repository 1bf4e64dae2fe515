/** From the URLs documents write to the flow server's routes. */
import { describe, expect, it } from 'vitest';
import { absoluteUrl, flowAddresses, resolveUrl, urlOfPath } from './urls';

describe('resolving a URL written in a document', () => {
  it('a bare name (no base URL) is a route at the root', () => {
    const addresses = flowAddresses('');
    expect(resolveUrl(addresses, 'menu', '/main.xml')).toEqual({
      inFlow: true,
      path: '/menu',
      url: '/menu',
    });
    expect(resolveUrl(addresses, './sales.xml', '/main.xml')).toMatchObject({ path: '/sales.xml' });
    expect(urlOfPath(addresses, '/')).toBe('/');
  });

  it('the base URL and a name, with or without its trailing slash', () => {
    for (const base of ['https://calls.example.com/app', 'https://calls.example.com/app/']) {
      const addresses = flowAddresses(base);
      expect(resolveUrl(addresses, 'https://calls.example.com/app/menu', '/main.xml')).toEqual({
        inFlow: true,
        path: '/menu',
        url: 'https://calls.example.com/app/menu',
      });
      expect(urlOfPath(addresses, '/')).toBe('https://calls.example.com/app/');
    }
  });

  it('a relative URL resolves against the document that holds it; the query is not the path', () => {
    const addresses = flowAddresses('https://calls.example.com/app');
    expect(resolveUrl(addresses, 'next.xml?x=1', '/main.xml')).toMatchObject({
      path: '/next.xml',
    });
  });

  it('a URL elsewhere is outside the flow', () => {
    const addresses = flowAddresses('https://calls.example.com/app');
    expect(resolveUrl(addresses, 'https://other.example/menu', '/main.xml')).toEqual({
      inFlow: false,
      url: 'https://other.example/menu',
    });
    expect(resolveUrl(addresses, 'https://calls.example.com/other/menu', '/main.xml').inFlow).toBe(
      false,
    );
  });

  it('a base URL that is not a URL is taken off as text, as the serializer wrote it', () => {
    const addresses = flowAddresses('calls');
    expect(resolveUrl(addresses, 'calls/menu', '/main.xml')).toMatchObject({ path: '/menu' });
  });

  it('an audio URL is made absolute only when it can be', () => {
    expect(absoluteUrl(flowAddresses(''), 'a.wav', '/main.xml')).toBeUndefined();
    expect(absoluteUrl(flowAddresses(''), 'https://cdn.example/a.wav', '/main.xml')).toBe(
      'https://cdn.example/a.wav',
    );
  });
});
