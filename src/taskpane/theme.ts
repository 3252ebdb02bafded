import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";

/** The three looks the task pane follows, decided from Office's theme and the OS contrast setting. */
export type RapportTheme = "light" | "dark" | "high-contrast";

export const FLUENT_THEMES: Readonly<Record<RapportTheme, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  "high-contrast": teamsHighContrastTheme,
};

/** The part of Office.OfficeTheme we use; every field optional because hosts fill it unevenly. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of a #rgb / #rrggbb colour, or undefined when it cannot be read. */
export function luminance(colour: string): number | undefined {
  const hex = colour.trim().replace(/^#/, "");
  const full =
    hex.length === 3
      ? hex
          .split("")
          .map((c) => c + c)
          .join("")
      : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (offset: number): number => {
    const value = parseInt(full.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** True when the OS forces its own colours (Windows high contrast). */
export function prefersForcedColors(
  matchMedia: ((query: string) => { matches: boolean }) | undefined = typeof window !== "undefined"
    ? window.matchMedia?.bind(window)
    : undefined,
): boolean {
  try {
    return matchMedia?.("(forced-colors: active)").matches ?? false;
  } catch {
    return false;
  }
}

/**
 * Which theme the pane should use: high contrast when the OS forces colours, otherwise dark when
 * Office paints its body dark, otherwise light. "Dark" means white text would contrast better than
 * black on it: relative luminance below about 0.179.
 */
export function themeFromOffice(
  officeTheme: OfficeThemeColors | undefined,
  forcedColors: boolean = prefersForcedColors(),
): RapportTheme {
  if (forcedColors) return "high-contrast";
  const background = officeTheme?.bodyBackgroundColor;
  const value = background ? luminance(background) : undefined;
  if (value === undefined) return "light";
  return value < 0.179 ? "dark" : "light";
}
