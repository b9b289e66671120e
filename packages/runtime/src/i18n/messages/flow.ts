import type { CatalogueEntry } from '../types.js';

/** Codes of flow definitions and the flow engine (`src/flow`). Definition issues end with a fix hint. */
export const flowMessages = {
  // Definition issues (validateFlow): kind user, every one names the node and says how to fix it.
  FLOW_SCHEMA: { kind: 'user', zh: '流程定义 {path} 不符合格式：{detail}。请在属性面板中修正该项', en: 'Flow definition {path} is malformed: {detail}. Fix it in the property panel' },
  FLOW_DUPLICATE_ID: { kind: 'user', zh: '编号“{id}”重复使用，请为每个节点和连线使用不同的编号', en: 'Id "{id}" is used twice; give every node and edge its own id' },
  FLOW_NO_START: { kind: 'user', zh: '流程“{flow}”没有开始节点，请从组件栏拖入一个“开始”节点', en: 'Flow "{flow}" has no start node; add one from the palette' },
  FLOW_MANY_STARTS: { kind: 'user', zh: '流程只能有一个开始节点，请删除多余的“{node}”', en: 'A flow has exactly one start node; delete the extra "{node}"' },
  FLOW_START_HAS_INCOMING: { kind: 'user', zh: '开始节点“{node}”不能有连入的连线，请删除指向它的连线', en: 'Start node "{node}" cannot have incoming edges; delete them' },
  FLOW_END_HAS_OUTGOING: { kind: 'user', zh: '结束节点“{node}”不能再连出，请删除它的出线', en: 'End node "{node}" cannot have outgoing edges; delete them' },
  FLOW_DANGLING_EDGE: { kind: 'user', zh: '连线“{edge}”指向不存在的节点“{missing}”，请重新连接或删除该连线', en: 'Edge "{edge}" points to missing node "{missing}"; reconnect or delete it' },
  FLOW_NO_OUTGOING: { kind: 'user', zh: '节点“{node}”没有出线，流程会停在这里；请把它连到下一个节点', en: 'Node "{node}" has no outgoing edge, so the flow stops there; connect it to the next node' },
  FLOW_MANY_OUTGOING: { kind: 'user', zh: '节点“{node}”有 {count} 条出线，但只能有一条；如需分支请插入“条件分支”或“并行分支”', en: 'Node "{node}" has {count} outgoing edges but may have one; insert a condition or parallel split to branch' },
  FLOW_UNREACHABLE: { kind: 'user', zh: '节点“{node}”从开始节点无法到达，请连入一条连线或删除它', en: 'Node "{node}" cannot be reached from the start; connect it or delete it' },
  FLOW_NO_END: { kind: 'user', zh: '从开始节点无法到达任何结束节点，请添加“结束”节点并连上', en: 'No end node can be reached from the start; add an end node and connect it' },
  FLOW_CANNOT_FINISH: { kind: 'user', zh: '从节点“{node}”出发无法到达结束节点，工单会永远停留；请把这条路径连到结束节点', en: 'From node "{node}" no end node can be reached, so cases would never close; connect this path to an end' },
  FLOW_CONDITION_NO_DEFAULT: { kind: 'user', zh: '条件分支“{node}”没有默认分支，所有条件都不满足时工单会卡住；请把一条出线设为“默认”', en: 'Condition "{node}" has no default branch, so a case matching no condition would stall; mark one outgoing edge as default' },
  FLOW_CONDITION_MANY_DEFAULTS: { kind: 'user', zh: '条件分支“{node}”有 {count} 条默认分支，只能保留一条', en: 'Condition "{node}" has {count} default branches; keep exactly one' },
  FLOW_BRANCH_NO_CONDITION: { kind: 'user', zh: '条件分支“{node}”的出线“{edge}”既没有条件也不是默认分支，请设置条件', en: 'Branch "{edge}" of condition "{node}" has no condition and is not the default; set a condition' },
  FLOW_BAD_CONDITION: { kind: 'user', zh: '“{node}”上的条件有误（{detail}），请在条件编辑器中修正', en: 'The condition at "{node}" is invalid ({detail}); fix it in the condition builder' },
  FLOW_SPLIT_TOO_FEW: { kind: 'user', zh: '并行分支“{node}”至少需要两条出线，否则请删除它', en: 'Parallel split "{node}" needs at least two outgoing edges; otherwise delete it' },
  FLOW_JOIN_WITHOUT_SPLIT: { kind: 'user', zh: '并行汇聚“{node}”之前没有对应的并行分支，请先添加“并行分支”或删除汇聚节点', en: 'Parallel join "{node}" has no parallel split before it; add a split or delete the join' },
  FLOW_REJECT_EDGE_MISPLACED: { kind: 'user', zh: '连线“{edge}”被标为“驳回”，但起点“{node}”不是允许驳回的任务；请取消标记或在任务中允许“驳回”', en: 'Edge "{edge}" is marked "rejected" but "{node}" is not a task that allows rejection; unmark it or allow reject' },
  FLOW_TASK_NO_ASSIGNEES: { kind: 'user', zh: '任务“{node}”没有处理人，请按角色、指定人员、表达式、发起人或区域总监设置处理人', en: 'Task "{node}" has no assignees; set them by role, named users, expression, initiator or regional director' },
  FLOW_TASK_NO_COMPLETION: { kind: 'user', zh: '任务“{node}”不允许“{action}”，处理人无法完成它；请在允许的操作中勾选“{action}”', en: 'Task "{node}" does not allow "{action}", so nobody can complete it; tick "{action}" in the allowed actions' },
  FLOW_UNKNOWN_ROLE: { kind: 'user', zh: '“{node}”引用了未定义的角色“{role}”，请选择项目中已有的角色', en: '"{node}" uses unknown role "{role}"; pick a role that exists in the project' },
  FLOW_UNKNOWN_FIELD: { kind: 'user', zh: '“{node}”引用了表单中不存在的字段“{field}”，请选择表单“{form}”中的字段', en: '"{node}" uses field "{field}" that form "{form}" does not have; pick one of its fields' },
  FLOW_BAD_EXPRESSION: { kind: 'user', zh: '“{node}”的表达式“{expr}”有误：{detail}', en: 'Expression "{expr}" at "{node}" is invalid: {detail}' },
  FLOW_SLA_UNCOMPUTABLE: { kind: 'user', zh: '“{node}”的{what}无法计算：{detail}。请填写非负数，工作日须为整数', en: 'The {whatEn} at "{node}" cannot be computed: {detail}. Use a non-negative amount, whole for working days' },
  FLOW_SLA_NEEDS_HOURS: { kind: 'user', zh: '“{node}”的{what}以工作小时计，但日历“{calendar}”未设置工作时间；请设置上下班时间或改用“小时”', en: 'The {whatEn} at "{node}" is in working hours but calendar "{calendar}" has none; set working hours or use hours' },
  FLOW_ESCALATION_NO_TARGET: { kind: 'user', zh: '“{node}”的第 {step} 级升级没有对象，请指定通知或转交给谁', en: 'Escalation step {step} at "{node}" has nobody to act on; say whom to notify or hand over to' },
  FLOW_NOTIFY_NO_TARGET: { kind: 'user', zh: '“{node}”的通知没有接收人，请添加人员、角色或群机器人', en: 'The notification at "{node}" has no recipient; add users, roles or a group robot' },
  FLOW_BAD_URL: { kind: 'user', zh: '“{node}”的请求地址“{url}”无效，必须以 https:// 或 http:// 开头', en: 'Request URL "{url}" at "{node}" is invalid; it must start with https:// or http://' },
  FLOW_ACTION_EMPTY: { kind: 'user', zh: '自动动作“{node}”没有任何步骤，请添加步骤或删除该节点', en: 'Action node "{node}" has no steps; add one or delete the node' },

  // Engine: illegal commands for the current state (kind state → HTTP 409) and bad commands (user → 400).
  FLOW_NOT_STARTED: { kind: 'state', zh: '工单尚未启动，只能执行“发起”', en: 'The case has not started; only start is possible' },
  FLOW_ALREADY_STARTED: { kind: 'state', zh: '工单已经发起，不能重复发起', en: 'The case has already been started' },
  FLOW_INSTANCE_CLOSED: { kind: 'state', zh: '工单{status}，不能再执行“{command}”', en: 'The case is {statusEn}; "{command}" is no longer possible' },
  FLOW_TASK_CLOSED: { kind: 'state', zh: '待办“{task}”已处理或不存在，请刷新后查看最新状态', en: 'Task "{task}" is already closed or does not exist; refresh to see the latest state' },
  FLOW_NOT_ASSIGNEE: { kind: 'state', zh: '{user}：您当前不是待办“{task}”的处理人，它可能已被转交或改派；请刷新页面', en: '{user}: you are not a current assignee of task "{task}"; it may have been transferred or reassigned. Refresh the page' },
  FLOW_ACTION_NOT_ALLOWED: { kind: 'state', zh: '节点“{node}”不允许“{action}”操作', en: 'Action "{action}" is not allowed at node "{node}"' },
  FLOW_RETURN_TARGET_INVALID: { kind: 'state', zh: '不能退回到“{target}”：只能退回到本分支中已经过的任务节点', en: 'Cannot return to "{target}": only a task already passed on this branch is allowed' },
  FLOW_RETURN_PREVIOUS_ONLY: { kind: 'state', zh: '不能退回到“{target}”：此节点只能退回到上一个任务节点', en: 'Cannot return to "{target}": this step may only return to the previous task' },
  FLOW_WITHDRAW_NOT_ALLOWED: { kind: 'state', zh: '已有人处理过该工单，不能撤回；如需终止请使用“取消”', en: 'Someone has already acted on this case, so it cannot be withdrawn; cancel it instead' },
  FLOW_NOT_INITIATOR: { kind: 'state', zh: '只有发起人或主管可以执行“{command}”', en: 'Only the initiator or a supervisor may {command}' },
  FLOW_NOT_SUPERVISOR: { kind: 'state', zh: '只有本流程的主管（如案场经理）可以执行“{command}”', en: 'Only a supervisor of this flow (e.g. the site manager) may {command}' },
  FLOW_EXTEND_NO_DUE: { kind: 'state', zh: '步骤“{node}”没有时限，无需延期', en: 'Step "{nodeEn}" has no deadline to extend' },
  FLOW_EXTEND_NOT_LATER: { kind: 'user', zh: '新的到期时间（{field}）须晚于 {after}（当前到期时间与现在中较晚者）', en: 'The new due time ({field}) must be after {after} (the later of the current due time and now)' },
  FLOW_EXTEND_TOO_FAR: { kind: 'user', zh: '新的到期时间（{field}）最多为 30 天后，即不晚于 {latest}', en: 'The new due time ({field}) may be at most 30 days ahead, by {latest}' },
  FLOW_EXTEND_REASON: { kind: 'user', zh: '请填写延期原因（{field}），不超过 {max} 字', en: 'Give a reason for the extension ({field}), at most {max} characters' },
  FLOW_NO_ACTOR: { kind: 'user', zh: '命令“{command}”需要操作人', en: 'Command "{command}" needs an acting user' },
  FLOW_BAD_COMMAND: { kind: 'user', zh: '命令参数有误：{detail}', en: 'Invalid command: {detail}' },
  FLOW_USER_REQUIRED: { kind: 'user', zh: '请选择人员（{field}）', en: 'Choose a user ({field})' },
  FLOW_REASSIGN_NOT_PENDING: { kind: 'user', zh: '{user} 不是该待办当前的待处理人，无法改派（{field}）；请刷新后选择仍在处理的人', en: '{user} is not waiting on this task, so cannot be reassigned ({field}); refresh and pick someone still on it' },
  FLOW_ALREADY_ON_TASK: { kind: 'user', zh: '{user} 已是该待办的处理人或加签人', en: '{user} is already an assignee or signer of this task' },
  FLOW_NO_NEW_SIGNER: { kind: 'user', zh: '没有新的加签人：所选人员都已在该待办中', en: 'No new signer: everyone chosen is already on this task' },
  FLOW_EMPTY_COMMENT: { kind: 'user', zh: '评论内容不能为空', en: 'A comment cannot be empty' },
  FLOW_FIELD_NOT_EDITABLE: { kind: 'user', zh: '字段“{field}”在节点“{node}”不可编辑', en: 'Field "{field}" cannot be edited at node "{node}"' },
  FLOW_FIELD_REQUIRED: { kind: 'user', zh: '字段“{field}”在节点“{node}”为必填项，请填写后再提交', en: 'Field "{field}" is required at node "{node}"; fill it in before submitting' },
  // Moving running cases to another published version of their flow (migrate).
  FLOW_MIGRATE_VERSIONS: { kind: 'user', zh: '工单运行在 v{from}，不能从这个版本迁移到 v{to}；请选择工单当前的版本和另一个已发布版本', en: 'The case runs on v{from}, so it cannot move from this version to v{to}; pick its current version and another published one' },
  FLOW_MIGRATE_REFUSED: { kind: 'state', zh: '工单不能迁移到 v{version}（{count} 个问题），它仍按原版本办理', en: 'The case cannot move to v{version} ({count} problems); it stays on its version' },
  FLOW_MIGRATE_STEP_GONE: { kind: 'state', zh: '工单停在步骤“{node}”，v{version} 中已没有这个步骤', en: 'The case waits at step "{node}", which v{version} no longer has' },
  FLOW_MIGRATE_STEP_CHANGED: { kind: 'state', zh: '工单停在步骤“{node}”，它在 v{version} 中换成了另一种节点', en: 'The case waits at step "{node}", which is another kind of node in v{version}' },
  FLOW_MIGRATE_IN_PARALLEL: { kind: 'state', zh: '工单正在并行分支中（“{node}”），分支汇聚后才能迁移', en: 'The case is inside a parallel section ("{node}"); it can move once the branches have joined' },
  FLOW_MIGRATE_ACTION_RUNNING: { kind: 'state', zh: '自动动作“{node}”正在执行，请稍后再迁移', en: 'Automatic action "{node}" is running; move the case once it is done' },
  FLOW_EFFECT_UNKNOWN: { kind: 'state', zh: '没有在等待结果“{effect}”的步骤（可能已处理过）', en: 'No step is waiting for the result of "{effect}" (it may have been handled already)' },
  FLOW_VERSION_MISMATCH: { kind: 'unexpected', zh: '工单运行在流程版本 {state}，但传入的是版本 {flow}', en: 'The case runs on flow version {state} but version {flow} was given' },
  FLOW_NO_BRANCH: { kind: 'unexpected', zh: '条件分支“{node}”没有满足的条件也没有默认分支', en: 'Condition "{node}" matched no branch and has no default' },
  FLOW_LOOP_LIMIT: { kind: 'unexpected', zh: '流程在节点“{node}”附近陷入自动循环，请检查条件分支', en: 'The flow loops automatically around node "{node}"; check the conditions' },
  FLOW_INVALID_DEFINITION: { kind: 'user', zh: '流程定义有 {count} 个问题，请先修正后再运行', en: 'The flow definition has {count} problems; fix them before running it' },

  // Notification texts (effects).
  FLOW_NOTIFY_ASSIGNED: { kind: 'user', zh: '您有新的待办：{node}', en: 'New task for you: {node}' },
  FLOW_NOTIFY_REMINDER: { kind: 'user', zh: '待办“{node}”即将到期，请尽快处理', en: 'Task "{node}" is due soon; please handle it' },
  FLOW_NOTIFY_BREACHED: { kind: 'user', zh: '待办“{node}”已超时未处理', en: 'Task "{node}" is overdue' },
  FLOW_NOTIFY_ESCALATED: { kind: 'user', zh: '超时升级（第 {level} 级）：待办“{node}”已超时，请介入处理', en: 'Escalation level {level}: task "{node}" is overdue; please step in' },
  FLOW_NOTIFY_URGED: { kind: 'user', zh: '催办：请尽快处理待办“{node}”', en: 'Reminder from a colleague: please handle "{node}"' },
  FLOW_NOTIFY_REASSIGNED_AWAY: { kind: 'user', zh: '「{node}」已改派给同事，您无需再处理', en: '"{node}" was reassigned to a colleague; nothing is left for you to do' },
  FLOW_NOTIFY_DUE_EXTENDED: { kind: 'user', zh: '「{node}」延期至 {until}', en: '"{node}" extended until {until}' },
  FLOW_NOTIFY_CC: { kind: 'user', zh: '抄送给您：流程“{flow}”', en: 'Copied to you: flow "{flow}"' },
  FLOW_NOTIFY_RETURNED: { kind: 'user', zh: '工单已退回到“{node}”，请重新处理', en: 'The case was returned to "{node}"; please handle it again' },
  FLOW_NOTIFY_DEADLINE_REACHED: { kind: 'user', zh: '工单整体时限已到，请介入处理', en: 'The case deadline has passed; please step in' },
  // {level} counts escalation steps from 1 (第 1 级 = the first escalation), as FLOW_NOTIFY_ESCALATED does.
  FLOW_NOTIFY_DEADLINE: { kind: 'user', zh: '超时升级（第 {level} 级）：工单已超过整体时限，请介入处理', en: 'Escalation level {level}: the case is past its deadline; please step in' },
  FLOW_NOTIFY_CANCELLED: { kind: 'user', zh: '工单已被取消', en: 'The case was cancelled' },
  FLOW_NOTIFY_FINISHED: { kind: 'user', zh: '工单已结束：{outcome}', en: 'The case is closed: {outcome}' },
  // Why a child flow was cancelled with the parent that waited for it (its timeline and its assignees' notice).
  FLOW_PARENT_CANCELLED: { kind: 'user', zh: '上级流程已作废：{flow}', en: 'Parent flow cancelled: {flow}' },
  FLOW_PARENT_WITHDRAWN: { kind: 'user', zh: '上级流程已撤回：{flow}', en: 'Parent flow withdrawn: {flow}' },
  FLOW_PARENT_ENDED: { kind: 'user', zh: '上级流程已结束：{flow}', en: 'Parent flow ended: {flow}' },
  FLOW_ALERT_NO_ASSIGNEE: { kind: 'user', zh: '任务“{node}”找不到处理人，请管理员转交给合适的人', en: 'Task "{node}" found no assignee; an administrator should transfer it' },
  FLOW_ALERT_HTTP_FAILED: { kind: 'user', zh: '节点“{node}”的外部请求失败：{error}', en: 'The request at "{node}" failed: {error}' },
} as const satisfies Record<string, CatalogueEntry>;

