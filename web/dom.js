// A small DOM helper shared by the page scripts.

/** Creates an element with attributes ("onclick" adds a listener) and children. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') node.addEventListener('click', value);
    else node.setAttribute(name, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

const DOLLARS = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** An amount (a number or a JSON amount such as "1250.00") as "$1,250.00"; "—" for none. */
export function dollars(amount) {
  return amount === null || amount === undefined ? '—' : DOLLARS.format(Number(amount));
}

/** Calls take(files) with the files dropped on `zone`, marked while dragged over. */
export function onDrop(zone, take) {
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    if (event.dataTransfer.files.length) take(event.dataTransfer.files);
  });
}

/** Shows `error` in `where`, with a reload button when a reload would help. */
export function showError(where, error) {
  where.replaceChildren(error.message.replace(/^billcode: /, ''));
  if (error.reloadNeeded) {
    const reload = el('button', { type: 'button', class: 'reload' }, 'Reload the page');
    reload.addEventListener('click', () => location.reload());
    where.append(' ', reload);
  }
}
