import { Component, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';

interface TProps {
  fallback: ReactNode;
  children: ReactNode;
}

class Boundary extends Component<TProps & { pathname: string }, { error: unknown; pathname: string }> {
  override state = { error: null as unknown, pathname: this.props.pathname };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  static getDerivedStateFromProps(props: { pathname: string }, state: { error: unknown; pathname: string }) {
    // Another page: try again (as a route's error boundary does).
    return props.pathname !== state.pathname ? { error: null, pathname: props.pathname } : null;
  }

  override render() {
    return this.state.error ? this.props.fallback : this.props.children;
  }
}

/**
 * A route's error boundary in react-router's declarative mode: a page that throws, or whose chunk
 * cannot be loaded (e.g. after a new deployment), shows `fallback` until the reader goes elsewhere.
 */
export function ErrorBoundary({ fallback, children }: TProps) {
  const { pathname } = useLocation();
  return (
    <Boundary pathname={pathname} fallback={fallback}>
      {children}
    </Boundary>
  );
}
