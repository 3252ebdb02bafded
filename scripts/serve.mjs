// A tiny static file server for dist/: the playground needs no more than files with the right
// MIME types and the add-in's security headers. Used by `npm start` (after a build), by
// `npm run serve` (an existing build) and by the browser tests.
// Usage: node scripts/serve.mjs [--port 3000] [--root dist]   (PORT env also works)
import { createServer } from "node:http";
import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const PLAYGROUND_PATH = "/playground.html";

const MIME_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

// The pages' policy is webpack.config.js's (one source); a header can also say who may frame
// the pages, which a meta tag cannot: only Outlook's own hosts (they frame the task pane on the
// web) and this origin.
const require = createRequire(import.meta.url);
const { CONTENT_SECURITY_POLICY: PAGE_POLICY } = require("../webpack.config.js");

export const CONTENT_SECURITY_POLICY = `${PAGE_POLICY}; frame-ancestors 'self' https://outlook.office.com https://outlook.office365.com https://outlook.live.com`;

export const SECURITY_HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  // Not "same-origin": it would cut MSAL's sign-in popup off from the page that opened it.
  "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
};

function send(response, status, body, headers = {}) {
  response.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    ...SECURITY_HEADERS,
    ...headers,
  });
  response.end(body);
}

/** The file a URL path names inside root, or undefined when it would step outside it. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes("\0")) return undefined;
  const file = normalize(join(root, decoded));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

/**
 * Serve `root` on `port` (0 picks a free one). Resolves to { server, url, close() }.
 * `/` redirects to the playground.
 */
export async function startServer({
  root = join(projectRoot, "dist"),
  port = 3000,
  host = "localhost",
} = {}) {
  const absoluteRoot = resolve(root);
  const server = createServer(async (request, response) => {
    try {
      if (request.method !== "GET" && request.method !== "HEAD") {
        return send(response, 405, "Method not allowed\n", { Allow: "GET, HEAD" });
      }
      const url = new URL(request.url ?? "/", "http://localhost");
      if (url.pathname === "/") {
        return send(response, 302, `See ${PLAYGROUND_PATH}\n`, { Location: PLAYGROUND_PATH });
      }
      let file = fileFor(absoluteRoot, url.pathname);
      if (!file) return send(response, 400, "Bad path\n");
      let info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file).catch(() => undefined);
      }
      if (!info?.isFile()) return send(response, 404, `Not found: ${url.pathname}\n`);
      response.writeHead(200, {
        "Content-Type": MIME_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Cache-Control": "no-cache",
        ...SECURITY_HEADERS,
      });
      if (request.method === "HEAD") return response.end();
      createReadStream(file)
        .on("error", () => response.destroy())
        .pipe(response);
    } catch (error) {
      console.error(`serve: ${request.url}: ${error instanceof Error ? error.message : error}`);
      if (!response.headersSent) send(response, 500, "Internal error\n");
      else response.destroy();
    }
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(port, host, () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  return {
    server,
    url,
    port: actualPort,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** Port from --port N, else PORT, else 3000; a clear error for anything that is not a port. */
export function portFrom(argv, env) {
  const flag = argv.indexOf("--port");
  const raw = flag >= 0 ? argv[flag + 1] : env.PORT;
  if (raw === undefined || raw === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Port must be a whole number from 0 to 65535, not "${raw}".`);
  }
  return port;
}

export function rootFrom(argv) {
  const flag = argv.indexOf("--root");
  return flag >= 0 && argv[flag + 1] ? resolve(argv[flag + 1]) : join(projectRoot, "dist");
}

/** Start serving and say where; shared by serve.mjs and start.mjs. */
export async function serveAndAnnounce(argv = process.argv.slice(2), env = process.env) {
  const root = rootFrom(argv);
  if (!existsSync(join(root, PLAYGROUND_PATH.slice(1)))) {
    console.error(
      `No playground build in ${root}. Run "npm run build:dev" (or "npm start") first.`,
    );
    process.exit(1);
  }
  let handle;
  try {
    handle = await startServer({ root, port: portFrom(argv, env) });
  } catch (error) {
    if (error?.code === "EADDRINUSE") {
      console.error(`Port ${error.port ?? ""} is in use. Try another one: PORT=3001 npm start`);
      process.exit(1);
    }
    throw error;
  }
  console.log(`Rapport playground: ${handle.url}${PLAYGROUND_PATH}`);
  console.log("Press Ctrl+C to stop.");
  const stop = () => handle.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return handle;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  serveAndAnnounce().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
