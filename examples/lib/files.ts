import { deflateSync } from 'node:zlib';
import type { Session } from './client.js';

/** A stored attachment as the files API returns it (and as form attachment fields store it). */
export interface Attachment {
  readonly id: string;
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

/**
 * Returns a real PNG (RGB, `width` × `height`) drawing a simple bar chart of `bars` (0..1): a
 * stand-in for a supervision-report progress screenshot. Pure.
 */
export function progressChartPng(bars: readonly number[], width = 240, height = 120): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height, 255);
  const barWidth = Math.floor(width / (bars.length * 2 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    bars.forEach((value, i) => {
      const top = Math.round(height * (1 - Math.max(0, Math.min(1, value))));
      if (y < top) return;
      const x0 = barWidth * (2 * i + 1);
      for (let x = x0; x < x0 + barWidth && x < width; x++) {
        const o = y * (width * 3 + 1) + 1 + x * 3;
        raw[o] = 22; raw[o + 1] = 119; raw[o + 2] = 255;
      }
    });
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

/** Uploads bytes through `POST /api/projects/:p/files`; returns the attachment reference. */
export async function uploadFile(s: Session, projectId: string, name: string, bytes: Buffer): Promise<Attachment> {
  const res = await s.call<Attachment & { url: string }>('POST', `/api/projects/${projectId}/files`, undefined, { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream' }, bytes);
  return { id: res.id, name: res.name, size: res.size, type: res.type };
}
