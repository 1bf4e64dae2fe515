/**
 * The live call routes, `/voice/<flow>` (the live version's entry) and `/voice/<flow>/v<n>/…`
 * (version n, as long as it was ever live), answered by the router's `answer` exactly as the
 * simulator and flow-server.mjs answer: same limits, same signature check (with the flow's key,
 * before anything tells whether an address exists), same bytes.
 *
 * What it reads is cached in the process: a version's route table for good (a version never
 * changes, and once live it stays servable), the flow's live pointer and signing key and the
 * call-details switch for at most a second, so that several processes on one database agree
 * within a second or two. Lookups under way are shared by the requests that need them.
 */
import {
  answer,
  importEnfonicaKey,
  MAX_BODY_BYTES,
  ZoneClock,
  type Answer,
  type HandleOptions,
  type IncomingCall,
  type RouteTable,
} from '../../router';
import { loadFlowTable, logLine, printable } from '../../server/runtime';
import type { StudioStorage } from '../storage';
import { maskCaller } from './calls';
import type { CallCounter } from './callCounter';
import { LIVE_POINTER_TTL_MS } from './policy';

/** `/voice/<flow>` or `/voice/<flow>/v<n>` and what follows. */
const VOICE_PATH = /^\/voice\/([A-Za-z0-9_-]{1,64})(?:\/v([1-9]\d{0,8})(?=\/|$))?(\/.*)?$/;
const EMPTY_TABLE: RouteTable = { routes: {}, entry: '/' };
const NOT_LIVE = 'No flow is live at this address.';
/** Past this many cached lookups (addresses made up by a scanner), the cache starts afresh. */
const MAX_CACHED = 10_000;

export const isVoicePath = (path: string): boolean =>
  path === '/voice' || path.startsWith('/voice/');

interface FlowState {
  readonly live: number | null;
  readonly key: CryptoKey | string | undefined;
}

interface Cached<T> {
  readonly until: number;
  readonly value: Promise<T>;
}

export interface VoiceOptions {
  readonly storage: StudioStorage;
  /** Where served calls are counted; none in a benchmark measuring what counting costs. */
  readonly counter: CallCounter | undefined;
  /** The address platforms call (PUBLIC_ORIGIN): signatures cover it when set. */
  readonly publicOrigin?: string | undefined;
  /** Where request lines go (one per request, as flow-server.mjs writes them). */
  readonly log: (line: string) => void;
  /** A monotonic clock in ms for the caches (tests move it). */
  readonly clock?: () => number;
}

export class VoiceService {
  readonly #options: VoiceOptions;
  readonly #zones = new ZoneClock();
  readonly #flows = new Map<string, Cached<FlowState | undefined>>();
  readonly #tables = new Map<string, Cached<RouteTable | undefined>>();
  readonly #keys = new Map<string, Promise<CryptoKey | undefined>>();
  #details: Cached<boolean> | undefined;

  constructor(options: VoiceOptions) {
    this.#options = options;
  }

  /** Reads the flow's live pointer and signing key afresh on its next call (this process changed them). */
  forgetFlow(flowId: string): void {
    this.#flows.delete(flowId);
  }

