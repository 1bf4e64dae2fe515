/**
 * The platform model's state: plain data, so that a UI can keep a session in its store, show
 * it, and hand it back to the pure functions of session.ts and inputs.ts for the next one.
 */
import type { DecisionKind } from '../schema/decisions';
import type { DialectId } from '../schema/flow';
import type { RequestFormat, RouteTable } from '../router';
import type { SourceElement } from '../xml/parse/read';

/** Who calls whom, and when (decisions such as Check hours read the time). */
export interface CallSetup {
  /** The caller's number (`+14155550100`, `sip:…`, `client:alice`); null when withheld. */
  readonly from: string | null;
  /** The number called. */
  readonly to: string;
  /** When the call is placed; the clock stays there for the whole call. */
  readonly at: Date;
  /** The flow's dialect unless given (a table without a plan has no dialect of its own). */
  readonly dialect?: DialectId;
}

/** The setup a session runs with, its dialect settled. */
export interface SessionSetup extends CallSetup {
  readonly dialect: DialectId;
  /** The zone the call's time is told in: the flow's first Check hours', else UTC. */
  readonly timeZone: string;
}

/** A flow as the simulator runs it: the flow server's table, and the nodes behind it. */
export interface CallFlow {
  readonly table: RouteTable;
  readonly dialect: DialectId;
  /** The base URL documents write their links with; empty for bare names. */
  readonly baseUrl: string;
  /** By document path: the node behind each top-level element, for marking the canvas. */
  readonly documents: Readonly<Record<string, DocumentNodes>>;
  /** By decision path: the decision node and its names. */
  readonly decisions: Readonly<Record<string, DecisionNames>>;
}

export interface DocumentNodes {
  /**
   * One entry per element the document holds, in order; undefined where no node wrote it (the
   * Redirect the serializer ends a document with when its chain runs into another document).
   */
  readonly nodeIds: readonly (string | undefined)[];
}

export interface DecisionNames {
  readonly nodeId?: string;
  /** The node's label, or the kind's ("Check caller"). */
  readonly name: string;
  /** Outlet id → its label ("Matches", "Key 1"). */
  readonly outlets: Readonly<Record<string, string>>;
}

/** A request the platform sends for the next document, as it sends it in the flow's dialect. */
export interface PlatformRequest {
  readonly method: 'GET' | 'POST';
  /** The URL requested: absolute when the flow has a base URL, else the route path. */
  readonly url: string;
  /** The flow server's route the URL names (`/menu`, `/main.xml`; `/` for the incoming call). */
  readonly path: string;
  readonly format: RequestFormat;
  readonly headers: Readonly<Record<string, string>>;
  /** Every parameter sent, in order (VoiceML's `call` fields as `call.<name>`). */
  readonly params: readonly (readonly [string, string])[];
  /** What the verb reports (Digits, DialCallStatus, RecordingUrl…): a part of `params`. */
  readonly results: Readonly<Record<string, string>>;
  /** The body exactly as sent; null for a GET (its parameters are in the URL). */
  readonly body: string | null;
}

/** What the caller's carrier receives when a Reject refuses the call, and what the caller gets. */
export interface RejectOutcome {
  /** The reason in effect, as the dialect spells it. */
  readonly reason: string;
  /** Its plain name ("Busy here"). */
  readonly label: string;
  readonly sip: number;
  /** Code and phrase: "486 Busy Here". */
  readonly code: string;
  /** Q.850 cause, where the dialect documents one (VoiceML). */
  readonly q850?: number;
  /** FlexML: the `Call-Info` header the body becomes, quotes included. */
  readonly callInfo?: string;
  /** VoiceML: `USER` when an ErrorMessage is given. */
  readonly errorCode?: 'USER';
  readonly errorMessage?: string;
  /** In plain words: "a busy signal". */
  readonly callerHears: string;
  /** False when the dialect does not say, and `callerHears` is what carriers usually play. */
  readonly callerHearsDocumented: boolean;
  /** What the user must know: a hosted-only reason, FlexML's 403 `rejected`, an unknown reason. */
  readonly notes: readonly string[];
}

