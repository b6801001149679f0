// The text of a bill the user opens: text, CSV and JSON files as they are;
// Excel workbooks as tab-separated cells (workbook.js); PDF text from
// pdf.js; photos and scans through tesseract.js. Both
// libraries are served from this site (vendor/) and loaded only when such
// a file is picked; nothing is sent anywhere. PDF and OCR words are laid
// out again in columns, so that the extractor sees the bill's table.

import { isWorkbook, workbookText } from './workbook.js';

const VENDOR = new URL('./vendor/', import.meta.url);
const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Which reader a file needs: 'pdf', 'image', 'workbook' or 'text'. */
export function sourceKind(file) {
  const name = file.name.toLowerCase();
  if (file.type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (file.type === WORKBOOK_TYPE || name.endsWith('.xlsx')) return 'workbook';
  if (file.type.startsWith('image/') || /\.(png|jpe?g|gif|bmp|webp|tiff?)$/.test(name)) return 'image';
  return 'text';
}

function median(values) {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Words placed on a page ({text, x, y, width, height}, y downward) as lines
 * of text whose columns line up: words on one line share a y within half a
 * word's height; a word starts at the column of its x.
 */
export function layoutWords(words) {
  const placed = words.filter((word) => word.text.trim() !== '');
  if (placed.length === 0) return '';
  const charWidth = median(placed.map((word) => word.width / Math.max(1, word.text.length))) || 1;
  const tolerance = (median(placed.map((word) => word.height)) || 1) / 2;
  placed.sort((a, b) => a.y - b.y || a.x - b.x);
  const lines = [];
  for (const word of placed) {
    const line = lines.at(-1);
    if (line && Math.abs(word.y - line.y) <= tolerance) line.words.push(word);
    else lines.push({ y: word.y, words: [word] });
  }
  const left = Math.min(...placed.map((word) => word.x));
  return lines.map(({ words: lineWords }) => {
    let text = '';
    let end = -Infinity;
    for (const word of lineWords.sort((a, b) => a.x - b.x)) {
      const column = Math.round((word.x - left) / charWidth);
      if (column > text.length) text += ' '.repeat(column - text.length);
      else if (text && word.x - end > charWidth * 0.25) text += ' ';
      text += word.text.trim();
      end = word.x + word.width;
    }
    return text;
  }).join('\n');
}

// A page with fewer characters of text than this is a scan: its picture
// is read with text recognition.
const SCANNED_PAGE_CHARACTERS = 20;
// Pixels per PDF point when a scanned page is drawn for text recognition
// (about 200 dots per inch).
const SCAN_SCALE = 2.8;

/**
 * Text recognition with tesseract.js, started on first use: read(image)
 * gives the words of a File, Blob or canvas laid out in columns; stop()
 * ends its worker.
 */
function textRecognizer({ onProgress, signal }) {
  let started = null;
  let onAbort = null;
  const start = async () => {
    const tesseract = await import(new URL('tesseract/tesseract.esm.min.js', VENDOR).href);
    const createWorker = tesseract.createWorker ?? tesseract.default.createWorker;
    const worker = await createWorker('eng', 1, {
      workerPath: new URL('tesseract/worker.min.js', VENDOR).href,
      corePath: new URL('tesseract/', VENDOR).href,
      langPath: new URL('tesseract/lang', VENDOR).href,
      workerBlobURL: false,
      logger: ({ status, progress }) => onProgress?.({ step: status, done: Math.round(progress * 100), total: 100 }),
    });
    onAbort = () => worker.terminate();
    signal?.addEventListener('abort', onAbort);
    return worker;
  };
  return {
    async read(image) {
      started ??= start();
      const { data } = await (await started).recognize(image, {}, { blocks: true, text: true });
      const words = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            for (const word of line.words) {
              const { x0, y0, x1, y1 } = word.bbox;
              words.push({ text: word.text, x: x0, y: (y0 + y1) / 2, width: x1 - x0, height: y1 - y0 });
            }
          }
        }
      }
      return words.length > 0 ? layoutWords(words) : data.text;
    },
    async stop() {
      const worker = await started?.catch(() => null);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
      await worker?.terminate();
    },
  };
}

