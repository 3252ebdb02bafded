/**
 * Recipients the send check cannot check (core/unchecked.ts) are never passed over in silence:
 * a dialog shown anyway names them in one short line, and a message that goes is recorded (the
 * next compose and the pane say so).
 */
import { escapeMarkdown, MAX_ERROR_MESSAGE } from "./send-decision";
import { clip } from "../office/notifications";

/**
 * The dialog with the unchecked line after the findings. The line always fits: the findings'
 * text is shortened for it rather than the line left out. A Markdown text that would no longer
 * fit is dropped, so Outlook shows the plain one, which has the line.
 */
export function withUncheckedLine(
  options: Office.SmartAlertsEventCompletedOptions,
  line: string,
): Office.SmartAlertsEventCompletedOptions {
  const result = { ...options };
  if (options.errorMessage !== undefined) {
    const room = MAX_ERROR_MESSAGE - line.length - 2;
    result.errorMessage =
      room > 40 ? `${clip(options.errorMessage, room)}\n\n${line}` : clip(line, MAX_ERROR_MESSAGE);
  }
  if (options.errorMessageMarkdown !== undefined) {
    const markdown = `${options.errorMessageMarkdown}\n\n${escapeMarkdown(line)}`;
    if (markdown.length <= MAX_ERROR_MESSAGE) result.errorMessageMarkdown = markdown;
    else delete result.errorMessageMarkdown;
  }
  return result;
}
