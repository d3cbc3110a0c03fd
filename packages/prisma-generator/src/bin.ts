#!/usr/bin/env node
import helper from "@prisma/generator-helper";
import { manifest, onGenerate } from "./handler.js";

// Prisma starts this process (the block's `provider`) and speaks JSON-RPC with it on stdin/stderr. The helper is
// CommonJS whose exports Node cannot name statically: imported whole.
helper.generatorHandler({ onManifest: () => manifest, onGenerate });
