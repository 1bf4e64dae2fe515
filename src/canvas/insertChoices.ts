import { resolveVerb } from '../dialects';
import { decisionDefs } from '../decisions';
import { NEXT_OUTLET, type DialectId, type Flow } from '../schema/flow';
import { kindsForOutlet } from '../store/addStep';
import type { FlowDerived } from '../store/derived';
import { paletteVerbs } from '../verbs';

/** A kind of step a menu offers, with the palette's name and line of description for it. */
export interface StepChoice {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/**
 * The verbs that can go between two steps in this dialect: the palette's verbs that carry on in
 * the same document (a `next` outlet) and that the dialect has.
 */
export function insertChoices(dialect: DialectId): readonly { id: string; label: string }[] {
  return paletteVerbs
    .filter((verb) => verb.outlets.some((o) => o.id === NEXT_OUTLET && o.kind === 'next'))
    .filter((verb) => resolveVerb(verb.id, dialect).availability !== 'absent')
    .map((verb) => ({ id: verb.id, label: verb.label }));
}

/**
 * The steps that can go on a node's outlet, in the palette's order (its verbs the dialect has,
 * then its decisions; never a note): those src/store/addStep.ts's addStepFrom accepts there, so
 * none makes a new problem (a Menu is offered after a Gather's “After input” only).
 */
export function outletStepChoices(
  flow: Flow,
  source: string,
  outlet: string,
  derived?: FlowDerived,
): StepChoice[] {
  const all: StepChoice[] = [
    ...paletteVerbs
      .filter((verb) => resolveVerb(verb.id, flow.dialect).availability !== 'absent')
      .map(({ id, label, description }) => ({ id, label, description })),
    ...decisionDefs.map(({ kind, label, description }) => ({ id: kind, label, description })),
  ];
  const allowed = new Set(
    kindsForOutlet(
      flow,
      source,
      outlet,
      all.map((c) => c.id),
      derived?.validation,
    ),
  );
  return all.filter((choice) => allowed.has(choice.id));
}
