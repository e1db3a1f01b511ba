import { z } from 'zod';
import { MAX_LINE_LENGTH } from './limits';
import { identifier, line, prose } from './string-rules';

const slug = identifier(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lowercase slug such as 13-november');

/** One link parameter of the atlas, as a string: what the codec reads is checked after parsing. */
const param = z.string().max(MAX_LINE_LENGTH, 'a link parameter of at most 200 characters');

/**
 * A step's view, spelt as the atlas's own link parameters (`event`, `t`, `mode`, `span`, `fade`,
 * `map`) so that a step is exactly a link a reader could share; the URL codec turns it into a
 * patch, and refuses what it would refuse in an address bar.
 */
export const storyViewSchema = z.strictObject({
	event: param.optional(),
	t: param.optional(),
	mode: param.optional(),
	span: param.optional(),
	fade: param.optional(),
	map: param.optional()
});

export const storyStepSchema = z.strictObject({
	/** The project's own words: shown as such, never as a quote. */
	text: prose,
	view: storyViewSchema,
	/** Events the map frames together, instead of the selected event alone. */
	fit: z.array(slug).min(1, 'at least one event id').optional()
});

export const storySchema = z.strictObject({
	id: slug,
	title: line,
	introduction: prose,
	contentNote: prose,
	/** Discussion questions for the teacher: shown in the notes panel, never projected. */
	teacherNotes: z.array(prose).min(1, 'at least one note'),
	steps: z.array(storyStepSchema).min(1, 'at least one step')
});

export const storiesFileSchema = z.array(z.unknown());

export type StoryView = z.infer<typeof storyViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
