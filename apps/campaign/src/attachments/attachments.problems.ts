import { defineProblems } from '@bayu/platform/http';

export const attachmentProblems = defineProblems('attachment', {
  'too-large': { status: 413, zh: '文件超过大小限制', en: 'The file is larger than allowed' },
  'not-an-image': { status: 415, zh: '照片须为 JPEG 或 PNG 图片（按文件内容判断，而非文件名）', en: 'The photo must be a JPEG or PNG image (judged by its content, not its name)' },
  'too-small': { status: 422, zh: '照片分辨率过低，请上传清晰的二寸证件照', en: 'The photo is too small; upload a clear two-inch portrait' },
  'not-a-document': { status: 415, zh: '证明材料须为一个 PDF 或 Word（.docx）文件（按文件内容判断，而非文件名）', en: 'The evidence must be one PDF or Word (.docx) file (judged by its content, not its name)' },
  'legacy-word': { status: 415, zh: '不支持旧版 .doc 或加密文档，请另存为 .docx 或 PDF', en: 'Old .doc files and encrypted documents cannot be read; save as .docx or PDF' },
  'pages-unknown': { status: 422, zh: '无法从文件中读出页数，请另存为 PDF 后上传', en: 'The page count cannot be read from the file; save it as PDF and upload again' },
  'too-many-pages': { status: 422, zh: '证明材料超过页数限制', en: 'The evidence has more pages than allowed' },
  'not-found': { status: 404, zh: '尚未上传该文件', en: 'No such file has been uploaded' },
});