// A PDF page drawn on a canvas, for text recognition.
async function drawnPage(page) {
  const viewport = page.getViewport({ scale: SCAN_SCALE });
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(viewport.width);
  canvas.height = Math.ceil(viewport.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({ canvasContext: context, viewport }).promise;
  return canvas;
}

/**
 * The text of a PDF's pages, laid out in columns, as {text, scannedPages};
 * pages end with a form feed. A page without text (a scan, a fax) is drawn
 * and read with text recognition; `scannedPages` counts them.
 */
async function pdfText(bytes, { onProgress, signal }) {
  const pdfjs = await import(new URL('pdfjs/pdf.min.mjs', VENDOR).href);
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs/pdf.worker.min.mjs', VENDOR).href;
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true,
    useSystemFonts: false, stopAtErrors: false, verbosity: pdfjs.VerbosityLevel.ERRORS });
  signal?.addEventListener('abort', () => task.destroy());
  const pdf = await task.promise;
  const pages = [];
  let scannedPages = 0;
  let number = 0;
  const recognizer = textRecognizer({
    signal,
    onProgress: ({ done, total }) => onProgress?.({
      step: `Recognizing the text of page ${number} of ${pdf.numPages}`, done, total }),
  });
  try {
    for (number = 1; number <= pdf.numPages; number += 1) {
      if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      // Where each word shows on the page as it is displayed (y downward),
      // a landscape page turned by /Rotate included.
      const shown = page.getViewport({ scale: 1 }).transform;
      let text = layoutWords(content.items.filter((item) => 'str' in item).map((item) => {
        const [, , , , x, y] = pdfjs.Util.transform(shown, item.transform);
        return { text: item.str, x, y, width: item.width, height: item.height || Math.abs(item.transform[3]) || 10 };
      }));
      if (text.replace(/\s/g, '').length < SCANNED_PAGE_CHARACTERS) {
        text = await recognizer.read(await drawnPage(page));
        scannedPages += 1;
      }
      pages.push(text);
      onProgress?.({ step: `Read page ${number} of ${pdf.numPages}`, done: number, total: pdf.numPages });
    }
  } finally {
    await recognizer.stop();
    await task.destroy();
  }
  return { text: pages.join('\n\f\n'), scannedPages };
}

/**
 * What to hand to explainBill() for a file, as {input, recognized}: its
 * bytes (text, CSV, JSON: the module decodes them) or, for a PDF, an
 * image or an Excel workbook, the text read from it; `recognized` is true
 * when some of that text came from text recognition (a photo, a scanned
 * page). options: signal and onProgress (PDFs, photos), unzip (the
 * module's, for workbooks).
 */
export async function readBill(file, options = {}) {
  const kind = sourceKind(file);
  if (kind === 'pdf') {
    const { text, scannedPages } = await pdfText(new Uint8Array(await file.arrayBuffer()), options);
    return { input: text, recognized: scannedPages > 0 };
  }
  if (kind === 'image') {
    if (/^image\/hei[cf]/.test(file.type) || /\.hei[cf]$/i.test(file.name)) {
      throw new Error('HEIC photos (the iPhone\'s own format) cannot be read here. ' +
        'Take a screenshot of the photo and open that, or take the photo with the button above.');
    }
    const recognizer = textRecognizer(options);
    try {
      return { input: await recognizer.read(file), recognized: true };
    } finally {
      await recognizer.stop();
    }
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  // An Excel workbook by its name, or by its bytes (a ".csv" that is one).
  if (kind === 'workbook' || isWorkbook(bytes)) {
    return { input: await workbookText(bytes, { unzip: options.unzip }), recognized: false };
  }
  return { input: bytes, recognized: false };
}
