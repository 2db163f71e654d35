import './instrumentation';
import { bootstrapService, exitOnSignals } from '@bayu/platform/service';
import { AppModule } from './app.module';
import { loadGatewayConfig } from './config';
import { gatewayBootstrapOptions } from './gateway-options';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  exitOnSignals(await bootstrapService(AppModule.forRoot(config), gatewayBootstrapOptions(config)));
}

main().catch((error: unknown) => {
  process.stderr.write(`gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
