// Source of templates/legal-documents/documents/risk-notice.docx (《风险告知函》).
import type { Document } from 'docx';
import { a4Document, body, clauseHeading, loopTag, plain, rightLine, signatures, title } from './docx-kit.js';

/** Returns the 《风险告知函》 template document. Pure (builds an in-memory document). */
export function riskNotice(): Document {
  return a4Document({ title: '风险告知函', description: '解约风险告知函（SiteFlow 文书模板）' }, [
    title('风 险 告 知 函'),
    rightLine('编号：{caseNo}'),
    plain('尊敬的{customerName}女士/先生（身份证号码：{customerIdCard}）：', { bold: true }),
    body('您好！您于{subscriptionDate}认购{projectName}{building}栋{unit}单元{room}室房屋（认购书编号：{subscriptionNo}），并已支付定金{depositAmountCapitals}（¥{depositAmount}元）。我司已于{requestDate}收到您提出的解约申请，解约原因为：{reasonLabel}。'),
    body('为充分保障您的合法权益，在您作出最终决定之前，我司依据《中华人民共和国民法典》及《商品房认购书》的约定，就解约可能产生的后果与风险向您作出如下书面告知，请您仔细阅读：'),
    loopTag('{#clauses}'),
    clauseHeading('{no}、{title}'),
    body('{text}'),
    loopTag('{/clauses}'),
    body('如您对上述内容有任何疑问，请联系本案经办人{handlerName}，我司将为您详细解答。'),
    signatures(['', ''], ['{sellerName}（盖章）', '{signDate}']),
    plain('客户签收回执', { bold: true, before: 360 }),
    body('本人已仔细阅读并充分理解本《风险告知函》的全部内容，知悉解约可能产生的后果与风险。'),
    signatures(['客户（签字）：', '日期：'], ['', '']),
  ]);
}
