// Draws the Teams app icons (committed; rerun after a design change): color.png 192×192 on the
// accent colour, outline.png 32×32 white on transparent, as Teams requires.
import { writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const DIR = new URL('../manifests/teams/', import.meta.url).pathname;

function draw(
  size: number,
  fg: [number, number, number, number],
  bg: [number, number, number, number],
): Buffer {
  const png = new PNG({ width: size, height: size });
  const stroke = Math.max(2, Math.round(size / 12));
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      // A check mark inside a rounded square: the bot's job is to see actions done.
      const u = x / size;
      const v = y / size;
      const border = x < stroke || y < stroke || x >= size - stroke || y >= size - stroke;
      const d1 = Math.abs(v - (u * 0.9 + 0.2)) * size < stroke && u > 0.22 && u < 0.45;
      const d2 = Math.abs(v - (-1.05 * u + 1.12)) * size < stroke && u >= 0.4 && u < 0.8;
      const on = border || d1 || d2;
      const [r, g, b, a] = on ? fg : bg;
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png);
}

writeFileSync(`${DIR}color.png`, draw(192, [255, 255, 255, 255], [0x1d, 0x35, 0x57, 255]));
writeFileSync(`${DIR}outline.png`, draw(32, [255, 255, 255, 255], [0, 0, 0, 0]));
