/**
 * How stored records of an older shape become the current one. Pure functions, so they are tested without
 * a browser; storage.ts wires them to the versioned items. A migration never throws on odd input: whatever
 * it cannot understand is passed on unchanged, and the schema check after loading quarantines it.
 */

/**
 * Version 1 stored a program director (and coordinator) as a plain name, "Evelyn Marsh"; version 2 keeps a
 * name and a title, so letters can say "Dr. Marsh" and the options page can show "Program Director".
 */
export function programsV1toV2(old: unknown): unknown {
  if (!Array.isArray(old)) return old;
  return old.map((program) => {
    if (program === null || typeof program !== 'object' || Array.isArray(program)) return program;
    const p = { ...(program as Record<string, unknown>) };
    for (const key of ['programDirector', 'coordinator']) {
      if (!(key in p)) continue;
      const person = personFromAnyShape(p[key]);
      if (person === undefined) delete p[key];
      else p[key] = person;
    }
    return p;
  });
}

/**
 * A person as people write them: "Evelyn Marsh", or already {name, title}. A blank name means "nobody
 * recorded" (undefined); anything else unrecognised is returned as it is for the schema to reject.
 */
export function personFromAnyShape(value: unknown): unknown {
  if (typeof value === 'string') {
    const name = value.trim();
    return name ? { name } : undefined;
  }
  return value;
}
