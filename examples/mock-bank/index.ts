export { startMockBank, type MockBank } from './server.js';
export { prescreen, monthlyPayment, SUGGESTIONS, type PrescreenRequest, type PrescreenResult } from './prescreen.js';
