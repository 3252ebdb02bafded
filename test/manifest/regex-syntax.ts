/**
 * Which regular expressions a built file can construct, and which of them an ECMAScript 2016
 * engine (classic Outlook on Windows before Version 2403) would reject. Patterns are judged by
 * acorn's own validator at ecmaVersion 2016, which knows the grammar exactly: lookbehind, named
 * groups and `\k<…>`, the `s` flag and `\p{…}` all fail there.
 */
import { parse, type Node } from "acorn";

/** Why an ES2016 engine rejects this pattern, or undefined when it accepts it. */
export function es2016RegexError(pattern: string, flags = ""): string | undefined {
  let literal: string;
  try {
    // Modern V8 gives a source that is safe between slashes (`/` and line breaks escaped).
    const regex = new RegExp(pattern, flags);
    literal = `/${regex.source}/${regex.flags}`;
  } catch (error) {
    return `not a valid regular expression at all: ${(error as Error).message}`;
  }
  try {
    parse(literal, { ecmaVersion: 2016, sourceType: "script" });
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/\s*\(\d+:\d+\)$/, "");
  }
}

/**
 * A regular expression the file can construct: a literal, or `RegExp(...)`/`new RegExp(...)`
 * whose arguments are string literals. Patterns built at run time from variables are listed
 * with `pattern` undefined (`dynamic`): only running the file can judge those.
 */
export interface RegexSite {
  kind: "literal" | "constructor" | "dynamic";
  pattern?: string;
  flags?: string;
  /** Offset in the file. */
  start: number;
}

interface AnyNode extends Node {
  [key: string]: unknown;
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === "object" && value !== null && typeof (value as Node).type === "string";
}

function staticString(node: unknown): string | undefined {
  if (!isNode(node)) return undefined;
  if (node.type === "Literal" && typeof node.value === "string") return node.value;
  if (node.type === "TemplateLiteral" && (node.expressions as unknown[]).length === 0) {
    const [quasi] = node.quasis as { value: { cooked: string } }[];
    return quasi?.value.cooked;
  }
  return undefined;
}

/** Every regular expression site in `code` (any modern syntax), in file order. */
export function regexSites(code: string): RegexSite[] {
  const sites: RegexSite[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type === "Literal" && node.regex) {
      const { pattern, flags } = node.regex as { pattern: string; flags: string };
      sites.push({ kind: "literal", pattern, flags, start: node.start });
    } else if (
      (node.type === "NewExpression" || node.type === "CallExpression") &&
      isNode(node.callee) &&
      node.callee.type === "Identifier" &&
      node.callee.name === "RegExp"
    ) {
      const args = node.arguments as unknown[];
      const pattern = staticString(args[0]);
      const flags = args.length > 1 ? staticString(args[1]) : "";
      const regexArgument = isNode(args[0]) && args[0].type === "Literal" && args[0].regex;
      if (!regexArgument) {
        sites.push(
          pattern !== undefined && flags !== undefined
            ? { kind: "constructor", pattern, flags, start: node.start }
            : { kind: "dynamic", start: node.start },
        );
      }
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(parse(code, { ecmaVersion: "latest", sourceType: "script" }) as unknown as AnyNode);
  return sites.sort((a, b) => a.start - b.start);
}
