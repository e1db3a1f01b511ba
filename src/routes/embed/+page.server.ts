import { loadAtlasPage } from '$lib/server/atlas-page';

export const load = loadAtlasPage;
