// 王先生 (seed 001): 工程进度质疑. A short video claims the project stopped work; the daily patrol
// (每日舆情巡检) finds it, the rumour case proves it shows a neighbouring competitor's site, and the
// work order answers 王先生 with a 工地开放日 and 监理报告截图; he stays → 挽回成功.
// Run: `pnpm --filter @siteflow/examples scenario:wang -- --url http://localhost:3000`
import { ApiCallError, chinaTime } from '../lib/client.js';
import { progressChartPng, uploadFile } from '../lib/files.js';
import { runIfMain } from '../lib/main.js';
import { installTemplates } from '../lib/templates.js';
import { finishedOutcome, scenarioClient, type ScenarioOptions, type ScenarioResult } from '../lib/scenario.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const VIDEO = 'https://v.douyin.example/7451234567890';
const SUMMARY = '短视频称“云栖府项目停工”，画面为塔吊静止、围挡无人；经核实为周边竞品工地影像被误传';

/** Replays the 王先生 story through the HTTP API; resolves with the work order's outcome (挽回成功). */
export async function wangScenario(opts: ScenarioOptions): Promise<ScenarioResult> {
  const { client, as, projectId } = scenarioClient(opts);
  const print = opts.print ?? ((l: string) => console.log(l));
  print('\n王先生：短视频“项目停工”传言引发的退订 / Mr Wang: a "construction stopped" rumour');
  const admin = await as('admin');
  const installed = await installTemplates(admin, projectId, ['daily-sentiment-patrol', 'cancellation-work-order']);
  client.step(`管理员安装「每日舆情巡检」「退订工单」/ templates installed: ${JSON.stringify(installed)}`);

  // The daily-patrol rule (cron 0 9 * * *) starts this flow at 09:00; the brand specialist can also start it by hand.
  const brand = await as('brand');
  const today = chinaTime(await client.now()).slice(0, 10);
  const patrol = await brand.call<{ instanceId: string }>('POST', `/api/projects/${projectId}/instances`, { flowKey: 'sentiment-patrol', data: { patrolDate: today } });
  await brand.submit(patrol.instanceId, 'patrol', {
    checkShortVideo: true, checkXiaohongshu: true, checkWeibo: true, checkOwnerGroups: true, checkLocalForums: true, checkNews: true, checkCompetitors: true,
    rumourFound: true, openCase: true,
    rumours: [{ platform: 'shortVideo', link: VIDEO, summary: SUMMARY, spread: 'medium', customersMentioning: 3 }],
    patrolNotes: '意向客户群内有3位客户转发，其中王先生已提出退订。',
  });
  client.step('09:00 品牌专员完成每日舆情巡检清单：发现短视频“项目停工”传言（中等传播，3位客户提及）/ the daily patrol finds the rumour');

  const rumourCase = await openRumourCase(client, brand, projectId, today);
  const engineering = await as('engineeringLiaison');
  await engineering.submit(rumourCase.id, 'verify', {
    verification: 'notOurSite',
    facts: '视频中塔吊编号与围挡标识属于相邻地块竞品项目；本项目7#、9#楼主体结构施工中，今日施工日志与材料进场单据齐全。',
  });
  client.step(`${rumourCase.how}；工程对接人4小时内核实：视频为周边竞品工地影像 / engineering verifies: not our site`);
  await brand.submit(rumourCase.id, 'clarify', { clarification: '发布项目施工进度说明与当日航拍，向平台申请下架误传视频。', takedownRequested: true });
  const consultant = await as('consultant');
  await consultant.submit(rumourCase.id, 'reassure', {
    customersReassured: true,
    affectedCustomers: [{ customerName: '王先生', customerPhone: '13757103690', status: 'cancelRequested' }, { customerName: '周女士', status: 'reassured' }],
  });
  const manager = await as('siteManager');
  await manager.submit(rumourCase.id, 'close', { outcome: 'clarified' });
  const rumourOutcome = await finishedOutcome(manager, projectId, rumourCase.id);
  client.step(`品牌专员发布澄清并申请下架；置业顾问逐一安抚提及客户 → ${rumourOutcome.outcome.label.zh} / rumour handled`);

  const order = await consultant.call<{ instanceId: string }>('POST', `/api/projects/${projectId}/instances`, {
    flowKey: 'cancellation-work-order',
    data: { customerName: '王先生', customerPhone: '13757103690', building: '9', unit: '1', room: '1502', area: 126, requestedAt: chinaTime(await client.now()) },
  });
  const wo = order.instanceId;
  await client.advance(8 * MIN);
  await consultant.submit(wo, 'interview', {
    interviewAt: chinaTime(await client.now()), reasons: ['constructionDoubt', 'negativeNews'], depositAmount: 500000, paymentMethod: 'bankTransfer',
    thirdPartyInfluence: true, thirdPartyDetail: `短视频平台流传“项目停工”视频：${VIDEO}`, expectedResolution: 'within3d',
  });
  await manager.submit(wo, 'classify', { cancellationType: 'constructionDoubt', classificationNote: '工程进度质疑：组织工地开放日 + 提供监理报告截图（工程对接人 + 品牌专员）' });
  client.step('王先生提出退订，8分钟内完成首次面谈；研判为“工程进度质疑” / work order opened and classified');

  await client.advance(5 * HOUR);
  await engineering.submit(wo, 'siteOpenDay', {
    siteOpenDayAt: chinaTime((await client.now()) + 20 * HOUR),
    constructionNotes: '周六上午工地开放日：总工程师带看7#、9#楼施工面，展示每日施工日志、材料进场单据，现场答疑。',
  });
  let report;
  try {
    report = await uploadFile(brand, projectId, '监理报告截图-2025W51.png', progressChartPng([0.62, 0.71, 0.78, 0.85]));
  } catch (err) {
    if (err instanceof ApiCallError && err.status === 404) throw new Error('附件上传接口 /api/projects/:p/files 未挂载 / the attachment API is not mounted on this server');
    throw err;
  }
  await brand.submit(wo, 'supervisionReport', { supervisionReport: [report], constructionNotes: '监理月报第12期：主体结构进度符合计划节点，无停工记录。' });
  client.step(`工程对接人安排工地开放日；品牌专员上传监理报告截图（${report.name}，${report.size} 字节）/ open day and supervision report`);

  await client.advance(20 * HOUR);
  await manager.submit(wo, 'resolve', { resolution: 'retained', writtenReply: '王先生参加工地开放日并查阅监理报告后撤回退订申请，继续购买9-1-1502。' });
  const service = await as('customerService');
  await service.submit(wo, 'archive', { customerNotified: true, notificationChannel: 'phone', archivedAt: chinaTime(await client.now()) });
  await manager.submit(wo, 'review', { reviewPreventable: true, reviewNotes: '舆情巡检当日即可前置触达转发客户；开放日与监理报告纳入常规说辞。' });
  const { detail, outcome } = await finishedOutcome(manager, projectId, wo);
  client.step(`王先生参加开放日后撤回退订；归档、复盘后结案：${outcome.label.zh} / closed: ${outcome.label.en}`);
  return { story: '王先生', outcome, instances: { patrol: patrol.instanceId, rumourCase: rumourCase.id, workOrder: wo }, record: detail.record.data, steps: client.steps };
}

