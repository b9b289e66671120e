import { describe, expect, it } from 'vitest';
import { viewNameProblem } from '../view-name.js';

describe('naming a new saved tracking view', () => {
  const existing = ['张先生跟进', 'Weekly calls'];

  it('requires a name: empty or blank is refused instead of falling back to 默认视图', () => {
    expect(viewNameProblem('', existing)).toBe('required');
    expect(viewNameProblem('   ', existing)).toBe('required');
  });

  it('refuses the built-in view name in Chinese and English, so the drop-down never lists it twice', () => {
    expect(viewNameProblem('默认视图', [])).toBe('reserved');
    expect(viewNameProblem(' Default view ', [])).toBe('reserved');
  });

  it('refuses the name of a view already listed, trimmed and ignoring case', () => {
    expect(viewNameProblem('张先生跟进', existing)).toBe('taken');
    expect(viewNameProblem(' weekly CALLS', existing)).toBe('taken');
  });

  it('accepts a new name', () => {
    expect(viewNameProblem('本周待回访', existing)).toBeNull();
  });
});