  /** Answers one voice request; never throws. */
  async answer(call: IncomingCall): Promise<Answer> {
    let pathname: string;
    try {
      pathname = new URL(call.url).pathname;
    } catch {
      pathname = '';
    }
    const match = VOICE_PATH.exec(pathname);
    const flowId = match?.[1];
    const asked = match?.[2];
    const rest = match?.[3] ?? '';
    const base = flowId === undefined ? '/voice' : `/voice/${flowId}`;
    let flow: FlowState | undefined;
    let version: number | null;
    let table: RouteTable | undefined;
    let detailsOn = false;
    try {
      flow = flowId === undefined ? undefined : await this.#flow(flowId);
      version = asked === undefined ? (flow?.live ?? null) : Number(asked);
      // The live entry is served at /voice/<flow> only; every other address names its version.
      const served = asked !== undefined || rest === '' || rest === '/';
      if (flow !== undefined && version !== null && served) {
        table = await this.#table(flowId!, version);
      }
      if (table !== undefined) detailsOn = await this.#callDetails();
    } catch {
      return this.#failed(call, base);
    }
    const options: HandleOptions = {
      basePath: asked === undefined ? base : `${base}/v${asked}`,
      maxBodyBytes: MAX_BODY_BYTES,
      clock: this.#zones,
      logCallerData: detailsOn,
      ...(this.#options.publicOrigin === undefined
        ? {}
        : { publicOrigin: this.#options.publicOrigin }),
      ...(flow?.key === undefined ? {} : { enfonicaSigningKey: flow.key }),
    };
    let result = await answer(table ?? EMPTY_TABLE, call, options);
    if (table === undefined && result.status === 404) {
      result = { ...result, body: `${NOT_LIVE}\n`, log: { ...result.log, error: NOT_LIVE } };
    }
    const { caller, ...log } = result.log;
    const masked = caller === undefined ? undefined : maskCaller(caller.from);
    if (result.status === 200 && table !== undefined && version !== null) {
      this.#options.counter?.count(flowId!, version, log, masked);
    }
    const fullPath = `${options.basePath}${log.path === '/' && rest === '' ? '' : log.path}`;
    const line = logLine({ ...log, path: fullPath }, new Date());
    this.#options.log(masked ? `${line} caller=${masked}` : line);
    return result;
  }

  #now(): number {
    return (this.#options.clock ?? performance.now.bind(performance))();
  }

  #cached<T>(
    cache: Map<string, Cached<T>>,
    key: string,
    ttl: (value: T) => number,
    load: () => Promise<T>,
  ): Promise<T> {
    const now = this.#now();
    const held = cache.get(key);
    if (held !== undefined && held.until > now) return held.value;
    if (cache.size >= MAX_CACHED) cache.clear();
    const value = load();
    // Held for the shortest time until loaded, then for as long as the value allows.
    cache.set(key, { until: now + LIVE_POINTER_TTL_MS, value });
    value.then(
      (loaded) => {
        if (cache.get(key)?.value === value) cache.set(key, { until: now + ttl(loaded), value });
      },
      () => {
        if (cache.get(key)?.value === value) cache.delete(key);
      },
    );
    return value;
  }

  #flow(flowId: string): Promise<FlowState | undefined> {
    return this.#cached(
      this.#flows,
      flowId,
      () => LIVE_POINTER_TTL_MS,
      async () => {
        const record = await this.#options.storage.readVoiceFlow(flowId);
        if (record === undefined) return undefined;
        const key = record.signingKey === null ? undefined : await this.#key(record.signingKey);
        return { live: record.live, key };
      },
    );
  }

  /** The imported key; the text itself when it does not import (the router then answers 500). */
  async #key(text: string): Promise<CryptoKey | string> {
    let key = this.#keys.get(text);
    if (key === undefined) {
      if (this.#keys.size >= 100) this.#keys.clear();
      key = importEnfonicaKey(text).catch(() => undefined);
      this.#keys.set(text, key);
    }
    return (await key) ?? text;
  }

  #table(flowId: string, version: number): Promise<RouteTable | undefined> {
    return this.#cached(
      this.#tables,
      `${flowId}/${version}`,
      // A version once live is served for good; one not (yet) live is asked again later.
      (table) => (table === undefined ? LIVE_POINTER_TTL_MS : Number.POSITIVE_INFINITY),
      async () => {
        const json = await this.#options.storage.readServedTable(flowId, version);
        if (json === undefined) return undefined;
        const loaded = loadFlowTable(json);
        if ('error' in loaded) throw new Error(loaded.error);
        return loaded.table;
      },
    );
  }

  #callDetails(): Promise<boolean> {
    const now = this.#now();
    if (this.#details === undefined || this.#details.until <= now) {
      const value = this.#options.storage.readCallSettings().then((s) => s.callDetails);
      value.catch(() => {
        this.#details = undefined;
      });
      this.#details = { until: now + LIVE_POINTER_TTL_MS, value };
    }
    return this.#details.value;
  }

  #failed(call: IncomingCall, base: string): Answer {
    const error = 'The server could not answer this call. Try again in a moment.';
    this.#options.log(
      printable(`${new Date().toISOString()} ${call.method} ${base} 500 error: ${error}`),
    );
    return {
      status: 500,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
      body: `${error}\n`,
      log: { method: call.method, path: base, status: 500, decisions: [], error },
    };
  }
}
