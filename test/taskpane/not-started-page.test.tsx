/** @jest-environment jsdom */
/**
 * taskpane.html carries a plain-HTML message for webviews that cannot run the pane's script
 * (Internet Explorer 11, Edge Legacy: volume-licensed Outlook 2016/2019), hidden for the first
 * seconds by CSS alone; the pane replaces it when it mounts. This fails when the page loses the
 * message, when another page gains it, or when mounting no longer removes it.
 */
import "./dom-setup";
import { act } from "@testing-library/react";
import { createRoot } from "react-dom/client";
import type { Configuration } from "webpack";

interface HtmlPage {
  filename: string;
  templateContent: string;
}

const webpackConfig = jest.requireActual<
  ((env?: object, argv?: object) => Configuration[]) & { NOT_STARTED_TEXT: string }
>("../../webpack.config.js");

function pages(): HtmlPage[] {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    const web = webpackConfig({}, { mode: "production" }).find((config) => config.name === "web")!;
    return (web.plugins ?? [])
      .filter((plugin) => plugin?.constructor.name === "HtmlWebpackPlugin")
      .map((plugin) => (plugin as unknown as { userOptions: HtmlPage }).userOptions);
  } finally {
    warn.mockRestore();
  }
}

function load(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("taskpane.html without a script that runs", () => {
  const all = pages();
  const taskpane = load(all.find((page) => page.filename === "taskpane.html")!.templateContent);

  it("says in #root that Rapport has not started and that messages are not checked", () => {
    const message = taskpane.querySelector("#root > .rapport-not-started");
    expect(message?.getAttribute("role")).toBe("status");
    expect(message?.textContent).toBe(webpackConfig.NOT_STARTED_TEXT);
    expect(message?.textContent).toMatch(/not checked by Rapport/);
  });

  it("keeps it hidden for the first seconds with CSS only (no inline script: the CSP allows none)", () => {
    const style = taskpane.querySelector("style")?.textContent ?? "";
    expect(style).toMatch(/\.rapport-not-started\s*\{[^}]*visibility:\s*hidden/);
    expect(style).toMatch(/animation:\s*rapport-not-started 0s linear \d+s forwards/);
    expect(style).toMatch(/@keyframes rapport-not-started\s*\{\s*to\s*\{\s*visibility:\s*visible/);
    expect(taskpane.querySelectorAll("script:not([src])")).toHaveLength(0);
  });

  it("is on the task pane only", () => {
    for (const page of all.filter((p) => p.filename !== "taskpane.html")) {
      expect(load(page.templateContent).querySelector(".rapport-not-started")).toBeNull();
    }
  });

  it("is gone once the pane mounts into #root", () => {
    document.body.innerHTML = taskpane.body.innerHTML;
    const container = document.getElementById("root")!;
    expect(container.textContent).toContain("Rapport has not started yet");
    const root = createRoot(container);
    act(() => root.render(<p>Checking recipients…</p>));
    expect(container.textContent).toBe("Checking recipients…");
    act(() => root.unmount());
  });
});
