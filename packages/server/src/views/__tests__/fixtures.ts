import { startTestServer, type TestServer } from '../../testing/index.js';
import { signIn, type Client } from '../../__tests__/helpers.js';

/** A demo test server and a sign-in helper on it. */
export interface WorkspaceFixture {
  readonly ts: TestServer;
  login(username: string): Promise<Client>;
  close(): Promise<void>;
}

/** Starts the demo server (杭州·云栖府 with the published 退订申请 form and refund flow). */
export async function workspaceFixture(): Promise<WorkspaceFixture> {
  const ts = await startTestServer({ demo: true, startAt: Date.parse('2025-12-20T16:17:00+08:00') });
  return {
    ts,
    login: (username) => signIn(ts, username),
    close: () => ts.close(),
  };
}

/** 张先生's cancellation request, filed by `client` (the 退订申请 demo form). */
export const zhangData = { customerName: '张先生', customerPhone: '13812341234', unitNo: '3-1-1502', depositAmount: 800000, reason: 'familyDispute', detail: '家人不同意买郊区' };
