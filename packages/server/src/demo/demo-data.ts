/** Fixed ids of the demo tenancy, so tests and the web app can name them. */
export const demoIds = {
  organisation: 'org_demo',
  regionEast: 'reg_east',
  regionSouth: 'reg_south',
  projectYunqi: 'prj_yunqi',
  projectXixi: 'prj_xixi',
  projectShenzhen: 'prj_shenzhen',
} as const;

/** Password of every demo account (printed at start; change it outside demos). */
export const DEMO_PASSWORD = 'siteflow2025';

/** One demo account: username, display name, and where the role applies. */
export interface DemoUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: string;
  readonly projectId?: string;
  readonly regionId?: string;
}

const yunqi = demoIds.projectYunqi;

/** Demo accounts: one per role on 杭州·云栖府, plus colleagues in the other projects. */
export const demoUsers: readonly DemoUser[] = [
  { username: 'consultant', displayName: '王芳（置业顾问）', role: 'consultant', projectId: yunqi },
  { username: 'consultant2', displayName: '李强（置业顾问）', role: 'consultant', projectId: yunqi },
  { username: 'salesSupervisor', displayName: '陈静（销售主管）', role: 'salesSupervisor', projectId: yunqi },
  { username: 'siteManager', displayName: '赵磊（案场经理）', role: 'siteManager', projectId: yunqi },
  { username: 'customerService', displayName: '孙丽（客服专员）', role: 'customerService', projectId: yunqi },
  { username: 'customerServiceLead', displayName: '周敏（客服主管）', role: 'customerServiceLead', projectId: yunqi },
  { username: 'engineeringLiaison', displayName: '吴刚（工程对接人）', role: 'engineeringLiaison', projectId: yunqi },
  { username: 'financeSpecialist', displayName: '郑洁（金融专员）', role: 'financeSpecialist', projectId: yunqi },
  { username: 'legal', displayName: '冯律（法务）', role: 'legal', projectId: yunqi },
  { username: 'finance', displayName: '何平（财务）', role: 'finance', projectId: yunqi },
  { username: 'brand', displayName: '许悦（品牌专员）', role: 'brand', projectId: yunqi },
  { username: 'educationConsultant', displayName: '沈书（教育顾问）', role: 'educationConsultant', projectId: yunqi },
  { username: 'regionalDirector', displayName: '韩东（华东区域总监）', role: 'regionalDirector', regionId: demoIds.regionEast },
  { username: 'admin', displayName: '系统管理员', role: 'admin' },
  { username: 'xixi.consultant', displayName: '杨帆（西溪·置业顾问）', role: 'consultant', projectId: demoIds.projectXixi },
  { username: 'xixi.manager', displayName: '朱伟（西溪·案场经理）', role: 'siteManager', projectId: demoIds.projectXixi },
  { username: 'sz.consultant', displayName: '林晓（深圳·置业顾问）', role: 'consultant', projectId: demoIds.projectShenzhen },
  { username: 'sz.manager', displayName: '黄涛（深圳·案场经理）', role: 'siteManager', projectId: demoIds.projectShenzhen },
  { username: 'sz.director', displayName: '罗军（华南区域总监）', role: 'regionalDirector', regionId: demoIds.regionSouth },
];

/**
 * Seller profiles 卖方信息 of the demo projects (fictitious companies; the credit codes carry a
 * valid GB 32100-2015 check character), printed on their legal document packages.
 */
export const demoSellerProfiles: Readonly<Record<string, { sellerName: string; sellerCreditCode: string; sellerAddress: string; sellerRepresentative: string; refundDays: number }>> = {
  [demoIds.projectYunqi]: { sellerName: '杭州云栖府置业有限公司', sellerCreditCode: '91330106MA2H3K7Q5U', sellerAddress: '浙江省杭州市西湖区转塘街道云栖路88号', sellerRepresentative: '陈建国', refundDays: 10 },
  [demoIds.projectXixi]: { sellerName: '杭州西溪云庐房地产开发有限公司', sellerCreditCode: '91330110MA2J6W4L8K', sellerAddress: '浙江省杭州市余杭区五常街道西溪路1号', sellerRepresentative: '刘志远', refundDays: 10 },
  [demoIds.projectShenzhen]: { sellerName: '深圳湾畔府置业有限公司', sellerCreditCode: '91440300MA5F8R2N35', sellerAddress: '广东省深圳市南山区粤海街道湾畔路6号', sellerRepresentative: '黄海平', refundDays: 15 },
};
