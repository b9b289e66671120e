import { ApiCallError, type Session } from './client.js';

interface PackageRow {
  readonly key: string;
  readonly version: string;
  readonly installs: readonly { projectId: string; version: string }[];
}

/**
 * Publishes the newest version of each template package to the project through the admin API
 * (`POST /api/admin/template-packages/:key/publish`), with `settings` overrides (e.g. the bank
 * URL). Publishing the same version and overrides again changes nothing. Returns what happened.
 */
export async function installTemplates(admin: Session, projectId: string, keys: readonly string[], settings: Record<string, Record<string, string>> = {}): Promise<Record<string, string>> {
  let rows: PackageRow[];
  try {
    rows = await admin.call<PackageRow[]>('GET', '/api/admin/template-packages');
  } catch (err) {
    if (err instanceof ApiCallError && err.status === 404) {
      throw new Error('模板发布接口 /api/admin/template-packages 未挂载 / the template publishing API is not mounted on this server');
    }
    throw err;
  }
  const out: Record<string, string> = {};
  for (const key of keys) {
    const newest = rows.filter((r) => r.key === key).sort((a, b) => compareVersions(b.version, a.version))[0];
    if (!newest) throw new Error(`模板包 ${key} 不存在 / template package ${key} is not available`);
    const res = await admin.call<{ results: { status: string; issues: { message: { zh: string } }[] }[] }>('POST', `/api/admin/template-packages/${key}/publish`, {
      version: newest.version, projectIds: [projectId], ...(settings[key] ? { overrides: { settings: settings[key] } } : {}),
    });
    const result = res.results[0]!;
    if (result.status === 'failed') throw new Error(`模板包 ${key} 发布失败 / publishing ${key} failed: ${result.issues.map((i) => i.message.zh).join('；')}`);
    out[key] = `${newest.version} ${result.status}`;
  }
  return out;
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
