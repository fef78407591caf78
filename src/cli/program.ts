import { Command, CommanderError } from 'commander';
import { InputError } from '../network/index.js';
import { TooManyDigits } from './bounds.js';
import { checkCommand } from './commands/check.js';
import { explainCommand } from './commands/explain.js';
import { runCommand } from './commands/run.js';
import { schemaCommand } from './commands/schema.js';
import { trainCommand } from './commands/train.js';
import type { Io } from './io.js';
import { Differ } from './outcome.js';

export const VERSION = '0.1.0';

/**
 * Exit codes: 0 success, 1 answers differ (check, a failed gradient check), 2 usage error or
 * invalid input, 70 internal error, 74 the output could not be written.
 */
export const EXIT = { ok: 0, differ: 1, usage: 2, internal: 70, output: 74 } as const;

const HELP_AFTER = `
run is the default command: deltaflow FILE is deltaflow run FILE. Each command has its own
options: deltaflow run --help, deltaflow train --help, …

Exit codes: 0 success; 1 an answer is wrong (check) or a gradient check failed; 2 a usage
error or invalid input; 70 an internal error; 74 the output could not be written.
`;

function buildProgram(io: Io): Command {
  const program = new Command('deltaflow')
    .description('Exact forward and backward passes of small neural networks, every number shown')
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // One line: commander's suggestion ("Did you mean --format?") joins the error.
      outputError: (text, write) =>
        write(
          `deltaflow: ${text
            .replace(/^error: /, '')
            .trim()
            .replace(/\n+/g, ' ')}\n`,
        ),
    })
    .showSuggestionAfterError()
    .addHelpText('after', HELP_AFTER);
  const commands = [
    runCommand(io),
    schemaCommand(io),
    checkCommand(io),
    explainCommand(io),
    trainCommand(io),
  ];
  for (const command of commands) {
    // Commands made on their own inherit nothing: give them the program's output and exits.
    command.copyInheritedSettings(program);
    program.addCommand(command, { isDefault: command.name() === 'run' });
  }
  return program;
}

/** Runs the command line `argv` (without node and the script); resolves to the exit code. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  const mistyped = mistypedCommand(argv, program);
  if (mistyped) {
    io.stderr.write(`deltaflow: ${mistyped}\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof Differ) return EXIT.differ;
    if (error instanceof TooManyDigits) {
      io.stderr.write(
        `deltaflow: a value has ${error.digits} digits, beyond --max-digits; raise it, ` +
          'or use --numbers decimal\n',
      );
      return EXIT.usage;
    }
    if (error instanceof InputError) {
      io.stderr.write(`deltaflow: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`deltaflow: internal error: ${message}\n`);
    if (io.env.DELTAFLOW_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.internal;
  }
}

/**
 * `deltaflow rn net.json`: a word that names no command, followed by another argument, is a
 * command mistyped rather than a file that the default command `run` would take.
 */
function mistypedCommand(argv: readonly string[], program: Command): string | undefined {
  const [first, second] = argv;
  const names = program.commands.map((command) => command.name());
  if (second === undefined || second.startsWith('-') || !/^[a-z][a-z-]*$/.test(first)) return;
  if (names.includes(first) || first === 'help') return;
  return `unknown command '${first}'; the commands are ${names.join(', ')}`;
}
