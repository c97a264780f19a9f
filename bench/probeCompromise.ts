// Probe: compromise's bare parse as a user would call it (the default export, "three").
import nlp from 'compromise';
import { probe } from './probe';

void probe((text) => nlp(text));