export type CallEnd =
  | { readonly how: 'rejected'; readonly reject: RejectOutcome }
  /** A Hangup verb ended it. */
  | { readonly how: 'hung-up' }
  /** No verb was left to run. */
  | { readonly how: 'completed' }
  /** The caller hung up (`end`). */
  | { readonly how: 'caller-hung-up' }
  /** Documents fetched one after another without the caller doing anything, too many times. */
  | { readonly how: 'loop'; readonly message: string }
  /** The call went to a URL outside the flow, which the simulator cannot fetch. */
  | { readonly how: 'left-flow'; readonly url: string }
  | { readonly how: 'error'; readonly message: string };

export interface ListeningFor {
  readonly keys: boolean;
  readonly speech: boolean;
}

export type CallState =
  | { readonly kind: 'running' }
  | {
      readonly kind: 'waiting-for-input';
      readonly listensFor: ListeningFor;
      /** Stop after this many keys; null for no limit. */
      readonly numDigits: number | null;
      /** Keys that end the input (each one does); they are not sent. */
      readonly finishOnKey: string;
      /** Seconds of silence before the Gather gives up (or sends what was entered). */
      readonly timeout: number;
      /** Keys entered so far. */
      readonly entered: string;
      /** Speech recognition language. */
      readonly language: string;
    }
  | {
      readonly kind: 'waiting-for-dial-outcome';
      readonly targets: readonly DialTarget[];
      /** Seconds the Dial rings for. */
      readonly timeout: number;
    }
  | {
      readonly kind: 'recording';
      readonly maxLength: number;
      /** Keys that stop the recording; empty when none does. */
      readonly finishOnKey: string;
      /** Seconds of silence that stop it. */
      readonly timeout: number;
    }
  /** A Say or Play that repeats until the caller hangs up (loop 0): only `end` goes on. */
  | { readonly kind: 'waiting-for-hangup' }
  | { readonly kind: 'ended'; readonly end: CallEnd };

export type DialOutcome = 'answered' | 'busy' | 'no-answer' | 'failed';

export interface DialTarget {
  /** The noun: number, client, sip or conference. */
  readonly kind: string;
  readonly value: string;
}

/** What the caller (or the person trying the flow) did: kept so that a call can be replayed. */
export type CallInput =
  | { readonly kind: 'keys'; readonly keys: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'speech'; readonly words: string }
  | { readonly kind: 'dial'; readonly outcome: DialOutcome; readonly seconds?: number }
  | { readonly kind: 'stop-recording'; readonly key?: string; readonly seconds?: number }
  /** The caller hung up after `afterSteps` verbs had run. */
  | { readonly kind: 'hang-up'; readonly afterSteps: number };

/** A top-level element of a document, and the node that wrote it when known. */
interface At {
  readonly element?: string;
  readonly nodeId?: string;
}

