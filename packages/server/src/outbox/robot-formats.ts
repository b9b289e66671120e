/** Robot kinds supported. */
export const RobotKind = { wecom: 'wecom', dingtalk: 'dingtalk', feishu: 'feishu' } as const;
export type RobotKind = (typeof RobotKind)[keyof typeof RobotKind];

/** What a robot message says: a title, optional body and a link to the task. */
export interface RobotMessage {
  readonly title: string;
  readonly body?: string;
  readonly link: string;
}

/** Returns the JSON body of a group-robot webhook in the platform's own format (markdown/text with link). Pure. */
export function robotPayload(kind: RobotKind, msg: RobotMessage): Record<string, unknown> {
  const body = msg.body ? `\n${msg.body}` : '';
  switch (kind) {
    case 'wecom':
      return { msgtype: 'markdown', markdown: { content: `**${msg.title}**${body}\n[查看待办 / Open task](${msg.link})` } };
    case 'dingtalk':
      return { msgtype: 'markdown', markdown: { title: msg.title, text: `### ${msg.title}${body}\n\n[查看待办 / Open task](${msg.link})` } };
    case 'feishu':
      return { msg_type: 'text', content: { text: `${msg.title}${body}\n查看待办 / Open task: ${msg.link}` } };
    default: {
      const never: never = kind;
      return never;
    }
  }
}

/** Returns null when the platform accepted the message, else its error text. Pure. */
export function robotError(kind: RobotKind, status: number, json: unknown): string | null {
  if (status < 200 || status >= 300) return `HTTP ${status}`;
  const r = (json ?? {}) as { errcode?: unknown; errmsg?: unknown; code?: unknown; msg?: unknown; StatusCode?: unknown };
  switch (kind) {
    case 'wecom':
    case 'dingtalk':
      return r.errcode === 0 || r.errcode === undefined ? null : `errcode ${String(r.errcode)}: ${String(r.errmsg ?? '')}`.slice(0, 200);
    case 'feishu':
      return (r.code ?? r.StatusCode ?? 0) === 0 ? null : `code ${String(r.code ?? r.StatusCode)}: ${String(r.msg ?? '')}`.slice(0, 200);
    default: {
      const never: never = kind;
      return never;
    }
  }
}
