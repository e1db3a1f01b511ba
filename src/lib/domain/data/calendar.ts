/**
 * Calendar dates as `YYYY-MM-DD`, checked for existence by arithmetic rather than by a date
 * library, so the message can say what is wrong: "February 2015 has 28 days".
 */

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Why `iso` is not a date that exists in the (proleptic Gregorian) calendar, such as
 * `February 2015 has 28 days`; undefined when it exists or is not shaped `YYYY-MM-DD` at all.
 */
export function calendarDateProblem(iso: string): string | undefined {
	const parts = ISO_DATE.exec(iso);
	if (!parts) return undefined;
	const year = Number(parts[1]);
	const month = Number(parts[2]);
	const day = Number(parts[3]);
	if (month < 1 || month > 12) return `months run from 01 to 12, not ${parts[2]}`;
	const days = daysInMonth(year, month);
	if (day < 1 || day > days) return `${MONTHS[month - 1]} ${parts[1]} has ${days} days`;
	return undefined;
}

/** The day after an existing `YYYY-MM-DD` date, in the same form. */
export function nextDay(iso: string): string {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	const next =
		day < daysInMonth(year, month)
			? [year, month, day + 1]
			: month < 12
				? [year, month + 1, 1]
				: [year + 1, 1, 1];
	const [y = 0, m = 1, d = 1] = next;
	return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
