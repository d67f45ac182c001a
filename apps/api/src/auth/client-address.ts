import { isIPv4, isIPv6 } from 'node:net';

/** The eight 16-bit groups of an IPv6 address, `::` expanded (an embedded IPv4 tail counts as two). */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::');
  const groupsOf = (part: string): string[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!isIPv4(group)) return [group];
          const [a = 0, b = 0, c = 0, d = 0] = group.split('.').map(Number);
          return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
        });
  const start = groupsOf(head);
  const end = tail === undefined ? [] : groupsOf(tail);
  const middle = Array<string>(8 - start.length - end.length).fill('0');
  return [...start, ...middle, ...end].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

/**
 * What login throttling counts as one client address. An IPv4 address (also when written as
 * IPv4-mapped IPv6) is itself; an IPv6 address stands for its /64, since one host is given a whole /64.
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (!isIPv6(ip)) return ip;
  return `${ipv6Groups(ip).slice(0, 4).join(':')}::/64`;
}
