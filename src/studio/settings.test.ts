/** The server's settings from its environment variables. */
import { describe, expect, it } from 'vitest';
import { listeningAddress, settingsFrom } from './settings';

describe('settingsFrom', () => {
  it('defaults to 127.0.0.1:5173, SQLite under data/, the designer in dist/', () => {
    expect(settingsFrom({})).toEqual({
      port: 5173,
      host: '127.0.0.1',
      dataDir: 'data',
      databaseUrl: undefined,
      publicOrigin: undefined,
      staticDir: 'dist',
      callDays: 30,
    });
  });

  it('reads every variable, and treats an empty one as unset', () => {
    expect(
      settingsFrom({
        PORT: '8080',
        HOST: '0.0.0.0',
        RCML_DATA_DIR: '/var/lib/rcml',
        DATABASE_URL: 'postgres://studio@db/rcml',
        PUBLIC_ORIGIN: 'https://studio.example.com/',
        RCML_STATIC_DIR: '',
        RCML_CALL_DAYS: '7',
      }),
    ).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/rcml',
      databaseUrl: 'postgres://studio@db/rcml',
      publicOrigin: 'https://studio.example.com',
      staticDir: 'dist',
      callDays: 7,
    });
  });

  it('refuses a PORT that is not a port and a PUBLIC_ORIGIN that is not an origin', () => {
    expect(() => settingsFrom({ PORT: 'eighty' })).toThrow(/PORT must be a port number/);
    expect(() => settingsFrom({ PORT: '70000' })).toThrow(/PORT/);
    expect(() => settingsFrom({ PUBLIC_ORIGIN: 'studio.example.com' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => settingsFrom({ PUBLIC_ORIGIN: 'https://example.com/studio' })).toThrow(
      /PUBLIC_ORIGIN/,
    );
    expect(() => settingsFrom({ RCML_CALL_DAYS: '0' })).toThrow(/RCML_CALL_DAYS must be/);
    expect(() => settingsFrom({ RCML_CALL_DAYS: 'a month' })).toThrow(/RCML_CALL_DAYS/);
  });

  it('writes the listening address as a URL, IPv6 in brackets', () => {
    expect(listeningAddress(settingsFrom({}), 5173)).toBe('http://127.0.0.1:5173');
    expect(listeningAddress(settingsFrom({ HOST: '::1' }), 80)).toBe('http://[::1]:80');
  });
});
