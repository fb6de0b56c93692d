// opencc-js's Traditional (Taiwan) → mainland Simplified converter, in a module of its own so
// that a run over Simplified text never loads it (see `simplifier` in ./normalize.ts).
import { ConverterFactory } from "opencc-js/core";
import fromTaiwan from "opencc-js/from/tw";
import toMainland from "opencc-js/to/cn";
import { provideSimplifier } from "./normalize.js";

provideSimplifier(() => ConverterFactory(fromTaiwan as never, toMainland as never));
