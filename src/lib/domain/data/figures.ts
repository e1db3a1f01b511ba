import type { Figure } from './schema';

/** All sources' values for one measure, so a reader sees who says what. */
export interface FigureComparison {
	measure: string;
	label: string;
	unit?: string;
	figures: Figure[];
	/** True when the sources give different values: shown, never averaged away. */
	disagree: boolean;
	/** True when the sources count different things under one measure: each row says what. */
	labelsDiffer: boolean;
}

/** A figure's number as the reader sees it: `130`, or `470–520` for a range. */
export function figureValueKey(figure: Figure): string {
	return figure.upTo === undefined ? `${figure.value}` : `${figure.value}–${figure.upTo}`;
}

/** Groups figures by measure, keeping the data's order of measures and of sources. */
export function compareFigures(figures: readonly Figure[]): FigureComparison[] {
	const byMeasure = new Map<string, FigureComparison>();
	for (const figure of figures) {
		const existing = byMeasure.get(figure.measure);
		if (existing) existing.figures.push(figure);
		else {
			byMeasure.set(figure.measure, {
				measure: figure.measure,
				label: figure.label,
				unit: figure.unit,
				figures: [figure],
				disagree: false,
				labelsDiffer: false
			});
		}
	}
	for (const comparison of byMeasure.values()) {
		comparison.disagree = new Set(comparison.figures.map(figureValueKey)).size > 1;
		comparison.labelsDiffer = new Set(comparison.figures.map((f) => f.label)).size > 1;
	}
	return [...byMeasure.values()];
}
