import { defineMachine, InvalidMachineError, type MachineDefinition } from './state-machine';

type Door = 'closed' | 'open' | 'locked' | 'removed';
type DoorAction = 'open' | 'close' | 'lock' | 'unlock' | 'remove';
type Who = 'resident' | 'caretaker';

const door: MachineDefinition<Door, DoorAction, Who> = {
  name: 'door',
  initial: 'closed',
  states: ['closed', 'open', 'locked', 'removed'],
  final: ['removed'],
  transitions: {
    open: { from: ['closed'], to: 'open', by: ['resident', 'caretaker'], labelZh: '开门', labelEn: 'Open' },
    close: { from: ['open'], to: 'closed', by: ['resident', 'caretaker'], labelZh: '关门', labelEn: 'Close' },
    lock: { from: ['closed'], to: 'locked', by: ['resident'], labelZh: '上锁', labelEn: 'Lock' },
    unlock: { from: ['locked'], to: 'closed', by: ['resident', 'caretaker'], labelZh: '开锁', labelEn: 'Unlock' },
    remove: { from: ['closed', 'open'], to: 'removed', by: ['caretaker'], labelZh: '拆除', labelEn: 'Remove' },
  },
};

describe('a declared state machine', () => {
  const machine = defineMachine(door);

  it('leads an allowed action from an allowed state to its target', () => {
    expect(machine.attempt('closed', 'lock', 'resident')).toEqual({ ok: true, from: 'closed', to: 'locked' });
  });

  it('refuses an action from a state it does not start in, naming where it may start', () => {
    expect(machine.attempt('open', 'lock', 'resident')).toEqual({ ok: false, reason: 'wrong-state', from: 'open', allowedFrom: ['closed'] });
  });

  it('refuses an actor the action does not name, even from the right state', () => {
    expect(machine.attempt('closed', 'lock', 'caretaker')).toEqual({ ok: false, reason: 'not-allowed', from: 'closed', allowedActors: ['resident'] });
  });

  it('tells each actor which actions it has in a state', () => {
    expect(machine.actionsFor('closed', 'resident')).toEqual(['open', 'lock']);
    expect(machine.actionsFor('closed', 'caretaker')).toEqual(['open', 'remove']);
    expect(machine.actionsFor('removed', 'caretaker')).toEqual([]);
    expect(machine.isFinal('removed')).toBe(true);
  });

  it('draws itself for the docs, with ids Mermaid accepts', () => {
    const drawn = machine.toMermaid();
    expect(drawn).toContain('[*] --> closed');
    expect(drawn).toContain('open --> removed: remove (caretaker)');
    expect(drawn).toContain('removed --> [*]');
    const hyphenated = defineMachine({ name: 'h', initial: 'not-started', states: ['not-started', 'done'], final: ['done'], transitions: { finish: { from: ['not-started'], to: 'done', by: ['anyone'], labelZh: '完成', labelEn: 'Finish' } } });
    expect(hyphenated.toMermaid()).toContain('not_started --> done: finish (anyone)');
  });

  it.each([
    ['an unreachable state', { ...door, states: [...door.states, 'stuck' as Door], final: ['removed', 'stuck' as Door] }, /stuck cannot be reached/],
    ['a dead end that is not final', { ...door, final: [] as Door[] }, /removed has no way out/],
    ['an undeclared target', { ...door, transitions: { ...door.transitions, remove: { ...door.transitions.remove, to: 'gone' as Door } } }, /undeclared state gone/],
    ['an action out of a final state', { ...door, transitions: { ...door.transitions, remove: { ...door.transitions.remove, from: ['removed' as Door] } } }, /leaves final state removed/],
    ['an action no one may take', { ...door, transitions: { ...door.transitions, lock: { ...door.transitions.lock, by: [] } } }, /lock may be taken by no one/],
  ])('refuses to be defined with %s', (_what, definition, message) => {
    expect(() => defineMachine(definition as MachineDefinition<Door, DoorAction, Who>)).toThrow(InvalidMachineError);
    expect(() => defineMachine(definition as MachineDefinition<Door, DoorAction, Who>)).toThrow(message);
  });
});
