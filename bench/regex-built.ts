/**
 * Which regular expressions the engine builds while it evaluates real mail: every `new RegExp`
 * (and `RegExp(…)`) made during `evaluate()` after the real-mail bench's 200 warm-up messages,
 * counted by the three frames that called it.
 *
 *   npx tsx bench/regex-built.ts [messages=4150] [rows=20]
 *
 * A pattern built from a profile's terms on every evaluation, or rebuilt per recipient, would be
 * compiled again and again (V8 shares compiled code only between patterns of the same source and
 * flags); this finds such builders (docs/performance.md, tenth round). Literals (`/…/`) are not
 * counted: V8 makes them from one compiled pattern.
 */

const WARMUP_MESSAGES = 200;

async function main(): Promise<void> {
  const messages = Number(process.argv[2] ?? 4150);
  const rows = Number(process.argv[3] ?? 20);
  const Native = RegExp;
  const built = new Map<string, number>();
  let counting = false;
  const count = () => {
    if (!counting) return;
    const frames = (new Error().stack ?? "")
      .split("\n")
      .slice(3, 6)
      .map((line) =>
        line
          .trim()
          .replace(/^at /, "")
          .replace(process.cwd() + "/", ""),
      );
    const key = frames.join(" < ");
    built.set(key, (built.get(key) ?? 0) + 1);
  };
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      count();
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args: [string | RegExp, string?]) {
      count();
      return Reflect.apply(target, thisArg, args);
    },
  });
  // Loaded after the proxy is in place, so that every module's `RegExp` is the counting one.
  const { hamForBench, loadTemplates } = await import("../scripts/false-alarms");
  const { evaluate } = await import("../src/core/engine");
  let evaluated = 0;
  for await (const { draft, profiles } of hamForBench(messages, loadTemplates())) {
    counting = evaluated >= WARMUP_MESSAGES;
    evaluate(draft, profiles);
    counting = false;
    evaluated++;
  }
  const timed = Math.max(0, evaluated - WARMUP_MESSAGES);
  const total = [...built.values()].reduce((a, b) => a + b, 0);
  console.log(`${total} RegExp built in ${timed} messages after the warm-up, by caller:`);
  for (const [where, n] of [...built].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    console.log(`${String(n).padStart(7)}  ${where}`);
  }
}

void main();
