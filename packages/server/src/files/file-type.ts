/** A file type the workspace accepts, recognised by its first bytes (never by name or the client's claim). */
export interface DetectedType {
  readonly mediaType: 'image/png' | 'image/jpeg' | 'image/gif' | 'image/webp' | 'application/pdf';
  readonly ext: string;
}

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/**
 * Returns the type of `bytes` from magic numbers: PNG, JPEG, GIF, WebP or PDF; null for anything
 * else (HTML, SVG, scripts, Office files, executables…). Pure.
 */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mediaType: 'image/png', ext: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mediaType: 'image/jpeg', ext: 'jpg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { mediaType: 'image/gif', ext: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { mediaType: 'image/webp', ext: 'webp' };
  if (startsWith(bytes, ascii('%PDF-'))) return { mediaType: 'application/pdf', ext: 'pdf' };
  return null;
}

/**
 * Returns a safe display name: decoded, without folders or control characters, at most 120
 * characters, ending with the extension of the detected type. Pure.
 */
export function safeFileName(raw: string | undefined, type: DetectedType): string {
  let name = '';
  try { name = decodeURIComponent(raw ?? ''); } catch { name = raw ?? ''; }
  // eslint-disable-next-line no-control-regex
  name = name.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').split(/[\\/]/).pop()!.trim().replace(/^\.+/, '');
  const base = (name || 'file').slice(0, 110);
  const ext = type.ext === 'jpg' ? /\.(jpe?g)$/i : new RegExp(`\\.${type.ext}$`, 'i');
  return ext.test(base) ? base : `${base}.${type.ext}`;
}
