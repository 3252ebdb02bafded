/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads this file as CommonJS */
// Rapport's build (docs/outlook.md). Two configurations:
//  - "web": the task pane, the sign-in dialog page (and, in development, the playground) for
//    modern webviews, plus the static files Outlook needs: manifest.xml, icons, policy.json,
//    sample profiles and the well-known file that lets classic Outlook's launch-event runtime
//    use CORS and SSO;
//  - "launchevent": one self-contained ES5 script (no imports, no chunks), because classic
//    Outlook on Windows before Version 2403 only loads ECMAScript 2016 in that runtime.
// ADDIN_BASE_URL (e.g. https://rapport.contoso.example) replaces https://localhost:3000 in
// the built manifest and the well-known file.
// A production build ships no source maps and no sample profiles unless asked:
// RAPPORT_SOURCE_MAPS=1 adds the maps, RAPPORT_SAMPLE_PROFILES=1 (or the playground) the samples.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000";
// The Office-dialog sign-in fallback (src/auth/dialog-main.ts). The file name is also
// SIGN_IN_DIALOG_PAGE in src/auth/office-dialog.ts, which opens it beside taskpane.html.
const SIGN_IN_DIALOG_PAGE = "auth-dialog.html";
const SIGN_IN_DIALOG_ENTRY = "./src/auth/dialog-main.ts";
const DEV_PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const ROOT = __dirname;
// What each named lazy chunk loads (ChunkGroupsManifestPlugin), for scripts/check-bundle-size.mjs.
const CHUNK_GROUPS_FILE = "chunk-groups.json";

// Fluent UI (Griffel) inserts style rules at run time, hence 'unsafe-inline' for styles only.
// frame-ancestors cannot be set from a meta tag; scripts/serve.mjs sends it as a header.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "frame-src https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/** ADDIN_BASE_URL without a trailing slash; throws a clear error when it is not an https origin/path. */
function resolveBaseUrl(value) {
  if (!value) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}"`);
  }
  if (url.protocol !== "https:") {
    throw new Error(
      `ADDIN_BASE_URL must use https (Outlook loads add-ins over https only): "${value}"`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${value}"`);
  }
  return url.href.replace(/\/+$/, "");
}

/** The manifest with every development URL pointing at `baseUrl` (the SSO resource included). */
function rewriteManifest(xml, baseUrl) {
  if (baseUrl === DEV_BASE_URL) return xml;
  const host = new URL(baseUrl).host + new URL(baseUrl).pathname.replace(/\/$/, "");
  return xml.split(DEV_BASE_URL).join(baseUrl).split("api://localhost:3000").join(`api://${host}`);
}

function wellKnownFile(baseUrl) {
  return `${JSON.stringify({ allowed: [`${baseUrl}/launchevent.js`] }, null, 2)}\n`;
}

/** Writes generated files into the output (the well-known file depends on the base URL). */
class EmitFilesPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EmitFilesPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "EmitFilesPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const [name, content] of Object.entries(this.files)) {
            compilation.emitAsset(name, new webpack.sources.RawSource(content));
          }
        },
      );
    });
  }
}

/**
 * Writes chunk-groups.json: for each named lazy import (`webpackChunkName: "checks"`), every
 * script and stylesheet the browser must fetch for it, its named file and the chunks webpack
 * split off that load with it (a chunk of modules it shares with another lazy import, such as
 * `738.<hash>.js`). scripts/check-bundle-size.mjs holds a `"chunk"` budget to their sum: the named
 * file alone understated the checks' load (round 21). Written at the report stage, after the
 * content hashes are final, so the names are those on disk.
 */
class ChunkGroupsManifestPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ChunkGroupsManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "ChunkGroupsManifestPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT,
        },
        () => {
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            if (group.isInitial()) continue; // entry points: sized from their HTML page
            const files = [];
            for (const chunk of group.chunks) {
              for (const file of chunk.files) {
                if (/\.(?:js|css)$/.test(file) && !files.includes(file)) files.push(file);
              }
            }
            groups[name] = files;
          }
          compilation.emitAsset(
            CHUNK_GROUPS_FILE,
            new webpack.sources.RawSource(`${JSON.stringify(groups, null, 2)}\n`),
          );
        },
      );
    });
  }
}

