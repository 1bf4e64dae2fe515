/**
 * The store's guard on typed values: whatever path an edit takes (inspector, a script, a future
 * control), no value longer than its field allows reaches the flow. Imported documents are not
 * cut here; validation reports their over-long texts instead (rules/tooLong).
 */
import { kindFields } from '../kinds';
import type { NodePatch } from '../model/operations';
import type { DialectId } from '../schema/flow';
import { cutToLength, DEFAULT_LENGTH_LIMITS, LABEL_MAX_LENGTH, lengthLimit } from '../verbs/limits';

export interface LimitedPatch {
  readonly patch: NodePatch;
  /** What was cut, by field label and limit, for the message; empty when nothing was. */
  readonly cut: readonly { readonly label: string; readonly limit: number }[];
}

export function patchWithinLimits(
  verbId: string,
  dialect: DialectId,
  patch: NodePatch,
): LimitedPatch {
  // A verb's fields are the dialect's; a decision's are its own, with no body; a note is its
  // body alone. A kind no one registered is cut to the default limits.
  const { attributes: fields, body } = kindFields(verbId, dialect);
  const cut: { label: string; limit: number }[] = [];
  const limit = (value: string | undefined, label: string, max: number): string | undefined => {
    if (value === undefined) return undefined;
    const kept = cutToLength(value, max);
    if (kept !== value) cut.push({ label, limit: max });
    return kept;
  };

  let attributes: Record<string, string | undefined> | undefined;
  if (patch.attributes) {
    attributes = {};
    for (const [name, value] of Object.entries(patch.attributes)) {
      const field = fields.get(name);
      attributes[name] = limit(
        value,
        field?.label ?? name,
        field ? lengthLimit(field) : DEFAULT_LENGTH_LIMITS.text,
      );
    }
  }
  const limited: NodePatch = {
    ...patch,
    ...(attributes ? { attributes } : {}),
    ...('text' in patch
      ? {
          text: limit(
            patch.text,
            body?.label ?? 'the text',
            body ? lengthLimit(body) : DEFAULT_LENGTH_LIMITS.text,
          ),
        }
      : {}),
    ...('label' in patch ? { label: limit(patch.label, 'Label', LABEL_MAX_LENGTH) } : {}),
  };
  return { patch: cut.length > 0 ? limited : patch, cut };
}
