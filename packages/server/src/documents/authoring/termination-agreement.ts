// Source of templates/legal-documents/documents/termination-agreement.docx (《解约协议》).
// Legal edits the generated .docx in Word afterwards; placeholders are docxtemplater tags.
import type { Document } from 'docx';
import { a4Document, body, clauseHeading, field, loopTag, plain, rightLine, signatures, title } from './docx-kit.js';

/** Returns the 《解约协议》 template document. Pure (builds an in-memory document). */
export function terminationAgreement(): Document {
  return a4Document({ title: '解约协议', description: '商品房认购书解除协议（SiteFlow 文书模板）' }, [
    title('解 约 协 议'),
    rightLine('协议编号：{caseNo}'),
    field('甲方（出卖人）', '{sellerName}'),
    field('统一社会信用代码', '{sellerCreditCode}'),
    field('住所', '{sellerAddress}'),
    field('法定代表人', '{sellerRepresentative}'),
    plain(''),
    field('乙方（买受人）', '{customerName}'),
    field('身份证号码', '{customerIdCard}'),
    field('联系电话', '{customerPhone}'),
    plain('鉴于：', { bold: true, before: 240 }),
    body('1．甲方系“{projectName}”项目的开发建设单位，依法取得该项目商品房预售许可，享有该项目商品房的销售权。'),
    body('2．乙方于{subscriptionDate}与甲方签订编号为{subscriptionNo}的《商品房认购书》（以下简称“《认购书》”），认购{projectName}{building}栋{unit}单元{room}室房屋（建筑面积约{area}平方米，以下简称“该房屋”），并已向甲方支付定金{depositAmountCapitals}（¥{depositAmount}元）。'),
    body('3．乙方于{requestDate}向甲方提出解除《认购书》，经甲方核实，解约原因为：{reasonLabel}。'),
    body('甲、乙双方本着平等、自愿、公平、诚实信用的原则，依据《中华人民共和国民法典》及相关法律法规的规定，经友好协商，就解除《认购书》事宜达成如下协议，以资共同遵守：'),
    loopTag('{#clauses}'),
    clauseHeading('第{no}条　{title}'),
    body('{text}'),
    loopTag('{/clauses}'),
    plain('（以下无正文，为签署页）', { before: 240 }),
    signatures(
      ['甲方（盖章）：', '{sellerName}', '法定代表人或授权代表（签字）：', '日期：{signDate}'],
      ['乙方（签字并按手印）：', '{customerName}', '', '日期：{signDate}'],
    ),
  ]);
}
