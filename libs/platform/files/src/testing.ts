// Documents for tests (`@bayu/platform/files/testing`): PDFs, .docx files and image headers with chosen
// pages and sizes. Kept apart from the library's main entry so shipped code does not reach them.
export * from './lib/document-fixtures';
