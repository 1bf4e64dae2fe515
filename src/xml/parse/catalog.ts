/** The verb catalog seen from the XML side: which definition an element name stands for. */
import { elementVerbs, verbForElement, verbForMiscasedElement, type VerbDef } from '../../verbs';

export function catalogElements(): readonly VerbDef[] {
  return elementVerbs;
}

/** The definition whose element is exactly `name` (element names are case-sensitive). */
export const defForElement = verbForElement;

/** The definition `name` is probably a mis-cased spelling of (`<SMS>` for `<Sms>`). */
export const miscasedDef = verbForMiscasedElement;
