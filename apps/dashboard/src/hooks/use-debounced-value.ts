import { useEffect, useState } from 'preact/hooks';

/**
 * The value as it was `delay` milliseconds after it last changed: a slider can move freely while the
 * query behind it runs once the hand rests.
 */
export function useDebouncedValue<Value>(value: Value, delay: number): Value {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