/** One thing that happened, in order. `transcript.ts` says each in a line of plain text. */
export type CallEvent =
  | { readonly kind: 'call'; readonly setup: SessionSetup }
  | {
      readonly kind: 'request';
      /** Why the platform fetches: the incoming call, a verb's action, a Redirect. */
      readonly reason: 'incoming' | 'action' | 'redirect';
      readonly request: PlatformRequest;
      readonly nodeId?: string;
    }
  | {
      readonly kind: 'decision';
      readonly path: string;
      readonly nodeId?: string;
      readonly decision: DecisionKind;
      readonly name: string;
      readonly outlet: string;
      readonly outletLabel: string;
      /** Where the outlet leads; null when it is not connected. */
      readonly target: string | null;
    }
  | {
      readonly kind: 'document';
      /** The document's route path; null for the empty document an unconnected outlet gives. */
      readonly path: string | null;
      readonly fileName: string;
      /** Exactly the bytes the flow server sends. */
      readonly xml: string;
    }
  | ({ readonly kind: 'answered' } & At)
  | ({
      readonly kind: 'say';
      readonly text: string;
      readonly voice: string;
      readonly language: string;
      /** Times it is said; 0 repeats until the caller hangs up. */
      readonly loop: number;
      /** A prompt nested in a Gather (it stops at the first key). */
      readonly inGather: boolean;
    } & At)
  | ({
      readonly kind: 'play';
      /** As written. */
      readonly url: string;
      /** Absolute, when it can be worked out (for a player). */
      readonly resolvedUrl?: string;
      readonly loop: number;
      readonly inGather: boolean;
    } & At)
  | ({
      readonly kind: 'pause';
      readonly seconds: number;
      /** The call is not answered yet: the phone keeps ringing. */
      readonly ringing: boolean;
      readonly inGather: boolean;
    } & At)
  | ({
      readonly kind: 'listen';
      readonly state: Extract<CallState, { kind: 'waiting-for-input' }>;
    } & At)
  | ({
      readonly kind: 'input';
      readonly input: CallInput;
      /** What the platform does with it, in words. */
      readonly outcome: string;
    } & At)
  | ({
      readonly kind: 'dial';
      readonly targets: readonly DialTarget[];
      readonly timeout: number;
    } & At)
  | ({ readonly kind: 'record'; readonly maxLength: number; readonly beep: boolean } & At)
  | ({ readonly kind: 'recorded'; readonly url: string; readonly seconds: number } & At)
  | ({
      readonly kind: 'sent';
      readonly channel: 'sms' | 'email';
      readonly to: string;
      readonly from: string;
      readonly text: string;
      readonly subject?: string;
    } & At)
  | ({ readonly kind: 'rejected'; readonly reject: RejectOutcome } & At)
  /** An element the platform passes over, and why. */
  | ({ readonly kind: 'skipped'; readonly why: string } & At)
  /** Something the platform does that the user must know about (a caveat, a quirk). */
  | ({ readonly kind: 'note'; readonly text: string } & At)
  | { readonly kind: 'ended'; readonly end: CallEnd };

/** A document the call is in, read into its top-level elements. */
export interface LoadedDocument {
  /** Route path; null for the empty document of an unconnected outlet. */
  readonly path: string | null;
  readonly fileName: string;
  /** Its URL, for relative URLs in it (and FlexML's RequestUrl). */
  readonly url: string;
  readonly verbs: readonly SourceElement[];
  readonly nodes: DocumentNodes;
}

export interface CallPosition {
  readonly document: LoadedDocument;
  /**
   * The element about to run, or the one the call waits at (a Gather) or ended on (a Reject);
   * `document.verbs.length` once the document has run out.
   */
  readonly index: number;
  /** The node of that element, for `aria-current="step"`. */
  readonly nodeId: string | undefined;
}

export interface VisitedOutlet {
  readonly nodeId: string;
  readonly outlet: string;
}

export interface Session {
  readonly flow: CallFlow;
  readonly setup: SessionSetup;
  readonly events: readonly CallEvent[];
  readonly state: CallState;
  /** Null only when the incoming call got no document (an error ended it). */
  readonly position: CallPosition | null;
  readonly answered: boolean;
  /** Node ids the call went through, in the order first reached. */
  readonly visitedNodes: readonly string[];
  /** Outlets the call left through, in the order first taken. */
  readonly visitedOutlets: readonly VisitedOutlet[];
  /** Everything the caller did, in order: what `replay` plays back. */
  readonly inputs: readonly CallInput[];
  /** Elements run so far. */
  readonly steps: number;
  /** Documents fetched since the caller last did something (the loop bound counts these). */
  readonly fetchesInARow: number;
  /** Recordings made, to number their URLs. */
  readonly recordings: number;
}
