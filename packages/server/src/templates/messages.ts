import type { CatalogueEntry, Message } from '@siteflow/runtime';

/** Codes of template packages and template publishing, with zh-CN and English text. */
export const templateMessages = {
  TPL_MANIFEST_MISSING: { kind: 'user', zh: '模板包目录 {dir} 缺少 manifest.json', en: 'Template package folder {dir} has no manifest.json' },
  TPL_JSON_INVALID: { kind: 'user', zh: '文件 {file} 不是合法的 JSON：{detail}', en: 'File {file} is not valid JSON: {detail}' },
  TPL_FILE_MISSING: { kind: 'user', zh: '清单引用的文件 {file} 不存在，请检查 manifest.json 中的路径', en: 'File {file} named in the manifest does not exist; check the path in manifest.json' },
  TPL_MANIFEST_INVALID: { kind: 'user', zh: '清单字段「{field}」不正确：{detail}', en: 'Manifest field "{field}" is invalid: {detail}' },
  TPL_DUPLICATE_KEY: { kind: 'user', zh: '{kind} 的键「{key}」重复出现，请改为唯一的键', en: '{kind} key "{key}" appears twice; make keys unique' },
  TPL_PART_INVALID: { kind: 'user', zh: '{file}：{detail}', en: '{file}: {detailEn}' },
  TPL_UNKNOWN_FORM: { kind: 'user', zh: '流程「{flow}」使用的表单「{form}」不在本模板包中', en: 'Flow "{flow}" uses form "{form}", which this package does not ship' },
  TPL_UNKNOWN_REF: { kind: 'user', zh: '{what}「{key}」不在本模板包中（{file}）', en: '{whatEn} "{key}" is not part of this package ({file})' },
  TPL_UNKNOWN_DOCUMENT: { kind: 'user', zh: '文书包「{key}」不存在于 templates/legal-documents', en: 'Document package "{key}" does not exist in templates/legal-documents' },
  TPL_UNKNOWN_ROLE: { kind: 'user', zh: '角色「{role}」不是系统角色，可选：{allowed}', en: 'Role "{role}" is not a known role; choose one of: {allowed}' },
  TPL_SLA_TARGET: { kind: 'user', zh: '可覆盖时限「{key}」指向的 {target} 不存在或没有时限', en: 'Overridable time limit "{key}" points at {target}, which does not exist or has no time limit' },
  TPL_SLA_DEFAULT: { kind: 'user', zh: '可覆盖时限「{key}」的默认值 {declared} 与定义中的 {actual} 不一致', en: 'Overridable time limit "{key}" declares {declared} but the definition says {actual}' },
  TPL_SETTING_UNKNOWN: { kind: 'user', zh: '引用了未声明的设置项「{key}」（{file}）', en: 'Setting "{key}" is used but not declared ({file})' },
  TPL_SETTING_INVALID: { kind: 'user', zh: '设置项「{key}」的值「{value}」无效：需要 http(s) 绝对地址', en: 'Setting "{key}" value "{value}" is invalid: an absolute http(s) URL is needed' },
  TPL_OVERRIDE_UNKNOWN: { kind: 'user', zh: '覆盖项「{key}」不在模板包允许覆盖的列表中，可选：{allowed}', en: 'Override "{key}" is not overridable in this package; allowed: {allowed}' },
  TPL_OVERRIDE_DURATION: { kind: 'user', zh: '时限「{key}」必须大于 0', en: 'Time limit "{key}" must be greater than 0' },
  TPL_PACKAGE_NOT_FOUND: { kind: 'notFound', zh: '模板包「{key}」不存在', en: 'Template package "{key}" does not exist' },
  TPL_VERSION_NOT_FOUND: { kind: 'notFound', zh: '模板包「{key}」没有版本 {version}，可用版本：{available}', en: 'Template package "{key}" has no version {version}; available: {available}' },
  TPL_PROJECT_NOT_FOUND: { kind: 'notFound', zh: '项目「{projectId}」不存在或不属于您的组织', en: 'Project "{projectId}" does not exist or is not in your organisation' },
  TPL_PACKAGE_INVALID: { kind: 'user', zh: '模板包「{key}」有 {count} 个问题，不能发布', en: 'Template package "{key}" has {count} problem(s) and cannot be published' },
  TPL_DOWNGRADE: { kind: 'state', zh: '项目「{projectId}」已安装更高版本 {installed}，不能降级到 {version}', en: 'Project "{projectId}" already has the newer version {installed}; it cannot go back to {version}' },
  TPL_PUBLISH_FAILED: { kind: 'user', zh: '发布到项目「{projectId}」失败：{detail}', en: 'Publishing to project "{projectId}" failed: {detailEn}' },
  TPL_CLI_USAGE: { kind: 'user', zh: '用法：siteflow templates list | validate [key] | publish <key> --projects a,b [--version x.y.z] [--sla key=12h] [--role from=to] [--setting key=value] [--as 用户名 [--migrate-running]]', en: 'Usage: siteflow templates list | validate [key] | publish <key> --projects a,b [--version x.y.z] [--sla key=12h] [--role from=to] [--setting key=value] [--as username [--migrate-running]]' },
  TPL_CLI_NO_ORG: { kind: 'user', zh: '数据库中没有组织，请先初始化（例如 --demo）或用 --org 指定', en: 'The database has no organisation; initialise it first (e.g. --demo) or pass --org' },
  TPL_CLI_BAD_PAIR: { kind: 'user', zh: '参数 --{option} {value} 需要 key=value 格式', en: 'Option --{option} {value} must look like key=value' },
  TPL_CLI_BAD_DURATION: { kind: 'user', zh: '时限 {key}={value} 无效：格式如 12h、15m、3wd、2d', en: 'Time limit {key}={value} is invalid: use e.g. 12h, 15m, 3wd, 2d' },
  TPL_CLI_ISSUES: { kind: 'user', zh: '{count} 个问题', en: '{count} issue(s)' },
  TPL_CLI_BAD_ACTOR: { kind: 'user', zh: '参数 --as {username}：不是本组织中启用的管理员', en: 'Option --as {username}: not an active administrator of this organisation' },
  TPL_CLI_MIGRATE_NEEDS_ACTOR: { kind: 'user', zh: '参数 --migrate-running 需要同时用 --as 指定管理员的用户名：迁移会写入每个工单的流程动态，须写明是谁迁移的', en: 'Option --migrate-running needs --as with an administrator\'s username: the move is written on each case\'s timeline, which must name who moved it' },
  TPL_CLI_MIGRATED: { kind: 'user', zh: '迁移工单 {count} 个（{flow} v{from} → v{to}）', en: 'Moved {count} running case(s) ({flow} v{from} → v{to})' },
  TPL_CLI_KEPT: { kind: 'user', zh: '工单 {instanceId}{customer}留在 v{from}：{reason}', en: 'Case {instanceId}{customerEn} stays on v{from}: {reasonEn}' },
  // Names used inside the server's generic messages (未找到{what} / {whatEn} not found).
  TPL_THING_PACKAGE: { kind: 'notFound', zh: '模板包「{key}」', en: 'Template package "{key}"' },
  TPL_THING_VERSION: { kind: 'notFound', zh: '模板包「{key}」的版本 {version}', en: 'Version {version} of template package "{key}"' },
  TPL_THING_DICTIONARY: { kind: 'notFound', zh: '关键词词典「{key}」', en: 'Keyword dictionary "{key}"' },
} as const satisfies Record<string, CatalogueEntry>;

/** A code of `templateMessages`. */
export type TemplateCode = keyof typeof templateMessages;

/** Returns the zh/en text of a template code with `{name}` placeholders filled. Pure. */
export function templateMessage(code: TemplateCode, params: Record<string, unknown> = {}): Message {
  const entry: CatalogueEntry = templateMessages[code];
  const fill = (text: string) => text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  return { zh: fill(entry.zh), en: fill(entry.en) };
}
