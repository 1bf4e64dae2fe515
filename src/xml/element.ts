/** A writer-neutral XML element: what the serializer decides, before any bytes are written. */
export interface XmlElement {
  readonly name: string;
  /** In writing order. */
  readonly attributes: readonly (readonly [string, string])[];
  readonly text?: string;
  readonly children: readonly XmlElement[];
}
