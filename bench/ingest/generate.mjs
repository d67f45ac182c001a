// A synthetic observations file shaped like real panel data: 100 products, 7 vendors, 20 sources,
// monthly periods from 1900 (3M rows reach 2025), every series point once, some notes with commas and quotes.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export async function generateObservations(path, rows) {
  if (existsSync(path) && statSync(path).size > 0) return path;
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path);
  const write = (text) => (out.write(text) ? undefined : new Promise((resolve) => out.once('drain', resolve)));
  await write('period,product,vendor,metric,value,unit,segment,geography,source,note\n');
  for (let index = 0; index < rows; index++) {
    const months = Math.floor(index / 2000);
    const period = `${1900 + Math.floor(months / 12)}-${String((months % 12) + 1).padStart(2, '0')}`;
    const note = index % 10 === 0 ? `"panel note ${index}, ""quoted"""` : '';
    const pending = write(`${period},Client ${index % 100},Vendor ${index % 7},unique_users,${(index % 9973) / 10},thousand,home,US,Bench panel ${Math.floor(index / 100) % 20},${note}\n`);
    if (pending) await pending;
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
  return path;
}
