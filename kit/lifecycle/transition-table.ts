import { ConflictError } from '../errors';

/** One allowed step of a lifecycle: in `from`, `command` leads to `to`. Each subgraph adds who may take it. */
export interface Transition<State extends string, Command extends string> {
  readonly from: State;
  readonly command: Command;
  readonly to: State;
}

/**
 * A type's whole lifecycle in one table (CONTRIBUTING: "States"): `state × command → next state`.
 * Every pair not listed is refused with CONFLICT naming the state and the command, and changes
 * nothing. A command that creates the row (REPORT, REGISTER …) has no row here.
 */
export class TransitionTable<State extends string, Command extends string, Rule extends Transition<State, Command>> {
  /**
   * @param subject the row as a refusal names it, with its article: "a grid event"
   * @param stateWord what the table calls a state: "state", "status", "stage"
   */
  constructor(
    private readonly subject: string,
    private readonly stateWord: string,
    readonly rules: readonly Rule[],
  ) {}

  /** The rule for `command` in `state`, or undefined when the table does not allow it. */
  find(state: State, command: Command): Rule | undefined {
    return this.rules.find(rule => rule.from === state && rule.command === command);
  }

  /** The rule for `command` in `state`; CONFLICT when the table does not allow it. */
  require(state: State, command: Command): Rule {
    const rule = this.find(state, command);
    if (!rule) throw new ConflictError(`Cannot ${command} ${this.subject} in ${this.stateWord} ${state}`);
    return rule;
  }

  /** Every rule of `commands`: who may give them is read from here (access policy, docs). */
  of(commands: readonly Command[]): readonly Rule[] {
    return this.rules.filter(rule => commands.includes(rule.command));
  }
}
