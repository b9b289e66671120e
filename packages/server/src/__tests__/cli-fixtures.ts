// The CLI commands, for tests (the CLI entry itself only parses flags).
export { cliCommands } from '../cli/commands.js';
