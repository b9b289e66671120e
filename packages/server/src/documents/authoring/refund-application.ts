// Source of templates/legal-documents/documents/refund-application.docx (《退款申请书》).
import type { Document } from 'docx';
import { a4Document, body, clauseHeading, field, grid, loopTag, plain, rightLine, signatures, title } from './docx-kit.js';

/** Returns the 《退款申请书》 template document. Pure (builds an in-memory document). */
export function refundApplication(): Document {
  return a4Document({ title: '退款申请书', description: '认购定金退款申请（SiteFlow 文书模板）' }, [
    title('退 款 申 请 书'),
    rightLine('关联协议编号：{caseNo}'),
    plain('{sellerName}：', { bold: true }),
    field('申请人', '{customerName}'),
    field('身份证号码', '{customerIdCard}'),
    field('联系电话', '{customerPhone}'),
    field('认购房屋', '{projectName}{building}栋{unit}单元{room}室'),
    field('认购书编号', '{subscriptionNo}'),
    body('申请人于{subscriptionDate}认购上述房屋，并已向贵司支付定金{depositAmountCapitals}（¥{depositAmount}元）。现申请人以“{reasonLabel}”为由申请解约，并已与贵司就解除《商品房认购书》达成一致，并于{signDate}签署《解约协议》（编号：{caseNo}）。根据该协议约定，特向贵司申请退还下列款项：'),
    grid([
      ['款项', '金额（元）', '金额（大写）'],
      ['已付定金', '{depositAmount}', '{depositAmountCapitals}'],
      ['扣除违约金', '{penaltyAmount}', '{penaltyAmountCapitals}'],
      ['申请退还金额', '{refundAmount}', '{refundAmountCapitals}'],
    ], [24, 28, 48]),
    plain('退款收款账户：', { bold: true, before: 240 }),
    field('开户银行', '{refundBankName}'),
    field('账户名称', '{refundAccountName}'),
    field('银行账号', '{refundAccountNo}'),
    plain('申请人声明：', { bold: true, before: 240 }),
    loopTag('{#clauses}'),
    clauseHeading('{no}．{title}'),
    body('{text}'),
    loopTag('{/clauses}'),
    signatures(['申请人（签字并按手印）：', '', '日期：{signDate}'], ['', '', '']),
    plain('以下由出卖人填写', { bold: true, before: 360 }),
    signatures(
      ['经办人：{handlerName}', '法务审核意见：', '财务审核意见：'],
      ['受理日期：{signDate}', '退款时限：{refundDays}个工作日内', '实际退款日期：'],
    ),
  ]);
}
