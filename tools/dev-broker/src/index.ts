export { startDevBroker, type DevBroker, type DevBrokerOptions } from './dev-broker';
export { ensureNativeBroker, nativeBrokerPaths, type NativeBrokerPaths } from './build-native';
export type { BrokerInfo, TopicDefinition } from './protocol';
