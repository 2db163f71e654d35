import { startWebApp } from '@bayu/web-shell';
import { App } from './app';
import { messages } from './messages';

void startWebApp({ messages, App });