/**
 * Returns the rumour case the patrol opened (its `startFlow` step), or — when this server does not
 * carry out `startFlow` effects — the one the brand specialist opens by hand with the same data.
 */
async function openRumourCase(client: import('../lib/client.js').Client, brand: import('../lib/client.js').Session, projectId: string, today: string): Promise<{ id: string; how: string }> {
  await client.advance(0);
  const records = await brand.call<{ items: { id: string }[] }>('GET', `/api/projects/${projectId}/records?form=rumour-case&pageSize=50`);
  if (records.items.length > 0) {
    const mine = await brand.call<{ items: { instanceId: string; recordId: string }[] }>('GET', '/api/tasks?scope=mine&status=all');
    const hit = mine.items.find((t) => records.items.some((r) => r.id === t.recordId));
    if (hit) return { id: hit.instanceId, how: '巡检流程自动发起舆情处置单' };
  }
  const started = await brand.call<{ instanceId: string }>('POST', `/api/projects/${projectId}/instances`, {
    flowKey: 'rumour-case', data: { patrolDate: today, platform: 'shortVideo', link: VIDEO, summary: SUMMARY },
  });
  return { id: started.instanceId, how: '（服务器未执行巡检流程的 startFlow 步骤）品牌专员手动发起舆情处置单' };
}

runIfMain(import.meta.url, wangScenario);
