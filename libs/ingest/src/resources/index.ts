import { eventsResource } from './events.js';
import { observationsResource } from './observations.js';
import { partnershipsResource } from './partnerships.js';
import { predictionsResource } from './predictions.js';
import { productsResource } from './products.js';
import type { ResourceDefinition, ResourceKind } from './resource-definition.js';
import { vendorsResource } from './vendors.js';

export * from './resource-definition.js';
export type { EventRow } from './events.js';
export type { Measurement } from './measurement.js';
export type { ObservationRow } from './observations.js';
export type { PartnershipRow } from './partnerships.js';
export type { PredictionRow } from './predictions.js';
export type { ProductRow } from './products.js';
export type { VendorRow } from './vendors.js';
export { eventsResource, observationsResource, partnershipsResource, predictionsResource, productsResource, vendorsResource };

/** Every resource kind's definition. */
export const RESOURCE_DEFINITIONS: Readonly<Record<ResourceKind, ResourceDefinition<unknown>>> = {
  vendors: vendorsResource,
  products: productsResource,
  observations: observationsResource,
  events: eventsResource,
  partnerships: partnershipsResource,
  predictions: predictionsResource,
} as Record<ResourceKind, ResourceDefinition<unknown>>;

/** Catalog resources first: rows of the other kinds name the vendors and products they define. */
export const RESOURCE_ORDER: readonly ResourceKind[] = ['vendors', 'products', 'observations', 'events', 'partnerships', 'predictions'];
