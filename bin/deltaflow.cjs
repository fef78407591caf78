#!/usr/bin/env node
const { loadBundle } = require('./load.cjs');

loadBundle().exports.main(process.argv.slice(2));
