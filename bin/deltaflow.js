#!/usr/bin/env node
import '../dist/deltaflow.js';
