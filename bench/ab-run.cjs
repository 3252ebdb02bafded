// The driver of bench/ab.sh: loads side A's and side B's bundles (bench/ab-case.ts) into this
// process and times them in alternate blocks of calls. Prints, per case, the CPU median per call
// of each side over the blocks, and in how many of the paired blocks B was the faster.
// usage: node bench/ab-run.cjs a.cjs b.cjs [blocks=40] [calls per block=5] [b-first]
const [aPath, bPath, blocksArg, perArg, order] = process.argv.slice(2);
const blocks = Number(blocksArg ?? 40);
const per = Number(perArg ?? 5);
const sides = {};
// Which bundle is loaded (and so compiled and warmed) first may be asked for: ab.sh alternates it.
if (order === "b-first") sides.B = require(bPath).cases();
sides.A = require(aPath).cases();
sides.B ??= require(bPath).cases();
const labels = sides.A.map((c) => c.label);
const times = { A: labels.map(() => []), B: labels.map(() => []) };
for (let w = 0; w < 20; w++) for (const s of ["A", "B"]) for (const c of sides[s]) c.run();
const block = (run) => {
  const start = process.cpuUsage();
  for (let i = 0; i < per; i++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / per;
};
for (let b = 0; b < blocks; b++) {
  const order = b % 2 === 0 ? ["A", "B"] : ["B", "A"];
  labels.forEach((_, k) => {
    for (const s of order) times[s][k].push(block(sides[s][k].run));
  });
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
labels.forEach((label, k) => {
  const a = times.A[k];
  const bb = times.B[k];
  const wins = a.filter((x, i) => bb[i] < x).length;
  console.log(
    `${label}: A ${median(a).toFixed(2)} ms, B ${median(bb).toFixed(2)} ms (B/A ${(median(bb) / median(a)).toFixed(3)}), B faster in ${wins} of ${a.length} paired blocks`,
  );
});
