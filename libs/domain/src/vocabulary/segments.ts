export const SEGMENTS = ['home', 'work', 'home_and_work', 'enterprise', 'consumer', 'all'] as const;
export type Segment = (typeof SEGMENTS)[number];
export const isSegment = (value: string): value is Segment => (SEGMENTS as readonly string[]).includes(value);
