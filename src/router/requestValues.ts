/**
 * Request values written into a served document: where a document holds `{RecordingUrl}` (the
 * "Email me the recording" body), the flow server puts the recording's address the platform sent
 * with the request. Only the parameters a document's route lists are inserted (`requestValues`,
 * chosen when the table is made), so a brace in a caller-facing text is never touched by
 * accident. ("Fill in" is the templates' word, for the fields a user still has to write.)
 */
import { escapeAttribute } from '../xml/escape';

/** The longest value written in: as long as the longest URL a field takes. */
export const REQUEST_VALUE_MAX_LENGTH = 2048;

/** The marker a document holds where a request parameter's value belongs. */
export function requestValueMarker(parameter: string): string {
  return `{${parameter}}`;
}

/** Which of `parameters` the document marks (`{Name}`), in the order given. */
export function requestValuesIn(xml: string, parameters: readonly string[]): string[] {
  return parameters.filter((parameter) => xml.includes(requestValueMarker(parameter)));
}

/**
 * The document with each listed parameter's marker replaced by the value the request carries,
 * escaped so that it is text in any place of the document (element text or attribute value) and
 * cut to REQUEST_VALUE_MAX_LENGTH. A parameter the request did not send keeps its marker: the
 * document is then served as written, as it would be from a plain file.
 */
export function insertRequestValues(
  xml: string,
  requestValues: readonly string[],
  params: Readonly<Record<string, string>>,
): string {
  const values = new Map<string, string>();
  for (const parameter of requestValues) {
    const value = Object.hasOwn(params, parameter) ? params[parameter]! : '';
    if (value !== '')
      values.set(
        requestValueMarker(parameter),
        escapeAttribute(value.slice(0, REQUEST_VALUE_MAX_LENGTH)),
      );
  }
  if (values.size === 0) return xml;
  // One pass: a value that itself reads like a marker is never inserted again.
  const markers = new RegExp([...values.keys()].map(escapeRegExp).join('|'), 'g');
  return xml.replace(markers, (marker) => values.get(marker)!);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
