// Pure model of the form designer: reversible edits over a runtime FormDefinition.
export * from './history.js';
export * from './containers.js';
export * from './form-ops.js';
export * from './problems.js';
export * from './auto-number.js';
