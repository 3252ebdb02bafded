import { MessageBar, MessageBarBody, MessageBarTitle, Spinner } from "@fluentui/react-components";
import { Component, Suspense, type ReactNode } from "react";
import { errorText } from "./wording";

interface LoadedPartProps {
  /** What is loading, for the spinner and the error: "the warnings". */
  what: string;
  /** The spinner's label while the part's chunk is fetched ("Loading the warnings…"). */
  loadingLabel: string;
  spinnerSize?: "extra-small" | "small";
  children: ReactNode;
}

interface BoundaryState {
  error?: unknown;
}

/**
 * A part of the pane fetched on demand (React.lazy, its own webpack chunk): a spinner while it
 * loads, and if its chunk cannot be fetched (offline, or the add-in was updated on the server
 * while the pane was open) a clear error in its place, never a blank pane. React keeps a failed
 * lazy import failed, so the way back is reopening the pane, and the message says so.
 */
export function LoadedPart({
  what,
  loadingLabel,
  spinnerSize = "small",
  children,
}: LoadedPartProps) {
  return (
    <LoadFailureBoundary what={what}>
      <Suspense fallback={<Spinner size={spinnerSize} label={loadingLabel} />}>{children}</Suspense>
    </LoadFailureBoundary>
  );
}

class LoadFailureBoundary extends Component<{ what: string; children: ReactNode }, BoundaryState> {
  override state: BoundaryState = {};

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Rapport could not show {this.props.what}.</MessageBarTitle>
          {errorText(this.state.error)} Check the connection, then close and reopen the pane.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
