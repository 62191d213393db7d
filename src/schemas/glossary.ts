import { z } from 'zod';

/** One entity editors keep in `content/glossary.yaml`: its English name and how other languages and scripts write it. */
export const GlossaryEntrySchema = z.strictObject({
  /** English name, as the site shows it (`Kim Jong Un`). */
  name: z.string().trim().min(1),
  /** `person`, `place` or `organization`. */
  kind: z.enum(['person', 'place', 'organization']),
  /** Other spellings, in any language or script (`Κιμ Γιονγκ Ουν`, `김정은`, `Kim Jong-un`). Inflected forms are matched without listing them. */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Why the entry is here, or what it disambiguates. */
  note: z.string().optional(),
});

/** The editor-kept glossary: a list of entities. */
export const GlossarySchema = z.array(GlossaryEntrySchema);

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
