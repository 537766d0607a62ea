/** The length of a text against its limit, shown under long fields so nobody writes past it. */
export const counter = (text: string, max: number): string => `${text.length}/${max}`;
