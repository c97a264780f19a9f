// Probe: compromise's bare parse with "compromise/two", the build the core uses.
import nlp from 'compromise/two';
import { probe } from './probe';

void probe((text) => nlp(text));
