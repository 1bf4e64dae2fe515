// xmlbuilder2 pulls in @oozcitak/url, which calls Node's `url.domainToASCII/domainToUnicode`
// only for internationalised host names. The browser has no `url` module; this is all it needs.
export function domainToASCII(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
}

export function domainToUnicode(domain: string): string {
  return domain;
}

export default { domainToASCII, domainToUnicode };
