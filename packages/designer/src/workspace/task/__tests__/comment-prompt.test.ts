import { describe, expect, it } from 'vitest';
import { workspaceMessages } from '../../messages.js';
import { actionNeeds, commentPrompt, type TaskActionName } from '../action-dialog.js';

const text = (key: keyof typeof workspaceMessages) => workspaceMessages[key];
const actions = Object.keys(actionNeeds) as TaskActionName[];

describe('the comment box of a task action', () => {
  it('never calls a required comment optional, in either language', () => {
    const required = actions.filter((a) => actionNeeds[a].commentRequired);
    expect(required).toEqual(expect.arrayContaining(['comment', 'reject']));
    for (const action of required) {
      const { placeholder } = commentPrompt(action);
      expect(text(placeholder).zh, action).not.toContain('可选');
      expect(text(placeholder).en.toLowerCase(), action).not.toContain('optional');
    }
  });

  it('asks for the missing comment (评论) or reason (驳回), not with the placeholder text', () => {
    const comment = commentPrompt('comment');
    expect(text(comment.requiredMessage!)).toEqual({ zh: '请填写评论内容', en: 'Enter your comment' });
    const reject = commentPrompt('reject');
    expect(text(reject.requiredMessage!).zh).toBe('请填写驳回理由');
    for (const { placeholder, requiredMessage } of [comment, reject]) expect(requiredMessage).not.toBe(placeholder);
  });

  it('keeps saying 可选 where the comment may be left empty, with no error to show', () => {
    for (const action of actions.filter((a) => !actionNeeds[a].commentRequired)) {
      expect(commentPrompt(action), action).toEqual({ placeholder: 'ws.task.commentPlaceholder', requiredMessage: null });
    }
    expect(text('ws.task.commentPlaceholder').zh).toContain('可选');
  });
});
