/**
 * The message body: a rich-text contentEditable like Outlook's. Uncontrolled while the author
 * types (so the caret stays put); redrawn from the model only when something outside the editor
 * sets the body (a fix, a sample draft), and then from sanitized HTML only.
 */
import { useEffect, useLayoutEffect, useRef } from "react";
import { Toolbar, ToolbarButton, makeStyles, tokens } from "@fluentui/react-components";
import { TextBoldRegular, TextItalicRegular } from "@fluentui/react-icons";
import type { ComposeModel } from "./compose-model";
import { sanitizeBodyHtml } from "./sanitize";

const useStyles = makeStyles({
  wrapper: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: "240px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    ":focus-within": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
      outlineOffset: "1px",
    },
  },
  toolbar: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  editor: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    overflowY: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    outlineStyle: "none",
  },
});

export interface BodyEditorProps {
  model: ComposeModel;
  bodyHtml: string;
  bodyRevision: number;
}

export function BodyEditor({ model, bodyHtml, bodyRevision }: BodyEditorProps) {
  const styles = useStyles();
  const editorRef = useRef<HTMLDivElement>(null);

  // Redraw only on a new revision: bodyHtml also changes on every keystroke the editor made.
  useLayoutEffect(() => {
    if (editorRef.current) editorRef.current.innerHTML = sanitizeBodyHtml(bodyHtml);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bodyRevision]);

  const publish = () => {
    if (editorRef.current) model.setBodyFromEditor(sanitizeBodyHtml(editorRef.current.innerHTML));
  };

  // The last selection inside the body, kept while focus is elsewhere (the task pane), as
  // Outlook keeps it for getSelectedDataAsync and setSelectedDataAsync.
  const lastRange = useRef<Range | undefined>(undefined);
  useEffect(() => {
    const track = () => {
      const selection = document.getSelection();
      const editor = editorRef.current;
      if (!selection || selection.rangeCount === 0 || !editor) return;
      const range = selection.getRangeAt(0);
      if (editor.contains(range.commonAncestorContainer)) lastRange.current = range.cloneRange();
    };
    document.addEventListener("selectionchange", track);
    model.setSelectionAccess({
      text: () => {
        const range = lastRange.current;
        return range && !range.collapsed ? range.toString() : undefined;
      },
      replace: (text) => {
        const range = lastRange.current;
        if (!range || !editorRef.current?.contains(range.commonAncestorContainer)) return false;
        range.deleteContents();
        const node = document.createTextNode(text);
        range.insertNode(node);
        range.setStartAfter(node);
        range.collapse(true);
        lastRange.current = undefined;
        publish();
        return true;
      },
      replaceHtml: (html) => {
        const range = lastRange.current;
        if (!range || !editorRef.current?.contains(range.commonAncestorContainer)) return false;
        range.deleteContents();
        const fragment = range.createContextualFragment(sanitizeBodyHtml(html));
        const last = fragment.lastChild;
        range.insertNode(fragment);
        if (last) range.setStartAfter(last);
        range.collapse(true);
        lastRange.current = undefined;
        publish();
        return true;
      },
    });
    return () => {
      document.removeEventListener("selectionchange", track);
      model.setSelectionAccess(undefined);
    };
    // publish reads the ref and the model only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model]);

  const format = (command: "bold" | "italic") => {
    editorRef.current?.focus();
    // execCommand is deprecated but still the one way to format a contentEditable selection.
    document.execCommand(command);
    publish();
  };

  return (
    <div className={styles.wrapper}>
      <Toolbar aria-label="Formatting" size="small" className={styles.toolbar}>
        <ToolbarButton
          aria-label="Bold"
          icon={<TextBoldRegular />}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => format("bold")}
        />
        <ToolbarButton
          aria-label="Italic"
          icon={<TextItalicRegular />}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => format("italic")}
        />
      </Toolbar>
      <div
        ref={editorRef}
        className={styles.editor}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-label="Message body"
        tabIndex={0}
        spellCheck
        onInput={publish}
        onBlur={publish}
        onPaste={(event) => {
          // Pasted HTML could carry anything: take its text only.
          event.preventDefault();
          const text = event.clipboardData.getData("text/plain");
          document.execCommand("insertText", false, text);
          publish();
        }}
      />
    </div>
  );
}
