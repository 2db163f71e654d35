import { defineConfig } from 'vite';
import { webProjectConfig } from '../../tools/web/vite-app.mts';

export default defineConfig(webProjectConfig(import.meta.dirname));
