/**
 * Where `rapport check` gets profiles. Each loader adds its own options and, when they are given,
 * yields a ProfileSource. A new source (a SharePoint site, say) is one more entry in PROFILE_LOADERS.
 */
import type { Command } from "commander";
import type { ProfileSource } from "../profiles/source";
import { UsageError, type CliIo } from "./context";
import { fileProfileLoader } from "./profiles-file";
import { siteProfileLoader } from "./site-profiles";

export interface ProfileLoader {
  /** The option that selects this loader, as shown in messages ("--profiles FILE"). */
  readonly option: string;
  addOptions(command: Command): void;
  /**
   * The source the parsed options select, or undefined when this loader's options are absent.
   * Throws UsageError when they are present but unusable; reports lesser problems on io.stderr.
   */
  load(options: Record<string, unknown>, io: CliIo): Promise<ProfileSource | undefined>;
}

export const PROFILE_LOADERS: ProfileLoader[] = [fileProfileLoader, siteProfileLoader];

/** Exactly one loader must be chosen. */
export async function loadProfileSource(
  options: Record<string, unknown>,
  io: CliIo,
  loaders: readonly ProfileLoader[] = PROFILE_LOADERS,
): Promise<ProfileSource> {
  const sources: { loader: ProfileLoader; source: ProfileSource }[] = [];
  for (const loader of loaders) {
    const source = await loader.load(options, io);
    if (source) sources.push({ loader, source });
  }
  const wanted = loaders.map((l) => l.option).join(" or ");
  if (sources.length === 0) throw new UsageError(`no profiles given: use ${wanted}`);
  if (sources.length > 1) {
    throw new UsageError(`give only one of ${sources.map((s) => s.loader.option).join(", ")}`);
  }
  return sources[0]!.source;
}
