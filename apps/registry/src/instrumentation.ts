// First import of main.ts: telemetry must patch http, express and pg before they are loaded.
import { startTelemetry } from '@bayu/platform/observability';

startTelemetry({ serviceName: 'registry' });
