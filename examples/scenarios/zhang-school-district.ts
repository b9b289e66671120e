// 张先生 (seed 000 + 001): 家庭内部争议 over the school district, 80万定金. First interview within
// 15 minutes, the 教育局对接 step answered through a signed one-time link, school visits with the
// 教育顾问 and a family briefing; the family stays and pays the rest of the down payment → 挽回成功.
// Run: `pnpm --filter @siteflow/examples scenario:zhang -- --url http://localhost:3000`
import { ApiCallError, chinaTime } from '../lib/client.js';
import { runIfMain } from '../lib/main.js';
import { installTemplates } from '../lib/templates.js';
import { finishedOutcome, scenarioClient, type ScenarioOptions, type ScenarioResult } from '../lib/scenario.js';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** Replays the 张先生 story through the HTTP API; resolves with the outcome (挽回成功). */
export async function zhangScenario(opts: ScenarioOptions): Promise<ScenarioResult> {
  const { client, as, projectId } = scenarioClient(opts);
  const print = opts.print ?? ((l: string) => console.log(l));
  print('\n张先生：学区顾虑引发的退订（家庭内部争议）/ Mr Zhang: a school-district cancellation (family dispute)');
  const admin = await as('admin');
  const installed = await installTemplates(admin, projectId, ['school-district-cancellation']);
  client.step(`管理员安装模板「学区房退订」/ admin installs the template: ${JSON.stringify(installed)}`);

  const consultant = await as('consultant');
  const started = await consultant.call<{ instanceId: string; recordId: string }>('POST', `/api/projects/${projectId}/instances`, {
    flowKey: 'school-district-cancellation',
    data: {
      customerName: '张先生', customerPhone: '13857101234', building: '7', unit: '2', room: '1801', area: 142,
      requestedAt: '2025-12-20T16:17:00+08:00', subscriptionDate: '2025-12-06',
    },
  });
  const id = started.instanceId;
  const interview = await consultant.task(id, 'interview');
  const window = interview.dueAt === null ? null : Math.round((interview.dueAt - interview.createdAt) / MIN);
  if (window !== 15) throw new Error(`首次面谈时限应为15分钟，实际 ${String(window)} / the first interview should be due in 15 minutes`);
  client.step(`16:17 张先生电话要求退回80万定金（“家人不同意买郊区”）；置业顾问发起学区房退订，首次面谈须15分钟内完成 / case opened, interview due in ${window} min`);

  await client.advance(12 * MIN);
  const now = await client.now();
  await consultant.submit(id, 'interview', {
    interviewAt: chinaTime(now), reasons: ['schoolDistrict', 'familyDispute'], depositAmount: 800000, paymentMethod: 'bankTransfer',
    thirdPartyInfluence: true, thirdPartyDetail: '妻子（教师）担心郊区学位与幼儿园，曾私下向客服咨询周边私立幼儿园', expectedResolution: 'within24h',
    childAge: 5, targetSchool: '云栖实验小学', promiseMade: '沙盘讲解时口头答复“肯定可以落户入学”，未书面确认',
    reasonDetail: '原计划置换学区房；近两周到访3次，最后一次停留2.5小时，曾问“未来能否加装电梯”',
  });
  client.step('12分钟后完成结构化首次面谈：原因（学区/家庭分歧）、金额80万、第三方影响（妻子）、期望24小时内答复 / structured interview done within 15 minutes');

  const edu = await as('educationConsultant');
  await edu.submit(id, 'prepareBureau', {
    schoolQuestion: '7号楼所在地块是否对应云栖实验小学学区？2026年秋季能否按片区入学、落户？', eduBureauContactName: '刘老师',
    eduBureauContactPhone: '13900005678', eduBureauDepartment: '西湖区教育局学籍科',
  });
  client.step('教育顾问整理需教育局核实的问题，登记教育局对接人 / the education consultant prepares the question for the bureau');

  const bureauTask = await edu.task(id, 'bureauConfirm');
  let confirmedVia = 'link';
  try {
    const link = await edu.call<{ path: string; pagePath: string; expiresAt: number }>('POST', `/api/tasks/${bureauTask.id}/external-links`, {
      contactName: '刘老师（西湖区教育局）', contact: '13900005678', fields: ['policyStatus', 'policyDetail'], preset: { confirmedBy: 'bureauLink' },
    });
    client.step(`向教育局对接人发送签名一次性链接（无需账号），有效期至 ${chinaTime(link.expiresAt)} / a signed one-time link is sent to the bureau contact`);
    await client.advance(40 * MIN);
    const page = await fetch(`${client.baseUrl}${link.path}`).then((r) => r.json()) as { fields: { path: string }[] };
    const answer = await fetch(`${client.baseUrl}${link.path}`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { policyStatus: 'confirmed', policyDetail: '该地块已纳入云栖实验小学施教区，2026年秋季按片区入学；学位分配以当年招生公告为准。' }, note: '书面答复已加盖公章，见附件' }),
    });
    if (answer.status !== 200) throw new Error(`教育局链接提交失败 / the bureau link answer failed: ${answer.status} ${await answer.text()}`);
    client.step(`教育局刘老师打开链接（${page.fields.map((f) => f.path).join('、')}），确认学区政策；“教育局对接”环节随之完成 / the bureau confirms the policy through the link`);
  } catch (err) {
    if (!(err instanceof ApiCallError && err.status === 404)) throw err;
    confirmedVia = 'educationConsultant';
    await edu.submit(id, 'bureauConfirm', { policyStatus: 'confirmed', policyDetail: '电话核实：该地块已纳入云栖实验小学施教区。', confirmedBy: 'educationConsultant' });
    client.step('（此服务器未挂载一次性链接接口）教育顾问电话核实后录入政策结论 / link API not mounted: the education consultant records the answer');
  }

  await client.advance(1 * HOUR);
  client.step('17:30 案场经理亲自致电：发送《家庭通勤测算表》，预约周末看校（3所私立园+1所公立小学），邀请参加“业主育儿沙龙” / the site manager calls with three concrete services');
  await client.advance(2 * HOUR);
  client.step('19:22 客户回信：“明天带我爱人再来一趟。” / the customer replies: we will come back tomorrow');

  await client.advance(15 * HOUR);
  const visit = await client.now();
  await edu.submit(id, 'familyBriefing', {
    schoolVisitAt: chinaTime(visit - 1 * HOUR),
    familyBriefingNotes: '夫妻二人到场，教育顾问主导讲解看校行程（3所私立园+1所公立小学），置业顾问仅陪同；出示教育局书面确认；报名下周二业主育儿沙龙（已有7位同龄孩子家长）。',
  });
  client.step('次日上午夫妻二人到场，由教育顾问主导看校讲解 / next morning: the couple visits the schools with the education consultant');

  const manager = await as('siteManager');
  await manager.submit(id, 'resolve', {
    resolution: 'retained',
    writtenReply: '张先生夫妇确认继续购买7-2-1801，离场前补交剩余首付款；学区政策以教育局书面答复为准，已提供复印件。',
  });
  client.step('离场前客户主动补交剩余首付款；案场经理书面答复：挽回成功 / the customer pays the rest of the down payment: retained');

  const service = await as('customerService');
  await service.submit(id, 'archive', { customerNotified: true, archivedAt: chinaTime(await client.now()) });
  client.step('客服归档并通知客户 / customer service archives and informs the customer');

  await client.advance(3 * HOUR);
  await manager.submit(id, 'review', {
    reviewNotes: '15分钟复盘：学区承诺须书面确认并联动营销后台核实；客服收到的“私立幼儿园”咨询要录入客户画像；教育局确认改用一次性链接，当日闭环。',
  });
  client.step('结案后15分钟复盘站会：口头承诺须书面确认，客服咨询须记录 / 15-minute review stand-up');

  const { detail, outcome } = await finishedOutcome(manager, projectId, id);
  client.step(`流程结束：${outcome.label.zh}（教育局确认方式：${confirmedVia === 'link' ? '一次性链接' : '教育顾问录入'}）/ finished: ${outcome.label.en}`);
  return { story: '张先生', outcome, instances: { schoolDistrict: id }, record: detail.record.data, steps: client.steps };
}

runIfMain(import.meta.url, zhangScenario);