function page({ title, officeJs, notStarted = false }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
    <title>${title}</title>
    ${officeJs ? `<script src="${OFFICE_JS}"></script>` : ""}${notStarted ? NOT_STARTED_STYLE : ""}
  </head>
  <body>
    <div id="root">${notStarted ? `<p class="rapport-not-started" role="status">${NOT_STARTED_TEXT}</p>` : ""}</div>
  </body>
</html>
`;
}

/**
 * What the task pane shows when its script never runs: Outlook 2016 and 2019 (volume-licensed)
 * and some Windows builds host add-ins in Internet Explorer 11 or Edge Legacy, which cannot run
 * the pane's bundle (built for current browsers), and there Outlook cannot run the send check
 * either (it needs Mailbox 1.12). Microsoft asks for a graceful message in those webviews
 * ("Support older Microsoft webviews and Office versions"). Plain HTML and CSS, no script: it
 * shows only if the pane has not replaced it after some seconds (React replaces #root's content
 * when it mounts), so a slow start does not flash it.
 */
const NOT_STARTED_TEXT =
  "Rapport has not started yet. If this message stays, this version of Outlook may not be able " +
  "to run Rapport (it needs Outlook from Microsoft 365, Outlook 2021 or later, Outlook on the web " +
  "or Outlook for Mac), and messages sent from here are then not checked by Rapport. Please tell " +
  "your IT team.";
const NOT_STARTED_STYLE = `
    <style>
      .rapport-not-started { visibility: hidden; margin: 16px; font: 14px/1.4 "Segoe UI", sans-serif;
        animation: rapport-not-started 0s linear 10s forwards; }
      @keyframes rapport-not-started { to { visibility: visible; } }
    </style>`;

/** Whether a pattern has `(?<=` or `(?<!` outside a character class and an escape. */
function hasLookbehind(pattern) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") i++;
    else if (inClass) inClass = ch !== "]";
    else if (ch === "[") inClass = true;
    else if (pattern.startsWith("(?<=", i) || pattern.startsWith("(?<!", i)) return true;
  }
  return false;
}

/**
 * Babel cannot down-level regular-expression lookbehind, and an ES2016 engine (classic Outlook
 * on Windows before Version 2403) rejects it: such a literal in the launch event's code is a
 * build error, naming the file and line. Write the lookbehind as code instead
 * (src/core/text/lookbehind.ts). Patterns built from strings are checked by
 * test/manifest/launchevent-bundle.test.ts.
 */
function regexLookbehindIsAnError() {
  return {
    name: "regex-lookbehind-is-an-error",
    visitor: {
      RegExpLiteral(path) {
        if (!hasLookbehind(path.node.pattern)) return;
        throw path.buildCodeFrameError(
          "Regular-expression lookbehind cannot run in classic Outlook before Version 2403 " +
            "(ECMAScript 2016), and no transpiler can lower it: write it as code " +
            "(src/core/text/lookbehind.ts).",
        );
      },
    },
  };
}

/**
 * The launch-event file also runs in engines that parse ES2016 but lack later built-ins
 * (classic Outlook on Windows before Version 2403): Babel adds the core-js polyfill of every
 * built-in that our code or a dependency uses ("usage"), for the file's own targets. Each one
 * installs itself only where the engine lacks (or has a broken) feature. test/manifest/
 * launchevent-bundle.test.ts runs the built file with the post-ES2016 built-ins deleted.
 *
 * "usage" cannot tell `new Set()` or `list.map()` from the newest Set and Iterator methods, so
 * it would add those too; they are left out: TypeScript checks our code against ES2022
 * (tsconfig "lib"), which has none of them, and the dependencies bundled here target older
 * engines. Left out: iterator helpers, the ES2025 Set methods, Map/WeakMap getOrInsert,
 * Uint8Array base64/hex, explicit resource management, and core-js's "esnext" aliases.
 *
 * Likewise (round 16, about 2 KiB gzip): any `new Uint8Array(…)` makes "usage" add every
 * typed-array method, the ES2023 ones too (toSorted, toReversed, with, findLast,
 * findLastIndex), and the ES2024 ArrayBuffer transfer/detached that come with them; and any
 * `JSON.parse` adds JSON.parse's source-text access (ES2026: a reviver's third argument), which
 * replaces the engine's JSON.parse with a wrapper wherever that is missing. Nothing bundled here
 * calls any of them (ES2022 types for our code; the dependencies were searched), so the
 * engine's own JSON.parse answers. JSON.stringify's polyfill (well-formed output, ES2019) stays.
 * And a token's `claims.sub` reads as a call of String.prototype.sub, one of Annex B's HTML
 * methods (`"x".sub()` → `<sub>x</sub>`), which nothing here calls; any Map's `has`, `delete`
 * or `size` as URLSearchParams' newer two-argument `has`/`delete` and `size`, which patch a
 * native URLSearchParams only (core-js's own URLSearchParams, for a runtime without one, has
 * them all; MSAL calls `has(name)` alone); and any `for…of` as iterating a DOM collection
 * (NodeList and the like), which the launch event never touches: classic Outlook's runtime has
 * no DOM, and the browsers that run it elsewhere iterate their own.
 */
const CORE_JS_VERSION = require("core-js/package.json").version;
const POLYFILLS_NOT_USED = [
  /^esnext\./,
  /^es\.iterator\./,
  /^es\.async-iterator\./,
  /^es\.set\.[a-z-]+\.v2$/,
  /^es\.(weak-)?map\.get-or-insert/,
  /^es\.uint8-array\./,
  /^es\.suppressed-error/,
  /dispose/,
  /^es\.(typed-)?array\.(to-sorted|to-reversed|to-spliced|with|find-last|find-last-index)$/,
  /^es\.array-buffer\.(transfer|transfer-to-fixed-length|detached)$/,
  /^es\.json\.(parse|raw-json|is-raw-json)$/,
  /^es\.string\.(anchor|big|blink|bold|fixed|fontcolor|fontsize|italics|link|small|strike|sub|sup)$/,
  /^web\.url-search-params\.(delete|has|size)$/,
  /^web\.dom-collections\./,
];
const LAUNCH_EVENT_POLYFILLS = {
  useBuiltIns: "usage",
  corejs: CORE_JS_VERSION,
  exclude: POLYFILLS_NOT_USED,
};
/**
 * babel-loader keys its cache on the options as JSON, where a RegExp is "{}": without this,
 * changing POLYFILLS_NOT_USED would keep serving files transformed under the old list.
 */
const LAUNCH_EVENT_CACHE_ID = [
  `core${require("@babel/core/package.json").version}`,
  `loader${require("babel-loader/package.json").version}`,
  `core-js${CORE_JS_VERSION}`,
  `runtime${require("@babel/runtime/package.json").version}`,
  ...POLYFILLS_NOT_USED.map(String),
].join(",");

/**
 * Babel writes its helpers (classes, spread, destructuring, typeof, async functions and the
 * regenerator behind them) into every module that needs one: down-levelled to ES5, the launch
 * event carried over 100 copies of some (83 of the regenerator runtime alone), about 40 KiB of
 * its gzip. Importing each from @babel/runtime keeps one copy of each, the same code. No core-js
 * here (the polyfills stay "usage", above); the helpers only use ES2015 built-ins (Symbol,
 * Reflect, Promise), which an ES2016 engine has.
 */
const SHARED_BABEL_HELPERS = [
  "@babel/plugin-transform-runtime",
  {
    corejs: false,
    helpers: true,
    regenerator: true,
    version: require("@babel/runtime/package.json").version,
  },
];

/** Babel for our sources; the preset and plugins come from babel.config.cjs. */
function babelRule(targets, { forLaunchEvent, mode }) {
  const plugins = forLaunchEvent ? [regexLookbehindIsAnError, SHARED_BABEL_HELPERS] : [];
  const polyfills = forLaunchEvent ? LAUNCH_EVENT_POLYFILLS : {};
  return {
    test: /\.[cm]?[jt]sx?$/,
    // The launch-event file must be ES5 through and through, dependencies included.
    exclude: forLaunchEvent
      ? /node_modules[\\/](core-js|@babel[\\/]runtime|webpack)[\\/]/
      : /node_modules/,
    oneOf: [
      {
        // Dependencies: no TypeScript or JSX, just down-levelled syntax for old runtimes.
        include: /node_modules/,
        use: {
          loader: "babel-loader",
          options: {
            configFile: false,
            babelrc: false,
            envName: mode,
            sourceType: "unambiguous",
            cacheDirectory: true,
            ...(forLaunchEvent ? { cacheIdentifier: LAUNCH_EVENT_CACHE_ID } : {}),
            presets: [["@babel/preset-env", { targets, bugfixes: true, ...polyfills }]],
            plugins,
          },
        },
      },
      {
        // envName pins babel.config.cjs to the build's mode, even when jest sets NODE_ENV=test.
        // For the launch event, preset-env's options here replace babel.config.cjs's (Babel
        // merges a preset named twice by replacing its options), adding the polyfills.
        use: {
          loader: "babel-loader",
          options: {
            targets,
            envName: mode,
            cacheDirectory: true,
            plugins,
            ...(forLaunchEvent
              ? {
                  cacheIdentifier: LAUNCH_EVENT_CACHE_ID,
                  presets: [["@babel/preset-env", { bugfixes: true, ...polyfills }]],
                }
              : {}),
          },
        },
      },
    ],
  };
}

const resolveOptions = { extensions: [".ts", ".tsx", ".mjs", ".js", ".json"] };

/**
 * The Graph SDK's modules only define what they export (classes, their static fields, enums), but
 * its package.json does not say so ("sideEffects"), so every module its index re-exports was kept
 * whether used or not: the $batch builder (BatchRequestContent) and the large-file upload tasks,
 * 3.8 KiB gzip of the launch event (round 45, docs/performance.md "Bundle budgets"). Rapport calls
 * Client and ResponseType (src/profiles/graph-http.ts); this rule lets webpack leave out the rest.
 * Node (jest, the CLI) loads the SDK's CommonJS build and is unaffected.
 */
const sideEffectFreePackages = {
  test: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]/,
  sideEffects: false,
};

/**
 * Tenant settings (src/auth/config.ts: clientId, tenantId, site, list, ...) from
 * RAPPORT_GRAPH_CONFIG: JSON text, or the path of a JSON file. Built in, so classic Outlook's
 * launch-event runtime needs no extra request before it can check a message.
 */
function readGraphConfig(value) {
  if (!value) return undefined;
  const text = value.trim().startsWith("{")
    ? value
    : fs.readFileSync(path.resolve(ROOT, value), "utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`RAPPORT_GRAPH_CONFIG is not valid JSON: ${error.message}`);
  }
}

function defineBuildConstants(baseUrl, graphConfig) {
  return new webpack.DefinePlugin({
    __RAPPORT_BASE_URL__: JSON.stringify(`${baseUrl}/`),
    __RAPPORT_GRAPH_CONFIG__: graphConfig === undefined ? "undefined" : JSON.stringify(graphConfig),
  });
}

/**
 * The launch-event bundle: one classic script, ES5 syntax, nothing loaded at run time.
 * Exported so a test can build it alone into a temporary folder.
 */
function createLaunchEventConfig({
  mode = "production",
  outputPath,
  baseUrl = DEV_BASE_URL,
  graphConfig,
  sourceMaps = false,
} = {}) {
  const production = mode === "production";
  return {
    name: "launchevent",
    mode,
    context: ROOT,
    target: ["web", "es5"],
    devtool: production && !sourceMaps ? false : "source-map",
    entry: { launchevent: "./src/launchevent/index.ts" },
    output: {
      path: outputPath,
      filename: "[name].js",
      iife: true,
      module: false,
      chunkFormat: "array-push",
      environment: {
        arrowFunction: false,
        asyncFunction: false,
        bigIntLiteral: false,
        const: false,
        destructuring: false,
        document: false,
        dynamicImport: false,
        dynamicImportInWorker: false,
        forOf: false,
        globalThis: false,
        module: false,
        optionalChaining: false,
        templateLiteral: false,
      },
    },
    resolve: resolveOptions,
    module: {
      rules: [babelRule({ ie: "11" }, { forLaunchEvent: true, mode }), sideEffectFreePackages],
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    node: { global: false },
    performance: { hints: false },
    plugins: [
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      defineBuildConstants(baseUrl, graphConfig),
      new HtmlWebpackPlugin({
        filename: "launchevent.html",
        templateContent: page({ title: "Rapport launch events", officeJs: true }),
        chunks: ["launchevent"],
        scriptLoading: "blocking",
        inject: "body",
      }),
    ],
  };
}

function existing(file) {
  return fs.existsSync(path.join(ROOT, file)) ? `./${file}` : undefined;
}

function createWebConfig({
  mode,
  outputPath,
  baseUrl,
  graphConfig,
  playground,
  sourceMaps = false,
  sampleProfiles = false,
}) {
  const production = mode === "production";
  const taskpane = existing("src/taskpane/index.tsx");
  const playgroundEntry = playground ? existing("src/playground/index.tsx") : undefined;
  const entry = {};
  const pages = [];
  if (taskpane) entry.taskpane = taskpane;
  else console.warn("webpack: src/taskpane/index.tsx is missing; taskpane.html has no script yet.");
  pages.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      templateContent: page({ title: "Rapport", officeJs: true, notStarted: true }),
      chunks: taskpane ? ["taskpane"] : [],
    }),
  );
  // Its own page and chunk: never part of the task pane's initial load (bundle budgets).
  entry["auth-dialog"] = SIGN_IN_DIALOG_ENTRY;
  pages.push(
    new HtmlWebpackPlugin({
      filename: SIGN_IN_DIALOG_PAGE,
      templateContent: page({ title: "Rapport sign-in", officeJs: true }),
      chunks: ["auth-dialog"],
    }),
  );
  if (playgroundEntry) {
    entry.playground = playgroundEntry;
    // The playground brings its own stand-in Office object: no office.js.
    pages.push(
      new HtmlWebpackPlugin({
        filename: "playground.html",
        templateContent: page({ title: "Rapport playground", officeJs: false }),
        chunks: ["playground"],
      }),
    );
  }
  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    // Sample client data belongs in development and the playground, not a firm's deployment.
    ...(!production || playgroundEntry || sampleProfiles
      ? [
          {
            from: "assets/sample-profiles.json",
            to: "sample-profiles.json",
            noErrorOnMissing: true,
          },
        ]
      : []),
    { from: "public", to: ".", globOptions: { dot: true } },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => rewriteManifest(content.toString(), baseUrl),
    },
  ];
  return {
    name: "web",
    mode,
    context: ROOT,
    target: "web",
    // No eval-based maps (the CSP forbids eval); none at all in production unless asked.
    devtool: production && !sourceMaps ? false : "source-map",
    entry,
    output: {
      path: outputPath,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
    },
    resolve: resolveOptions,
    module: {
      rules: [
        babelRule("defaults, not ie 11", { forLaunchEvent: false, mode }),
        sideEffectFreePackages,
        { test: /\.css$/, type: "asset/resource" },
      ],
    },
    performance: { hints: false },
    plugins: [
      defineBuildConstants(baseUrl, graphConfig),
      ...pages,
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      new EmitFilesPlugin({
        ".well-known/microsoft-officeaddins-allowed.json": wellKnownFile(baseUrl),
      }),
      new ChunkGroupsManifestPlugin(),
    ],
    devServer: {
      port: DEV_PORT,
      server: devServerTransport(),
      headers: {
        "Access-Control-Allow-Origin": "*",
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
      },
      static: false,
      hot: false,
      client: { overlay: false },
    },
  };
}

/**
 * https with the Office dev certificates when they exist (`npx office-addin-dev-certs install`
 * creates them); plain http otherwise, which is enough for the playground but not for Outlook.
 */
function devServerTransport() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const cert = path.join(dir, "localhost.crt");
  const key = path.join(dir, "localhost.key");
  const ca = path.join(dir, "ca.crt");
  if (fs.existsSync(cert) && fs.existsSync(key)) {
    return {
      type: "https",
      options: {
        cert: fs.readFileSync(cert),
        key: fs.readFileSync(key),
        ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}),
      },
    };
  }
  return "http";
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const baseUrl = resolveBaseUrl(process.env.ADDIN_BASE_URL);
  const graphConfig = readGraphConfig(process.env.RAPPORT_GRAPH_CONFIG);
  const outputPath = path.resolve(ROOT, env.outputPath || "dist");
  const playground = mode === "development" || process.env.RAPPORT_PLAYGROUND === "1";
  const sourceMaps = process.env.RAPPORT_SOURCE_MAPS === "1";
  const sampleProfiles = process.env.RAPPORT_SAMPLE_PROFILES === "1";
  if (mode === "production" && baseUrl === DEV_BASE_URL) {
    console.warn(
      "webpack: ADDIN_BASE_URL is not set; the manifest still points at https://localhost:3000.",
    );
  }
  if (mode === "production" && !graphConfig && !playground && !sampleProfiles) {
    console.warn(
      "webpack: RAPPORT_GRAPH_CONFIG is not set and the sample profiles are left out, so this build has no client profiles; set RAPPORT_GRAPH_CONFIG, or RAPPORT_SAMPLE_PROFILES=1 for a demonstration build.",
    );
  }
  // Both configurations write into one folder, so neither may clean it: start empty here.
  if (env.WEBPACK_BUILD && !env.WEBPACK_WATCH)
    fs.rmSync(outputPath, { recursive: true, force: true });
  return [
    createWebConfig({
      mode,
      outputPath,
      baseUrl,
      graphConfig,
      playground,
      sourceMaps,
      sampleProfiles,
    }),
    createLaunchEventConfig({ mode, outputPath, baseUrl, graphConfig, sourceMaps }),
  ];
};

module.exports.regexLookbehindIsAnError = regexLookbehindIsAnError;
module.exports.createLaunchEventConfig = createLaunchEventConfig;
module.exports.rewriteManifest = rewriteManifest;
module.exports.resolveBaseUrl = resolveBaseUrl;
module.exports.wellKnownFile = wellKnownFile;
module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.NOT_STARTED_TEXT = NOT_STARTED_TEXT;
module.exports.SIGN_IN_DIALOG_PAGE = SIGN_IN_DIALOG_PAGE;
module.exports.CHUNK_GROUPS_FILE = CHUNK_GROUPS_FILE;
