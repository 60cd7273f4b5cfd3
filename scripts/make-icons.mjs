// Draws the toolbar icon (a shield with a check) as PNGs into public/icon/.
// Run once after changing the design: `node scripts/make-icons.mjs`.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function shieldAlpha(x, y) {
  // Unit square coordinates; shield = rectangle top half, tapering to a point.
  if (y < 0.08 || y > 0.95) return false;
  const half = y < 0.5 ? 0.4 : 0.4 * (1 - (y - 0.5) / 0.45);
  return Math.abs(x - 0.5) <= half;
}
function checkMark(x, y) {
  const d1 = Math.abs(y - (x * 0.9 + 0.17)) < 0.06 && x > 0.3 && x < 0.45;
  const d2 = Math.abs(y - (-1.1 * x + 1.13)) < 0.06 && x >= 0.43 && x < 0.72;
  return d1 || d2;
}

function png(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  const ss = 4; // supersampling for smooth edges
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      let inShield = 0, inCheck = 0;
      for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
        const u = (x + (sx + 0.5) / ss) / size, v = (y + (sy + 0.5) / ss) / size;
        if (shieldAlpha(u, v)) { inShield++; if (checkMark(u, v)) inCheck++; }
      }
      const a = inShield / (ss * ss), c = inShield ? inCheck / inShield : 0;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = Math.round(0xc6 * (1 - c) + 255 * c);
      raw[o + 1] = Math.round(0x28 * (1 - c) + 255 * c);
      raw[o + 2] = Math.round(0x28 * (1 - c) + 255 * c);
      raw[o + 3] = Math.round(255 * a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
console.log('icons written to public/icon/');
