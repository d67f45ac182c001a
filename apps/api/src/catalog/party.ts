import type { PublishContext } from '../datasets/publish-context.js';

export interface Party {
  readonly vendorId: number | null;
  readonly productId: number | null;
}

/** A name in an event or partnership, resolved to a product first, else a vendor; unknown names are a problem. */
export async function resolveParty(context: PublishContext, name: string, at: { file: string; line: number; column: string }): Promise<Party | undefined> {
  const productId = await context.catalog.findProduct(name);
  if (productId !== undefined) return { vendorId: null, productId };
  const vendorId = await context.catalog.findVendor(name);
  if (vendorId !== undefined) return { vendorId, productId: null };
  context.problems.add({ ...at, value: name, message: 'is not a known vendor or product; add it to a vendors or products resource' });
  return undefined;
}
