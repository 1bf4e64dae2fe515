import { Component, type ErrorInfo, type ReactNode } from 'react';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** What is shown instead of the children once one of them failed; `retry` shows them again. */
  fallback(retry: () => void, error: unknown): ReactNode;
  /** Called once per failure, before the fallback shows (to stop saving, for instance). */
  onError?(error: unknown, info: ErrorInfo): void;
}

interface ErrorBoundaryState {
  readonly failed: boolean;
  readonly error: unknown;
}

/**
 * Catches an error thrown while rendering (or in an effect) below it, so that one failure shows
 * a way out instead of a blank page. React only offers this as a class component.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false, error: undefined };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failed: true, error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.props.onError?.(error, info);
  }

  private readonly retry = () => this.setState({ failed: false, error: undefined });

  override render(): ReactNode {
    return this.state.failed
      ? this.props.fallback(this.retry, this.state.error)
      : this.props.children;
  }
}
