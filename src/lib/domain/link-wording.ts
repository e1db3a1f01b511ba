// How the panel, the links list and the data checks word a link (see wording.ts for why apart).

import type { EventLink } from './data/schema';
import type { LinkRelation } from './data/vocabulary';

const RELATION_LABEL: Record<LinkRelation, { outgoing: string; incoming: string }> = {
	'same-operation': { outgoing: 'Same operation as', incoming: 'Same operation as' },
	movement: { outgoing: 'Movement to', incoming: 'Movement from' },
	evidence: { outgoing: 'Evidence pointing to', incoming: 'Pointed to by evidence from' },
	'follow-up': { outgoing: 'Followed by', incoming: 'Follows' },
	related: { outgoing: 'Related to', incoming: 'Related to' }
};

/** How a link reads from the side of the event being shown. */
export function describeLink(link: EventLink, direction: 'outgoing' | 'incoming'): string {
	return RELATION_LABEL[link.relation][direction];
}
