import { fillEntry, type CatalogueEntry } from '@siteflow/runtime';

/**
 * Server message catalogue: every code the HTTP layer answers with, its kind (mapped to a status in
 * `http/error-table.ts`) and zh-CN + English text. `{name}` placeholders are filled per request.
 */
export const serverMessages = {
  AUTH_REQUIRED: { kind: 'auth', zh: '请先登录', en: 'Please sign in first' },
  AUTH_INVALID_CREDENTIALS: { kind: 'auth', zh: '用户名或密码不正确', en: 'Wrong username or password' },
  AUTH_SESSION_EXPIRED: { kind: 'auth', zh: '登录已过期，请重新登录', en: 'Your session has expired; please sign in again' },
  AUTH_RATE_LIMITED: { kind: 'auth', zh: '登录尝试过于频繁，请稍后再试', en: 'Too many sign-in attempts; try again later' },
  AUTH_CSRF: { kind: 'auth', zh: '请求缺少有效的 X-CSRF-Token 请求头，请刷新页面后重试', en: 'Missing or wrong X-CSRF-Token header; reload the page and try again' },
  AUTH_FORBIDDEN: { kind: 'auth', zh: '您没有执行此操作的权限', en: 'You are not allowed to do this' },
  AUTH_USER_DISABLED: { kind: 'auth', zh: '该账号已停用', en: 'This account is disabled' },
  API_NOT_FOUND: { kind: 'notFound', zh: '未找到{what}', en: '{whatEn} not found' },
  API_ROUTE_NOT_FOUND: { kind: 'notFound', zh: '接口不存在：{method} {path}', en: 'No such endpoint: {method} {path}' },
  API_VERSION_CONFLICT: { kind: 'state', zh: '数据已被他人修改（当前版本 {current}），请刷新后重试', en: 'Someone else changed this (current version {current}); reload and try again' },
  API_VERSION_REQUIRED: { kind: 'user', zh: '缺少版本号 version（或 If-Match 请求头）', en: 'Missing version (or If-Match header)' },
  API_ALREADY_EXISTS: { kind: 'state', zh: '{what}已存在：{key}', en: '{whatEn} already exists: {key}' },
  API_INVALID_STATE: { kind: 'state', zh: '当前状态不允许此操作：{detail}', en: 'Not allowed in the current state: {detail}' },
  API_VALIDATION: { kind: 'user', zh: '请求内容不正确，请检查标注的字段', en: 'The request is invalid; check the marked fields' },
  API_MALFORMED_JSON: { kind: 'user', zh: '请求体不是合法的 JSON', en: 'The request body is not valid JSON' },
  API_BODY_TOO_LARGE: { kind: 'user', zh: '请求体过大（上限 {limit}）', en: 'The request body is too large (limit {limit})' },
  API_UNSUPPORTED_MEDIA_TYPE: { kind: 'user', zh: '请求体必须是 application/json', en: 'The request body must be application/json' },
  API_IDEMPOTENCY_MISMATCH: { kind: 'user', zh: '同一个 Idempotency-Key 已用于另一份请求内容', en: 'This Idempotency-Key was already used with a different request' },
  API_IDEMPOTENCY_KEY_INVALID: { kind: 'user', zh: 'Idempotency-Key 须为 1–255 个可见字符', en: 'Idempotency-Key must be 1–255 visible characters' },
  API_DEFINITION_INVALID: { kind: 'user', zh: '{what}定义有误，共 {count} 个问题', en: 'The {whatEn} definition has {count} problem(s)' },
  API_SUBMISSION_INVALID: { kind: 'user', zh: '表单填写有误，请检查标注的字段', en: 'The form has errors; check the marked fields' },
  API_DEFINITION_PUBLISHED: { kind: 'state', zh: '{what}「{name}」已发布，不能删除：工单和记录要依它查看', en: '{whatEn} "{name}" is published and cannot be deleted: cases and records are read through it' },
  API_DEFINITION_IN_USE: { kind: 'state', zh: '{what}「{name}」正被{users}使用，请先让它们改用其他{what}或删除它们', en: '{whatEn} "{name}" is used by {users}; point them elsewhere or delete them first' },
  FLOW_NOT_STARTER: { kind: 'auth', zh: '「{flow}」只能由{roles}发起，您在本项目的角色不在其中', en: '"{flow}" can be started by {roles} only; your roles in this project are not among them' },
  API_NOT_PUBLISHED: { kind: 'state', zh: '{what}「{key}」尚未发布', en: '{whatEn} "{key}" has not been published' },
  API_WEBHOOK_URL_REFUSED: { kind: 'user', zh: '机器人地址不被允许：{reason}', en: 'Robot URL refused: {reason}' },
  API_TEST_MODE_ONLY: { kind: 'notFound', zh: '接口不存在', en: 'No such endpoint' },
  API_FIELD_NOT_SENSITIVE: { kind: 'user', zh: '字段 {field} 不是敏感字段，无需解除脱敏', en: 'Field {field} is not sensitive; nothing to unmask' },
  API_INTERNAL: { kind: 'unexpected', zh: '系统内部错误，请稍后重试或联系管理员（请求号 {requestId}）', en: 'Internal error; try again later or contact an administrator (request {requestId})' },
  ADMIN_SELF_DISABLE: { kind: 'state', zh: '不能停用自己的账号：请让另一位组织管理员操作', en: 'You cannot disable your own account; ask another organisation administrator to do it' },
  ADMIN_SELF_DEMOTE: { kind: 'state', zh: '不能移除自己的组织管理员角色：请让另一位组织管理员操作', en: 'You cannot remove your own organisation administrator role; ask another organisation administrator to do it' },
  ADMIN_LAST_ADMIN: { kind: 'state', zh: '组织至少需要一位启用的管理员：请先让另一位同事成为组织管理员', en: 'The organisation needs at least one active administrator; make a colleague an organisation administrator first' },
  SELLER_PROFILE_MISSING: { kind: 'state', zh: '请先在项目设置中填写卖方信息（出卖人名称、统一社会信用代码等），再生成文书', en: 'Fill in the seller details (seller name, unified social credit code, …) in the project settings before generating documents' },
  // Field-level validation issues (ajv keywords), each naming the field.
  API_FIELD_BLANK: { kind: 'user', zh: '字段「{field}」不能只有空白', en: 'Field "{field}" must not be blank' },
  SELLER_CREDIT_CODE_FORMAT: { kind: 'user', zh: '统一社会信用代码（{field}）应为 18 位数字或大写字母（不含 I、O、Z、S、V），第 3–8 位为行政区划代码', en: 'The unified social credit code ({field}) has 18 digits or capital letters (no I, O, Z, S, V); characters 3–8 are the administrative division code' },
  SELLER_CREDIT_CODE_CHECKSUM: { kind: 'user', zh: '统一社会信用代码（{field}）的校验位（第 18 位）不正确，请对照营业执照逐位核对', en: 'The check character (18th) of the unified social credit code ({field}) is wrong; compare it with the business licence character by character' },
  HANDOVER_USER_UNKNOWN: { kind: 'user', zh: '本项目没有这位交出工作的用户（{field}）', en: 'No such user in this project ({field})' },
  HANDOVER_SAME_USER: { kind: 'user', zh: '接收人（{field}）不能是交出工作的人本人', en: 'The receiver ({field}) must be someone other than the person handing over' },
  HANDOVER_NOT_MEMBER: { kind: 'user', zh: '接收人（{field}）不是本项目的成员，只能交接给本项目成员', en: 'The receiver ({field}) is not a member of this project; hand over to a project member' },
  HANDOVER_USER_DISABLED: { kind: 'user', zh: '接收人（{field}）的账号已停用，请选择在岗的同事', en: 'The receiver ({field}) is disabled; choose an active colleague' },
  TASK_USER_NOT_MEMBER: { kind: 'user', zh: '所选人员（{field}）不是本项目的在岗成员，请从本项目成员中选择', en: 'The person chosen ({field}) is not an active member of this project; pick a project member' },
  RECORD_SAME_OWNER: { kind: 'user', zh: '所选人员（{field}）已是这位客户的置业顾问，请选择另一位同事', en: 'The person chosen ({field}) already owns this customer; pick another colleague' },
  RECORD_NOT_OPEN: { kind: 'state', zh: '这位客户的案子已结束，只能为进行中的客户更换置业顾问', en: 'This case has ended; only an open customer can move to another consultant' },
  DRAFT_TOO_LARGE: { kind: 'user', zh: '草稿（{field}）过大：{size} KB，上限 {limit} KB', en: 'The draft ({field}) is too large: {size} KB, limit {limit} KB' },
  API_FIELD_REQUIRED: { kind: 'user', zh: '缺少必填字段「{field}」', en: 'Missing required field "{field}"' },
  API_FIELD_UNKNOWN: { kind: 'user', zh: '不允许的字段「{field}」', en: 'Field "{field}" is not allowed here' },
  API_FIELD_TYPE: { kind: 'user', zh: '字段「{field}」应为{typeZh}', en: 'Field "{field}" must be of type {type}' },
  API_FIELD_ENUM: { kind: 'user', zh: '字段「{field}」应为以下之一：{values}', en: 'Field "{field}" must be one of: {values}' },
  API_FIELD_TOO_SHORT: { kind: 'user', zh: '字段「{field}」至少需要 {limit} 个字符', en: 'Field "{field}" needs at least {limit} characters' },
  API_FIELD_TOO_LONG: { kind: 'user', zh: '字段「{field}」最多 {limit} 个字符', en: 'Field "{field}" allows at most {limit} characters' },
  API_FIELD_TOO_SMALL: { kind: 'user', zh: '字段「{field}」不能小于 {limit}', en: 'Field "{field}" must be at least {limit}' },
  API_FIELD_TOO_LARGE: { kind: 'user', zh: '字段「{field}」不能大于 {limit}', en: 'Field "{field}" must be at most {limit}' },
  API_FIELD_TOO_FEW: { kind: 'user', zh: '字段「{field}」至少需要 {limit} 项', en: 'Field "{field}" needs at least {limit} items' },
  API_FIELD_TOO_MANY: { kind: 'user', zh: '字段「{field}」最多 {limit} 项', en: 'Field "{field}" allows at most {limit} items' },
  API_FIELD_NOT_FILTERABLE: { kind: 'user', zh: '字段「{field}」不存在或不能用于筛选、排序', en: 'Field "{field}" does not exist or cannot be used to filter or sort' },
  API_FIELD_NEEDS_FORM: { kind: 'user', zh: '按表单字段「{field}」筛选时请同时指定表单（form 参数）', en: 'To filter on the form field "{field}", also pass form=' },
  API_FIELD_NOT_IN_FORM: { kind: 'user', zh: '字段「{field}」：表单 {formKey} 没有字段 {name}', en: 'Field "{field}": form {formKey} has no field {name}' },
  API_FIELD_FORMAT: { kind: 'user', zh: '字段「{field}」格式不正确', en: 'Field "{field}" has the wrong format' },
  API_FIELD_INVALID: { kind: 'user', zh: '字段「{field}」不正确：{detail}', en: 'Field "{field}" is invalid: {detail}' },
  API_MIGRATE_FROM: { kind: 'user', zh: '字段「{field}」须为早于最新版本 v{latest} 的已发布版本', en: 'Field "{field}" must be a published version older than the latest, v{latest}' },
} as const satisfies Record<string, CatalogueEntry>;

/** Every server code. */
export type ServerCode = keyof typeof serverMessages;

/** Returns the server message for `code` with placeholders filled. Pure. */
export function serverMessage(code: ServerCode, params: Record<string, unknown> = {}): { zh: string; en: string } {
  return fillEntry(serverMessages[code], params);
}

/** zh + en names of the things a 404 can be about. */
export const thingNames = {
  project: { zh: '项目', en: 'Project' },
  form: { zh: '表单', en: 'Form' },
  flow: { zh: '流程', en: 'Flow' },
  rule: { zh: '规则', en: 'Rule' },
  record: { zh: '记录', en: 'Record' },
  instance: { zh: '流程实例', en: 'Flow instance' },
  task: { zh: '待办', en: 'Task' },
  user: { zh: '用户', en: 'User' },
  membership: { zh: '成员', en: 'Membership' },
  token: { zh: 'API 令牌', en: 'API token' },
  notification: { zh: '通知', en: 'Notification' },
  outbox: { zh: '投递记录', en: 'Delivery' },
  version: { zh: '版本', en: 'Version' },
} as const;

/** A kind of thing with a zh + en name. */
export type ThingName = keyof typeof thingNames;
