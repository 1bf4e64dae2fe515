import { describe, expect, it } from 'vitest';
import { supportedTimeZones, timeZoneChoices } from './timeZones';

describe('timeZoneChoices', () => {
  it('offers the zones the browser lists, and UTC', () => {
    const choices = timeZoneChoices('', supportedTimeZones());
    expect(choices).toContain('Europe/Paris');
    expect(choices).toContain('America/New_York');
    expect(choices).toContain('UTC');
    expect(choices).toEqual([...choices].sort());
  });

  it('adds the current zone when the list leaves it out, but not an unknown one', () => {
    expect(timeZoneChoices(' Asia/Kolkata ', ['Europe/Paris'])).toEqual([
      'Asia/Kolkata',
      'Europe/Paris',
      'UTC',
    ]);
    expect(timeZoneChoices('Mars/Olympus', ['Europe/Paris'])).toEqual(['Europe/Paris', 'UTC']);
  });
});
