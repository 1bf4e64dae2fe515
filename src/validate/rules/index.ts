import type { Rule } from '../types';
import { answeredBeforeReject } from './answeredBeforeReject';
import { bodyNotAllowed } from './bodyNotAllowed';
import { emptyCall } from './emptyCall';
import { invalidNumber } from './invalidNumber';
import { nonXmlCharacters } from './nonXmlCharacters';
import { requiredField } from './requiredField';
import { tooLong } from './tooLong';
import { unreachableNode } from './unreachableNode';
import { valueNotAllowed } from './valueNotAllowed';
import { verbNotDocumented } from './verbNotDocumented';
import { verbNotInDialect } from './verbNotInDialect';

/** Every rule, run in this order on every change. */
export const rules: readonly Rule[] = [
  emptyCall,
  answeredBeforeReject,
  verbNotInDialect,
  verbNotDocumented,
  valueNotAllowed,
  requiredField,
  tooLong,
  bodyNotAllowed,
  invalidNumber,
  nonXmlCharacters,
  unreachableNode,
];
