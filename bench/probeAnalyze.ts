// Probe: News Lens's full analysis.
import { analyze } from '../src/core/analyze';
import { probe } from './probe';

void probe((text) => analyze(text));
