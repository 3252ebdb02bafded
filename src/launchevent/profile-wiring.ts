/**
 * Where the launch-event handlers get profiles. Until a tenant is configured this is the bundled
 * sample file (sample-profiles.json beside the add-in), loaded on first use; the Graph source
 * (src/profiles/graph-source.ts, cache-backed) replaces it once tenant settings exist.
 */
import type { ClientProfile } from "../core/profile";
import { FileProfileSource, parseProfileFile } from "../profiles/file-source";
import { ProfileSourceError, type LookupOptions, type ProfileSource } from "../profiles/source";

export const SAMPLE_PROFILES_FILE = "sample-profiles.json";

/** A FileProfileSource over a file fetched once, when the first lookup needs it. */
export class LazyFileProfileSource implements ProfileSource {
  private loading: Promise<FileProfileSource> | undefined;

  constructor(
    private readonly url: string,
    private readonly fetchText: (url: string) => Promise<string>,
  ) {}

  lookup(
    addresses: readonly string[],
    options?: LookupOptions,
  ): Promise<Map<string, ClientProfile | undefined>> {
    return this.source().then((source) => source.lookup(addresses, options));
  }

  private source(): Promise<FileProfileSource> {
    if (!this.loading) {
      this.loading = this.fetchText(this.url).then(
        (text) => {
          const parsed = parseProfileFile(text, SAMPLE_PROFILES_FILE);
          return new FileProfileSource(parsed.profiles);
        },
        (error: unknown) => {
          this.loading = undefined; // try again next event
          throw new ProfileSourceError("network", "the profile file could not be loaded", {
            cause: error,
          });
        },
      );
    }
    return this.loading;
  }
}
