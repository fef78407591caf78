// Runs the CLI from the sources, without building: npx tsx src/cli/start.ts …
import { main } from './main.js';

void main(process.argv.slice(2));
