/** Typed access to webpack.config.js (CommonJS) and scripts/validate-manifest.mjs for the tests. */
import type { Configuration } from "webpack";

export interface WebpackConfigModule {
  (env?: Record<string, unknown>, argv?: Record<string, unknown>): Configuration[];
  createLaunchEventConfig(options: {
    mode?: string;
    outputPath: string;
    baseUrl?: string;
    graphConfig?: unknown;
    sourceMaps?: boolean;
  }): Configuration;
  rewriteManifest(xml: string, baseUrl: string): string;
  /** The launch event's Babel plugin that makes a lookbehind literal a build error. */
  regexLookbehindIsAnError(): object;
  resolveBaseUrl(value: string | undefined): string;
  wellKnownFile(baseUrl: string): string;
  CONTENT_SECURITY_POLICY: string;
}

export interface ValidateManifestModule {
  validateManifestText(xml: string, fileName?: string, schemaDir?: string): Promise<string[]>;
  unresolvedResourceIds(xml: string): string[];
  DEFAULT_SCHEMA_DIR: string;
}

export const webpackConfig = jest.requireActual<WebpackConfigModule>("../../webpack.config.js");
export const manifestValidator = jest.requireActual<ValidateManifestModule>(
  "../../scripts/validate-manifest.mjs",
);
