/**
 * The add-in's own base URL (ends with "/"). Pages know it from their location; classic
 * Outlook's JavaScript-only runtime has no page, so the build writes it in (ADDIN_BASE_URL).
 */
declare const __RAPPORT_BASE_URL__: string | undefined;

export function addinBaseUrl(): string {
  const here = (globalThis as { location?: { href?: string; protocol?: string } }).location;
  if (here?.href && (here.protocol === "https:" || here.protocol === "http:")) {
    return new URL(".", here.href).href;
  }
  const built = typeof __RAPPORT_BASE_URL__ === "string" ? __RAPPORT_BASE_URL__ : "";
  // Outside a build (unit tests) there is no base: URLs stay relative.
  if (!built) return "./";
  return built.endsWith("/") ? built : `${built}/`;
}
