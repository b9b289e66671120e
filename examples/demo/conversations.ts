// The CRM communication logs (沟通记录) behind a few demo cases: the owning consultant's WeChat
// messages and call notes and the customer's replies in the days before the request to cancel,
// with the words the seed articles say give a wavering customer away (再想想, 别人说, 后悔, 定金能不能退,
// 再比较一下其他盘…, the terms of the shipped `refund-risk-words` dictionary). `simulate.ts` pushes each
// message through the real comm-log service when it is sent, so it is scored and raises the
// communication-sentiment alerts then. Pure.
import { chinaDateTime, type CauseKey, type HistoryCase } from './history.js';

/** One message as the CRM pushes it (`POST /api/projects/:p/comm-logs`), with its send time in epoch ms. */
export interface DemoCommLog {
  readonly externalId: string;
  readonly customerId: string;
  readonly customerName: string;
  readonly consultant: string;
  readonly channel: string;
  readonly from: 'customer' | 'staff';
  readonly text: string;
  /** Site-local time with its zone, as the CRM sends it. */
  readonly at: string;
  readonly sentAt: number;
}

interface Line {
  readonly from: 'customer' | 'staff';
  readonly channel: '微信' | '电话';
  /** Text with `{name}` for the customer's name. */
  readonly text: string;
}

/**
 * What each kind of case sounds like: the consultant's follow-up, the first worry, the call note,
 * the request and, when the site wins the customer back, the calmer message after (不后悔 is no regret).
 */
const SCRIPTS: Record<CauseKey, readonly [Line, Line, Line, Line, Line]> = {
  familyDispute: [
    { from: 'staff', channel: '微信', text: '{name}您好，您上次问的孩子入学政策，教育顾问已经整理好资料，我晚点发给您。' },
    { from: 'customer', channel: '微信', text: '孩子上学能不能落户，你们能书面确认吗？家人不同意买郊区，说离市区太远。' },
    { from: 'staff', channel: '电话', text: '电话回访：{name}的爱人担心学位，已约周六全家来看校，由教育顾问讲解。' },
    { from: 'customer', channel: '微信', text: '我们还是再想想吧。如果不想买了，定金能不能退？' },
    { from: 'customer', channel: '微信', text: '看完学校我们放心了，不后悔选云栖府，周末带爱人过来办手续。' },
  ],
  loanRejected: [
    { from: 'staff', channel: '微信', text: '{name}您好，银行的贷款预审材料已经提交，有进展我第一时间告诉您。' },
    { from: 'customer', channel: '微信', text: '银行刚来电话，说我流水不够，贷款批不下来怎么办？' },
    { from: 'staff', channel: '电话', text: '电话沟通：已约金融专员明天上午一对一测算公积金组合贷方案。' },
    { from: 'customer', channel: '微信', text: '组合贷要是也不行，我只能退定了，定金能不能退？' },
    { from: 'customer', channel: '微信', text: '组合贷方案挺好，月供我们能承受，就按这个办吧。' },
  ],
  constructionDoubt: [
    { from: 'staff', channel: '微信', text: '{name}您好，本周的施工日志和材料进场照片已发到业主群，周六工地开放日欢迎您来。' },
    { from: 'customer', channel: '微信', text: '网上说项目停工了，短视频里工地一个人都没有，是真的吗？' },
    { from: 'staff', channel: '电话', text: '电话回访：已说明视频拍的是周边竞品工地，邀请{name}参加工地开放日并发送监理报告。' },
    { from: 'customer', channel: '微信', text: '朋友说这种盘容易烂尾，我现在有点后悔了。' },
    { from: 'customer', channel: '微信', text: '开放日去看了，工地一切正常，我不后悔了，谢谢你们。' },
  ],
  noReason: [
    { from: 'staff', channel: '微信', text: '{name}您好，您选的房源我这边一直帮您留着，签约前有问题随时找我。' },
    { from: 'customer', channel: '微信', text: '隔壁盘降价了，我想再比较一下其他盘。' },
    { from: 'staff', channel: '电话', text: '电话沟通：{name}未说明具体原因，已告知定金保留期限及违约责任。' },
    { from: 'customer', channel: '微信', text: '算了吧，不想买了，定金能不能退？' },
    { from: 'customer', channel: '微信', text: '想了想还是这套户型挺好，下周来签约。' },
  ],
};

const CONSULTANTS: Record<HistoryCase['owner'], string> = { consultant: '王芳', consultant2: '李强' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Returns `at`, or the nearest earlier moment within site hours 09:00–20:00 China time (same minute past the hour). Pure. */
function withinSiteHours(at: number): number {
  const hour = new Date(at + 8 * HOUR).getUTCHours();
  if (hour >= 20) return at - (hour - 19) * HOUR;
  if (hour < 9) return at - (hour + 5) * HOUR;
  return at;
}

/**
 * Returns the logs of the latest case of each cause (opened by `until`), oldest first: a follow-up
 * the day before the first worry, the worry (in site hours, at least 4 hours before the request),
 * a call note 45 minutes later, the customer's message 40 minutes before the request to cancel
 * and, for a case the site won back, the customer's calmer message a day after; nothing later
 * than `until`. Pure.
 */
export function demoCommLogs(cases: readonly HistoryCase[], until: number): DemoCommLog[] {
  const latest = new Map<CauseKey, HistoryCase>();
  for (const c of cases) if (c.createdAt <= until) latest.set(c.cause, c);
  const logs: DemoCommLog[] = [];
  for (const c of latest.values()) {
    const worryAt = withinSiteHours(Math.min(Date.parse(String(c.tracking.concernFirstShownAt)), c.createdAt - 4 * HOUR));
    const [followUp, worry, call, request, retained] = SCRIPTS[c.cause];
    const timeline: [Line, number][] = [[followUp, withinSiteHours(worryAt - 20 * HOUR)], [worry, worryAt], [call, worryAt + 45 * MINUTE], [request, c.createdAt - 40 * MINUTE]];
    if (c.recovered) timeline.push([retained, withinSiteHours(c.createdAt + 26 * HOUR)]);
    const customerId = `C${c.caseNo.replace(/\D/g, '')}`;
    timeline.forEach(([line, sentAt], i) => {
      if (sentAt > until) return;
      logs.push({
        externalId: `${line.channel === '电话' ? 'TEL' : 'WX'}-${c.caseNo}-${i + 1}`, customerId, customerName: c.customer.name,
        consultant: CONSULTANTS[c.owner], channel: line.channel, from: line.from, text: line.text.replaceAll('{name}', c.customer.name),
        at: chinaDateTime(sentAt), sentAt,
      });
    });
  }
  return logs.sort((a, b) => a.sentAt - b.sentAt);
}
