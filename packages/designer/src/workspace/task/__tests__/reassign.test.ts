import { describe, expect, it } from 'vitest';
import { reassignChoices } from '../reassign.js';

const members = [
  { userId: 'usr_wang', displayName: '王芳' }, { userId: 'usr_li', displayName: '李强' },
  { userId: 'usr_chen', displayName: '陈静' }, { userId: 'usr_zhou', displayName: '周婷' },
];

describe('改派 dialog choices', () => {
  it('offers the step\'s pending people to replace, and the members not on the step to take over', () => {
    // 陈静 acted already (still on the step), 王芳 and 李强 are waiting.
    const choices = reassignChoices(['usr_wang', 'usr_li'], ['usr_wang', 'usr_li', 'usr_chen'], members);
    expect(choices.from).toEqual([{ value: 'usr_wang', label: '王芳' }, { value: 'usr_li', label: '李强' }]);
    expect(choices.to).toEqual([{ value: 'usr_zhou', label: '周婷' }]);
  });

  it('shows the id of a pending person who left the project, so they can still be replaced', () => {
    expect(reassignChoices(['usr_gone'], [], members).from).toEqual([{ value: 'usr_gone', label: 'usr_gone' }]);
  });
});
