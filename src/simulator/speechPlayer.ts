/**
 * Plays a call's words and silences one after another, as the caller would hear them, and lets
 * the user skip what is playing (a long Pause). How a Say is spoken and a Pause is waited for is
 * passed in (the browser's speech synthesis and timers; fakes in tests).
 */
import type { SpeechItem } from './speech';

export type PlayerState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saying'; readonly text: string }
  | { readonly kind: 'pausing'; readonly seconds: number };

export interface SpeechOutput {
  /** Starts saying the item; calls `done` when it has been said. Returns how to stop it. */
  say(item: Extract<SpeechItem, { kind: 'say' }>, done: () => void): () => void;
  /** Waits; calls `done` when the time is up. Returns how to stop waiting. */
  wait(seconds: number, done: () => void): () => void;
}

const IDLE: PlayerState = { kind: 'idle' };

export class SpeechPlayer {
  private queue: SpeechItem[] = [];
  private stopCurrent: (() => void) | null = null;
  private current: PlayerState = IDLE;

  constructor(
    private readonly output: SpeechOutput,
    private readonly onChange: (state: PlayerState) => void = () => {},
  ) {}

  get state(): PlayerState {
    return this.current;
  }

  /** Adds items after those waiting; starts playing when nothing is. */
  enqueue(items: readonly SpeechItem[]): void {
    this.queue.push(...items);
    if (this.current.kind === 'idle') this.next();
  }

  /** Stops what is playing and goes on with the next item. */
  skip(): void {
    this.stopCurrent?.();
    this.next();
  }

  /** Stops everything and forgets what was waiting. */
  stop(): void {
    this.queue = [];
    this.stopCurrent?.();
    this.setState(IDLE);
  }

  private next(): void {
    this.stopCurrent = null;
    const item = this.queue.shift();
    if (!item) return this.setState(IDLE);
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      this.next();
    };
    this.setState(
      item.kind === 'say'
        ? { kind: 'saying', text: item.text }
        : { kind: 'pausing', seconds: item.seconds },
    );
    const stop =
      item.kind === 'say' ? this.output.say(item, done) : this.output.wait(item.seconds, done);
    // A stopped item's late "done" (a browser ends a cancelled utterance) must not play the next.
    if (!finished) {
      this.stopCurrent = () => {
        finished = true;
        stop();
      };
    }
  }

  private setState(state: PlayerState): void {
    this.current = state;
    this.onChange(state);
  }
}
