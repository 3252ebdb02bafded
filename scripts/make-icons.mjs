// Draws Rapport's ribbon and store icons (a navy rounded square with a white "R") as PNGs in
// assets/, at every size the manifest names. No image library: PNG is a few zlib-compressed
// rows and three chunks, which keeps the build free of native modules.
// Usage: node scripts/make-icons.mjs
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x1f, 0x3a, 0x5f]; // navy
const FOREGROUND = [0xff, 0xff, 0xff];

// 5×7 bitmap of the letter R.
const GLYPH_R = ["11110", "10001", "10001", "11110", "10100", "10010", "10001"];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Fraction (0..1) of pixel (x, y) inside a square of `size` with corner radius `radius`, 4×4 supersampled. */
function coverage(x, y, size, radius) {
  let inside = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const px = x + (sx + 0.5) / 4;
      const py = y + (sy + 0.5) / 4;
      const cx = Math.min(Math.max(px, radius), size - radius);
      const cy = Math.min(Math.max(py, radius), size - radius);
      if ((px - cx) ** 2 + (py - cy) ** 2 <= radius ** 2) inside++;
    }
  }
  return inside / 16;
}

function drawIcon(size) {
  const radius = size * 0.2;
  const cell = Math.max(1, Math.floor((size * 0.6) / GLYPH_R.length));
  const glyphWidth = cell * 5;
  const glyphHeight = cell * GLYPH_R.length;
  const left = Math.floor((size - glyphWidth) / 2);
  const top = Math.floor((size - glyphHeight) / 2);

  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let x = 0; x < size; x++) {
      const gx = Math.floor((x - left) / cell);
      const gy = Math.floor((y - top) / cell);
      const onGlyph = x >= left && y >= top && GLYPH_R[gy]?.[gx] === "1";
      const [r, g, b] = onGlyph ? FOREGROUND : BACKGROUND;
      const alpha = Math.round(255 * coverage(x, y, size, radius));
      row.set([r, g, b, alpha], 1 + x * 4);
    }
    rows.push(row);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit depth, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assetsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
mkdirSync(assetsDir, { recursive: true });
for (const size of SIZES) {
  const file = join(assetsDir, `icon-${size}.png`);
  writeFileSync(file, drawIcon(size));
  console.log(`wrote ${file}`);
}
