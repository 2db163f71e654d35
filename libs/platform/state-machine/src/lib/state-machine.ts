/**
 * A declared state machine: every state, every action, where each action may start, where it leads and
 * who may take it, in one table. Services ask it instead of writing `if (status === …)` by hand, so the
 * lifecycle can be read (and drawn, see `toMermaid`) in one place and a forgotten case is a type error.
 */
export interface TransitionDefinition<State extends string, Actor extends string> {
  readonly from: readonly State[];
  readonly to: State;
  /** Who may take this action (a service maps its callers onto these actor kinds). */
  readonly by: readonly Actor[];
  readonly labelZh: string;
  readonly labelEn: string;
}

export interface MachineDefinition<State extends string, Action extends string, Actor extends string> {
  readonly name: string;
  readonly initial: State;
  readonly states: readonly State[];
  /** States with no way out. Every other state must have at least one. */
  readonly final: readonly State[];
  readonly transitions: { readonly [A in Action]: TransitionDefinition<State, Actor> };
}

export type TransitionResult<State extends string> =
  | { readonly ok: true; readonly from: State; readonly to: State }
  | { readonly ok: false; readonly reason: 'wrong-state'; readonly from: State; readonly allowedFrom: readonly State[] }
  | { readonly ok: false; readonly reason: 'not-allowed'; readonly from: State; readonly allowedActors: readonly string[] };

export interface StateMachine<State extends string, Action extends string, Actor extends string> extends MachineDefinition<State, Action, Actor> {
  /** Where `action` leads from `state` when `actor` takes it, or why it may not. The actor check comes last. */
  attempt(state: State, action: Action, actor: Actor): TransitionResult<State>;
  /** The actions `actor` may take from `state`: what a UI offers as buttons. */
  actionsFor(state: State, actor: Actor): Action[];
  isFinal(state: State): boolean;
  toMermaid(): string;
}

export class InvalidMachineError extends Error {
  constructor(machine: string, problems: readonly string[]) {
    super(`state machine ${machine} is not well formed: ${problems.join('; ')}`);
    this.name = 'InvalidMachineError';
  }
}

function problemsOf<State extends string, Action extends string, Actor extends string>(definition: MachineDefinition<State, Action, Actor>): string[] {
  const states = new Set<string>(definition.states);
  const problems: string[] = [];
  if (!states.has(definition.initial)) problems.push(`initial state ${definition.initial} is not declared`);
  for (const state of definition.final) if (!states.has(state)) problems.push(`final state ${state} is not declared`);
  const entries = Object.entries(definition.transitions) as Array<[Action, TransitionDefinition<State, Actor>]>;
  for (const [action, t] of entries) {
    for (const state of [...t.from, t.to]) if (!states.has(state)) problems.push(`${action} names undeclared state ${state}`);
    if (t.from.length === 0) problems.push(`${action} starts nowhere`);
    if (t.by.length === 0) problems.push(`${action} may be taken by no one`);
    for (const state of t.from) if (definition.final.includes(state)) problems.push(`${action} leaves final state ${state}`);
  }
  for (const state of definition.states) {
    const leaves = entries.some(([, t]) => t.from.includes(state));
    if (!leaves && !definition.final.includes(state)) problems.push(`${state} has no way out and is not final`);
  }
  const reached = new Set<string>([definition.initial]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [, t] of entries) {
      if (!reached.has(t.to) && t.from.some((s) => reached.has(s))) {
        reached.add(t.to);
        grew = true;
      }
    }
  }
  for (const state of definition.states) if (!reached.has(state)) problems.push(`${state} cannot be reached from ${definition.initial}`);
  return problems;
}

/** Checks the definition once, at module load, and throws if a state is unreachable, undeclared or a dead end. */
export function defineMachine<State extends string, Action extends string, Actor extends string>(
  definition: MachineDefinition<State, Action, Actor>,
): StateMachine<State, Action, Actor> {
  const problems = problemsOf(definition);
  if (problems.length) throw new InvalidMachineError(definition.name, problems);
  const actions = Object.keys(definition.transitions) as Action[];
  return {
    ...definition,
    attempt(state, action, actor) {
      const t = definition.transitions[action];
      if (!t.from.includes(state)) return { ok: false, reason: 'wrong-state', from: state, allowedFrom: t.from };
      if (!t.by.includes(actor)) return { ok: false, reason: 'not-allowed', from: state, allowedActors: t.by };
      return { ok: true, from: state, to: t.to };
    },
    actionsFor(state, actor) {
      return actions.filter((a) => definition.transitions[a].from.includes(state) && definition.transitions[a].by.includes(actor));
    },
    isFinal(state) {
      return definition.final.includes(state);
    },
    toMermaid() {
      // Mermaid state ids may not contain hyphens.
      const id = (state: string) => state.replaceAll('-', '_');
      const lines = ['stateDiagram-v2', `  [*] --> ${id(definition.initial)}`];
      for (const action of actions) {
        const t = definition.transitions[action];
        for (const from of t.from) lines.push(`  ${id(from)} --> ${id(t.to)}: ${action} (${t.by.join(', ')})`);
      }
      for (const state of definition.final) lines.push(`  ${id(state)} --> [*]`);
      return lines.join('\n');
    },
  };
}
