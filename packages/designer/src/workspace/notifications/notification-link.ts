/**
 * Where a notification opens. The server stores project-scoped app paths (`/p/<project>/…`, see
 * docs/contracts.md); rows written before that carry older forms, mapped here with the
 * notification's own project:
 *   /tasks/<id>                        → /p/<project>/workspace/tasks/<id>
 *   /projects/<p>/instances/<id>       → none (no page per instance; the new rows link the record)
 *   /projects/<p>/reports?month=…      → /p/<p>/reports?month=…
 * Absolute URLs to this site are read as their path. Returns null when nothing can be opened. Pure.
 */
export function notificationPath(link: string | null, projectId: string | null): string | null {
  if (!link) return null;
  let url: URL;
  try {
    url = new URL(link, 'http://x');
  } catch {
    return null;
  }
  const path = url.pathname;
  if (path.startsWith('/p/')) return `${path}${url.search}`;
  const task = /^\/tasks\/([^/]+)\/?$/.exec(path);
  if (task && projectId) return `/p/${encodeURIComponent(projectId)}/workspace/tasks/${task[1]}`;
  const report = /^\/projects\/([^/]+)\/reports\/?$/.exec(path);
  if (report) return `/p/${report[1]}/reports${url.search}`;
  return null;
}
