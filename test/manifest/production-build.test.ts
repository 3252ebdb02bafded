/**
 * A production build ships no source maps and no sample client data unless asked
 * (RAPPORT_SOURCE_MAPS=1, RAPPORT_SAMPLE_PROFILES=1, or the playground); development keeps both.
 */
import type { Configuration } from "webpack";
import { webpackConfig } from "./webpack-config";

const ENV_KEYS = ["RAPPORT_SOURCE_MAPS", "RAPPORT_SAMPLE_PROFILES", "RAPPORT_PLAYGROUND"];

function configsWith(mode: string, env: Record<string, string> = {}): Configuration[] {
  const saved = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
  try {
    for (const key of ENV_KEYS) delete process.env[key];
    Object.assign(process.env, env);
    return webpackConfig({}, { mode });
  } finally {
    warn.mockRestore();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The files CopyWebpackPlugin would write ("to" of each pattern). */
function copied(configs: Configuration[]): string[] {
  return configs.flatMap((config) =>
    (config.plugins ?? []).flatMap((plugin) => {
      const patterns = (plugin as { patterns?: { to?: unknown }[] }).patterns;
      return Array.isArray(patterns) ? patterns.map((p) => String(p.to)) : [];
    }),
  );
}

describe("production build", () => {
  it("has no source maps and no sample profiles by default", () => {
    const configs = configsWith("production");
    expect(configs.map((c) => c.devtool)).toEqual([false, false]);
    expect(copied(configs)).not.toContain("sample-profiles.json");
    expect(copied(configs)).toContain("manifest.xml");
  });

  it("adds source maps when asked", () => {
    const configs = configsWith("production", { RAPPORT_SOURCE_MAPS: "1" });
    expect(configs.map((c) => c.devtool)).toEqual(["source-map", "source-map"]);
    expect(copied(configs)).not.toContain("sample-profiles.json");
  });

  it.each([["RAPPORT_SAMPLE_PROFILES"], ["RAPPORT_PLAYGROUND"]])(
    "adds the sample profiles with %s=1",
    (key) => {
      expect(copied(configsWith("production", { [key]: "1" }))).toContain("sample-profiles.json");
    },
  );

  it("warns that a build without tenant settings or samples has no profiles", () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const saved = process.env.RAPPORT_GRAPH_CONFIG;
    delete process.env.RAPPORT_GRAPH_CONFIG;
    try {
      webpackConfig({}, { mode: "production" });
      expect(warn.mock.calls.flat().join("\n")).toMatch(/no client profiles/);
    } finally {
      warn.mockRestore();
      if (saved !== undefined) process.env.RAPPORT_GRAPH_CONFIG = saved;
    }
  });
});

describe("development build", () => {
  it("keeps source maps and the sample profiles", () => {
    const configs = configsWith("development");
    expect(configs.map((c) => c.devtool)).toEqual(["source-map", "source-map"]);
    expect(copied(configs)).toContain("sample-profiles.json");
  });
});
