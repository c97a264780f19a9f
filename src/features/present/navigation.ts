import type { Entity, Mention, Span } from '../../core/model';
import type { SpanIndex } from '../../core/lookup';

/** The entity named at `offset` (by a mention, a tied title or a quote's speaker). */
export function entityAt(index: SpanIndex, offset: number): Entity | undefined {
  const hit = index.at(offset);
  if (!hit) return undefined;
  if (hit.kind === 'mention') return hit.entity;
  if (hit.kind === 'title') return hit.entity ?? undefined;
  return undefined;
}

/** Where an entity is first named in full (its first mention when none is full). */
export function definitionSpan(entity: Entity): Span | undefined {
  const m = entity.mentions.find((x) => x.form === 'full') ?? entity.mentions[0];
  return m ? { start: m.start, end: m.end } : undefined;
}

/** Every mention of the entity named at `offset`, in text order; empty when none is. */
export function mentionsAt(index: SpanIndex, offset: number): Mention[] {
  return entityAt(index, offset)?.mentions ?? [];
}
