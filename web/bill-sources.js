// The text of a bill the user opens: text, CSV and JSON files as they are;
// PDF text from pdf.js; photos and scans through tesseract.js. Both
// libraries are served from this site (vendor/) and loaded only when such
// a file is picked; nothing is sent anywhere. PDF and OCR words are laid
// out again in columns, so that the extractor sees the bill's table.

const VENDOR = new URL('./vendor/', import.meta.url);

/** Which reader a file needs: 'pdf', 'image' or 'text'. */
export function sourceKind(file) {
  const name = file.name.toLowerCase();
  if (file.type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
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

/** The text of a PDF's pages, laid out in columns; pages end with a form feed. */
async function pdfText(bytes, { onProgress, signal }) {
  const pdfjs = await import(new URL('pdfjs/pdf.min.mjs', VENDOR).href);
  pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs/pdf.worker.min.mjs', VENDOR).href;
  const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true,
    useSystemFonts: false, stopAtErrors: false, verbosity: pdfjs.VerbosityLevel.ERRORS });
  signal?.addEventListener('abort', () => task.destroy());
  const pdf = await task.promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    if (signal?.aborted) throw new DOMException('cancelled', 'AbortError');
    const page = await pdf.getPage(number);
    const content = await page.getTextContent();
    pages.push(layoutWords(content.items.filter((item) => 'str' in item).map((item) => ({
      text: item.str, x: item.transform[4], y: -item.transform[5],
      width: item.width, height: item.height || Math.abs(item.transform[3]) || 10,
    }))));
    onProgress?.({ step: 'Reading the PDF', done: number, total: pdf.numPages });
  }
  await task.destroy();
  return pages.join('\n\f\n');
}

/** The words tesseract.js reads in an image, laid out in columns. */
async function imageText(file, { onProgress, signal }) {
  const tesseract = await import(new URL('tesseract/tesseract.esm.min.js', VENDOR).href);
  const createWorker = tesseract.createWorker ?? tesseract.default.createWorker;
  const worker = await createWorker('eng', 1, {
    workerPath: new URL('tesseract/worker.min.js', VENDOR).href,
    corePath: new URL('tesseract/', VENDOR).href,
    langPath: new URL('tesseract/lang', VENDOR).href,
    workerBlobURL: false,
    logger: ({ status, progress }) => onProgress?.({ step: status, done: Math.round(progress * 100), total: 100 }),
  });
  const stop = () => worker.terminate();
  signal?.addEventListener('abort', stop);
  try {
    const { data } = await worker.recognize(file, {}, { blocks: true, text: true });
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
  } finally {
    signal?.removeEventListener('abort', stop);
    await worker.terminate();
  }
}

/**
 * What to hand to explainBill() for a file: its bytes (text, CSV, JSON:
 * the module decodes them) or, for a PDF or an image, the text read from it.
 */
export async function readBill(file, options = {}) {
  const kind = sourceKind(file);
  if (kind === 'pdf') return pdfText(new Uint8Array(await file.arrayBuffer()), options);
  if (kind === 'image') return imageText(file, options);
  return new Uint8Array(await file.arrayBuffer());
}
