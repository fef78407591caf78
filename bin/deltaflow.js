#!/usr/bin/env node
import { loadBundle } from './load.js';

loadBundle().exports.main(process.argv.slice(2));
