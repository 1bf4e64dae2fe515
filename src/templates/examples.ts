/**
 * The values templates start with: clearly fake, so that nothing real is ever called or
 * blocked by mistake. Numbers 555-0100 to 555-0199 are set aside for fiction in North America;
 * example.com is reserved for examples (RFC 2606).
 */
export const EXAMPLE = {
  office: '+14155550100',
  sales: '+14155550101',
  support: '+14155550102',
  secondPhone: '+14155550103',
  blocked: '+14155550199',
  business: 'Example Company',
  whisperUrl: 'https://example.com/whisper.xml',
} as const;
