/** The deployable services. Each owns its database and the topics it produces to. */
export const SERVICE_NAMES = ['gateway', 'registry', 'campaign'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];
