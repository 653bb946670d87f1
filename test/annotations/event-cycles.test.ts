import { describe, expect, it } from 'vitest';
import type { EventAnnotation } from '../../src/annotations/document.js';
import { reportEventCycles } from '../../src/annotations/event-cycles.js';

const event = (id: string, ...targets: string[]): EventAnnotation => ({ id, label: 'Attack', trigger: `T${id}`, arguments: targets.map((target) => ({ role: 'Arg', target })) });

function cycles(events: EventAnnotation[]): [string, string][] {
  const found: [string, string][] = [];
  reportEventCycles(events, (message, id) => found.push([message, id]));
  return found;
}

describe('reportEventCycles', () => {
  it('names the events of a cycle in order, once', () => {
    expect(cycles([event('E1', 'E2'), event('E2', 'E3'), event('E3', 'E1', 'T9')])).toEqual([['events form a cycle through their arguments: E1 → E2 → E3 → E1', 'E1']]);
  });

  it('finds a self-argument and a cycle reached from outside it', () => {
    expect(cycles([event('E1', 'E1')])).toEqual([['events form a cycle through their arguments: E1 → E1', 'E1']]);
    expect(cycles([event('E0', 'E1'), event('E1', 'E2'), event('E2', 'E1')])).toEqual([['events form a cycle through their arguments: E1 → E2 → E1', 'E1']]);
  });

  it('is silent without cycles, branches included', () => {
    expect(cycles([event('E1', 'E2', 'E3'), event('E2', 'E3'), event('E3', 'T1')])).toEqual([]);
    expect(cycles([event('E1', 'T1')])).toEqual([]);
  });
});
