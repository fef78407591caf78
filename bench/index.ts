// npm run bench: measurements, never pass/fail tests. Each section prints its own figures.
import { startup } from './startup.js';

console.log('Start-up: the whole process on the bundled example');
const { lines } = startup();
for (const line of lines) console.log(line);
