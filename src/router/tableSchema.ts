/**
 * Checks a route table read from JSON before serving it, so that a damaged file is refused at
 * start-up with one plain sentence instead of failing on some caller's request later.
 */
import { DAYS, type Decision } from '../schema/decisions';
import type { Route, RouteTable } from './table';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isMinute = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 1440;

function isRange(value: unknown): boolean {
  return isRecord(value) && isMinute(value.start) && isMinute(value.end) && value.start !== 1440;
}

function isClosure(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const { month, day, year, name } = value;
  return (
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    (year === undefined || Number.isInteger(year)) &&
    (name === undefined || typeof name === 'string')
  );
}

function isDecision(value: unknown): value is Decision {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'checkCaller':
      return (
        isStringList(value.numbers) &&
        isStringList(value.prefixes) &&
        typeof value.withheld === 'boolean'
      );
    case 'checkHours': {
      const week = value.week;
      return (
        typeof value.timeZone === 'string' &&
        isRecord(week) &&
        DAYS.every((day) => Array.isArray(week[day]) && (week[day] as unknown[]).every(isRange)) &&
        Array.isArray(value.closures) &&
        value.closures.every(isClosure)
      );
    }
    case 'menu':
      return isStringList(value.keys);
    case 'callOutcome':
      return true;
    default:
      return false;
  }
}

function routeProblem(path: string, value: unknown): string | undefined {
  if (!path.startsWith('/')) return `The path “${path}” does not start with /.`;
  if (!isRecord(value)) return `The route ${path} is not an object.`;
  if (value.kind === 'document') {
    if (typeof value.xml !== 'string') return `The document at ${path} has no XML.`;
    return value.requestValues === undefined || isStringList(value.requestValues)
      ? undefined
      : `The request values at ${path} are not a list of names.`;
  }
  if (value.kind !== 'decision') return `The route ${path} is neither a document nor a decision.`;
  if (!isDecision(value.decision)) return `The decision at ${path} is not one this server knows.`;
  const outlets = value.outlets;
  if (!isRecord(outlets) || !Object.values(outlets).every((target) => typeof target === 'string')) {
    return `The outlets of ${path} are not a list of paths.`;
  }
  return undefined;
}

/** The table, or one sentence saying what is wrong with it. Unreachable routes are allowed. */
export function parseRouteTable(value: unknown): { table: RouteTable } | { error: string } {
  if (!isRecord(value) || !isRecord(value.routes)) return { error: 'The flow has no routes.' };
  if (typeof value.entry !== 'string') return { error: 'The flow does not say where calls start.' };
  const routes: Record<string, Route> = {};
  for (const [path, route] of Object.entries(value.routes)) {
    const problem = routeProblem(path, route);
    if (problem) return { error: problem };
    routes[path] = route as Route;
  }
  if (!Object.hasOwn(routes, value.entry)) {
    return { error: `Calls start at ${value.entry}, which the flow does not have.` };
  }
  for (const [path, route] of Object.entries(routes)) {
    if (route.kind !== 'decision') continue;
    const missing = Object.values(route.outlets).find((target) => !Object.hasOwn(routes, target));
    if (missing !== undefined)
      return {
        error: `The decision at ${path} leads to ${missing}, which the flow does not have.`,
      };
  }
  return { table: { routes, entry: value.entry } };
}
