/** The decisions (src/decisions) as node kinds: the flow server decides them at call time. */
import { decisionDefs, decisionOutlets, newDecisionAttributes } from '../decisions';
import type { DecisionDef, DecisionOutletDef } from '../schema/decisions';
import type { KindFields, NodeKind, NodeOutlet } from './types';

function decisionKind(def: DecisionDef): NodeKind {
  const fields: KindFields = {
    attributes: new Map(def.fields.map((field) => [field.name, field])),
    body: undefined,
  };
  // A Menu's outlets are read from its keys; pickers and connection checks ask for them once
  // per candidate node. Keyed by the values object, so nothing is kept once a flow lets go of
  // it, and an edit (a new object) is read afresh.
  const outletsOf = new WeakMap<object, readonly NodeOutlet[]>();
  const fixed = def.keyOutlets ? undefined : branches(def.outlets);
  return {
    id: def.kind,
    label: def.label,
    description: def.description,
    face: 'decision',
    inCall: true,
    exported: false,
    outletsMayShareTarget: true,
    ...(def.follows ? { follows: { kind: def.follows.verb, outlet: def.follows.outlet } } : {}),
    outlets(attributes) {
      if (fixed) return fixed;
      let outlets = outletsOf.get(attributes);
      if (!outlets)
        outletsOf.set(attributes, (outlets = branches(decisionOutlets(def, attributes))));
      return outlets;
    },
    initialAttributes: (_dialect, environment) => newDecisionAttributes(def, environment),
    fieldsIn: () => fields,
    fields,
    decision: def,
  };
}

function branches(outlets: readonly DecisionOutletDef[]): readonly NodeOutlet[] {
  return outlets.map((outlet) => ({ ...outlet, kind: 'branch' as const }));
}

export const decisionKinds: readonly NodeKind[] = decisionDefs.map(decisionKind);
