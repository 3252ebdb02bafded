/** @jest-environment jsdom */
import "./dom-setup";
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { RapportApp } from "../../src/taskpane/App";
import { luminance, prefersForcedColors, themeFromOffice } from "../../src/taskpane/theme";
import { draftTo, fakeEvaluate, FakeItemAdapter, InMemoryProfileSource, MEGGE } from "./fakes";

describe("themeFromOffice", () => {
  it.each([
    [{ bodyBackgroundColor: "#FFFFFF" }, "light"],
    [{ bodyBackgroundColor: "#f3f2f1" }, "light"],
    [{ bodyBackgroundColor: "#262626" }, "dark"],
    [{ bodyBackgroundColor: "#000" }, "dark"],
    [{ bodyBackgroundColor: "not a colour" }, "light"],
    [{}, "light"],
    [undefined, "light"],
  ] as const)("%j → %s", (officeTheme, expected) => {
    expect(themeFromOffice(officeTheme, false)).toBe(expected);
  });

  it("prefers high contrast when the OS forces colours, whatever Office paints", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#ffffff" }, true)).toBe("high-contrast");
    expect(themeFromOffice({ bodyBackgroundColor: "#000000" }, true)).toBe("high-contrast");
  });

  it("reads the forced-colors media query", () => {
    const queries: string[] = [];
    const matchMedia = (query: string) => {
      queries.push(query);
      return { matches: true };
    };
    expect(prefersForcedColors(matchMedia)).toBe(true);
    expect(queries).toEqual(["(forced-colors: active)"]);
    expect(prefersForcedColors(undefined)).toBe(false);
    expect(
      prefersForcedColors(() => {
        throw new Error("unsupported");
      }),
    ).toBe(false);
  });

  it("computes WCAG luminance", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000000")).toBeCloseTo(0);
    expect(luminance("#777777")).toBeCloseTo(0.184, 2);
    expect(luminance("blue")).toBeUndefined();
  });
});

describe("RapportApp theme", () => {
  it.each([
    ["light", webLightTheme],
    ["dark", webDarkTheme],
    ["high-contrast", teamsHighContrastTheme],
  ] as const)("applies the %s Fluent theme", async (theme, fluentTheme) => {
    render(
      <RapportApp
        adapter={new FakeItemAdapter(draftTo([MEGGE]))}
        profiles={new InMemoryProfileSource()}
        evaluateDraft={fakeEvaluate}
        theme={theme}
      />,
    );
    await screen.findByRole("article", { name: "Megge Anderson" });
    // FluentProvider writes the theme's tokens as CSS variables into a style element.
    const css = [...document.querySelectorAll("style")]
      .flatMap((style) => [...(style.sheet?.cssRules ?? [])].map((rule) => rule.cssText))
      .join("\n");
    expect(css).toContain(`--colorNeutralForeground1: ${fluentTheme.colorNeutralForeground1};`);
    expect(css).toContain(`--colorNeutralBackground1: ${fluentTheme.colorNeutralBackground1};`);
  });
});
