/**
 * Copying text for a guided edit. The asynchronous Clipboard API first; in a host frame that does
 * not grant clipboard-write, the older copy command on a hidden text area. Either can be refused,
 * so the caller says so and the text stays on screen to copy by hand.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  try {
    if (doc.defaultView?.navigator.clipboard?.writeText) {
      await doc.defaultView.navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Not granted here: try the copy command.
  }
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  const active = doc.activeElement as HTMLElement | null;
  doc.body.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = doc.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus?.();
  return copied;
}