/** Names of the time limits a flow can set, used in FLOW_SLA_* issues. */
export const flowLimitLabels = {
  deadline: { zh: '整体时限', en: 'case deadline' },
  sla: { zh: '任务时限', en: 'task time limit' },
  wait: { zh: '等待时长', en: 'wait' },
  offset: { zh: '等待偏移', en: 'wait offset' },
  escalation: { zh: '第 {n} 级升级时间', en: 'escalation step {n} delay' },
} as const;

/** Palette and property-panel names of node kinds (designer, timeline). */
export const nodeKindLabels = {
  start: { zh: '开始', en: 'Start' },
  task: { zh: '任务', en: 'Task' },
  condition: { zh: '条件分支', en: 'Condition' },
  parallelSplit: { zh: '并行分支', en: 'Parallel split' },
  parallelJoin: { zh: '并行汇聚', en: 'Parallel join' },
  action: { zh: '自动动作', en: 'Automatic action' },
  timer: { zh: '定时等待', en: 'Timer' },
  subflow: { zh: '子流程', en: 'Sub-flow' },
  end: { zh: '结束', en: 'End' },
} as const;

/** Names of task actions (buttons, timeline). */
export const taskActionLabels = {
  submit: { zh: '提交', en: 'Submit' },
  approve: { zh: '同意', en: 'Approve' },
  reject: { zh: '驳回', en: 'Reject' },
  return: { zh: '退回', en: 'Return' },
  transfer: { zh: '转交', en: 'Transfer' },
  addSigner: { zh: '加签', en: 'Add signer' },
  cc: { zh: '抄送', en: 'CC' },
  comment: { zh: '评论', en: 'Comment' },
} as const;

/** The name of moving a case to another version of its flow, in refusals. */
export const migrateLabel = { zh: '迁移', en: 'migrate' } as const;

/** Names of task modes. */
export const taskModeLabels = {
  any: { zh: '或签（一人处理即可）', en: 'Any one' },
  all: { zh: '会签（全部同意）', en: 'All must approve' },
  sequential: { zh: '依次审批', en: 'One after another' },
} as const;

/** Names of field permissions at a step. */
export const fieldAccessLabels = {
  hidden: { zh: '隐藏', en: 'Hidden' },
  read: { zh: '只读', en: 'Read only' },
  edit: { zh: '可编辑', en: 'Editable' },
  required: { zh: '必填', en: 'Required' },
} as const;

/** Names of escalation actions. */
export const escalationActionLabels = {
  notify: { zh: '通知', en: 'Notify' },
  addAssignees: { zh: '增加处理人', en: 'Add assignees' },
  reassign: { zh: '转交', en: 'Reassign' },
} as const;

/** Names of instance statuses. */
export const instanceStatusLabels = {
  running: { zh: '进行中', en: 'Running' },
  completed: { zh: '已完成', en: 'Completed' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
  failed: { zh: '异常终止', en: 'Failed' },
} as const;
