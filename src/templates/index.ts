/**
 * The templates gallery's catalog: starting points for what people build most, one file each.
 * Each is built in RCML (the dialect with every verb) and converted by meaning into the dialect
 * the user works in, the way switching the dialect does; a template that dialect cannot run
 * stays in RCML, and says why.
 */
import { planDialectChange, lossesOf } from '../dialects/convert';
import { getDialect } from '../dialects';
import type { DialectId, Flow } from '../schema/flow';
import { orList } from '../verbs/summaries';
import { afterHours } from './afterHours';
import { blockCallers } from './blockCallers';
import { forwardWithVoicemail } from './forwardWithVoicemail';
import { notInService } from './notInService';
import { phoneMenu } from './phoneMenu';
import { ringSeveral } from './ringSeveral';
import { screenAnonymous } from './screenAnonymous';
import type { TemplateDef, TemplateEnvironment } from './types';

export type * from './types';

/** In the order the gallery shows them. */
export const templates: readonly TemplateDef[] = [
  blockCallers,
  afterHours,
  phoneMenu,
  forwardWithVoicemail,
  notInService,
  ringSeveral,
  screenAnonymous,
];

export interface OpenedTemplate {
  readonly flow: Flow;
  readonly companions: readonly Flow[];
  /**
   * Why the template stayed in RCML rather than the dialect asked for ("VoiceML has no Dial or
   * Hangup."); undefined when it is in that dialect.
   */
  readonly stayedInRcml?: string;
}

/** A template's flows, new (fresh ids), in `dialect` when that dialect can run them all. */
export function openTemplate(
  template: TemplateDef,
  dialect: DialectId,
  environment: TemplateEnvironment,
): OpenedTemplate {
  const { flow, companions = [] } = template.build(environment);
  if (dialect === flow.dialect) return { flow, companions };
  const conversions = [flow, ...companions].map((f) => planDialectChange(f, dialect));
  const missing = new Set<string>();
  let inexact = false;
  for (const conversion of conversions) {
    for (const verb of conversion.unavailable) missing.add(verb.verbLabel);
    if (lossesOf(conversion).length > 0) inexact = true;
  }
  if (missing.size === 0 && !inexact) {
    const [converted, ...others] = conversions.map((c) => c.flow);
    return { flow: converted!, companions: others };
  }
  const label = getDialect(dialect).label;
  const stayedInRcml =
    missing.size > 0
      ? `${label} has no ${orList([...missing])}.`
      : `${label} cannot say all of it exactly.`;
  return { flow, companions, stayedInRcml };
}

/** The fields a flow asks the user to fill, each named once ("the office number"). */
export function fillInNeeds(flow: Flow): readonly string[] {
  return [...new Set((flow.fillIn ?? []).map((entry) => entry.what))];
}
