// Admin: users 用户, project members 项目成员, projects 项目 and the 个人信息访问记录 (mounted by the app shell under /admin).
export { AdminLayout } from './AdminLayout.js';
export { UsersPage, filterUsers } from './UsersPage.js';
export { MembersPage, membershipsOn, scopeOf } from './MembersPage.js';
export { ProjectsPage } from './ProjectsPage.js';
export { PersonalDataAccessPage } from './PersonalDataAccessPage.js';
export { directoryMessages } from './messages.js';
