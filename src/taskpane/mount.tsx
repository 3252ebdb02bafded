import { createRoot } from "react-dom/client";
import { RapportApp, type RapportAppProps } from "./App";

export interface MountedRapport {
  /** Re-render with new props (a theme change, a fresh send-time summary). */
  update(props: RapportAppProps): void;
  /** Start the pane afresh (its initial findings and view apply again). */
  restart(props: RapportAppProps): void;
  unmount(): void;
}

/**
 * Render the task pane into a container: used by the Outlook entry (index.tsx) and by any page
 * hosting the pane around its own ItemAdapter (the playground).
 */
export function mountRapport(container: Element, props: RapportAppProps): MountedRapport {
  const root = createRoot(container);
  let generation = 0;
  root.render(<RapportApp key={generation} {...props} />);
  return {
    update: (next) => root.render(<RapportApp key={generation} {...next} />),
    restart: (next) => root.render(<RapportApp key={++generation} {...next} />),
    unmount: () => root.unmount(),
  };
}
