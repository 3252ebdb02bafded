/**
 * A regular-expression literal with lookbehind in the launch event's code stops the build,
 * naming the file and line (webpack.config.js): classic Outlook's ES2016 engine cannot run it
 * and no transpiler can lower it. Strings given to RegExp are checked on the built file
 * (launchevent-bundle.test.ts).
 */
import { transformSync } from "@babel/core";
import { webpackConfig } from "./webpack-config";

const transform = (code: string) =>
  transformSync(code, {
    filename: "src/core/checks/example.ts",
    configFile: false,
    babelrc: false,
    plugins: [webpackConfig.regexLookbehindIsAnError],
  });

describe("the launch event's lookbehind build error", () => {
  it.each(["/(?<=a)b/", "/(?<!\\w)b/gi", "/x|(?<!y)z/"])("stops the build on %s", (literal) => {
    expect(() => transform(`const p = ${literal};`)).toThrow(
      /src\/core\/checks\/example\.ts.*lookbehind cannot run in classic Outlook/s,
    );
  });

  it("lets lookahead, a lookbehind-like class and strings through", () => {
    const code = 'const a = /(?=a)b(?!c)/g; const b = /[(?<=]/; const c = "(?<=x)";';
    expect(transform(code)?.code).toContain("/(?=a)b(?!c)/g");
  });
});
