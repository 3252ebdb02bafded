import { createRoot } from "react-dom/client";
import { RapportApp, type RapportAppProps } from "./App";

export interface MountedRapport {
  /** Re-render with new props (a theme change, a fresh send-time summary). */
  update(props: RapportAppProps): void;
  unmount(): void;
}

/**
 * Render the task pane into a container: used by the Outlook entry (index.tsx) and by any page
 * hosting the pane around its own ItemAdapter (the playground).
 */
export function mountRapport(container: Element, props: RapportAppProps): MountedRapport {
  const root = createRoot(container);
  root.render(<RapportApp {...props} />);
  return {
    update: (next) => root.render(<RapportApp {...next} />),
    unmount: () => root.unmount(),
  };
}
