// Public API of the flow designer: the pages the shell mounts, plus the pure pieces others reuse.
export { FlowListPage } from './FlowListPage.js';
export { FlowDesignerPage } from './FlowDesignerPage.js';
export { flowMessages, type FlowMessageKey } from './messages.js';
export { projectRoles, projectRoleKeys, roleName, type ProjectRole } from './roles.js';
export { formFields, type DesignerField, type FormSchemaLike } from './model/form-fields.js';
export { advanceClock, newSimulation, step as simulateStep, highlightOf, type Simulation, type SimLogEntry } from './simulate/simulation.js';
